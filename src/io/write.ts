/** Writing a report or a counts file: a cron job must never keep half of one. */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { problem, UsageError } from '../errors.js';

/**
 * Writes beside the target, then renames over it. Content may be bytes made while they are written (a
 * workbook): if making them fails, the half-written file is removed and that error goes on as it is.
 */
export async function writeAtomically(path: string, content: string | Uint8Array | AsyncIterable<Uint8Array>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('E')) throw error;
    throw new UsageError(problem('cannotWrite', { path, code: code ?? String(error), folder: code === 'EISDIR' }));
  }
}
