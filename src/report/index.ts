import { csv } from './csv.js';
import { renderHtml } from './html/index.js';
import { json, jsonChunks } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { tableReporter } from './table.js';
import type { FileReporter, ReportOptions, Reporter } from './types.js';
import type { Result } from '../model.js';
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

/**
 * A stdout format as pieces to write one after another: the JSON report of a large province in pieces of
 * about 64 KB (never the whole text at once), every other format as one piece.
 */
export function renderPieces(format: keyof typeof reporters, result: Result, options: ReportOptions): Iterable<string> {
  return format === 'json' ? jsonChunks(result, options) : [reporters[format](result, options)];
}

export function isFileFormat(format: Format): format is FileFormat {
  return Object.hasOwn(fileReporters, format);
}
