/**
 * Excel workbooks and HTML tables as inputs (SPEC §9), read in the shape of `readCsv` so that a reader
 * can take either:
 *
 *   const sheet = await splitSheetSelector(argument);          // 'a.xlsx#Danh mục' → { path, sheet }
 *   const format = await detectWorkbook(sheet.path);           // 'xlsx' | 'html-table' | undefined (a CSV)
 *   if (format) {
 *     const shape = await readWorkbook(sheet.path, {
 *       sheet: sheet.sheet,                                    // name or 1-based number; else chosen
 *       isHeader: (cells) => hasRequiredFields(cells),         // e.g. mapColumns without throwing
 *       onHeader: (header, shape) => (cells, row) => { … },    // like readCsv's onHeader
 *       merges: 'apply',                                       // lists; registers pass 'stream'
 *       onProgress: (read, total) => { … },
 *       onIssue: (issue) => { … },                             // WorkbookIssue, located
 *     });
 *   }
 *
 * - **Formats** are recognised by content: .xlsx/.xlsm (a ZIP holding `xl/workbook.xml`) and an HTML
 *   page with a table saved as .xls are read; binary .xls, encrypted workbooks, .xlsb, .ods, XML
 *   Spreadsheet 2003 and other ZIPs are refused with an InputError that says what to do.
 * - **Sheet**: the one named, else the first visible sheet whose header (the first row among the first
 *   30 that `isHeader` accepts) is found. A workbook with one visible sheet and no such row hands its
 *   first non-blank row to `onHeader` (as `readCsv` does), so the caller's column check says what is
 *   missing; with several sheets, the error lists them.
 * - **Rows** come with Excel's row number; title rows above the header and blank rows are skipped. Each
 *   row is at least as wide as the header; past it, cells up to the last non-empty one are kept.
 * - **Cells** are text as Excel shows them: shared and inline strings (rich text joined), numbers with
 *   at most 15 significant digits and no exponent (fixed-decimal formats such as `0.000000` keep their
 *   decimals), booleans as TRUE/FALSE, error values as written (`#N/A`), formulas by their stored
 *   result, date cells (1900 and 1904 systems) as `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss` — the wall-clock
 *   value Excel shows, which SPEC §2.4 reads as UTC+7, never shifted by the machine's time zone.
 * - **Merged ranges** give their top-left value to every cell they cover. The merge list follows the
 *   rows in the file: `merges: 'apply'` holds the sheet's rows until it is read (lists, which are small);
 *   `merges: 'stream'` hands each row on at once and reports one `merged-cells-not-applied` issue
 *   naming the first range that reaches the data rows. HTML `rowspan`/`colspan` are always applied.
 * - **Locations**: `shape.location` is `FILE#SHEET`; issues name it, Excel's row number (`line`) and a
 *   cell (`cellRef(2, 17)` is `C17`, columns 0-based like the cells array).
 * - **Formulas** with no stored result (files written by programs that do not calculate) read as empty
 *   cells, with one `formula-without-value` issue naming the first.
 * - **HTML tables**: every `<tr>` of the page's tables (not of a table nested in a cell) is a row,
 *   numbered from 1; cell text has its whitespace folded as a browser shows it, `<br>` is a line break;
 *   the page's encoding comes from its byte-order mark or `charset`, else UTF-8.
 * - **Sheet numbers** count every sheet in workbook order, hidden ones too (the errors list them so);
 *   `#2025` names a sheet called "2025" when the workbook has fewer sheets than that.
 * - **Bounds**: the shared-string table is refused past `sharedStringsLimit` bytes of XML (256 MB by
 *   default) before it is read; past 100,000 merged ranges a list is refused and a register counts
 *   them; a cell past a million characters, a damaged or truncated ZIP, a corrupt deflate stream or an
 *   entry whose size lies is an InputError, never a stack trace.
 * - **Not shown as Excel would**: percent, fraction and scientific formats read as plain numbers
 *   (0.75, not 75%); grouping separators are left out (1234567, not 1,234,567).
 */
import { stat } from 'node:fs/promises';
import { InputError, problem } from '../../errors.js';
import type { SheetInfo } from '../../i18n/en/errors.js';
import { detectWorkbook, type WorkbookFormat } from './detect.js';
import { streamHtmlTable } from './html-table.js';
import { readSharedStrings, readWorkbookParts, type SheetEntry } from './parts.js';
import { MergesTooLarge, SheetRows, headerSearchRows, type WorkbookHeader, type WorkbookRowHandler } from './rows.js';
import { maxMerges, streamSheet } from './sheet-xml.js';
import { Archive, damaged } from './zip.js';

export { cellRef } from './cells.js';
export { detectWorkbook, type WorkbookFormat } from './detect.js';
export type { WorkbookHeader, WorkbookRowHandler } from './rows.js';

export interface WorkbookSheet {
  name: string;
  /** 1-based, in workbook order, hidden sheets counted. */
  number: number;
  hidden: boolean;
}

export interface WorkbookShape {
  format: WorkbookFormat;
  /** The sheet read; undefined for an HTML table. */
  sheet?: string;
  /** Every sheet of the workbook, in order (none for an HTML table). */
  sheets: WorkbookSheet[];
  /** `FILE#SHEET` (the file as given), for locating issues; the file alone for an HTML table. */
  location: string;
  /** Excel's number of the header row. */
  headerRow: number;
  /** The file's size in bytes. */
  size: number;
}

export type WorkbookIssue =
  /** A streamed sheet had merged ranges over its data rows; `cell` is the first one (`A5:A9`). */
  | { severity: 'warning'; kind: 'merged-cells-not-applied'; file: string; line: number; cell: string; count: number }
  /** Formula cells with no stored result (a file written by a program that does not calculate). */
  | { severity: 'warning'; kind: 'formula-without-value'; file: string; line: number; cell: string; count: number };

export interface WorkbookReadOptions {
  /** The sheet to read, by name or 1-based number; else the first visible one with a header. */
  sheet?: string | number;
  /** Whether a row is the header: it holds the input's required fields. */
  isHeader: (cells: string[]) => boolean;
  /** Receives the header and returns the row handler. */
  onHeader: (header: WorkbookHeader, shape: WorkbookShape) => WorkbookRowHandler;
  /** `apply` (default) holds the sheet's rows to apply merged ranges; `stream` never holds rows. */
  merges?: 'apply' | 'stream';
  /** Bytes read so far and in all: of the sheet's XML for a workbook, of the file for an HTML table. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onIssue?: (issue: WorkbookIssue) => void;
  /** Largest shared-string table accepted, in bytes of XML. */
  sharedStringsLimit?: number;
}

export const defaultSharedStringsLimit = 256 * 1024 * 1024;

/** `FILE#SHEET`, as issues name a sheet. */
export function sheetLocation(file: string, sheet: string | undefined): string {
  return sheet === undefined ? file : `${file}#${sheet}`;
}

/**
 * Splits `FILE#NAME` or `FILE#2` into the path and the sheet; a path that exists as written is never
 * split, so a file whose name holds a `#` is read as itself.
 */
export async function splitSheetSelector(argument: string): Promise<{ path: string; sheet?: string | number }> {
  const hash = argument.lastIndexOf('#');
  if (hash <= 0 || (await exists(argument)) || !(await exists(argument.slice(0, hash)))) return { path: argument };
  const selector = argument.slice(hash + 1);
  return { path: argument.slice(0, hash), sheet: /^\d+$/.test(selector) ? Number(selector) : selector };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Reads the chosen sheet of a workbook or HTML table; returns what was read. */
export async function readWorkbook(file: string, options: WorkbookReadOptions): Promise<WorkbookShape> {
  const format = await detectWorkbook(file);
  if (format === undefined) throw new InputError(file, problem('workbookUnknown'));
  const { size } = await stat(file);
  return format === 'xlsx' ? readXlsx(file, size, options) : readHtml(file, size, options);
}

const describe = (sheet: SheetEntry): SheetInfo => ({ number: sheet.number, name: sheet.name, hidden: sheet.state !== 'visible', chart: !sheet.part });

function chooseSheets(file: string, sheets: SheetEntry[], wanted: string | number | undefined): { candidates: SheetEntry[]; fallback: boolean } {
  const list = sheets.map(describe);
  if (wanted === undefined) {
    const candidates = sheets.filter((sheet) => sheet.state === 'visible' && sheet.part);
    if (candidates.length === 0) {
      throw new InputError(file, problem('workbookNoVisibleSheet', { sheets: list, file }));
    }
    return { candidates, fallback: candidates.length === 1 };
  }
  const key = (name: string) => name.normalize('NFC').trim().toLowerCase();
  const sheet =
    typeof wanted === 'number'
      ? (sheets[wanted - 1] ?? sheets.find((s) => s.name === String(wanted)))
      : (sheets.find((s) => s.name === wanted) ?? sheets.find((s) => key(s.name) === key(wanted)));
  if (!sheet) {
    throw new InputError(file, problem('workbookNoSuchSheet', { sheet: String(wanted), byNumber: typeof wanted === 'number', sheets: list }));
  }
  if (!sheet.part) throw new InputError(file, problem('workbookChartSheet', { sheet: describe(sheet) }));
  return { candidates: [sheet], fallback: true };
}

async function readXlsx(file: string, size: number, options: WorkbookReadOptions): Promise<WorkbookShape> {
  const archive = await Archive.open(file);
  try {
    const parts = await readWorkbookParts(archive);
    const sheets = parts.sheets.map((s) => ({ name: s.name, number: s.number, hidden: s.state !== 'visible' }));
    const { candidates, fallback } = chooseSheets(file, parts.sheets, options.sheet);
    const sharedStrings = parts.sharedStrings
      ? await readSharedStrings(archive, parts.sharedStrings, options.sharedStringsLimit ?? defaultSharedStringsLimit)
      : [];
    for (const sheet of candidates) {
      const location = sheetLocation(file, sheet.name);
      let shape: WorkbookShape | undefined;
      const rows = new SheetRows({
        isHeader: options.isHeader,
        onHeader: (header) => options.onHeader(header, (shape = { format: 'xlsx', sheet: sheet.name, sheets, location, headerRow: header.line, size })),
        merges: options.merges ?? 'apply',
        fallback,
      });
      const end = await streamSheet(archive, sheet.part!, parts, sharedStrings, {
        row: (row, cells) => rows.accept(row, cells),
        progress: options.onProgress,
      });
      if (end.moreMerges > 0 && (options.merges ?? 'apply') === 'apply') {
        throw new InputError(location, problem('workbookTooManyMerges', { max: maxMerges }));
      }
      const unapplied = end.complete ? endSheet(location, rows, end.merges) : false;
      if (unapplied === false) {
        if (options.sheet !== undefined) throw new InputError(location, problem('workbookSheetEmpty'));
        continue;
      }
      const first = unapplied[0];
      if (first) {
        options.onIssue?.({ severity: 'warning', kind: 'merged-cells-not-applied', file: location, line: first.top, cell: first.ref, count: unapplied.length });
      }
      const { uncalculated } = end;
      if (uncalculated.count > 0) {
        options.onIssue?.({
          severity: 'warning',
          kind: 'formula-without-value',
          file: location,
          line: uncalculated.row!,
          cell: uncalculated.first!,
          count: uncalculated.count,
        });
      }
      return shape!;
    }
    throw new InputError(file, problem('workbookNoHeader', { rows: headerSearchRows, sheets: parts.sheets.map(describe), file }));
  } finally {
    archive.close();
  }
}

function endSheet(location: string, rows: SheetRows, merges: string[]): ReturnType<SheetRows['end']> {
  try {
    return rows.end(merges);
  } catch (error) {
    if (!(error instanceof MergesTooLarge)) throw error;
    throw new InputError(location, problem('workbookOverlappingMerges', { count: merges.length }));
  }
}

async function readHtml(file: string, size: number, options: WorkbookReadOptions): Promise<WorkbookShape> {
  if (options.sheet !== undefined) {
    throw new InputError(file, problem('workbookHtmlSheet', { sheet: String(options.sheet) }));
  }
  let shape: WorkbookShape | undefined;
  const rows = new SheetRows({
    isHeader: options.isHeader,
    onHeader: (header) => options.onHeader(header, (shape = { format: 'html-table', sheets: [], location: file, headerRow: header.line, size })),
    merges: 'stream',
    fallback: true,
  });
  try {
    await streamHtmlTable(file, { row: (row, cells) => rows.accept(row, cells), progress: options.onProgress }, size);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code ? damaged(file, error) : error;
  }
  if (rows.end([]) === false) throw new InputError(file, problem('workbookHtmlNoRows'));
  return shape!;
}
