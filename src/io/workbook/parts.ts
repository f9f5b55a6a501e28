/**
 * The parts of an .xlsx that come before its rows: the workbook (sheet names, visibility, date system),
 * the relationships that say where each part is, the styles (which cells show dates) and the shared
 * strings. Element names are matched without their namespace prefix, so Strict OOXML and files from
 * other writers (`<x:sheet>`) read the same.
 */
import { posix } from 'node:path';
import { Parser } from 'htmlparser2';
import { InputError, problem } from '../../errors.js';
import type { WorkbookPart } from '../../i18n/en/errors.js';
import { generalFormat, numberFormat, type NumberFormat } from './cells.js';
import type { Archive } from './zip.js';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

export const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** A streaming XML parser that reports local element names. */
export function xmlParser(handlers: XmlHandlers): Parser {
  return new Parser(
    {
      onopentag: handlers.open && ((name, attributes) => handlers.open!(localName(name), attributes)),
      ontext: handlers.text,
      onclosetag: handlers.close && ((name) => handlers.close!(localName(name))),
    },
    { xmlMode: true, decodeEntities: true },
  );
}

async function parsePart(archive: Archive, name: string, limit: number, what: WorkbookPart, handlers: XmlHandlers): Promise<void> {
  const parser = xmlParser(handlers);
  for await (const chunk of archive.text(name, limit, what)) parser.write(chunk);
  parser.end();
}

/** Parts other than sheets and shared strings are small; this bounds a forged one. */
const smallPartLimit = 64 * 1024 * 1024;

/** An attribute by local name: `r:id` and `id` under any prefix. */
function attribute(attributes: Attributes, name: string): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

interface Relationship {
  type: string;
  target: string;
}

/** The relationships of a part, targets resolved to part names. */
async function relationships(archive: Archive, part: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(part);
  const relsName = posix.join(dir, '_rels', `${posix.basename(part)}.rels`);
  const result = new Map<string, Relationship>();
  if (!archive.has(relsName)) return result;
  await parsePart(archive, relsName, smallPartLimit, 'relationships', {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = attributes.Target ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
      result.set(attributes.Id ?? '', { type: (attributes.Type ?? '').split('/').pop() ?? '', target: resolved });
    },
  });
  return result;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  /** 1-based, in workbook order, hidden sheets counted. */
  number: number;
  state: SheetState;
  /** The part holding its cells; undefined for a chart sheet or a sheet the workbook does not have. */
  part?: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  formats: NumberFormat[];
  sharedStrings?: string;
}

/** The workbook part, from the package relationships (Excel's own name when they do not say). */
async function workbookPart(archive: Archive): Promise<string> {
  const rels = await relationships(archive, '');
  for (const rel of rels.values()) if (rel.type === 'officeDocument' && archive.has(rel.target)) return rel.target;
  return 'xl/workbook.xml';
}

export async function readWorkbookParts(archive: Archive): Promise<WorkbookParts> {
  const part = await workbookPart(archive);
  const rels = await relationships(archive, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await parsePart(archive, part, smallPartLimit, 'workbook', {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = /^(1|true)$/i.test(attributes.date1904 ?? '');
      else if (name === 'sheet') {
        const rel = rels.get(attribute(attributes, 'id') ?? '');
        const state = attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible';
        const isWorksheet = rel?.type === 'worksheet' && archive.has(rel.target);
        sheets.push({ name: attributes.name ?? `Sheet${sheets.length + 1}`, number: sheets.length + 1, state, part: isWorksheet ? rel.target : undefined });
      }
    },
  });
  let styles: string | undefined;
  let sharedStrings: string | undefined;
  for (const rel of rels.values()) {
    if (rel.type === 'styles' && archive.has(rel.target)) styles = rel.target;
    if (rel.type === 'sharedStrings' && archive.has(rel.target)) sharedStrings = rel.target;
  }
  return { sheets, date1904, formats: styles ? await readFormats(archive, styles) : [], sharedStrings };
}

/** Per cell style (`s` attribute), how it shows numbers. */
async function readFormats(archive: Archive, part: string): Promise<NumberFormat[]> {
  const codes = new Map<number, string>();
  const formats: NumberFormat[] = [];
  let inCellXfs = false;
  await parsePart(archive, part, smallPartLimit, 'styles', {
    open(name, attributes) {
      if (name === 'numFmt') codes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        formats.push(Number.isInteger(id) ? numberFormat(id, codes.get(id)) : generalFormat);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

/** `_x000D_` and the like: characters XML cannot hold, as OOXML escapes them. */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Excel's own limit is 32,767 characters a cell; far past it, a file is forged or broken. */
export const maxCellText = 1_000_000;

/**
 * The shared-string table: each entry's text, rich-text runs joined, phonetic guides (`rPh`) left out.
 * Held whole (cells refer to it by index), so its part is bounded by `limit` before it is read.
 */
export async function readSharedStrings(archive: Archive, part: string, limit: number): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let inPhonetic = false;
  await parsePart(archive, part, limit, 'sharedStrings', {
    open(name) {
      if (name === 't') inText = !inPhonetic;
      else if (name === 'si') text = '';
      else if (name === 'rPh') inPhonetic = true;
    },
    text(chunk) {
      if (!inText) return;
      text += chunk;
      if (text.length > maxCellText) {
        throw new InputError(archive.file, problem('workbookLongString', { max: maxCellText }));
      }
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(unescapeOoxml(text));
    },
  });
  return strings;
}
