/**
 * The ZIP container of an .xlsx, read through yauzl from its central directory: any part can be read in
 * any order (Excel stores the sheets before the shared strings and styles), no temporary file is
 * written, and every entry's declared size is enforced while it is read — which is what lets the
 * reader refuse an oversized part before reading a byte of it.
 */
import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../../errors.js';

export const resaveAdvice = 'open it in Excel and save it again as .xlsx, or export it again';

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
  async *text(name: string, limit: number, what: string, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new InputError(this.file, `has no ${name} (${what}): ${resaveAdvice}`);
    if (entry.isEncrypted()) throw new InputError(this.file, `is password-protected: ${unprotectAdvice}`);
    if (entry.uncompressedSize > limit) {
      throw new InputError(
        this.file,
        `has ${what} of ${megabytes(entry.uncompressedSize)}, more than the ${megabytes(limit)} this reader accepts: save the sheet as CSV UTF-8 and give that file`,
      );
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
  async read(name: string, limit: number, what: string): Promise<string> {
    let text = '';
    for await (const chunk of this.text(name, limit, what)) text += chunk;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

export const unprotectAdvice = 'open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx, or save it as CSV UTF-8';

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
}

/** A ZIP, zlib or file-system failure as one line that says what to do. */
export function damaged(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, 'file not found: check the path (it is relative to the current directory)');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, 'cannot be read (permission denied): check the file permissions');
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  return new InputError(file, `is a damaged or incomplete workbook (${reason}): ${resaveAdvice}`);
}
