/**
 * After a CSV read has failed: what went wrong and on which line, said so that the analyst can fix the
 * file. A regular file is read again to find the line to blame; a pipe cannot be.
 */
import { createReadStream } from 'node:fs';
import { CsvError } from 'csv-parse';
import { InputError, problem } from '../errors.js';
import type { CsvShape } from './csv-reader.js';
import { TextDecoding } from './decode.js';
import { EncodingProblem } from './detect.js';
import { chunkSize, describeFsError, type OpenedFile } from './open-file.js';
import { findUnclosedQuote, lineAt } from './sniff.js';

/** Fields this large cannot become a string: only a quote that is never closed makes one. */
const runawayField = 256 * 1024 * 1024;

export async function toInputError(file: string, error: unknown, shape: CsvShape, opened: OpenedFile): Promise<Error> {
  if (error instanceof InputError) return error;
  if (error instanceof EncodingProblem) {
    return new InputError(file, error.problem, error.line ?? (await lineAtOffset(file, opened, error.offset)));
  }
  const decoded = () => createReadStream(file, { highWaterMark: chunkSize }).pipe(new TextDecoding(shape));
  if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = opened.regular ? await findUnclosedQuote(decoded(), shape.delimiter) : undefined;
    return new InputError(file, problem('quoteNotClosed', { located: line !== undefined }), line);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof RangeError || code === 'ERR_STRING_TOO_LONG' || code === 'ERR_BUFFER_TOO_LARGE') {
    const line = opened.regular ? await findUnclosedQuote(decoded(), shape.delimiter, runawayField) : undefined;
    return new InputError(file, problem('fieldTooLarge'), line);
  }
  if (error instanceof CsvError) return new InputError(file, problem('notReadableCsv', { detail: error.message }));
  if (code) return new InputError(file, describeFsError(error));
  return error instanceof Error ? error : new Error(String(error));
}

/** The physical line of a byte offset: LF, CRLF and CR each end a line. */
async function lineAtOffset(file: string, opened: OpenedFile, offset: number): Promise<number | undefined> {
  if (offset < opened.head.length) return lineAt(opened.head, offset);
  if (!opened.regular) return undefined;
  let line = 1;
  let afterCr = false;
  for await (const chunk of createReadStream(file, { end: offset - 1, highWaterMark: chunkSize }) as AsyncIterable<Buffer>) {
    line += lineAt(chunk, chunk.length, afterCr) - 1;
    afterCr = chunk[chunk.length - 1] === 0x0d;
  }
  return line;
}
