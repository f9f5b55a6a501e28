/**
 * What a file is, from its content and never its name: an .xlsx/.xlsm (a ZIP holding a workbook part),
 * an HTML table saved as .xls, or one of the spreadsheet files this reader refuses with what to do.
 * Anything else (undefined) is for the CSV reader.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { InputError, problem } from '../../errors.js';
import { htmlEncoding } from './html-table.js';
import { Archive, damaged } from './zip.js';

export type WorkbookFormat = 'xlsx' | 'html-table';

const zipMagic = [0x50, 0x4b];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Buffer, magic: number[]) => bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

async function head(file: string, length: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(file, problem('workbookDirectory'));
    throw damaged(file, error);
  } finally {
    await handle?.close();
  }
}

/**
 * The workbook format of a file, or undefined when it is not a spreadsheet (a CSV, or something the
 * CSV reader will name). Spreadsheets that cannot be read are refused here with an InputError.
 */
export async function detectWorkbook(file: string): Promise<WorkbookFormat | undefined> {
  const bytes = await head(file, 4096);
  if (startsWith(bytes, zipMagic) && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return zipFormat(file);
  if (startsWith(bytes, oleMagic)) {
    if (await hasOleStream(file, 'EncryptionInfo')) throw new InputError(file, problem('workbookEncrypted'));
    throw new InputError(file, problem('workbookXls'));
  }
  const text = iconv.decode(bytes, htmlEncoding(bytes)).replace(/^\ufeff/, '');
  const start = text
    .replace(/^\s*(?:<!--[\s\S]*?-->\s*)*/, '')
    .slice(0, 1024)
    .toLowerCase();
  if (/^<(?:!doctype\s+html|html|table|head|body|meta)\b/.test(start)) return 'html-table';
  if (start.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet/.test(text)) {
    throw new InputError(file, problem('workbookXml2003'));
  }
  return undefined;
}

async function zipFormat(file: string): Promise<WorkbookFormat> {
  const archive = await Archive.open(file);
  try {
    if (archive.has('xl/workbook.xml') || [...archive.names()].some((name) => /^xl\/workbook\d*\.xml$/.test(name))) return 'xlsx';
    if (archive.has('xl/workbook.bin')) {
      throw new InputError(file, problem('workbookXlsb'));
    }
    if (archive.has('content.xml') && archive.has('mimetype')) {
      const type = await archive.read('mimetype', 1024, 'type');
      if (type.includes('opendocument.spreadsheet')) {
        throw new InputError(file, problem('workbookOds'));
      }
    }
    throw new InputError(file, problem('workbookZip'));
  } finally {
    archive.close();
  }
}

/**
 * Whether an OLE2 compound file has a stream of this name: directory entries hold names in UTF-16LE at
 * the start of 128-byte slots, so the name is looked for at such offsets. Read in chunks, as an
 * encrypted workbook can be large and its directory anywhere.
 */
async function hasOleStream(file: string, name: string): Promise<boolean> {
  const needle = Buffer.from(`${name}\0`, 'utf16le');
  let carry = Buffer.alloc(0);
  let offset = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buffer = Buffer.concat([carry, chunk]);
    const base = offset - carry.length;
    for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + 1)) {
      if ((base + at) % 128 === 0) return true;
    }
    carry = buffer.subarray(Math.max(0, buffer.length - needle.length));
    offset += chunk.length;
  }
  return false;
}
