import type { Result } from '../model.js';

export interface ReportOptions {
  color: boolean;
  /** Terminal width for the table; 80 when unknown. */
  width: number;
}

export type Reporter = (result: Result, options: ReportOptions) => string;
