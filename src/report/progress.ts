/** The progress line of a long read, for stderr on a terminal: pure, given what was read and how long it took. */
import { basename } from 'node:path';
import type { Words } from '../i18n/index.js';

export interface Progress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  elapsedMs: number;
}

/** `hoso.csv: 1,200,000 rows, 150/600 MB, 90 MB/s, 5 s left`. */
export function progressLine(progress: Progress, w: Words): string {
  const { file, bytesRead, totalBytes, rowsRead } = progress;
  const seconds = Math.max(progress.elapsedMs / 1000, 0.001);
  const mbPerSecond = bytesRead / 1e6 / seconds;
  const left = totalBytes > bytesRead && mbPerSecond > 0 ? Math.ceil((totalBytes - bytesRead) / 1e6 / mbPerSecond) : undefined;
  return w.report.progress(basename(file), rowsRead, bytesRead / 1e6, totalBytes / 1e6, mbPerSecond, left);
}
