/**
 * From the rows of a sheet to the caller's handler: find the header (the first of the first 30 rows
 * that the caller's predicate accepts), skip the title rows above it and blank rows, give every data
 * row at least the header's width, and apply merged ranges when they can be known in time.
 */
import { parseRange, type CellRange } from './cells.js';

/** The header cells (NFC, trailing empty cells removed) and the row they are on. */
export type WorkbookHeader = string[] & { line: number };

/** Called once per data row with its cells and Excel's row number. */
export type WorkbookRowHandler = (cells: string[], row: number) => void;

/** How far down a header may be: title rows, a blank row, then the header. */
export const headerSearchRows = 30;

export interface SheetRowsOptions {
  isHeader: (cells: string[]) => boolean;
  onHeader: (header: WorkbookHeader) => WorkbookRowHandler;
  /** `apply`: hold the sheet's rows until its merge list is known; `stream`: hand rows on at once. */
  merges: 'apply' | 'stream';
  /** With no header among the first rows, take the first non-blank row as the header (the caller's column check then says what is missing). */
  fallback: boolean;
}

interface KeptRow {
  row: number;
  cells: string[];
}

export const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

function headerOf(cells: string[], row: number): WorkbookHeader {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return Object.assign(
    cells.slice(0, end).map((cell) => cell.normalize('NFC')),
    { line: row },
  );
}

export class SheetRows {
  /** Row of the header, once found. */
  headerRow?: number;
  private handler?: WorkbookRowHandler;
  private width = 0;
  /** Non-blank rows not yet handed on: while seeking the header, or all of them under `apply`. */
  private kept: KeptRow[] = [];

  constructor(private readonly options: SheetRowsOptions) {}

  /** Takes one row; false means this sheet has no header where one is looked for. */
  accept(row: number, cells: string[]): boolean {
    if (this.handler) {
      this.deliver(row, cells);
      return true;
    }
    if (this.headerRow === undefined && row > headerSearchRows) {
      if (!this.options.fallback || this.kept.length === 0) return false;
      this.found(this.kept[0]!.row);
      if (this.handler) {
        this.deliver(row, cells);
        return true;
      }
    }
    if (isBlank(cells)) return true;
    this.kept.push({ row, cells });
    if (this.headerRow === undefined && this.options.isHeader(headerOf(cells, row))) this.found(row);
    return true;
  }

  /**
   * The sheet has ended. Returns false when it had no header (nor, with `fallback`, any row); else the
   * merged ranges that could not be applied: those that reach the data rows of a streamed sheet.
   */
  end(merges: readonly string[]): false | CellRange[] {
    if (this.headerRow === undefined) {
      if (!this.options.fallback || this.kept.length === 0) return false;
      this.found(this.kept[0]!.row);
    }
    if (this.handler) {
      const header = this.headerRow!;
      return merges.map(parseRange).filter((r): r is CellRange => r !== undefined && r.bottom > header && (r.bottom > r.top || r.right > r.left));
    }
    applyMerges(this.kept, merges);
    const rows = this.kept;
    this.kept = [];
    const at = rows.findIndex((kept) => kept.row === this.headerRow);
    this.start(rows[at]!);
    for (const kept of rows.slice(at + 1)) this.deliver(kept.row, kept.cells);
    return [];
  }

  private found(row: number): void {
    this.headerRow = row;
    if (this.options.merges === 'apply') return;
    const rows = this.kept;
    this.kept = [];
    const at = rows.findIndex((kept) => kept.row === row);
    this.start(rows[at]!);
    for (const kept of rows.slice(at + 1)) this.deliver(kept.row, kept.cells);
  }

  private start(kept: KeptRow): void {
    const header = headerOf(kept.cells, kept.row);
    this.width = header.length;
    this.handler = this.options.onHeader(header);
  }

  private deliver(row: number, cells: string[]): void {
    if (isBlank(cells)) return;
    if (cells.length < this.width) {
      while (cells.length < this.width) cells.push('');
    } else if (cells.length > this.width) {
      let end = cells.length;
      while (end > this.width && cells[end - 1]!.trim() === '') end--;
      cells.length = end;
    }
    this.handler!(cells, row);
  }
}

/** Thrown when merged ranges overlap so much that applying them would not end in reasonable time. */
export class MergesTooLarge extends Error {}

/**
 * Gives each merged range's top-left value to every cell it covers, in the rows that exist. Excel's
 * ranges never overlap, so the cells written are at most the sheet's; a forged file's are bounded.
 */
export function applyMerges(rows: KeptRow[], merges: readonly string[]): void {
  if (merges.length === 0 || rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const byRow = new Map(sorted.map((kept) => [kept.row, kept.cells]));
  let width = 0;
  for (const kept of rows) width = Math.max(width, kept.cells.length);
  let budget = 10 * rows.length * width + 1_000_000;
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const value = byRow.get(range.top)?.[range.left] ?? '';
    if (value === '') continue;
    const right = Math.min(range.right, width - 1);
    for (let at = firstRowFrom(sorted, range.top); at < sorted.length && sorted[at]!.row <= range.bottom; at++) {
      const { row, cells } = sorted[at]!;
      for (let column = range.left; column <= right; column++) {
        if (row === range.top && column === range.left) continue;
        if (--budget < 0) throw new MergesTooLarge();
        while (cells.length < column) cells.push('');
        cells[column] = value;
      }
    }
  }
}

/** The index of the first row numbered `row` or more. */
function firstRowFrom(sorted: readonly KeptRow[], row: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.row < row) low = middle + 1;
    else high = middle;
  }
  return low;
}
