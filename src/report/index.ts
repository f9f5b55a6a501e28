import { csv } from './csv.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';
import { visibleResult } from './visible.js';

/** A format people read gets every control character from the inputs made visible (visible.ts). */
const forPeople =
  (reporter: Reporter): Reporter =>
  (result, options) =>
    reporter(visibleResult(result), options);

/** One entry per --format; the Format type and the CLI's choices come from these keys. */
export const reporters = {
  table: forPeople(tableReporter),
  json,
  csv: forPeople(csv),
  markdown: forPeople(markdown),
  junit: forPeople(junit),
} as const satisfies Record<string, Reporter>;

export type Format = keyof typeof reporters;
export const formats = Object.keys(reporters) as Format[];
