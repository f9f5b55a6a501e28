import { json } from './json.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';

/** One entry per --format; the Format type and the CLI's choices come from these keys. */
export const reporters = {
  table: tableReporter,
  json,
} as const satisfies Record<string, Reporter>;

export type Format = keyof typeof reporters;
export const formats = Object.keys(reporters) as Format[];
