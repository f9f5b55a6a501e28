import { csv } from './csv.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';

/** One entry per --format; the Format type and the CLI's choices come from these keys. */
export const reporters = {
  table: tableReporter,
  json,
  csv,
  markdown,
  junit,
} as const satisfies Record<string, Reporter>;

export type Format = keyof typeof reporters;
export const formats = Object.keys(reporters) as Format[];
