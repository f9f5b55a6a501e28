/**
 * Writing a report or a counts file: a cron job must never keep half of one, never write over one of its
 * own inputs, never replace a device or a pipe with a regular file, and never leave a temporary file.
 */
import { unlinkSync } from 'node:fs';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { problem, UsageError } from '../errors.js';
import { splitSheetSelector } from './workbook/index.js';

/** Temporary files being written now: a signal handler removes them before the process ends. */
const temporaries = new Set<string>();

/** Removes every temporary file still being written (for SIGINT/SIGTERM; synchronous, as the process is ending). */
export function removeTemporaryFiles(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or never created: nothing is left behind either way.
    }
  }
  temporaries.clear();
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output path that names one of the run's inputs (the same file, by device and inode, through
 * any link or spelling): the report would replace the data it was computed from. Checked before the
 * data inputs are read, so that the run stops at once. A workbook input named with its sheet (`FILE#SHEET`)
 * is the file before the `#`.
 */
export async function refuseOutputOverInput(output: string, inputs: readonly (string | undefined)[]): Promise<void> {
  const target = await statOrUndefined(output);
  if (!target?.isFile()) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const read = await statOrUndefined((await splitSheetSelector(input)).path);
    if (read && read.dev === target.dev && read.ino === target.ino) {
      throw new UsageError(problem('outputIsInput', { output, input }));
    }
  }
}

/** A failure of the file system as a one-line error; any other error (making the content failed) goes on as it is. */
function writeFailure(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string' || !code.startsWith('E')) return error;
  if (code === 'ENOSPC') return new UsageError(problem('writeFull', { path }));
  return new UsageError(problem('cannotWrite', { path, code, folder: code === 'EISDIR' }));
}

/**
 * Writes beside the target, then renames over it. A target that exists and is not a regular file (a
 * device such as /dev/stdout, a named pipe) is written directly: renaming over it would replace it. A
 * symbolic link to a regular file keeps being a link: the file it points to is replaced. Content may be
 * bytes made while they are written (a workbook): if making them fails, the half-written file is removed
 * and that error goes on as it is.
 */
export async function writeAtomically(path: string, content: string | Uint8Array | Iterable<string> | AsyncIterable<Uint8Array | string>): Promise<void> {
  const existing = await statOrUndefined(path);
  if (existing?.isDirectory()) throw writeFailure(path, Object.assign(new Error(), { code: 'EISDIR' }));
  if (existing && !existing.isFile()) {
    try {
      await writeFile(path, content);
      return;
    } catch (error) {
      throw writeFailure(path, error);
    }
  }
  const real = existing ? await realpath(path) : path;
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  temporaries.add(temporary);
  try {
    await writeFile(temporary, content);
    await rename(temporary, real);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeFailure(path, error);
  } finally {
    temporaries.delete(temporary);
  }
}
