/**
 * The physical lines of rows DuckDB numbered: row n is the n-th record after the header, empty lines
 * not counted (DuckDB skips them, as the default reader does). A record's line is the file's line of its first line, counted as the
 * default reader counts it: CRLF, CR and LF each end one line, inside quotes too.
 *
 * Only registers that DuckDB's strict reader took whole get here, so every quote opens or closes a
 * quoted field (a doubled quote inside one is two toggles): whether a line end ends the record is
 * the parity of the quotes before it. The file is scanned once, up to the last row asked for.
 */
import { createReadStream } from 'node:fs';
import type { LineEnding } from '../../sniff.js';

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;

/** The line of each of the given row numbers (sorted, ascending), in a UTF-8 CSV with the given line end. */
export async function linesOfRows(file: string, rowNumbers: readonly number[], lineEnding: LineEnding): Promise<Map<number, number>> {
  const lines = new Map<number, number>();
  let wanted = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  /** Bytes in the record so far: a record of none is an empty line. */
  let length = 0;
  /** Records ended so far, the header included: row n is record n + 1. */
  let records = 0;
  let afterCr = false;
  const endRecord = () => {
    if (length > 0) {
      records++;
      while (wanted < rowNumbers.length && rowNumbers[wanted] === records - 1) lines.set(rowNumbers[wanted++]!, recordLine);
    }
    length = 0;
    recordLine = line;
  };
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
    first = false;
    for (; i < chunk.length && wanted < rowNumbers.length; i++) {
      const byte = chunk[i]!;
      if (afterCr) {
        afterCr = false;
        if (byte === LF) {
          // The LF of a CRLF: the CR counted the line; it ends the record unless records end at CR.
          if (!quoted && lineEnding !== '\r') endRecord();
          continue;
        }
        // A CR alone is a line of its own but, unless records end at CR, a character of the record.
        if (lineEnding !== '\r') length++;
      }
      if (byte === CR) {
        line++;
        afterCr = true;
        if (!quoted && lineEnding === '\r') endRecord();
      } else if (byte === LF) {
        line++;
        if (!quoted && lineEnding === '\n') endRecord();
        else length++;
      } else {
        if (byte === QUOTE) quoted = !quoted;
        length++;
      }
    }
    if (wanted >= rowNumbers.length) return lines;
  }
  if (afterCr && lineEnding !== '\r') length++;
  endRecord();
  return lines;
}
