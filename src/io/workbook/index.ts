/**
 * Excel workbooks and HTML tables as inputs (SPEC §9), read in the shape of `readCsv` so that a reader
 * can take either. What is read and how — formats, sheets, cells, merges, locations, bounds — is in
 * docs/workbooks.md.
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
