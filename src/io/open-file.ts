/**
 * Opening an input: its first bytes (for sniffing) and a stream of every byte, from one read, so that a
 * pipe such as `--procedures <(…)` works too; file-system errors become one line that says what to do.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError, problem, type Problem } from '../errors.js';

export const chunkSize = 1 << 20;
export const sniffSize = 64 * 1024;

export interface OpenedFile {
  /** The first chunk or chunks: at least `sniffSize` bytes unless the file is shorter. */
  head: Buffer;
  /** `head` is the whole file. */
  complete: boolean;
  /** Every byte of the file, `head` first. */
  bytes: AsyncGenerator<Buffer>;
  close: () => void;
  size: number;
  /** A regular file can be read again to locate a fault; a pipe cannot. */
  regular: boolean;
}

export async function openFile(file: string): Promise<OpenedFile> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  if (info.isDirectory()) throw new InputError(file, problem('isDirectory'));
  const source = createReadStream(file, { highWaterMark: chunkSize });
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  let complete = false;
  try {
    while (headLength < sniffSize) {
      const next = await chunks.next();
      if (next.done) {
        complete = true;
        break;
      }
      head.push(next.value);
      headLength += next.value.length;
    }
  } catch (error) {
    source.destroy();
    throw new InputError(file, describeFsError(error));
  }
  const first = Buffer.concat(head);
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      if (first.length) yield first;
      for (let next = complete ? undefined : await chunks.next(); next && !next.done; next = await chunks.next()) {
        yield next.value;
      }
    } finally {
      source.destroy();
    }
  }
  return { head: first, complete, bytes: bytes(), close: () => source.destroy(), size: info.size, regular: info.isFile() };
}

export function describeFsError(error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return problem('fileNotFound');
  if (code === 'EACCES' || code === 'EPERM') return problem('permissionDenied');
  if (code === 'EISDIR') return problem('isDirectory');
  return problem('cannotRead', { code: code ?? String(error) });
}
