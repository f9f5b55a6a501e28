import { afterAll, describe, expect, it } from 'vitest';
import { readDossiers } from '../../../src/io/dossiers/read-js.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

const register = [
  'Số hồ sơ;Mã TTHC;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái',
  'A1;1.000001.000.00.00.H23;Trực tuyến;05/03/2026 08:00;10/03/2026;09/03/2026;Đã trả kết quả',
  'A2;1.000001.000.00.00.H23;Trực tiếp;31/02/2026 08:00;;;Đang xử lý',
  'A3;1.000001.000.00.00.H23;Qua Zalo;05/07/2026;;;Đang xử lý',
  'A4;1.000002;Bưu chính công ích;06/03/2026;10/03/2026;12/03/2026;Hoàn thành',
  'A5;1.000002;2;07/03/2026;;;Đã hủy',
  'A6;1.000002;Trực tuyến;;;;Đang xử lý',
].join('\r\n');

describe('dossier register', () => {
  it('tallies counted dossiers by channel, on-time finishing and resolution', async () => {
    const read = await readDossiers(dir.write('hoso.csv', register));
    expect(read.tallies.get('1.000001.000.00.00.H23')).toEqual({
      counted: 3,
      online: 1,
      onlineResolved: 1,
      postal: 0,
      inPerson: 1,
      finishedWithDue: 1,
      finishedOnTime: 1,
    });
    expect(read.tallies.get('1.000002')).toMatchObject({ counted: 2, online: 1, postal: 1, finishedWithDue: 1, finishedOnTime: 0 });
    expect(read.summary).toMatchObject({ rows: 6, errorRows: 2 });
  });

  it('checks every row, in the period or not, and leaves undated dossiers out of a period', async () => {
    const read = await readDossiers(dir.write('hoso-q1.csv', register), { period: { from: '2026-01-01', to: '2026-03-31' } });
    expect(read.issues.map((i) => [i.kind, i.line, i.field])).toEqual([
      ['bad-date', 3, 'received_at'],
      ['unknown-channel', 4, 'channel'],
      ['undated-dossiers', undefined, 'received_at'],
    ]);
    expect(read.summary).toMatchObject({ rows: 6, errorRows: 2 });
    expect(read.tallies.get('1.000001.000.00.00.H23')?.counted).toBe(1);
    expect(read.undated).toBe(1);
  });

  it('takes a dossier as resolved only from a finished status or a finished date that parses', async () => {
    const file = dir.write('resolved.csv', 'code,channel,status,finished_at\n1.000001,2,,31/02/2021\n1.000001,2,,05/03/2021\n1.000001,2,9,\n');
    const read = await readDossiers(file);
    expect(read.tallies.get('1.000001')).toMatchObject({ counted: 3, online: 3, onlineResolved: 2 });
    expect(read.issues.map((i) => [i.kind, i.line])).toEqual([['bad-date', 2]]);
  });
});
