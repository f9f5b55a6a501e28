/**
 * The one way an input table is read, whatever the file is (SPEC §2, §9): an Excel workbook or an HTML
 * table saved as .xls goes to the workbook reader, anything else to the CSV reader — chosen by content,
 * before the CSV reader's refusals of files that are not CSVs. Both find the header among the first 30
 * rows (title rows above it are skipped) and hand on each data row with its physical line or Excel's
 * row number.
 *
 * The argument may select a sheet (`FILE.xlsx#Danh mục`, `FILE.xlsx#2`); the shape says which sheet was
 * read and where its issues are located (`FILE#SHEET`).
 */
import { stat } from 'node:fs/promises';
import { InputError, problem } from '../errors.js';
import type { InputFormat, RowIssue } from '../model.js';
import { readCsv, type HeaderRow, type RecordHandler } from './csv-reader.js';
import { cellRef, detectWorkbook, readWorkbook, splitSheetSelector, type WorkbookIssue } from './workbook/index.js';

export interface TableShape {
  format: Exclude<InputFormat, 'parquet'>;
  /** The file, without a sheet selector. */
  path: string;
  /** Where the table's issues are: the file, or `FILE#SHEET`. */
  location: string;
  sheet?: string;
  /** The header's line (CSV) or row number (workbook). */
  headerRow: number;
  encoding: string;
  bom?: boolean;
  /** Empty for a workbook. */
  delimiter: string;
  size: number;
  /** The cell at a 0-based column of a row, in a workbook; undefined for a CSV, whose cells have no names. */
  cellAt?: (column: number, row: number) => string;
}

export interface TableReadOptions {
  /** Whether a row is the header: it holds the input's required fields. */
  isHeader: (cells: string[]) => boolean;
  onHeader: (header: HeaderRow, shape: TableShape) => RecordHandler;
  /** `apply` (lists, held whole) or `stream` (registers): how merged ranges of a workbook are read. */
  merges?: 'apply' | 'stream';
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  onIssue?: (issue: RowIssue) => void;
}

/** What a file is, without reading it: a workbook format, or a CSV (also for pipes and missing files). */
export async function tableFormat(path: string): Promise<TableShape['format']> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return 'csv';
  return (await detectWorkbook(path)) ?? 'csv';
}

export async function readTable(argument: string, options: TableReadOptions): Promise<TableShape> {
  const { path, sheet } = await splitSheetSelector(argument);
  const format = await tableFormat(path);
  if (format === 'csv') {
    if (sheet !== undefined) throw new InputError(path, problem('csvHasNoSheets', { sheet: String(sheet) }));
    let size = 0;
    let headerRow = 1;
    const shape = await readCsv(path, {
      isHeader: options.isHeader,
      onIssue: options.onIssue,
      onProgress: options.onProgress && ((bytes) => options.onProgress!(bytes, size)),
      onHeader: (header, csv) => {
        size = csv.size;
        headerRow = header.line;
        return options.onHeader(header, { format, path, location: path, headerRow, ...csv });
      },
    });
    return { format, path, location: path, headerRow, ...shape };
  }
  let found: TableShape | undefined;
  await readWorkbook(path, {
    sheet,
    isHeader: options.isHeader,
    merges: options.merges ?? 'apply',
    onProgress: options.onProgress,
    onIssue: (issue) => options.onIssue?.(rowIssue(issue)),
    onHeader: (header, workbook) => {
      found = {
        format: workbook.format,
        path,
        location: workbook.location,
        ...(workbook.sheet === undefined ? {} : { sheet: workbook.sheet }),
        headerRow: workbook.headerRow,
        encoding: workbook.format === 'xlsx' ? 'xlsx' : 'html',
        delimiter: '',
        size: workbook.size,
        cellAt: cellRef,
      };
      return options.onHeader(header, found);
    },
  });
  return found!;
}

function rowIssue(issue: WorkbookIssue): RowIssue {
  const { file: _located, ...rest } = issue;
  return rest;
}
