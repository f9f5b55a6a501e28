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
