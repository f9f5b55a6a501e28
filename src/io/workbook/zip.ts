/**
 * The ZIP container of an .xlsx, read through yauzl from its central directory: any part can be read in
 * any order (Excel stores the sheets before the shared strings and styles), no temporary file is
 * written, and every entry's declared size is enforced while it is read — which is what lets the
 * reader refuse an oversized part before reading a byte of it.
 */
import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError, problem } from '../../errors.js';
import type { WorkbookPart } from '../../i18n/en/errors.js';

export class Archive {
  private constructor(
    private readonly zip: ZipFile,
    readonly file: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(file: string): Promise<Archive> {
    let zip: ZipFile | undefined;
    try {
      zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/\\/g, '/').toLowerCase(), entry);
      return new Archive(zip, file, entries);
    } catch (error) {
      zip?.close();
      throw damaged(file, error);
    }
  }

  close(): void {
    this.zip.close();
  }

  /** Part names as stored, lower-cased (OOXML part names are case-insensitive). */
  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  uncompressedSize(name: string): number {
    return this.entries.get(name.toLowerCase())?.uncompressedSize ?? 0;
  }

  /** The decoded text of a part, in chunks; `limit` bounds its declared size. */
  async *text(name: string, limit: number, what: WorkbookPart, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new InputError(this.file, problem('workbookMissingPart', { part: name, what }));
    if (entry.isEncrypted()) throw new InputError(this.file, problem('workbookPasswordProtected'));
    if (entry.uncompressedSize > limit) {
      throw new InputError(this.file, problem('workbookPartTooLarge', { what, size: megabytes(entry.uncompressedSize), limit: megabytes(limit) }));
    }
    let stream;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw damaged(this.file, error);
    }
    let decoder: StringDecoder | undefined;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (!decoder) {
          const utf16 = chunk[0] === 0xff && chunk[1] === 0xfe;
          decoder = new StringDecoder(utf16 ? 'utf16le' : 'utf8');
        }
        onBytes?.(chunk.length);
        const text = decoder.write(chunk);
        if (text) yield text;
      }
      const rest = decoder?.end();
      if (rest) yield rest;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw damaged(this.file, error);
    } finally {
      stream.destroy();
    }
  }

  /** The whole text of a small part. */
  async read(name: string, limit: number, what: WorkbookPart): Promise<string> {
    let text = '';
    for await (const chunk of this.text(name, limit, what)) text += chunk;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A ZIP, zlib or file-system failure as one line that says what to do. */
export function damaged(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, problem('fileNotFound'));
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, problem('permissionDenied'));
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  return new InputError(file, problem('workbookDamaged', { reason }));
}
