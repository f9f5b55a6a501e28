/**
 * Worker-thread side of readDossierFiles: reads the dossier files it is sent, one at a time, and posts
 * each result back. A worker also gives csv-parse a fresh JIT: in a thread that has already parsed the
 * procedure list, the same parser runs a large register about 20 % slower.
 */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { DossierReadOptions } from './fold.js';
import { readDossiers } from './read-js.js';
import type { Failure, FromWorker, ToWorker } from './parallel.js';

const port = parentPort!;
const progressEveryMs = 200;

port.on('message', async (message: ToWorker) => {
  if (message.kind === 'stop') {
    port.close();
    return;
  }
  const { index, file, options } = message;
  let last = 0;
  const readOptions: DossierReadOptions = {
    ...options,
    onProgress: (bytes, total, rows) => {
      const now = Date.now();
      if (now - last < progressEveryMs && bytes < total) return;
      last = now;
      port.postMessage({ kind: 'progress', index, bytes, total, rows } satisfies FromWorker);
    },
  };
  try {
    const read = await readDossiers(file, readOptions);
    // The ids' hashes are moved, not copied: they are the largest part of a read.
    port.postMessage({ kind: 'done', index, read } satisfies FromWorker, read.ids ? [read.ids.buffer as ArrayBuffer] : []);
  } catch (error) {
    const failure: Failure =
      error instanceof InputError
        ? { input: true, file: error.file, line: error.line, problem: error.problem }
        : { input: false, message: (error as Error)?.stack ?? String(error) };
    port.postMessage({ kind: 'failed', index, failure } satisfies FromWorker);
  }
});
