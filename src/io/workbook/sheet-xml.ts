/**
 * The rows of one worksheet part, streamed: each `<row>` becomes an array of display strings the moment
 * it closes. The merge list (`<mergeCells>`) follows the rows in the file; it is collected and handed
 * over at the end, when the rows have gone by.
 */
import { InputError, type Problem, problem } from '../../errors.js';
import { cellRef, columnOf, formatFixed, formatNumber, maxColumns, serialToIso, type NumberFormat } from './cells.js';
import { Parser } from 'htmlparser2';
import { localName, maxCellText, unescapeOoxml, type WorkbookParts } from './parts.js';
import type { Archive } from './zip.js';

export interface SheetEvents {
  /** A row as Excel numbers it; return false to stop reading the sheet. */
  row(row: number, cells: string[]): boolean;
  /** Bytes of sheet XML read so far, and its size. */
  progress?(read: number, total: number): void;
}

export interface SheetEnd {
  /** Merged ranges as written (`A5:A9`), in file order: the first `maxMerges`. */
  merges: string[];
  /** Merged ranges past those. */
  moreMerges: number;
  /** Whether the rows were read to the end (not stopped by `row` returning false). */
  complete: boolean;
  /** Formula cells with no stored result: how many, and the first. */
  uncalculated: { count: number; first?: string; row?: number };
}

class Stop extends Error {}

/** Far more merged ranges than a real sheet has; past it they are counted, not kept. */
export const maxMerges = 100_000;

export async function streamSheet(
  archive: Archive,
  part: string,
  parts: WorkbookParts,
  sharedStrings: readonly string[],
  events: SheetEvents,
): Promise<SheetEnd> {
  const { formats, date1904 } = parts;
  const total = archive.uncompressedSize(part);
  const merges: string[] = [];
  let moreMerges = 0;
  const uncalculated: SheetEnd['uncalculated'] = { count: 0 };
  let rowNumber = 0;
  let cells: string[] = [];
  let inRow = false;
  let column = -1;
  let type = '';
  let format: NumberFormat | undefined;
  let value = '';
  let collecting = false;
  let inInline = false;
  let inPhonetic = false;
  let hasValue = false;
  let hasFormula = false;

  const fail = (damage: Problem): never => {
    throw new InputError(archive.file, damage, rowNumber || undefined);
  };

  const display = (): string => {
    switch (type) {
      case 's': {
        const index = Number(value);
        const text = sharedStrings[index];
        if (text === undefined) fail(problem('sheetMissingString', { cell: cellRef(column, rowNumber), index: value.trim() }));
        return text!;
      }
      case 'inlineStr':
      case 'str':
        return unescapeOoxml(value);
      case 'b':
        return value.trim() === '1' || value.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return value;
      case 'd': {
        // ISO 8601 in the cell itself (Strict OOXML): its own digits, date and time.
        const iso = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(value.trim());
        if (!iso) return value;
        return iso[2] && iso[2] !== '00:00:00' ? `${iso[1]}T${iso[2]}` : iso[1]!;
      }
      default: {
        const number = Number(value);
        if (value.trim() === '' || Number.isNaN(number)) return value;
        if (format === undefined || format.kind === 'general') return formatNumber(number);
        if (format.kind === 'fixed') return formatFixed(number, format.decimals);
        return serialToIso(number, date1904, format.timeOnly) ?? formatNumber(number);
      }
    }
  };

  // The parser's callbacks are used directly, without parts.ts's wrapper: they run for every tag of
  // millions of rows, and names carry a prefix only in files from some writers.
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const name = tag.includes(':') ? localName(tag) : tag;
        switch (name) {
          case 'row': {
            const r = attributes.r;
            rowNumber = r === undefined ? rowNumber + 1 : Number(r);
            if (!(rowNumber >= 1) || !Number.isInteger(rowNumber)) fail(problem('sheetBadRow', { row: String(r) }));
            cells = [];
            column = -1;
            inRow = true;
            break;
          }
          case 'c': {
            const r = attributes.r;
            column = r === undefined ? column + 1 : columnOf(r);
            if (column < 0 || column >= maxColumns) fail(problem('sheetCellOutside', { ref: String(r) }));
            type = attributes.t ?? 'n';
            const style = attributes.s;
            format = style === undefined ? undefined : formats[Number(style)];
            value = '';
            hasValue = false;
            hasFormula = false;
            break;
          }
          case 'v':
            collecting = true;
            hasValue = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            if (inInline && !inPhonetic) {
              collecting = true;
              hasValue = true;
            }
            break;
          case 'rPh':
            inPhonetic = true;
            break;
          case 'f':
            hasFormula = true;
            break;
          case 'mergeCell':
            if (attributes.ref && merges.length < maxMerges) merges.push(attributes.ref);
            else if (attributes.ref) moreMerges++;
            break;
        }
      },
      ontext(chunk) {
        if (!collecting) return;
        value += chunk;
        if (value.length > maxCellText) fail(problem('sheetCellTooLong', { cell: cellRef(column, rowNumber), max: maxCellText }));
      },
      onclosetag(tag) {
        const name = tag.includes(':') ? localName(tag) : tag;
        switch (name) {
          case 'v':
          case 't':
            collecting = false;
            break;
          case 'is':
            inInline = false;
            break;
          case 'rPh':
            inPhonetic = false;
            break;
          case 'c':
            if (!inRow) break;
            if (hasFormula && value === '' && type !== 'str') {
              if (uncalculated.count++ === 0) {
                uncalculated.first = cellRef(column, rowNumber);
                uncalculated.row = rowNumber;
              }
            } else if (hasValue) {
              const text = display();
              if (text !== '') {
                while (cells.length < column) cells.push('');
                cells[column] = text;
              }
            }
            break;
          case 'row':
            inRow = false;
            if (!events.row(rowNumber, cells)) throw new Stop();
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  let read = 0;
  try {
    const onBytes = events.progress && ((bytes: number) => events.progress!((read += bytes), total));
    for await (const chunk of archive.text(part, Infinity, 'worksheet', onBytes)) parser.write(chunk);
    parser.end();
  } catch (error) {
    if (error instanceof Stop) return { merges, moreMerges, complete: false, uncalculated };
    throw error;
  }
  return { merges, moreMerges, complete: true, uncalculated };
}
