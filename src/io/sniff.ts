/**
 * Delimiter detection (SPEC §2): count `,` `;` tab `|` outside quotes on each of the first records and
 * pick the one that appears on the header and most consistently after it. csv-parse's own detection is
 * not used: it is thrown off by delimiters inside quoted fields.
 *
 * Quotes are read as csv-parse reads them with `relax_quotes`: a quote opens a quoted field only at the
 * start of a field; anywhere else (`5" screen`) it is a literal character.
 */
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
  const [header, ...rows] = scan(text, complete).records;
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

export function sniffLineEnding(text: string): LineEnding {
  return scan(text, true).lineEnding ?? '\n';
}

export function describeDelimiter(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;

/**
 * The physical line where a quoted field opens that is still open at the end of the text, or that has
 * grown past `limit` bytes: where to look for the quote that was never closed. Reads UTF-8 text in
 * chunks; used only after the parser has failed, so speed does not matter here.
 */
export async function findUnclosedQuote(
  chunks: AsyncIterable<Buffer>,
  delimiter: Delimiter,
  limit = Infinity,
): Promise<number | undefined> {
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
