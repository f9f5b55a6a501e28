/** Total rows and footers (SPEC §9): which rows are not data, and what is said of them. */
import { describe, expect, it } from 'vitest';
import type { RowIssue } from '../../src/model.js';
import { readNational, readProcedures } from '../../src/io/procedures.js';
import { readDossiers } from '../../src/io/dossiers/read-js.js';
import { isTotalLabel, skippingTotals } from '../../src/io/total-rows.js';
import { tempDir } from './helpers.js';

describe('isTotalLabel', () => {
  it.each(['Tổng cộng', 'TỔNG CỘNG:', 'Tổng số', 'Tổng số hồ sơ: 4.908', 'Total', 'TOTAL (169)', 'Cộng', 'Cộng:', ' cộng : ', 'Tô\u0309ng cô\u0323ng'])(
    'reads %j as a total',
    (cell) => expect(isTotalLabel(cell)).toBe(true),
  );

  it.each(['1', '1.000494.000.00.00.H23', 'Tổng', 'Tổng hợp báo cáo', 'Totals', 'Cộng đồng', 'Cộng 5', 'Công bố', 'Cấp tỉnh', 'Tong-cong'])(
    'reads %j as data',
    (cell) => expect(isTotalLabel(cell)).toBe(cell === 'Tong-cong'),
  );
});

describe('skippingTotals', () => {
  it('hands data on, skips total rows with a warning each and the rows with no code after one with a single warning', () => {
    const seen: number[] = [];
    const issues: RowIssue[] = [];
    const rows = skippingTotals((_fields, line) => seen.push(line), {
      keyColumn: 1,
      report: (issue) => issues.push(issue),
      cellAt: (c, r) => `${'ABC'[c]}${r}`,
    });
    const table: [string[], number][] = [
      [['1', '1.000001', 'Cấp phép'], 5],
      [['', 'Cộng:', '1'], 6],
      [['2', '1.000002', 'Đăng ký'], 7],
      [['Tổng cộng', '', '2 thủ tục'], 8],
      [['', '', 'Người lập biểu'], 10],
      [['Hà Nam, ngày 31 tháng 12', 'Hà Nam, ngày 31 tháng 12', ''], 11],
      [['3', '1.000003', 'Sau tổng'], 12],
    ];
    for (const [fields, line] of table) rows.handler(fields, line);
    rows.finish();
    expect(seen).toEqual([5, 7, 12]);
    expect(issues).toEqual([
      { severity: 'warning', kind: 'total-row', line: 6, value: 'Cộng:', cell: 'B6' },
      { severity: 'warning', kind: 'total-row', line: 8, value: 'Tổng cộng', cell: 'A8' },
      { severity: 'warning', kind: 'footer-rows', line: 10, count: 2 },
    ]);
  });
});

describe('every input skips them, in CSV files', () => {
  const dir = tempDir();

  it('leaves total rows out of the procedures, the national list and the register', async () => {
    const procedures = dir.write('tthc.csv', 'STT,Mã TTHC,Mức độ\n1,1.000001,4\nTổng cộng,,1 thủ tục\n,,Người lập biểu\n');
    const read = await readProcedures(procedures);
    expect(read.rows.map((row) => row.line)).toEqual([2]);
    expect(read.summary.rows).toBe(1);
    expect(read.issues.map((issue) => [issue.kind, issue.line])).toEqual([
      ['total-row', 3],
      ['footer-rows', 4],
    ]);
    const national = dir.write('csdlqg.csv', 'Mã thủ tục,Tên thủ tục\n1.000001,Cấp phép\nTotal,1\n');
    expect((await readNational(national)).rows).toHaveLength(1);
    const register = dir.write('hoso.csv', 'Mã TTHC;Hình thức nộp\n1.000001;Trực tuyến\nTổng số: 1 hồ sơ;\n');
    const dossiers = await readDossiers(register);
    expect(dossiers.summary.rows).toBe(1);
    expect(dossiers.issues.map((issue) => issue.kind)).toEqual(['total-row']);
  });
});
