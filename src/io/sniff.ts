/**
 * What a file is, from its first bytes and text: the signatures of files that are not CSVs (workbooks,
 * PDFs, web pages, text converted to UTF-8 twice), the delimiter and the line end; and, once parsing
 * has failed, the line to blame.
 *
 * Delimiter detection (SPEC §2): count `,` `;` tab `|` outside quotes on each of the first records and
 * pick the one that appears on the header and most consistently after it. csv-parse's own detection is
 * not used: it is thrown off by delimiters inside quoted fields.
 *
 * Quotes are read as csv-parse reads them with `relax_quotes`: a quote opens a quoted field only at the
 * start of a field; anywhere else (`5" screen`) it is a literal character.
 */
import { problem, type Problem } from '../errors.js';

const magics: [number[], Problem][] = [
  [[0x50, 0x4b, 0x03, 0x04], problem('zipNotCsv')],
  [[0x50, 0x4b, 0x05, 0x06], problem('emptyZipNotCsv')],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], problem('xlsNotCsv')],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], problem('pdfNotCsv')],
  [[0x1f, 0x8b], problem('gzipNotCsv')],
];

/** Why the first bytes are not a CSV at all, or undefined when they may be one. */
export function notCsvReason(sample: Buffer): Problem | undefined {
  for (const [magic, reason] of magics) {
    if (sample.length >= magic.length && magic.every((byte, i) => sample[i] === byte)) return reason;
  }
  return undefined;
}

/** Why the decoded start of a file is not a CSV: a web page or XML saved with a .xls or .csv name. */
export function notCsvText(text: string): Problem | undefined {
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (!start.startsWith('<')) return undefined;
  if (/^<(!doctype html|html|table|head|body|meta)/.test(start)) {
    return problem('htmlNotCsv');
  }
  if (start.startsWith('<?xml')) {
    return problem('xmlNotCsv');
  }
  return undefined;
}

export type Delimiter = ',' | ';' | '\t' | '|';

/** The line break csv-parse will discover: the first one outside quotes. */
export type LineEnding = '\n' | '\r\n' | '\r';

const candidates: readonly Delimiter[] = [',', ';', '\t', '|'];
const maxRecords = 30;

interface Scan {
  /** Per record, the count of each candidate outside quotes (indexed like `candidates`). */
  records: number[][];
  lineEnding?: LineEnding;
}

/** `complete`: the text is the whole file, so its last line is a whole record. */
function scan(text: string, complete: boolean): Scan {
  const records: number[][] = [];
  let counts = [0, 0, 0, 0];
  let lineEnding: LineEnding | undefined;
  let inQuotes = false;
  let fieldStart = true;
  let empty = true;
  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      const crlf = ch === '\r' && text[i + 1] === '\n';
      lineEnding ??= crlf ? '\r\n' : (ch as LineEnding);
      if (crlf) i++;
      if (!empty) records.push(counts);
      counts = [0, 0, 0, 0];
      empty = true;
      fieldStart = true;
      continue;
    }
    const candidate = candidates.indexOf(ch as Delimiter);
    if (candidate !== -1) {
      counts[candidate]!++;
      fieldStart = true;
      empty = false;
    } else if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      empty = false;
    } else {
      fieldStart = false;
      if (ch !== ' ') empty = false;
    }
  }
  // A last line cut off by the end of the sample would skew the counts; a whole file's last line does not.
  if (!empty && (complete || records.length === 0)) records.push(counts);
  return { records, lineEnding };
}

export function sniffDelimiter(text: string, complete = false): Delimiter {
  const records = scan(text, complete).records;
  // Title lines above the header with no delimiter at all ("DANH SÁCH THỦ TỤC …") say nothing of it.
  const firstWithDelimiter = records.findIndex((counts) => counts.some((count) => count > 0));
  const [header, ...rows] = firstWithDelimiter > 0 ? records.slice(firstWithDelimiter) : records;
  if (!header) return ',';
  let best: Delimiter = ',';
  let bestScore = -1;
  candidates.forEach((delimiter, k) => {
    const inHeader = header[k]!;
    if (inHeader === 0) return;
    // A row agrees when it has the header's count, or one more (a trailing delimiter).
    const agreeing = rows.filter((r) => r[k] === inHeader || r[k] === inHeader + 1).length;
    // Rows that agree with the header weigh most; the header's own count breaks ties.
    const score = (rows.length === 0 ? 1 : agreeing / rows.length) * 1000 + inHeader;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  });
  return best;
}

/** The first line end outside quotes, or undefined when the sample has none (a first line longer than it). */
export function sniffLineEnding(text: string): LineEnding | undefined {
  return scan(text, true).lineEnding;
}

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;

/**
 * The physical line where a quoted field opens that is still open at the end of the text, or that has
 * grown past `limit` bytes: where to look for the quote that was never closed. Reads UTF-8 text in
 * chunks; used only after the parser has failed, so speed does not matter here.
 */
export async function findUnclosedQuote(chunks: AsyncIterable<Buffer>, delimiter: Delimiter, limit = Infinity): Promise<number | undefined> {
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let afterCr = false;
  let inQuotes = false;
  let quoteMaybeClosing = false;
  let fieldStart = true;
  let openedAt = 0;
  let fieldBytes = 0;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (byte === lf && !afterCr) line++;
      else if (byte === cr) line++;
      afterCr = byte === cr;
      if (quoteMaybeClosing) {
        quoteMaybeClosing = false;
        if (byte === quote) continue;
        inQuotes = false;
      }
      if (inQuotes) {
        if (byte === quote) quoteMaybeClosing = true;
        else if (++fieldBytes > limit) return openedAt;
        continue;
      }
      if (byte === quote && fieldStart) {
        inQuotes = true;
        openedAt = line;
        fieldBytes = 0;
      }
      fieldStart = byte === separator || byte === lf || byte === cr;
    }
  }
  return inQuotes && !quoteMaybeClosing ? openedAt : undefined;
}

/**
 * UTF-8 read as Windows-1252 and saved as UTF-8 again turns `Mã` into `MÃ£` and `ộ` into `á»™`: pairs
 * that never occur in Vietnamese. Two of them in the sample are enough to call it garbled.
 */
const doubleEncoded = /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|á[º»]|Æ[°¡¯]|Ä[‘ƒ]/g;

export function doubleEncodedExample(text: string): { example: string; line: number } | undefined {
  const matches = [...text.matchAll(doubleEncoded)].slice(0, 2);
  if (matches.length < 2) return undefined;
  const at = matches[0]!.index;
  const lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\r', at)) + 1;
  const example = text.slice(Math.max(lineStart, at - 12), at + 12).split(/[\r\n]/)[0]!;
  const line = 1 + (text.slice(0, at).match(/\r\n|\r|\n/g) ?? []).length;
  return { example: example.trim(), line };
}

/** The physical line of byte `end`: LF, CRLF and CR each end a line. `afterCr`: the byte before `bytes` was a CR. */
export function lineAt(bytes: Buffer, end: number, afterCr = false): number {
  let line = 1;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i];
    if (byte === 0x0d || (byte === 0x0a && !(i === 0 ? afterCr : bytes[i - 1] === 0x0d))) line++;
  }
  return line;
}
