/**
 * An HTML table saved under an .xls name, as one-stop systems export registers: every `<tr>` of the
 * page's tables (not of tables nested in a cell) is a row, numbered from 1 in document order as Excel
 * lays them out when it opens the file. `rowspan` and `colspan` are merged ranges whose extent is known
 * as soon as the cell is read, so their value is always given to every cell they cover.
 */
import { createReadStream } from 'node:fs';
import { Parser } from 'htmlparser2';
import iconv from 'iconv-lite';
import { InputError, problem } from '../../errors.js';
import { maxCellText } from './parts.js';
import type { SheetEvents } from './sheet-xml.js';

/** Text that needs whitespace folded or line breaks placed. */
const untidy = /[\t\r\n\f\u00a0\u2028]| {2}|^ | $/;

/** Far past any real table; bounds what one forged cell can make the reader fill. */
const maxSpan = 1000;

/** The encoding a page declares in its first bytes: a byte-order mark, else a `charset`, else UTF-8. */
export function htmlEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head.subarray(0, 4096).toString('latin1'))?.[1];
  return declared && iconv.encodingExists(declared) ? declared.toLowerCase() : 'utf-8';
}

export async function streamHtmlTable(file: string, events: SheetEvents, total: number): Promise<{ complete: boolean }> {
  let row = 0;
  let cells: string[] = [];
  let inRow = false;
  /** Depth of the table whose rows are read (the first one opened), and of tables now open. */
  let tableDepth = 0;
  let cell: { text: string; colspan: number; rowspan: number } | undefined;
  let ignored = 0;
  /** Columns still covered by a `rowspan` from a row above: value and rows left. */
  const spans = new Map<number, { value: string; rows: number }>();
  let stopped = false;

  const place = (value: string, colspan: number, rowspan: number) => {
    let column = cells.length;
    while (spans.has(column)) column = fillSpan(column);
    for (let i = 0; i < colspan; i++) {
      cells[column + i] = value;
      if (rowspan > 1) spans.set(column + i, { value, rows: rowspan - 1 });
    }
  };
  const fillSpan = (column: number): number => {
    const span = spans.get(column)!;
    cells[column] = span.value;
    if (--span.rows === 0) spans.delete(column);
    return column + 1;
  };
  const closeCell = () => {
    if (!cell) return;
    // Whitespace runs read as one space, as a browser shows them; most cells have none to fold.
    const text = untidy.test(cell.text)
      ? cell.text
          .replace(/[ \t\r\n\f\u00a0]+/g, ' ')
          .split('\u2028')
          .map((line) => line.trim())
          .join('\n')
          .trim()
      : cell.text;
    place(text, cell.colspan, cell.rowspan);
    cell = undefined;
  };
  const closeRow = () => {
    if (!inRow) return;
    closeCell();
    if (spans.size > 0) for (const column of [...spans.keys()].sort((a, b) => a - b)) if (column >= cells.length) fillSpan(column);
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    inRow = false;
    if (!events.row(row, cells)) {
      stopped = true;
      parser.pause();
    }
  };
  const span = (value: string | undefined) => Math.min(Math.max(Number.parseInt(value ?? '1', 10) || 1, 1), maxSpan);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' || name === 'style') ignored++;
        else if (name === 'table') {
          tableDepth++;
        } else if (tableDepth > 1) {
          // A table nested in a cell reads as its text, cell by cell.
          if (cell && (name === 'td' || name === 'th')) cell.text += ' ';
          else if (name === 'br' && cell) cell.text += '\u2028';
        } else if (name === 'tr') {
          closeRow();
          row++;
          cells = [];
          inRow = true;
        } else if (name === 'td' || name === 'th') {
          if (!inRow) {
            row++;
            cells = [];
            inRow = true;
          }
          closeCell();
          cell = { text: '', colspan: span(attributes.colspan), rowspan: span(attributes.rowspan) };
        } else if (name === 'br' && cell) cell.text += '\u2028';
      },
      ontext(text) {
        if (!cell || ignored > 0) return;
        cell.text += text;
        if (cell.text.length > maxCellText) {
          throw new InputError(file, problem('workbookLongCell', { max: maxCellText }), row);
        }
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') ignored = Math.max(0, ignored - 1);
        else if (name === 'table') {
          if (tableDepth === 1) closeRow();
          tableDepth = Math.max(0, tableDepth - 1);
        } else if (tableDepth > 1) return;
        else if (name === 'td' || name === 'th') closeCell();
        else if (name === 'tr') closeRow();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  let decoder: { write(chunk: Buffer): string; end(): string | undefined } | undefined;
  let read = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      decoder ??= iconv.getDecoder(htmlEncoding(chunk));
      parser.write(decoder.write(chunk));
      events.progress?.((read += chunk.length), total);
      if (stopped) return { complete: false };
    }
    const rest = decoder?.end();
    if (rest) parser.write(rest);
    parser.end();
    closeRow();
  } finally {
    source.destroy();
  }
  return { complete: !stopped };
}
