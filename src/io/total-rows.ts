/**
 * Total rows and footers (SPEC §9), in CSV files and workbooks alike: rows after the header that are
 * not data. A total row's first non-empty cell (often the STT column) begins with "Tổng cộng",
 * "Tổng số" or "Total" as whole words, or is "Cộng" alone or followed by a colon — whatever its other
 * cells hold ("Tổng cộng | 169 thủ tục"). Each is skipped with a warning naming it. After a total row,
 * rows with no code are a footer (a signature block: "Người lập biểu", "…, ngày … tháng … năm …"),
 * skipped with one warning for them all. A key cell that does not begin with a digit is no code
 * either: a merged signature line ("Hà Nam, ngày 31 tháng 12 năm 2021") may reach the code column,
 * and codes and dates begin with one.
 */
import type { RowIssue } from '../model.js';
import { foldDiacritics, normaliseWords } from '../domain/normalise.js';
import type { RecordHandler } from './csv-reader.js';

/** Whether the first letter of a cell may begin a total row's word (t, c): most rows are ruled out at once. */
function mayBeTotal(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code === 32 || code === 9 || code === 160) continue;
    return code === 84 || code === 116 || code === 67 || code === 99;
  }
  return false;
}

/** The words of a total row's first non-empty cell, normalised. */
export function isTotalLabel(cell: string): boolean {
  if (!mayBeTotal(cell)) return false;
  const [first, second] = normaliseWords(cell);
  if (first === 'total') return true;
  if (first === 'tong') return second === 'cong' || second === 'so';
  return /^cong\s*:?$/.test(foldDiacritics(cell.toLowerCase()).trim());
}

const beginsWithDigit = (value: string) => /^\s*'?\d/.test(value);

export interface TotalRowsOptions {
  /** The column whose emptiness marks a footer row: the input's code (or date) column. */
  keyColumn: number;
  report: (issue: RowIssue) => void;
  /** A cell's name in a workbook (`A13`); none in a CSV. */
  cellAt?: (column: number, row: number) => string;
}

/**
 * Wraps a row handler so that total rows and footer rows never reach it. `finish` reports the footer,
 * once the table has ended.
 */
export function skippingTotals(handler: RecordHandler, options: TotalRowsOptions): { handler: RecordHandler; finish: () => void } {
  const { keyColumn, report, cellAt } = options;
  let afterTotal = false;
  let footer: { line: number; count: number } | undefined;
  const wrapped: RecordHandler = (fields, line) => {
    let first = 0;
    while (first < fields.length && fields[first]!.trim() === '') first++;
    const label = fields[first];
    if (label !== undefined && isTotalLabel(label)) {
      afterTotal = true;
      const value = label.normalize('NFC').trim();
      report({ severity: 'warning', kind: 'total-row', line, value, ...(cellAt ? { cell: cellAt(first, line) } : {}) });
      return;
    }
    if (afterTotal && !beginsWithDigit(fields[keyColumn] ?? '')) {
      if (footer) footer.count++;
      else footer = { line, count: 1 };
      return;
    }
    handler(fields, line);
  };
  return {
    handler: wrapped,
    finish: () => {
      if (footer) report({ severity: 'warning', kind: 'footer-rows', line: footer.line, count: footer.count });
    },
  };
}
