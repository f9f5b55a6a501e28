import type { Lang } from '../i18n/index.js';
import type { Result } from '../model.js';

export interface ReportOptions {
  color: boolean;
  /** Terminal width for the table; 80 when unknown. */
  width: number;
  /** The language of every human line; English when not given. */
  lang?: Lang;
}

export type Reporter = (result: Result, options: ReportOptions) => string;

/**
 * A report that is a file (SPEC §10): a string, or bytes made as they are written, so that a worklist of
 * any length never has to be held whole. Still a pure function: writing it is the caller's I/O.
 */
export type FileReporter = (result: Result, options: ReportOptions) => string | AsyncIterable<Uint8Array>;
