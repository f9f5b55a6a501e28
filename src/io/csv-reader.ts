/**
 * The one way tthc-check reads a CSV: sniff encoding and delimiter from the first bytes, then stream
 * records through csv-parse as plain arrays, each with the physical line of its first line. No record
 * objects are built and csv-parse's costly `info`/`columns`/`cast` options are not used: line numbers
 * are kept here, from the newlines inside fields, so that a dossier register of millions of rows
 * streams at csv-parse's own speed.
 *
 * The file is opened once and read as one stream (the sample is its first chunk), so a pipe such as
 * `--procedures <(…)` works too. Only when reading fails is a regular file read again, to find the line
 * to blame.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { InputError, problem } from '../errors.js';
import type { RowIssue } from '../model.js';
import { decodeSample, TextDecoding } from './decode.js';
import { toInputError } from './csv-diagnose.js';
import { detectEncoding, EncodingProblem, type Detected } from './detect.js';
import { openFile, sniffSize, type OpenedFile } from './open-file.js';
import { doubleEncodedExample, lineAt, notCsvReason, notCsvText, sniffDelimiter, sniffLineEnding, type Delimiter, type LineEnding } from './sniff.js';

/** The most characters one record may hold (issue 15): real rows are a few kilobytes. */
export const maxRecordSize = 16 * 1024 * 1024;

export interface CsvShape extends Detected {
  delimiter: Delimiter;
  /** The line end the parser splits on; absent when a shape was not sniffed from a file. */
  lineEnding?: LineEnding;
  size: number;
}

/** The header cells (NFC, trailing empty cells removed) and the physical line they are on. */
export type HeaderRow = string[] & { line: number };

/** Called once per data record; `fields` is reused by nobody and may be kept. */
export type RecordHandler = (fields: string[], line: number) => void;

/** How far down a header may be found: title rows above it are skipped (SPEC §9). */
export const headerSearchLines = 30;

export interface CsvReadOptions {
  /**
   * Whether a record is the header (it holds the input's required fields): the first such record among
   * the first 30 lines is the header, and the records above it are titles. When none is, the first
   * non-blank record is, so that the caller's column check says what is missing. Without it, the first
   * non-blank record is the header.
   */
  isHeader?: (cells: string[]) => boolean;
  /** Receives the header cells and returns the record handler. */
  onHeader: (header: HeaderRow, shape: CsvShape) => RecordHandler;
  /** Bytes read so far, for progress reports. */
  onProgress?: (bytesRead: number) => void;
  /** Findings about the file's structure that reading can go past (a record that swallowed rows). */
  onIssue?: (issue: RowIssue) => void;
}

async function sniffFile(file: string, opened: OpenedFile): Promise<CsvShape> {
  const { head, complete, size } = opened;
  if (head.length === 0) throw new InputError(file, problem('emptyFile'));
  const notCsv = notCsvReason(head);
  if (notCsv) throw new InputError(file, notCsv);
  let detected: Detected;
  try {
    detected = detectEncoding(head, complete);
  } catch (error) {
    // A line number means nothing in a binary file.
    if (error instanceof EncodingProblem) throw new InputError(file, error.problem, error.binary ? undefined : lineAt(head, error.offset));
    throw error;
  }
  const text = decodeSample(head.subarray(0, sniffSize), detected);
  const notCsvAsText = notCsvText(text);
  if (notCsvAsText) throw new InputError(file, notCsvAsText);
  const garbled = doubleEncodedExample(text);
  if (garbled) {
    throw new InputError(file, problem('garbled', { example: garbled.example }), garbled.line);
  }
  const whole = complete && head.length <= sniffSize;
  return { ...detected, delimiter: sniffDelimiter(text, whole), lineEnding: sniffLineEnding(text), size };
}

/** Encoding and delimiter of a file, from its first bytes (a provisional UTF-8 may still turn Windows-1258). */
export async function sniffCsv(file: string): Promise<CsvShape> {
  const opened = await openFile(file);
  try {
    return await sniffFile(file, opened);
  } finally {
    opened.close();
  }
}

/**
 * Physical lines a record spans beyond its first: the line breaks inside its fields. When the file mixes
 * line ends, the parser splits on the one it met first, and half of a CRLF stays in the record: the CR
 * at the end of the last field (LF files) or the LF at the start of the first (CR files) is no extra line.
 */
function innerLineBreaks(fields: readonly string[], lineEnding: LineEnding = '\n'): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.length === 0 || (field.indexOf('\n') === -1 && field.indexOf('\r') === -1)) continue;
    breaks += (field.match(/\r\n|\r|\n/g) ?? []).length;
  }
  if (breaks > 0) {
    if (lineEnding === '\n' && fields[fields.length - 1]!.endsWith('\r')) breaks--;
    else if (lineEnding === '\r' && fields[0]!.startsWith('\n')) breaks--;
  }
  return breaks;
}

function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/**
 * Whether a record with line breaks inside it is several rows run together by a quote left open: it
 * has the wrong number of fields, or a field that csv-parse closed at a stray quote (it then keeps the
 * opening quote: the value starts with `"`) holds whole lines with a row's worth of delimiters. Only
 * records with line breaks get here, so the common path pays nothing.
 */
function swallowsRows(fields: string[], width: number, delimiter: Delimiter): boolean {
  if (fields.length !== width) return true;
  for (const field of fields) {
    if (field[0] !== '"') continue;
    const lines = field.split(/\r\n|\r|\n/);
    for (let i = 1; i < lines.length - 1; i++) if (lines[i]!.split(delimiter).length >= width) return true;
  }
  return false;
}

/** Empty cells past the header's named columns, up to those the header itself had, are trailing delimiters. */
function dropEmptyExtras(fields: string[], width: number, limit: number): void {
  if (fields.length <= width || fields.length > limit) return;
  for (let i = width; i < fields.length; i++) if (fields[i]!.trim() !== '') return;
  fields.length = width;
}

async function* counting(bytes: AsyncIterable<Buffer>, report: (bytesRead: number) => void): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of bytes) {
    read += chunk.length;
    report(read);
    yield chunk;
  }
}

export async function readCsv(file: string, options: CsvReadOptions): Promise<CsvShape> {
  const opened = await openFile(file);
  let shape: CsvShape;
  try {
    shape = await sniffFile(file, opened);
  } catch (error) {
    opened.close();
    throw error;
  }
  const { lineEnding } = shape;
  const decoding = new TextDecoding(shape);
  // relax_quotes: a quote inside an unquoted field (`5" screen`) is kept as written, with no warning —
  // real names contain them; a quote that breaks the file shows as an unclosed quote (exit 2) or as
  // rows run together (an error at the record, see swallowsRows).
  const parser = parse({
    delimiter: shape.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // Named, not left to csv-parse to discover: its discovery allocates three buffers per byte of the
    // first line, which made a header of one long cell take seconds per megabyte (issue 15).
    record_delimiter: lineEnding ?? ['\r\n', '\n', '\r'],
    // A record past this size is refused at its line: memory stays bounded whatever the file holds.
    max_record_size: maxRecordSize,
  });
  ignoreRecordLength(parser);
  let line = 1;
  let onRecord: RecordHandler | undefined;
  /** Named header cells, and the most cells a row may have when the extra ones are empty. */
  let width = 0;
  let widthWithEmpties = 0;
  /** Non-blank records above the header while it is looked for: at most `headerSearchLines`. */
  let above: { fields: string[]; line: number; breaks: number }[] = [];
  const startAt = (at: number) => {
    const header = above[at]!;
    const cells = trimTrailingEmpty(header.fields).map((cell) => cell.normalize('NFC'));
    width = cells.length;
    widthWithEmpties = header.fields.length + 1;
    onRecord = options.onHeader(Object.assign(cells, { line: header.line }), shape);
    const rest = above.slice(at + 1);
    above = [];
    for (const record of rest) deliver(record.fields, record.line, record.breaks);
  };
  const deliver = (fields: string[], first: number, breaks: number) => {
    if (fields.length !== width) dropEmptyExtras(fields, width, widthWithEmpties);
    if (breaks > 0 && options.onIssue && swallowsRows(fields, width, shape.delimiter)) {
      options.onIssue({ severity: 'error', kind: 'quote-spans-rows', line: first, lines: [first, first + breaks] });
    }
    if (!isBlank(fields)) onRecord!(fields, first);
  };
  // Records are taken from 'data' events, not piped into a Writable: the handler is synchronous, so a
  // sink would only add a buffer, a callback and a tick per record. The parser still applies
  // backpressure to the file through the pipeline.
  let failed = false;
  parser.on('data', (fields: string[]) => {
    // csv-parse may still emit the rest of a chunk after destroy().
    if (failed) return;
    const first = line;
    const breaks = innerLineBreaks(fields, lineEnding);
    line += 1 + breaks;
    try {
      if (onRecord) deliver(fields, first, breaks);
      else if (!isBlank(fields)) {
        if (first > headerSearchLines && above.length > 0) {
          startAt(0);
          deliver(fields, first, breaks);
          return;
        }
        above.push({ fields, line: first, breaks });
        if (!options.isHeader || options.isHeader(trimTrailingEmpty(fields).map((cell) => cell.normalize('NFC')))) startAt(above.length - 1);
      }
    } catch (error) {
      failed = true;
      parser.destroy(error as Error);
    }
  });
  const bytes = options.onProgress ? counting(opened.bytes, options.onProgress) : opened.bytes;
  try {
    await pipeline(Readable.from(bytes, { objectMode: false }), decoding, parser);
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      throw new InputError(file, problem('rowTooLong', { megabytes: maxRecordSize / (1 << 20) }), line);
    }
    throw await toInputError(file, error, shape, opened);
  }
  if (!onRecord && above.length > 0) startAt(0);
  if (!onRecord) {
    throw new InputError(file, problem('blankLinesOnly'));
  }
  return { ...shape, ...decoding.encoding };
}

/**
 * csv-parse checks every record's length against the first one's and, even under relax_column_count,
 * builds a CsvError for each record that differs (a stack trace and a JSON copy of the record) only to
 * drop it: blank lines and ragged rows read 8–15× slower than good rows (issue 15). Rows are measured
 * here against the header, so the parser's check is made to pass: the expected length is the record's
 * own. Should a later csv-parse keep that state elsewhere, this does nothing and only the speed is lost;
 * the csv-reader tests time nothing but assert every record still arrives whole.
 */
function ignoreRecordLength(parser: ReturnType<typeof parse>): void {
  type Api = { state?: { record?: unknown[]; expectedRecordLength?: number }; __onRecord?: (...args: unknown[]) => unknown };
  const api = (parser as unknown as { api?: Api }).api;
  const onRecord = api?.__onRecord;
  if (!api || typeof onRecord !== 'function' || !api.state || !Array.isArray(api.state.record)) return;
  api.__onRecord = function (this: Api, ...args: unknown[]) {
    this.state!.expectedRecordLength = this.state!.record!.length;
    return onRecord.apply(this, args);
  };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}
