/** The progress line of a long read, for stderr on a terminal: pure, given what was read and how long it took. */
import { basename } from 'node:path';
import { grouped } from './format.js';

export interface Progress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  elapsedMs: number;
}

/** `hoso.csv: 1,200,000 rows, 150/600 MB, 90 MB/s, 5 s left`. */
export function progressLine(progress: Progress): string {
  const { file, bytesRead, totalBytes, rowsRead } = progress;
  const seconds = Math.max(progress.elapsedMs / 1000, 0.001);
  const mbPerSecond = bytesRead / 1e6 / seconds;
  const eta = totalBytes > bytesRead && mbPerSecond > 0 ? `, ${Math.ceil((totalBytes - bytesRead) / 1e6 / mbPerSecond)} s left` : '';
  const size = `${(bytesRead / 1e6).toFixed(0)}/${(totalBytes / 1e6).toFixed(0)} MB`;
  return `${basename(file)}: ${grouped(rowsRead)} rows, ${size}, ${mbPerSecond.toFixed(0)} MB/s${eta}`;
}
