/**
 * Reads several dossier registers at once, one worker thread per core (SPEC §2.3, "streamed"). Each file
 * is read whole by one worker, exactly as readDossiers reads it on the main thread; the results come
 * back in the order of the files, so merged tallies and issues are those of a sequential read.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, type Problem } from '../../errors.js';
import type { DossierRead, DossierReadOptions } from './fold.js';
import { readDossiers } from './read-js.js';

export interface ParallelReadOptions extends Omit<DossierReadOptions, 'onProgress'> {
  /** Worker threads to use; 0 reads on the main thread. Default: one per core, at most one per file. */
  threads?: number;
  onProgress?: (file: string, bytesRead: number, totalBytes: number, rowsRead: number) => void;
}

export type Failure = { input: true; file: string; line?: number; problem: Problem } | { input: false; message: string };

export type ToWorker = { kind: 'read'; index: number; file: string; options: Omit<DossierReadOptions, 'onProgress'> } | { kind: 'stop' };

export type FromWorker =
  | { kind: 'progress'; index: number; bytes: number; total: number; rows: number }
  | { kind: 'done'; index: number; read: DossierRead }
  | { kind: 'failed'; index: number; failure: Failure };

const workerUrl = new URL('./worker.js', import.meta.url);

export async function readDossierFiles(files: readonly string[], options: ParallelReadOptions = {}): Promise<DossierRead[]> {
  const { threads = Math.min(files.length, availableParallelism()), onProgress, ...readOptions } = options;
  if (threads <= 0) {
    const reads: DossierRead[] = [];
    for (const file of files) {
      reads.push(await readDossiers(file, { ...readOptions, onProgress: onProgress && ((b, t, r) => onProgress(file, b, t, r)) }));
    }
    return reads;
  }
  const results: DossierRead[] = new Array(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const give = (worker: Worker) => {
        if (next >= files.length) {
          worker.postMessage({ kind: 'stop' } satisfies ToWorker);
          if (running === 0) resolve();
          return;
        }
        const index = next++;
        running++;
        worker.postMessage({ kind: 'read', index, file: files[index]!, options: readOptions } satisfies ToWorker);
      };
      for (let i = 0; i < Math.min(threads, files.length); i++) {
        const worker = new Worker(workerUrl);
        workers.push(worker);
        worker.on('error', reject);
        worker.on('message', (message: FromWorker) => {
          if (message.kind === 'progress') {
            onProgress?.(files[message.index]!, message.bytes, message.total, message.rows);
          } else if (message.kind === 'failed') {
            reject(revive(message.failure));
          } else {
            results[message.index] = message.read;
            running--;
            give(worker);
          }
        });
        give(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/** Errors cross the thread boundary as data; an InputError is rebuilt so that it still maps to exit 2. */
function revive(failure: Failure): Error {
  if (!failure.input) return new Error(`reading a dossier file failed in a worker thread: ${failure.message}`);
  return new InputError(failure.file, failure.problem, failure.line);
}
