/** One fixture per quirk (fixtures/quirks/), read as users hand them over: exact rows, lines and issues. */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readDossiers } from '../../src/io/dossiers/read-js.js';
import { readNational, readProcedures } from '../../src/io/procedures.js';
import type { Issue, ProcedureRow } from '../../src/model.js';
import { expectInputError, quirks, tempDir } from './helpers.js';

const rowsOf = (rows: ProcedureRow[]) => rows.map((r) => [r.line, r.code, r.level, r.name]);
const issuesOf = (issues: Issue[]) => issues.map((i) => [i.kind, i.line, i.field, i.value]);

async function read(name: string) {
  const file = quirks(name);
  const result = await readProcedures(file);
  for (const issue of result.issues) expect(issue.file).toBe(file);
  return result;
}

describe('encodings and text forms', () => {
  it('reads UTF-8 with a BOM, ";" and CRLF, as Excel saves "CSV UTF-8"', async () => {
    const { rows, summary, issues } = await read('utf8-bom-semicolon-crlf.csv');
    expect(summary).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';', rows: 2 });
    expect(summary.columns).toEqual({ code: 'Mã TTHC', level: 'Mức độ DVC', name: 'Tên thủ tục' });
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001.000.00.00.H23', 4, 'Cấp giấy phép, xác nhận'],
      [3, '1.000002.000.00.00.H23', 3, 'Đăng ký kết hôn'],
    ]);
    expect(issues).toEqual([]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const { rows, summary } = await read('utf8-no-bom.csv');
    expect(summary).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp giấy phép xây dựng'],
      [3, '1.000002', 3, 'Đăng ký kết hôn'],
    ]);
  });

  it('matches NFD headers and vocabulary, and gives names and headers back in NFC', async () => {
    const { rows, summary } = await read('nfd.csv');
    expect(summary.columns).toEqual({ code: 'Mã TTHC', level: 'Mức độ', name: 'Tên thủ tục' });
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp giấy phép xây dựng'],
      [3, '1.000002', 2, 'Đăng ký kết hôn'],
    ]);
  });
});

describe('delimiters', () => {
  it('counts only delimiters outside quotes: a quoted ";" in a "," header', async () => {
    const { rows, summary } = await read('quoted-delimiter-header.csv');
    expect(summary.delimiter).toBe(',');
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp phép; gia hạn'],
      [3, '1.000002', 3, 'Đăng ký, thay đổi'],
    ]);
  });

  it.each([
    ['tab.tsv', '\t', 'Đăng ký\tkết hôn'],
    ['pipe.csv', '|', 'Đăng ký | kết hôn'],
  ])('detects %s as %s-separated', async (name, delimiter, second) => {
    const { rows, summary } = await read(name);
    expect(summary.delimiter).toBe(delimiter);
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp phép, gia hạn; sửa đổi'],
      [3, '1.000002', 3, second],
    ]);
  });
});

describe('line numbers', () => {
  it('counts the newlines inside quoted fields', async () => {
    const { rows, issues } = await read('quoted-newlines.csv');
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp giấy phép\nxây dựng\nnhà ở'],
      [5, '1.000002', 3, 'Đăng ký "kết hôn"\ncó yếu tố nước ngoài'],
      [7, '1.000003', 0, 'Chứng thực'],
    ]);
    expect(issuesOf(issues)).toEqual([['unknown-level', 7, 'level', 'Mức độ 9']]);
  });

  it('counts a CRLF inside a quoted field of a CRLF file as one line', async () => {
    const { rows } = await read('quoted-newlines-crlf.csv');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0]!.name).toBe('Cấp giấy phép\r\nxây dựng');
  });

  it('reads CR-only line ends', async () => {
    const { rows, issues } = await read('cr-only.csv');
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp\rphép'],
      [5, '1.000002', 0, 'Đăng ký'],
    ]);
    expect(issuesOf(issues)).toEqual([['unknown-level', 5, 'level', 'Mức độ 9']]);
  });

  it('keeps counting right when one row of an LF file ends in CRLF', async () => {
    const { rows, issues } = await read('mixed-line-endings.csv');
    expect(rows.map((r) => [r.line, r.code, r.level])).toEqual([
      [2, '1.000001', 4],
      [3, '1.000002', 3],
      [4, '1.000003', 0],
    ]);
    expect(issuesOf(issues)).toEqual([['unknown-level', 4, 'level', 'Mức độ 9']]);
  });

  it('skips blank lines and rows of empty cells, before the header too, and counts them', async () => {
    const { rows, summary, issues } = await read('blank-lines.csv');
    expect(summary.rows).toBe(2);
    expect(rowsOf(rows)).toEqual([
      [4, '1.000001', 4, 'Cấp phép'],
      [8, '1.000002', 0, 'Đăng ký'],
    ]);
    expect(issuesOf(issues)).toEqual([['unknown-level', 8, 'level', 'Mức độ 9']]);
  });
});

describe('broken rows', () => {
  it('reports rows with fewer or more fields than the header at their line, and still counts them', async () => {
    const { rows, summary, issues } = await read('ragged-rows.csv');
    expect(summary).toMatchObject({ rows: 4, errorRows: 2 });
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Cấp phép'],
      [3, '1.000002', 0, 'Thiếu mức độ'],
      [4, '1.000003', 3, 'Thừa cột'],
      [5, '1.000004', 3, 'Đủ'],
    ]);
    expect(issues.map((i) => [i.kind, i.line, i.value, i.detail])).toEqual([
      ['field-count', 3, '2', '3'],
      ['empty-level', 3, '', undefined],
      ['field-count', 4, '4', '3'],
    ]);
  });

  it('ignores trailing delimiters, also when the header has them, but not a filled extra cell', async () => {
    const { rows, issues } = await read('trailing-delimiter.csv');
    expect(rows.map((r) => [r.line, r.code, r.level])).toEqual([
      [2, '1.000001', 4],
      [3, '1.000002', 3],
      [4, '1.000003', 2],
      [5, '1.000004', 2],
    ]);
    expect(issues.map((i) => [i.kind, i.line, i.value, i.detail])).toEqual([['field-count', 5, '6', '3']]);
  });

  it('accepts a stray quote inside an unquoted field literally', async () => {
    const { rows, issues } = await read('stray-quote.csv');
    expect(rowsOf(rows)).toEqual([
      [2, '1.000001', 4, 'Màn hình 5" cảm ứng'],
      [3, '1.000002', 3, '"Đăng ký" kết hôn'],
      [4, '1.000003', 0, 'Chứng thực'],
    ]);
    expect(issuesOf(issues)).toEqual([['unknown-level', 4, 'level', 'Mức độ 9']]);
  });

  it('stops at a quote that is never closed, naming the line where it opened', async () => {
    const file = quirks('unclosed-quote.csv');
    await expectInputError(readProcedures(file), {
      file,
      line: 3,
      message: /a quoted field opened on this line is never closed .*add the missing " or remove the stray one$/,
    });
  });

  it('reports a quote that swallowed rows until a later quote closed it', async () => {
    const { rows, issues, summary } = await read('swallowing-quote.csv');
    expect(rows.map((r) => [r.line, r.code])).toEqual([
      [2, '1.000001'],
      [3, '1.000002'],
      [6, '1.000005'],
    ]);
    expect(issues.map((i) => [i.severity, i.kind, i.line, i.lines])).toEqual([['error', 'quote-spans-rows', 3, [3, 5]]]);
    expect(summary.errorRows).toBe(1);
  });

  it('reads a field of several megabytes and counts its lines', async () => {
    const dir = tempDir();
    try {
      const big = 'x'.repeat(3 * 1024 * 1024);
      const file = dir.write('big.csv', `Mã TTHC,Tên thủ tục,Mức độ\n1.000001,"${big}\n${big}",4\n1.000002,Chứng thực,Mức độ 9\n`);
      const { rows, issues } = await readProcedures(file);
      expect(rows.map((r) => [r.line, r.code, r.name.length])).toEqual([
        [2, '1.000001', 2 * big.length + 1],
        [4, '1.000002', 'Chứng thực'.length],
      ]);
      expect(issuesOf(issues)).toEqual([['unknown-level', 4, 'level', 'Mức độ 9']]);
    } finally {
      dir.remove();
    }
  });
});

describe('files with no data', () => {
  it.each([
    ['empty.csv', undefined, 'is empty (0 bytes): export the list again, with its header row'],
    ['blank-only.csv', undefined, 'contains nothing but blank lines (no header row): export the list again with its column headers'],
    ['header-only.csv', undefined, 'has a header but no data rows: a procedure list with no procedures cannot be evaluated; export it again'],
  ])('refuses %s as a procedure list', async (name, line, message) => {
    const file = quirks(name);
    await expectInputError(readProcedures(file), { file, line, message });
  });

  it('refuses a national list with a header only: every procedure would be a mismatch', async () => {
    const file = quirks('national-header-only.csv');
    await expectInputError(readNational(file), { file, message: /^.*has a header but no data rows: .*leave out --national$/ });
  });

  it('reads a dossier register with a header only as a warning: a quiet month is no broken run', async () => {
    const file = quirks('dossiers-header-only.csv');
    const read = await readDossiers(file);
    expect(read.summary.rows).toBe(0);
    expect(read.issues).toEqual([{ severity: 'warning', kind: 'no-data-rows', file }]);
  });
});

describe('paths that are not CSV files', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('names a missing path', async () => {
    const file = dir.path('nope.csv');
    await expectInputError(readProcedures(file), {
      file,
      message: 'file not found: check the path (it is relative to the current directory)',
    });
  });

  it('names a directory', async () => {
    const file = dir.path('folder.csv');
    mkdirSync(file);
    await expectInputError(readProcedures(file), {
      file,
      message: 'is a directory, not a CSV file: give the path of the export file itself',
    });
  });

  // Root reads any file whatever its mode; the check was tried by hand as an ordinary user.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('names an unreadable file', async () => {
    const file = dir.write('locked.csv', 'Mã TTHC,Mức độ\n1.000001,4\n');
    execFileSync('chmod', ['000', file]);
    await expectInputError(readProcedures(file), {
      file,
      message: 'cannot be read (permission denied): check the file permissions',
    });
  });

  it.skipIf(process.platform === 'win32')('reads a named pipe, as given by `--procedures <(…)`', async () => {
    const file = dir.path('pipe.csv');
    execFileSync('mkfifo', [file]);
    createWriteStream(file).end('Mã TTHC;Mức độ\n1.000001;4\n');
    const { rows, summary } = await readProcedures(file);
    expect(rows.map((r) => [r.line, r.code, r.level])).toEqual([[2, '1.000001', 4]]);
    expect(summary).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
  });
});
