import { csv } from './csv.js';
import { renderHtml } from './html/index.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { tableReporter } from './table.js';
import type { FileReporter, Reporter } from './types.js';
import { renderXlsx } from './xlsx/index.js';

/** One entry per --format that can go to stdout. */
export const reporters = {
  table: tableReporter,
  json,
  csv,
  markdown,
  junit,
} as const satisfies Record<string, Reporter>;

/** The reports for people, which are files: they need --output (SPEC §10). */
export const fileReporters = {
  html: renderHtml,
  xlsx: renderXlsx,
} as const satisfies Record<string, FileReporter>;

export type FileFormat = keyof typeof fileReporters;
/** The Format type and the CLI's choices come from the keys of both registries. */
export type Format = keyof typeof reporters | FileFormat;
export const formats = [...Object.keys(reporters), ...Object.keys(fileReporters)] as Format[];

export function isFileFormat(format: Format): format is FileFormat {
  return Object.hasOwn(fileReporters, format);
}
