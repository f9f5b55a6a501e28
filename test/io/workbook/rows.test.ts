/** From sheet rows to the caller: where the header may be, blank rows, widths, merged ranges. */
import { describe, expect, it } from 'vitest';
import { MergesTooLarge, SheetRows, applyMerges, type SheetRowsOptions } from '../../../src/io/workbook/rows.js';

function sheet(options: Partial<SheetRowsOptions> = {}) {
  const delivered: [number, string[]][] = [];
  let header: (string[] & { line: number }) | undefined;
  const rows = new SheetRows({
    isHeader: (cells) => cells.includes('Mã TTHC'),
    merges: 'stream',
    fallback: false,
    ...options,
    onHeader: (cells) => {
      header = cells;
      return (cells, row) => delivered.push([row, cells]);
    },
  });
  return { rows, delivered, header: () => header };
}

describe('the header', () => {
  it('is looked for in the first 30 rows only', () => {
    const { rows, header } = sheet();
    for (let row = 1; row <= 30; row++) expect(rows.accept(row, ['Tiêu đề'])).toBe(true);
    expect(rows.accept(31, ['Mã TTHC', 'Mức độ'])).toBe(false);
    expect(header()).toBeUndefined();
  });

  it('falls back to the first non-blank row when asked, and reads on', () => {
    const { rows, delivered, header } = sheet({ fallback: true });
    rows.accept(1, ['', '']);
    rows.accept(2, ['Ma TTHCC', 'Muc do', '']);
    for (let row = 3; row <= 31; row++) rows.accept(row, ['1.000001', '4']);
    expect([...header()!]).toEqual(['Ma TTHCC', 'Muc do']);
    expect(header()!.line).toBe(2);
    expect(delivered.map(([row]) => row)).toEqual(Array.from({ length: 29 }, (_, i) => i + 3));
    expect(rows.end([])).toEqual([]);
  });

  it('is given in NFC without trailing empty cells; rows get its width, blank rows are skipped', () => {
    const { rows, delivered, header } = sheet();
    rows.accept(3, ['Ma\u0303 TTHC'.normalize('NFD'), 'Mức độ', '', '']);
    rows.accept(4, ['1.000001']);
    rows.accept(5, [' ', '']);
    rows.accept(6, ['1.000002', '3', '', 'ghi chú', '', '']);
    expect([...header()!]).toEqual(['Mã TTHC', 'Mức độ']);
    expect(delivered).toEqual([
      [4, ['1.000001', '']],
      [6, ['1.000002', '3', '', 'ghi chú']],
    ]);
  });
});

describe('merged ranges', () => {
  it('streamed: reports those that reach the data rows, not the titles above the header', () => {
    const { rows } = sheet();
    rows.accept(1, ['Tiêu đề']);
    rows.accept(2, ['Mã TTHC', 'Cơ quan']);
    rows.accept(3, ['1.000001', 'Sở Y tế']);
    const unapplied = rows.end(['A1:B1', 'B3:B4', 'C3']);
    expect(unapplied && unapplied.map((range) => range.ref)).toEqual(['B3:B4']);
  });

  it('a range far taller than the sheet covers only the rows there are', () => {
    const rows = [
      { row: 2, cells: ['a', 'Sở Y tế'] },
      { row: 3, cells: ['b'] },
      { row: 900000, cells: ['c', ''] },
    ];
    applyMerges(rows, ['B2:B1048576']);
    expect(rows.map((kept) => kept.cells)).toEqual([
      ['a', 'Sở Y tế'],
      ['b', 'Sở Y tế'],
      ['c', 'Sở Y tế'],
    ]);
  });

  it('ranges forged to overlap without end are refused, not worked through', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ row: i + 1, cells: ['x', 'y'] }));
    expect(() => applyMerges(rows, Array(100_000).fill('A1:B1048576'))).toThrow(MergesTooLarge);
  });
});
