import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkDemo, demo, tempDir } from './helpers.js';

const hasDuckdb = await import('@duckdb/node-api').then(() => true, () => false);
const dossiers = join(demo, 'dossiers.csv');

describe.skipIf(!hasDuckdb)('--engine duckdb (skipped: @duckdb/node-api is not installed)', () => {
  it('gives the JSON report of the default reader on the demo', () => {
    const js = checkDemo(['--dossiers', dossiers]);
    const duckdb = checkDemo(['--dossiers', dossiers, '--engine', 'duckdb']);
    expect(duckdb.code).toBe(js.code);
    expect(duckdb.json).toEqual(js.json);
  });

  it('gives the JSON report of the default reader for a period', () => {
    const period = ['--from', '2026-03-01', '--to', '2026-06-30'];
    expect(checkDemo(['--dossiers', dossiers, '--engine', 'duckdb', ...period]).json).toEqual(checkDemo(['--dossiers', dossiers, ...period]).json);
  });

  it('counts row errors and the rows they are on as the default reader does', () => {
    const file = join(tempDir(), 'errors.csv');
    writeFileSync(
      file,
      'Mã TTHC;Hình thức nộp;Trạng thái;Ngày hẹn trả;Ngày trả kết quả\n' +
        '1.000094.000.00.00.H23;Fax;Đã trả kết quả;32/01/2026;02/01/2026\n' +
        '1.000094.000.00.00.H23;Fax;Đã trả kết quả;32/01/2026;02/01/2026\n' +
        '1.000094.000.00.00.H23;Trực tuyến;Đã trả kết quả;03/01/2026;02/01/2026 08:00\n' +
        ';Trực tuyến;;;\n',
    );
    const js = checkDemo(['--dossiers', file]);
    const duckdb = checkDemo(['--dossiers', file, '--engine', 'duckdb']);
    expect(duckdb.json.checks).toEqual(js.json.checks);
    expect(duckdb.json.inputs).toEqual(js.json.inputs);
  });

  it('reads a Parquet register', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const parquet = join(tempDir(), 'dossiers.parquet');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${dossiers}', delim = ';', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const js = checkDemo(['--dossiers', dossiers]);
    const fromParquet = checkDemo(['--dossiers', parquet, '--engine', 'duckdb']);
    expect(fromParquet.json.checks).toEqual(js.json.checks);
  });

  it('says clearly that it cannot read a UTF-16 export, which the default reader reads', () => {
    const file = join(tempDir(), 'unicode-text.csv');
    writeFileSync(file, iconv.encode('Mã TTHC;Hình thức nộp\n1.000094;Trực tuyến\n', 'utf16-le', { addBOM: true }));
    expect(checkDemo(['--dossiers', file]).code).not.toBe(2);
    const run = checkDemo(['--dossiers', file, '--engine', 'duckdb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/utf-16le, which the duckdb engine cannot read: leave out --engine duckdb/);
  });
});
