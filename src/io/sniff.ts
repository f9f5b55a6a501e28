/**
 * Delimiter detection (SPEC §2): count `,` `;` tab `|` outside quotes on each of the first records and
 * pick the one that appears on the header and most consistently after it. csv-parse's own detection is
 * not used: it is thrown off by delimiters inside quoted fields.
 */
export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: Delimiter[] = [',', ';', '\t', '|'];
const maxRecords = 30;

/** Per-record counts of each candidate, quotes respected, for the first records of the text. */
function countPerRecord(text: string): Map<Delimiter, number>[] {
  const records: Map<Delimiter, number>[] = [];
  let counts = new Map<Delimiter, number>();
  let inQuotes = false;
  let empty = true;
  for (let i = 0; i < text.length && records.length < maxRecords; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes;
      empty = false;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (!empty) records.push(counts);
      counts = new Map();
      empty = true;
    } else {
      if (!inQuotes && (candidates as string[]).includes(ch)) {
        counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
      }
      empty = false;
    }
  }
  // The last record is complete only if the sample ended; a cut-off line would skew the counts.
  if (!empty && records.length === 0) records.push(counts);
  return records;
}

export function sniffDelimiter(text: string): Delimiter {
  const records = countPerRecord(text);
  const header = records[0];
  if (!header) return ',';
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of candidates) {
    const inHeader = header.get(delimiter) ?? 0;
    if (inHeader === 0) continue;
    const rows = records.slice(1);
    const agreeing = rows.filter((r) => (r.get(delimiter) ?? 0) >= inHeader).length;
    // Rows that agree with the header weigh most; the header's own count breaks ties.
    const score = (rows.length === 0 ? 1 : agreeing / rows.length) * 1000 + inHeader;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function describeDelimiter(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}
