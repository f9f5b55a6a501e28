/**
 * A small streaming SpreadsheetML (.xlsx) writer on yazl, the writing half of the yauzl the workbook
 * reader uses. It writes only what the report needs — inline strings, numbers, dates, a bold header,
 * column widths, a frozen header and an autofilter — and never a formula: a text that starts with `=`
 * is an inline string, which no spreadsheet evaluates. Rows are pulled from iterables as the ZIP is
 * written, so a worklist of any length never exists as one string.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { IsoDate } from '../../model.js';

export type CellValue = string | number | { date: IsoDate } | null | undefined;

export interface Column {
  header: string;
  /** In characters, as Excel counts them. */
  width: number;
  format?: 'percent' | 'integer' | 'date' | 'decimal';
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: Iterable<CellValue[]>;
  /** Freeze the header row and this many leading columns. */
  freezeColumns?: number;
  autoFilter?: boolean;
}

const styleIds = { text: 0, header: 1, percent: 2, integer: 3, date: 4, decimal: 5 } as const;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDE5EC"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color rgb="FF5D6D7E"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Characters XML 1.0 cannot hold (controls other than tab and line ends, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Excel's limit on the text of one cell. */
const maxCellText = 32_767;

export function xmlText(text: string): string {
  return text
    .replace(notXml, '')
    .slice(0, maxCellText)
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30: Excel's serial number of a calendar date (1900 date system). */
export function dateSerial(iso: IsoDate): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function cell(value: CellValue, ref: string, column: Column | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const format = column?.format;
    const style = format === 'percent' || format === 'integer' || format === 'decimal' ? styleIds[format] : styleIds.text;
    return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  }
  if (typeof value === 'object') return `<c r="${ref}" s="${styleIds.date}"><v>${dateSerial(value.date)}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function* sheetXml(sheet: Sheet, onRows: (rows: number) => void): Generator<string> {
  const freeze = sheet.freezeColumns ?? 0;
  const topLeft = `${columnName(freeze)}2`;
  const pane = freeze
    ? `<pane xSplit="${freeze}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`
    : `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`;
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
  const header = sheet.columns.map((c, i) => cell(c.header, `${columnName(i)}1`, undefined).replace('<c ', `<c s="${styleIds.header}" `)).join('');
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`;
  let row = 1;
  let chunk: string[] = [];
  for (const values of sheet.rows) {
    row += 1;
    chunk.push(`<row r="${row}">${values.map((v, i) => cell(v, `${columnName(i)}${row}`, sheet.columns[i])).join('')}</row>`);
    if (chunk.length === 500) {
      yield chunk.join('');
      chunk = [];
    }
  }
  onRows(row);
  const filter = sheet.autoFilter ? `<autoFilter ref="A1:${columnName(sheet.columns.length - 1)}${row}"/>` : '';
  yield `${chunk.join('')}</sheetData>${filter}<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/></worksheet>`;
}

const contentTypes = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${Array.from(
    { length: count },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('')}</Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const workbookRels = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join(
    '',
  )}<Relationship Id="rId${count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** The workbook part names each filter range, as spreadsheets expect of an autofilter. */
function workbookXml(sheets: readonly Sheet[], lastRows: readonly number[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const names = sheets
    .map((s, i) =>
      s.autoFilter
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name.replace(/'/g, "''"))}'!$A$1:$${columnName(s.columns.length - 1)}$${lastRows[i]}</definedName>`
        : '',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${list}</sheets>${names ? `<definedNames>${names}</definedNames>` : ''}</workbook>`;
}

function* bytes(parts: Iterable<string>): Generator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

/** The workbook's bytes, produced as they are read. `modified` stamps every entry, so a report is reproducible. */
export function writeWorkbook(sheets: readonly Sheet[], modified: Date): AsyncIterable<Uint8Array> {
  const zip = new yazl.ZipFile();
  const options = { mtime: modified, compress: true };
  const lastRows: number[] = sheets.map(() => 1);
  zip.addBuffer(Buffer.from(contentTypes(sheets.length)), '[Content_Types].xml', options);
  zip.addBuffer(Buffer.from(rootRels), '_rels/.rels', options);
  zip.addBuffer(Buffer.from(workbookRels(sheets.length)), 'xl/_rels/workbook.xml.rels', options);
  zip.addBuffer(Buffer.from(styles), 'xl/styles.xml', options);
  sheets.forEach((sheet, i) => {
    const xml = sheetXml(sheet, (rows) => (lastRows[i] = rows));
    zip.addReadStream(Readable.from(bytes(xml)), `xl/worksheets/sheet${i + 1}.xml`, options);
  });
  // Added last and made lazily: the filter ranges are known once every sheet has been written.
  zip.addReadStreamLazy('xl/workbook.xml', options, (callback) => callback(null, Readable.from([Buffer.from(workbookXml(sheets, lastRows))])));
  zip.end();
  return zip.outputStream as Readable;
}
