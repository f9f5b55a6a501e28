/**
 * The one way tthc-check reads a CSV: sniff encoding and delimiter from the first bytes, then stream
 * records through csv-parse as plain arrays, each with the physical line of its first line. No record
 * objects are built and csv-parse's costly `info`/`columns`/`cast` options are not used: line numbers
 * are kept here, from the newlines inside fields, so that a dossier register of millions of rows
 * streams at csv-parse's own speed.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../errors.js';
import { decodeSample, detectEncoding, notCsvReason, toUtf8Stream, type Detected } from './decode.js';
import { sniffDelimiter, type Delimiter } from './sniff.js';

export interface CsvShape extends Detected {
  delimiter: Delimiter;
  size: number;
}

/** Called once per data record; `fields` is reused by nobody and may be kept. */
export type RecordHandler = (fields: string[], line: number) => void;

export interface CsvReadOptions {
  /** Receives the header cells (trailing empty cells removed) and returns the record handler. */
  onHeader: (header: string[], shape: CsvShape) => RecordHandler;
  /** Bytes read so far, for progress reports. */
  onProgress?: (bytesRead: number) => void;
}

const sampleSize = 64 * 1024;

async function readSample(file: string): Promise<{ sample: Buffer; size: number }> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  if (info.isDirectory()) throw new InputError(file, 'is a directory, not a CSV file: give the path of the export file itself');
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(Math.min(sampleSize, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, bytesRead), size: info.size };
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  } finally {
    await handle?.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found: check the path (it is relative to the current directory)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied): check the file permissions';
  if (code === 'EISDIR') return 'is a directory, not a CSV file: give the path of the export file itself';
  return `cannot be read (${code ?? String(error)})`;
}

export async function sniffCsv(file: string): Promise<CsvShape> {
  const { sample, size } = await readSample(file);
  if (size === 0) throw new InputError(file, 'is empty: export the list again with its header row');
  const notCsv = notCsvReason(sample);
  if (notCsv) throw new InputError(file, notCsv);
  const detected = detectEncoding(sample);
  if (detected.encoding === 'utf-8' && sample.includes(0)) {
    throw new InputError(file, 'is a binary file, not a CSV: export the data as CSV (UTF-8)');
  }
  return { ...detected, delimiter: sniffDelimiter(decodeSample(sample, detected)), size };
}

/** Physical lines a record spans beyond its first: the line breaks inside its quoted fields. */
function innerLineBreaks(fields: string[]): number {
  let breaks = 0;
  for (const field of fields) {
    if (field.length === 0) continue;
    let at = field.indexOf('\n');
    if (at === -1) {
      at = field.indexOf('\r');
      if (at === -1) continue;
    }
    breaks += (field.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return breaks;
}

function isBlank(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

export async function readCsv(file: string, options: CsvReadOptions): Promise<CsvShape> {
  const shape = await sniffCsv(file);
  const parser = parse({
    delimiter: shape.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  let line = 1;
  let onRecord: RecordHandler | undefined;
  let bytesRead = 0;
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  if (options.onProgress) {
    const report = options.onProgress;
    source.on('data', (chunk) => {
      bytesRead += chunk.length;
      report(bytesRead);
    });
  }
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 1024,
    write(fields: string[], _encoding, done) {
      const first = line;
      line += 1 + innerLineBreaks(fields);
      try {
        if (!onRecord) {
          const header = trimTrailingEmpty(fields);
          if (isBlank(header)) return done();
          onRecord = options.onHeader(header, shape);
        } else if (!isBlank(fields)) {
          onRecord(fields, first);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  try {
    await pipeline(source, toUtf8Stream(shape), parser, sink);
  } catch (error) {
    throw toInputError(file, error, line);
  }
  if (!onRecord) throw new InputError(file, 'has no header row: export the list again with its column headers');
  return shape;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}

function toInputError(file: string, error: unknown, line: number): Error {
  if (error instanceof InputError) return error;
  if (error instanceof CsvError) {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return new InputError(
        file,
        'a quoted field is never closed (a " with no closing ") — the rest of the file would be one field: fix the quote at or after this line',
        line,
      );
    }
    return new InputError(file, `is not a readable CSV: ${error.message}`, line);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return new InputError(file, describeFsError(error));
  return error instanceof Error ? error : new Error(String(error));
}
