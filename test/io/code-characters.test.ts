/** Issue 15, item 9: invisible characters are removed from codes, and a look-alike left in one is named at its row. */
import { afterAll, describe, expect, it } from 'vitest';
import { readNational, readProcedures } from '../../src/io/procedures.js';
import { readDossiers } from '../../src/io/dossiers/read-js.js';
import { tempDir } from './helpers.js';

const hasDuckdb = await import('@duckdb/node-api').then(
  () => true,
  () => false,
);

const dir = tempDir();
afterAll(() => dir.remove());

const nonAscii = {
  severity: 'warning',
  kind: 'non-ascii-code',
  field: 'code',
  code: '1.000894.000.00.00.\u041d23',
  value: 'Н',
  detail: 'U+041D',
  position: 20,
  count: 1,
};

describe('codes in the procedure and national lists', () => {
  it('reads a code with zero-width and no-break spaces as the plain code, and warns of a Cyrillic letter at its line', async () => {
    const file = dir.write(
      'procedures.csv',
      [
        'Mã TTHC;Mức độ',
        '1.000894.\u200b000.00.00.H23;4',
        '1.000895.000.00.00.\u00a0H23;4',
        '1.000896.000\u2060.00.00.H23;3',
        '1.000894.000.00.00.\u041d23;4',
        '',
      ].join('\n'),
    );
    const read = await readProcedures(file);
    expect(read.rows.map((row) => row.code)).toEqual([
      '1.000894.000.00.00.H23',
      '1.000895.000.00.00.H23',
      '1.000896.000.00.00.H23',
      '1.000894.000.00.00.\u041d23',
    ]);
    expect(read.issues).toEqual([{ ...nonAscii, file, line: 5 }]);
  });

  it('warns in the national list too', async () => {
    const file = dir.write(
      'national.csv',
      ['Mã TTHC,Tên thủ tục', '1.000894\u200d,Đăng ký kết hôn', '1.000894.000.00.00.\u041d23,Đăng ký kết hôn', ''].join('\n'),
    );
    const read = await readNational(file);
    expect(read.rows.map((row) => row.code)).toEqual(['1.000894', '1.000894.000.00.00.\u041d23']);
    expect(read.issues).toEqual([{ ...nonAscii, file, line: 3 }]);
  });
});

describe('codes in a dossier register', () => {
  const file = dir.write(
    'dossiers.csv',
    [
      'Mã TTHC;Hình thức nộp',
      '1.000894.000.00.00.H23;Trực tuyến',
      '1.000894.\u200b000.00.00.H23;Trực tuyến',
      '1.000894.000.00.00.\u041d23;Trực tuyến',
      '',
    ].join('\n'),
  );

  it('counts a code with a zero-width space as the plain code, and warns of a Cyrillic letter at its line', async () => {
    const read = await readDossiers(file);
    expect([...read.tallies.keys()]).toEqual(['1.000894.000.00.00.H23', '1.000894.000.00.00.\u041d23']);
    expect(read.tallies.get('1.000894.000.00.00.H23')!.counted).toBe(2);
    expect(read.issues).toEqual([{ ...nonAscii, file, line: 4 }]);
  });

  it.skipIf(!hasDuckdb)('says the same with the DuckDB engine', async () => {
    const { readDossiersWithDuckdb } = await import('../../src/io/dossiers/duckdb/read.js');
    const [read] = await readDossiersWithDuckdb([file]);
    expect(read!.summary.engine).toBe('duckdb');
    expect([...read!.tallies.keys()].sort()).toEqual(['1.000894.000.00.00.H23', '1.000894.000.00.00.\u041d23']);
    expect(read!.issues).toEqual([{ ...nonAscii, file, line: 4 }]);
  });
});
