/**
 * The real CLI on workbooks (SPEC §9): the demo's exports as Excel gives them — a procedure list .xlsx
 * with a notes sheet, title rows, merged agency cells, date cells, formulas, a total row and a footer;
 * the national list and the holiday schedule as .xlsx; the register as an HTML table under an .xls
 * name — give the checks of their CSV twins.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tthc-check.js');
const demo = (name: string) => join(root, 'fixtures', 'demo', name);
const workbook = (name: string) => join(root, 'fixtures', 'workbooks', name);

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Report {
  checks: unknown[];
  inputs: Record<string, unknown>[];
  issues: { kind: string; file: string; line?: number; cell?: string; value?: string; count?: number }[];
  procedures: { lines: number[] }[];
  late: { line: number }[];
  mismatches: { line: number }[];
}

function check(procedures: string, national: string, dossiers: string, holidays: string, ...more: string[]) {
  const run = cli([
    'check',
    '--procedures',
    procedures,
    '--national',
    national,
    '--dossiers',
    dossiers,
    '--holidays',
    holidays,
    '--as-of',
    '2021-12-31',
    '--format',
    'json',
    ...more,
  ]);
  return { ...run, report: JSON.parse(run.stdout || '{}') as Report };
}

const csv = check(demo('procedures.csv'), demo('national.csv'), demo('dossiers.csv'), join(root, 'fixtures', 'holidays-2021.csv'));
const excel = check(workbook('demo-procedures.xlsx'), workbook('demo-national.xlsx'), workbook('demo-dossiers.xls'), workbook('demo-holidays-2021.xlsx'));

/** A procedure as the report knows it, but for the lines it is on (title rows move them). */
const withoutLines = ({ lines: _lines, ...rest }: { lines: number[] }) => rest;

describe('the demo as workbooks', () => {
  it('gives the checks, the worklist and the verdict of the CSV files', () => {
    expect(excel.code).toBe(csv.code);
    expect(excel.report.checks).toEqual(csv.report.checks);
    expect(excel.report.procedures.map(withoutLines)).toEqual(csv.report.procedures.map(withoutLines));
    expect(excel.report.late.map(({ line: _line, ...rest }) => rest)).toEqual(csv.report.late.map(({ line: _line, ...rest }) => rest));
  });

  it('says what each input is, which sheet was read and on which row its header was', () => {
    expect(excel.report.inputs.map(({ columns: _columns, ...input }) => input)).toEqual([
      {
        role: 'procedures',
        path: workbook('demo-procedures.xlsx'),
        format: 'xlsx',
        sheet: 'Danh mục TTHC',
        headerRow: 4,
        encoding: 'xlsx',
        delimiter: '',
        rows: 389,
        errorRows: 0,
      },
      {
        role: 'national',
        path: workbook('demo-national.xlsx'),
        format: 'xlsx',
        sheet: 'CSDLQG',
        headerRow: 1,
        encoding: 'xlsx',
        delimiter: '',
        rows: 325,
        errorRows: 0,
      },
      {
        role: 'dossiers',
        path: workbook('demo-dossiers.xls'),
        format: 'html-table',
        headerRow: 2,
        encoding: 'html',
        delimiter: '',
        rows: 4908,
        errorRows: 0,
        engine: 'js',
      },
    ]);
    expect(csv.report.inputs[0]).toMatchObject({ format: 'csv', headerRow: 1 });
  });

  it('locates issues at the sheet, the row Excel shows and the cell, and names the rows it skipped', () => {
    const sheet = `${workbook('demo-procedures.xlsx')}#Danh mục TTHC`;
    expect(excel.report.issues.filter((i) => i.kind === 'total-row' || i.kind === 'footer-rows')).toEqual([
      expect.objectContaining({ severity: 'warning', kind: 'total-row', file: sheet, line: 394, cell: 'A394', value: 'Tổng cộng' }),
      expect.objectContaining({ severity: 'warning', kind: 'footer-rows', file: sheet, line: 396, count: 2 }),
    ]);
    const conflict = excel.report.issues.find((i) => i.kind === 'conflicting-levels')!;
    expect(conflict.file).toBe(sheet);
    // Lines are Excel's row numbers: the CSV's line plus the three rows above the header.
    expect(excel.report.mismatches.map((m) => m.line)).toEqual(csv.report.mismatches.map((m) => m.line + 3));
  });

  it('reads the sheet named after #, by name or number, and says what is wrong with one that has no table', () => {
    const byName = check(
      `${workbook('demo-procedures.xlsx')}#Danh mục TTHC`,
      demo('national.csv'),
      demo('dossiers.csv'),
      join(root, 'fixtures', 'holidays-2021.csv'),
    );
    const byNumber = check(`${workbook('demo-procedures.xlsx')}#2`, demo('national.csv'), demo('dossiers.csv'), join(root, 'fixtures', 'holidays-2021.csv'));
    expect(byName.report.checks).toEqual(csv.report.checks);
    expect(byNumber.report.checks).toEqual(csv.report.checks);
    const notes = cli(['check', '--procedures', `${workbook('demo-procedures.xlsx')}#1`]);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toMatch(/^tthc-check: .*demo-procedures\.xlsx#Hướng dẫn:1: no columns for the required fields "code" and "level"\./);
    const missing = cli(['check', '--procedures', `${workbook('demo-procedures.xlsx')}#Danh muc`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no sheet named "Danh muc" (sheets: 1 "Hướng dẫn", 2 "Danh mục TTHC"): check the name or number after #');
  });

  it('names the sheet and the header row in the table report', () => {
    const { stdout } = cli(['check', '--procedures', workbook('demo-procedures.xlsx'), '--dossiers', workbook('demo-dossiers.xls'), '--as-of', '2021-12-31']);
    expect(stdout).toContain(`procedures: ${workbook('demo-procedures.xlsx')} (sheet "Danh mục TTHC", header on row 4, 389 rows)`);
    expect(stdout).toContain(`dossiers: ${workbook('demo-dossiers.xls')} (HTML table, header on row 2, 4,908 rows, read by js)`);
    expect(stdout).toMatch(/warning .*demo-procedures\.xlsx#Danh mục TTHC:394 \(A394\): total row "Tổng cộng" skipped/);
  });
});

describe('title rows and total rows in a CSV file', () => {
  it('finds the header below the titles and skips the total row and the footer, as in a workbook', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-wb-'));
    const lines = readFileSync(demo('procedures.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r\n/);
    const titled = join(dir, 'tthc.csv');
    writeFileSync(
      titled,
      [
        'ỦY BAN NHÂN DÂN TỈNH HÀ NAM;;;;;;;;;',
        'DANH MỤC THỦ TỤC HÀNH CHÍNH;;;;;;;;;',
        '',
        ...lines.filter((line) => line !== ''),
        'Tổng cộng;;389 thủ tục;;;;;;;',
        '',
        ';;Người lập biểu;;;;;Hà Nam, ngày 31 tháng 12 năm 2021;;',
      ].join('\r\n'),
    );
    const run = check(titled, demo('national.csv'), demo('dossiers.csv'), join(root, 'fixtures', 'holidays-2021.csv'));
    expect(run.report.checks).toEqual(csv.report.checks);
    expect(run.report.inputs[0]).toMatchObject({ format: 'csv', headerRow: 4, rows: 389 });
    expect(run.report.issues.filter((i) => i.kind === 'total-row' || i.kind === 'footer-rows')).toEqual([
      expect.objectContaining({ kind: 'total-row', file: titled, line: 394, value: 'Tổng cộng' }),
      expect.objectContaining({ kind: 'footer-rows', file: titled, line: 396, count: 1 }),
    ]);
    expect(run.report.issues.find((i) => i.kind === 'total-row')).not.toHaveProperty('cell');
  });
});

describe('workbooks the tool does not read, and a register streamed with merged cells', () => {
  it('refuses a workbook under --engine duckdb, saying to leave the flag out', () => {
    const run = cli(['check', '--procedures', demo('procedures.csv'), '--dossiers', workbook('demo-dossiers.xls'), '--engine', 'duckdb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `tthc-check: ${workbook('demo-dossiers.xls')}: is an HTML table saved as .xls, which --engine duckdb does not read: leave out --engine duckdb, and the default reader reads it\n`,
    );
  });

  it('refuses an OpenDocument spreadsheet with what to do, without a stack trace', () => {
    const run = cli(['check', '--procedures', workbook('spreadsheet.ods')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `tthc-check: ${workbook('spreadsheet.ods')}: is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx (Excel 2007–365) or as CSV UTF-8\n`,
    );
  });

  it('warns once of merged cells in a streamed register, naming the first range, and locates what they leave empty', () => {
    const run = cli([
      'check',
      '--procedures',
      workbook('procedures-ha-nam.xlsx'),
      '--dossiers',
      workbook('dossiers-merged.xlsx'),
      '--as-of',
      '2025-12-31',
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as Report;
    const sheet = `${workbook('dossiers-merged.xlsx')}#Hồ sơ`;
    expect(report.issues.filter((i) => i.file === sheet)).toEqual([
      expect.objectContaining({ severity: 'error', kind: 'empty-code', line: 3, cell: 'B3', field: 'code' }),
      expect.objectContaining({ severity: 'warning', kind: 'merged-cells-not-applied', line: 2, cell: expect.stringMatching(/^[BC]2:[BC]3$/), count: 2 }),
    ]);
  });
});
