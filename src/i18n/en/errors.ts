/**
 * Why a run cannot be evaluated, in English. Each error says what is wrong and what to do; where (the file,
 * line or key) is put before it by the code that prints it. The code that throws gives a key and its
 * arguments (src/errors.ts), never words.
 */
import { formatsFor } from '../numbers.js';

const f = formatsFor('en');
const q = (value: unknown) => JSON.stringify(value);
const listed = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

/** What a JSON value is, for "must be …, not a string". */
export type ValueType = 'null' | 'array' | 'string' | 'number' | 'boolean' | 'object' | 'undefined' | 'other';
const typeNames: Record<ValueType, string> = {
  null: 'null',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  undefined: 'nothing',
  other: 'another kind of value',
};

/** Another kind of input whose headers a file has, when the required ones are missing. */
export type InputKind = 'procedures' | 'dossiers';

export interface MissingColumn {
  field: string;
  aliases: string[];
  /** An unclaimed header a slip away from an accepted one. */
  near?: { header: string; written: string; alias: string };
}

const saveAsUtf8 = 'open it in Excel and save it as "CSV UTF-8 (Comma delimited)"';
const saveAsXlsx = 'open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8';
const resave = 'open it in Excel and save it again as .xlsx, or export it again';
const unprotect = 'open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx, or save it as CSV UTF-8';
/** A sheet of a workbook, as a message names it. */
export interface SheetInfo {
  number: number;
  name: string;
  hidden: boolean;
  chart: boolean;
}
const sheetName = (sheet: SheetInfo) => `${sheet.number} "${sheet.name}"${sheet.hidden ? ' (hidden)' : ''}${sheet.chart ? ' (a chart)' : ''}`;
const sheetList = (sheets: SheetInfo[]) => sheets.map(sheetName).join(', ') || 'none';

/** The parts of a workbook a message may name. */
export type WorkbookPart = 'relationships' | 'workbook' | 'styles' | 'sharedStrings' | 'worksheet' | 'type';
const partNames: Record<WorkbookPart, string> = {
  relationships: 'relationships',
  workbook: 'workbook',
  styles: 'styles',
  sharedStrings: 'a shared-strings table',
  worksheet: 'a worksheet',
  type: 'type',
};

/** What a field of a baseline report must be, for "must be …, not …". */
export type BaselineWant =
  'object' | 'list' | 'profile' | 'date' | 'period' | 'checkId' | 'status' | 'count' | 'number' | 'procedureCode' | 'indicatorId' | 'pointsOrNull';
const baselineWants: Record<BaselineWant, string> = {
  object: 'an object',
  list: 'a list',
  profile: 'a profile name',
  date: 'a yyyy-MM-dd date',
  period: 'an object with "from" and "to"',
  checkId: 'a check id',
  status: 'one of pass, fail, skip, info',
  count: 'a whole number',
  number: 'a number',
  procedureCode: 'a procedure code',
  indicatorId: 'an indicator id',
  pointsOrNull: 'a number of points or null',
};
const unedited = 'give an unedited report written with --format json';

const maxListed = 12;
const listOf = (cells: readonly string[]) => {
  const shown = cells.slice(0, maxListed).map((cell) => `"${cell}"`);
  return cells.length > maxListed ? `${shown.join(', ')} and ${cells.length - maxListed} more` : shown.join(', ');
};

export const errors = {
  // Flags
  notADate: (a: { flag: string; value: string }) => `${a.flag} ${q(a.value)} is not a date: write it as yyyy-MM-dd, e.g. 2026-01-31`,
  periodReversed: (a: { from: string; to: string }) => `--from ${a.from} is after --to ${a.to}: give the first day of the period first`,
  cannotWrite: (a: { path: string; code: string; folder: boolean }) =>
    `cannot write the report to ${a.path}: ${a.folder ? 'it is a folder: give a file name inside it' : `${a.code}: check that the folder exists and is writable`}`,
  writeFull: (a: { path?: string }) =>
    `cannot write the report to ${a.path ?? 'standard output'}: no space left on the device (ENOSPC): free some space or write elsewhere`,
  cannotWriteStdout: (a: { code: string }) => `cannot write the report to standard output (${a.code}): check where the output is sent, or give --output`,
  outputIsInput: (a: { output: string; input: string }) =>
    `--output ${a.output} is the input ${a.input}: writing the report there would destroy it; give another file name`,
  tooManyGroups: (a: { by: 'agency' | 'tier' | 'field'; groups: number; limit: number }) =>
    `--by ${a.by} makes ${f.number(a.groups)} groups, more than the ${f.number(a.limit)} one report holds: check that the ${a.by} column is the right one, not a value per procedure, or leave out --by`,
  formatNeedsOutput: (a: { format: string }) => `--format ${a.format} writes a file: add --output FILE (e.g. --output report.${a.format})`,
  duckdbWorkbook: (a: { format: 'xlsx' | 'html-table' }) =>
    `is ${a.format === 'xlsx' ? 'an Excel workbook' : 'an HTML table saved as .xls'}, which --engine duckdb does not read: leave out --engine duckdb, and the default reader reads it`,
  csvHasNoSheets: (a: { sheet: string }) => `is a CSV file, which has no sheets: leave out "#${a.sheet}"`,
  scoreCountsContradict: (a: { part: string; partValue: number; whole: string; wholeValue: number }) =>
    `${a.part} ${a.partValue} exceeds ${a.whole} ${a.wholeValue}: counts that contradict each other; fix the query that wrote the file`,
  referenceDateNotDate: (a: { value: string }) => `reference_date ${JSON.stringify(a.value)} is not a date (yyyy-MM-dd): fix the export`,
  referenceDateChanges: (a: { value: string; earlier: string }) =>
    `reference_date ${a.value} differs from ${a.earlier} on an earlier line: a counts file is judged at one date; aggregate it again`,
  referenceDatesDiffer: (a: { date: string; other: string; otherFile: string }) =>
    `reference_date ${a.date} differs from ${a.other} in ${a.otherFile}: aggregate every counts file with the same --as-of and --to`,
  referenceDateNotRun: (a: { date: string; reference: string }) =>
    `reference_date ${a.date} differs from this run's reference date ${a.reference} (the earlier of --to and --as-of): give the dates the counts file was aggregated with, or aggregate it again`,
  duckdbMissing: () =>
    '--engine duckdb needs the optional package @duckdb/node-api: run `npm install @duckdb/node-api` (or leave out --engine to use the default reader)',
  parquetNeedsDuckdb: (a: { file: string }) =>
    `${a.file} is a Parquet file: reading it needs the optional package @duckdb/node-api: run \`npm install @duckdb/node-api\`, or export the register as CSV`,

  // Config
  configNotFound: () => 'config file not found: check the --config path',
  configNotJson: (a: { detail: string; line?: number; column?: number }) => `is not valid JSON (${a.detail}): fix the syntax`,
  configNotObject: (a: { type: ValueType }) => `must hold one JSON object, not ${typeNames[a.type]}`,
  configUnknownKey: (a: { keys: string[] }) => `unknown key: the keys are ${a.keys.join(', ')}`,
  oneOf: (a: { allowed: readonly string[]; value: unknown }) => `must be one of ${listed(a.allowed)}, not ${q(a.value)}`,
  targetsNotObject: (a: { type: ValueType }) => `must be an object keyed by check id, not ${typeNames[a.type]}`,
  unknownCheckId: (a: { ids: readonly string[] }) => `unknown check id: the checks are ${a.ids.join(', ')}`,
  targetNotObject: (a: { type: ValueType }) => `must be an object like {"op": ">=", "percent": 70} or null, not ${typeNames[a.type]}`,
  targetUnknownKey: () => 'unknown key: a target has only "op" and "percent"',
  percentRange: (a: { value: unknown }) => `must be a number from 0 to 100, not ${q(a.value)}`,
  percentDecimals: (a: { value: unknown }) => `has more than 4 decimals (${q(a.value)}): round it`,
  workingDaysRange: (a: { value: unknown }) => `must be a whole number of days from 0 to 365, not ${q(a.value)}`,
  agencySuffixShape: (a: { value: unknown }) => `must be an agency suffix such as "H23", not ${q(a.value)}`,
  aliasesNotObject: (a: { type: ValueType }) => `must be an object of field → list of headers, not ${typeNames[a.type]}`,
  aliasUnknownField: (a: { fields: readonly string[] }) => `unknown field: the fields are ${a.fields.join(', ')}`,
  aliasNotList: () => 'must be a list of header names, e.g. ["Mã hiệu TTHC"]',
  holidaysNotPath: (a: { value: unknown }) => `must be the path of a holiday CSV, not ${q(a.value)}`,
  holidaysNotFound: (a: { path: string }) => `${a.path} not found (a path in a config file is relative to the config file)`,

  // Files
  fileNotFound: () => 'file not found: check the path (it is relative to the current directory)',
  permissionDenied: () => 'cannot be read (permission denied): check the file permissions',
  isDirectory: () => 'is a directory, not a CSV file: give the path of the export file itself',
  cannotRead: (a: { code: string }) => `cannot be read (${a.code})`,
  emptyFile: () => 'is empty (0 bytes): export the list again, with its header row',
  blankLinesOnly: () => 'contains nothing but blank lines (no header row): export the list again with its column headers',
  zipNotCsv: () => `is an Excel workbook (.xlsx) or another ZIP archive, not a CSV: ${saveAsUtf8}`,
  emptyZipNotCsv: () => `is an empty ZIP archive, not a CSV: ${saveAsUtf8}`,
  xlsNotCsv: () => `is an old Excel workbook (.xls), not a CSV: ${saveAsUtf8}`,
  pdfNotCsv: () => 'is a PDF document, not a CSV: export the data from its source as CSV UTF-8',
  gzipNotCsv: () => 'is gzip-compressed: decompress it first (gunzip) and give the CSV inside',
  htmlNotCsv: () => `is a web page (HTML), not a CSV — some portals save an HTML table under an .xls name: ${saveAsUtf8}`,
  xmlNotCsv: () => `is an XML document (perhaps an "XML Spreadsheet"), not a CSV: ${saveAsUtf8}`,
  utf32: () => `is UTF-32 text, which tthc-check does not read: ${saveAsUtf8}`,
  zeroBytes: () => 'contains zero bytes, so it is a binary file or a damaged one, not a CSV: export the data again as CSV UTF-8',
  utf8CutShort: () => 'ends in the middle of a UTF-8 character, so the file was cut short (an interrupted copy or download?): export it again as CSV UTF-8',
  utf16CutShort: () =>
    'ends in the middle of a UTF-16 character (an odd number of bytes), so the file was cut short (an interrupted copy or download?): export it again',
  utf16LoneSurrogate: () =>
    'has a broken UTF-16 character on this line (one half of a surrogate pair without the other): part of the file is damaged: export the whole file again',
  utf8Mixed: () =>
    'has bytes that are not valid UTF-8 on this line, though the text before it is UTF-8: part of the file is in another encoding (Windows-1258?): export the whole file again as CSV UTF-8',
  notVietnamese: () => `is not UTF-8 text, and read as Windows-1258 it is not Vietnamese either (an old TCVN3/VNI font encoding, or not text): ${saveAsUtf8}`,
  windows1258Mixed: () =>
    `stops reading as Windows-1258 Vietnamese text on this line (the lines before it do): part of the file is in another encoding: ${saveAsUtf8}`,
  garbled: (a: { example: string }) =>
    `looks garbled ("${a.example}"): its text was converted to UTF-8 twice (opened as another encoding and saved again): export it again from the source as CSV UTF-8`,
  quoteNotClosed: (a: { located: boolean }) =>
    `a quoted field opened ${a.located ? 'on this line' : 'somewhere'} is never closed (a " with no closing "), so the rest of the file would be one field: add the missing " or remove the stray one`,
  fieldTooLarge: () =>
    'has a field too large to read (hundreds of megabytes): a quote opened on this line is probably never closed: add the missing " or remove the stray one',
  rowTooLong: (a: { megabytes: number }) =>
    `a row starting on this line is longer than ${a.megabytes} MB (the most a row may hold): a quote is probably never closed: add the missing " or remove the stray one`,
  notReadableCsv: (a: { detail: string }) => `is not a readable CSV: ${a.detail}`,
  missingColumns: (a: { missing: MissingColumn[]; found: string[]; lookalike?: InputKind; oneCell: boolean }) => {
    const names = a.missing.map(({ field }) => `"${field}"`);
    const parts = [
      names.length === 1
        ? `no column for the required field ${names[0]}.`
        : `no columns for the required fields ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`,
    ];
    for (const { field, aliases, near } of a.missing) {
      if (near) parts.push(`Did you mean ${listOf([near.header])} (close to the accepted header "${near.alias}")?`);
      parts.push(`Accepted for "${field}": ${listOf(aliases)}.`);
    }
    parts.push(`Headers found (${a.found.length}): ${a.found.length ? listOf(a.found) : 'none'}.`);
    if (a.lookalike) {
      const kind = a.lookalike === 'procedures' ? 'a procedure list (--procedures)' : 'a dossier register (--dossiers)';
      parts.push(`These look like the headers of ${kind}: is this the right file?`);
    }
    if (a.oneCell) {
      parts.push(
        'No row among the first 30 has the required columns, and the first row has one cell: if the columns are separated by another character, save the file with "," or ";"; if the headers are further down, delete the title rows above them.',
      );
    }
    const hinted = a.missing.filter(({ near }) => near);
    const example = hinted.length
      ? hinted.map(({ field, near }) => `"${field}": [${q(near!.written)}]`).join(', ')
      : a.missing.map(({ field }) => `"${field}": ["…"]`).join(', ');
    parts.push(`Rename the column to an accepted header, or add an alias in the config file ("aliases": {${example}}).`);
    return parts.join(' ');
  },
  proceduresNoRows: () => 'has a header but no data rows: a procedure list with no procedures cannot be evaluated; export it again',
  nationalNoRows: () =>
    'has a header but no data rows: with an empty national list every procedure would be a mismatch; export it again, or leave out --national',
  holidayBadDate: (a: { value: string }) => `date "${a.value}" is not a date: write it as yyyy-MM-dd or dd/MM/yyyy`,
  holidayBadKind: (a: { value: string }) => `kind "${a.value}" must be "off" (a day off) or "working" (a working day)`,
  holidayConflict: (a: { date: string; earlier: 'off' | 'working'; earlierLine: number; kind: 'off' | 'working' }) =>
    `${a.date} is listed as "${a.earlier}" on line ${a.earlierLine} and as "${a.kind}" here: keep one`,

  // Dossier counts and engines
  countsMissingColumns: (a: { missing: string[]; expected: string }) =>
    `is not a dossier counts file: no column ${listed(a.missing)}. Expected the header ${a.expected} (rows and error_rows optional); write it with \`tthc-check aggregate\` or the SQL in docs/scale.md`,
  notACount: (a: { column: string; value: string }) => `${a.column} ${q(a.value)} is not a count (a whole number ≥ 0): fix the export`,
  countsContradict: () =>
    'counts that contradict each other (online + postal + in_person ≤ counted, online_resolved ≤ online, finished_on_time ≤ finished_with_due ≤ counted): fix the query that wrote the file',
  countsEmptyCode: () => 'dossiers counted under an empty code: give every counted line its procedure code',
  duckdbEncoding: (a: { encoding: string }) =>
    `is encoded in ${a.encoding}, which the duckdb engine cannot read: leave out --engine duckdb (the default reader reads it), or save the file as UTF-8`,
  duckdbParquet: (a: { reason: string }) => `DuckDB cannot read it as Parquet (${a.reason}): check that it is a Parquet file, or export the register as CSV`,

  // Baseline
  baselineNotFound: () => 'baseline report not found: give a report written earlier with --format json',
  baselineNotJson: () => 'is not JSON: --baseline takes a report written earlier with --format json',
  baselineNotReport: () => 'is not a tthc-check JSON report',
  baselineSchema: (a: { version: unknown }) => `has schemaVersion ${q(a.version)}; this version reads reports of schemaVersion 1`,
  baselineNoLists: () => 'has no "checks" or "mismatches" list: it is not a tthc-check JSON report',
  baselineField: (a: { key: string; want: BaselineWant; got?: string }) =>
    `${a.key} ${a.got === undefined ? `is missing: it must be ${baselineWants[a.want]}` : `must be ${baselineWants[a.want]}, not ${a.got}`}: ${unedited}`,

  // Workbooks
  workbookDirectory: () => 'is a directory, not a file: give the path of the export file itself',
  workbookEncrypted: () => `is a password-protected (encrypted) workbook: ${unprotect}`,
  workbookPasswordProtected: () => `is password-protected: ${unprotect}`,
  workbookXls: () => `is an old binary Excel workbook (.xls, Excel 97–2003), which this tool does not read: ${saveAsXlsx}`,
  workbookXml2003: () => `is an "XML Spreadsheet 2003" file, which this tool does not read: ${saveAsXlsx}`,
  workbookXlsb: () => `is an Excel Binary Workbook (.xlsb), which this tool does not read: ${saveAsXlsx}`,
  workbookOds: () => 'is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx (Excel 2007–365) or as CSV UTF-8',
  workbookZip: () => 'is a ZIP archive, not a workbook or a CSV: unzip it and give the file inside',
  workbookUnknown: () => 'is not an Excel workbook (.xlsx) nor an HTML table: give it as a CSV file',
  workbookNoVisibleSheet: (a: { sheets: SheetInfo[]; file: string }) =>
    `has no visible sheet with cells (sheets: ${sheetList(a.sheets)}): name the sheet to read as ${a.file}#NAME`,
  workbookNoSuchSheet: (a: { sheet: string; byNumber: boolean; sheets: SheetInfo[] }) =>
    `has no ${a.byNumber ? `sheet ${a.sheet}` : `sheet named "${a.sheet}"`} (sheets: ${sheetList(a.sheets)}): check the name or number after #`,
  workbookChartSheet: (a: { sheet: SheetInfo }) => `sheet ${sheetName(a.sheet)} is a chart, not a table: name another sheet after #`,
  workbookTooManyMerges: (a: { max: number }) =>
    `has more than ${f.number(a.max)} merged ranges: unmerge the cells (Home › Merge & Center) or save the sheet as CSV UTF-8`,
  workbookSheetEmpty: () => 'is empty: name the sheet that holds the table after #',
  workbookNoHeader: (a: { rows: number; sheets: SheetInfo[]; file: string }) =>
    `no sheet has a header row with the required columns among its first ${a.rows} rows (sheets: ${sheetList(a.sheets)}): name the sheet to read as ${a.file}#NAME or ${a.file}#NUMBER, or check that this is the right file`,
  workbookOverlappingMerges: (a: { count: number }) => `has ${f.number(a.count)} merged ranges that overlap one another, which Excel never writes: ${resave}`,
  workbookHtmlSheet: (a: { sheet: string }) => `is an HTML table saved as .xls, which has no sheets: leave out "#${a.sheet}"`,
  workbookHtmlNoRows: () => 'is a web page with no table rows: export the register again, as .xlsx or CSV UTF-8',
  workbookLongString: (a: { max: number }) => `has a shared string longer than ${f.number(a.max)} characters: ${resave}`,
  workbookLongCell: (a: { max: number }) => `has a table cell longer than ${f.number(a.max)} characters: export the register again`,
  sheetMissingString: (a: { cell: string; index: string }) => `cell ${a.cell} refers to shared string ${a.index}, which the workbook does not have: ${resave}`,
  sheetBadRow: (a: { row: string }) => `has a row numbered "${a.row}": ${resave}`,
  sheetCellOutside: (a: { ref: string }) => `has a cell at "${a.ref}", outside the sheet: ${resave}`,
  sheetCellTooLong: (a: { cell: string; max: number }) => `cell ${a.cell} holds more than ${f.number(a.max)} characters: ${resave}`,
  workbookMissingPart: (a: { part: string; what: WorkbookPart }) => `has no ${a.part} (${partNames[a.what]}): ${resave}`,
  workbookPartTooLarge: (a: { what: WorkbookPart; size: number; limit: number }) =>
    `has ${partNames[a.what]} of ${f.number(a.size)} MB, more than the ${f.number(a.limit)} MB this reader accepts: save the sheet as CSV UTF-8 and give that file`,
  workbookDamaged: (a: { reason: string }) => `is a damaged or incomplete workbook (${a.reason}): ${resave}`,
};
