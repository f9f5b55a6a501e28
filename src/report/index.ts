import { csv } from './csv.js';
import { renderHtml } from './html/index.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { tableReporter } from './table.js';
import type { FileReporter, Reporter } from './types.js';
import { visibleResult } from './visible.js';
import { renderXlsx } from './xlsx/index.js';

/** A format people read gets every control character from the inputs made visible (visible.ts). */
const forPeople = <R extends Reporter | FileReporter>(reporter: R): R => ((result, options) => reporter(visibleResult(result), options)) as R;

/** One entry per --format that can go to stdout. */
export const reporters = {
  table: forPeople(tableReporter),
  json,
  csv: forPeople(csv),
  markdown: forPeople(markdown),
  junit: forPeople(junit),
} as const satisfies Record<string, Reporter>;

/** The reports for people, which are files: they need --output (SPEC §10). */
export const fileReporters = {
  html: forPeople(renderHtml),
  xlsx: forPeople(renderXlsx),
} as const satisfies Record<string, FileReporter>;

export type FileFormat = keyof typeof fileReporters;
/** The Format type and the CLI's choices come from the keys of both registries. */
export type Format = keyof typeof reporters | FileFormat;
export const formats = [...Object.keys(reporters), ...Object.keys(fileReporters)] as Format[];

export function isFileFormat(format: Format): format is FileFormat {
  return Object.hasOwn(fileReporters, format);
}
