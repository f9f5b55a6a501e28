import { wordsFor } from '../i18n/index.js';
import { describeIssue } from './messages.js';
import type { ReportOptions, Reporter } from './types.js';
import { escapeJsonControls } from './visible.js';
import type { Result } from '../model.js';

/**
 * SPEC §6: one object; fields may be added, never renamed. Each issue carries its sentence as `message`,
 * in the report's language; every other key and value is the same in every language.
 */
export const json: Reporter = (result, options) => [...jsonChunks(result, options)].join('');

/**
 * The JSON report in pieces of about 64 KB, the same text as `json`: a report of 200,000 procedures is
 * 100 MB, which written whole is held three times over (the object, its text, the escaped text).
 */
export function* jsonChunks(result: Result, options: ReportOptions): Generator<string> {
  const w = wordsFor(options.lang ?? 'en');
  // A list of codes is an array inside; the contract's `detail` keeps the joined string beside it.
  const issues = result.issues.map((issue) => ({
    ...issue,
    ...(issue.kind === 'unmatched-dossiers' ? { detail: issue.codes.join(', ') } : {}),
    message: describeIssue(issue, w),
  }));
  let pending = '';
  for (const piece of pretty({ ...result, issues }, '', 2)) {
    pending += piece;
    if (pending.length >= 65_536) {
      yield escapeJsonControls(pending);
      pending = '';
    }
  }
  yield `${escapeJsonControls(pending)}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` as pieces: the objects and arrays of the first `depth` levels are
 * written key by key and item by item, anything deeper by JSON.stringify itself.
 */
function* pretty(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `\n${inner}`;
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* pretty(item, inner, depth - 1);
      if (i < value.length - 1) yield ',';
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => !omitted(item));
    if (entries.length > 0) {
      yield '{';
      for (let i = 0; i < entries.length; i++) {
        const [key, item] = entries[i]!;
        yield `\n${inner}${JSON.stringify(key)}: `;
        yield* pretty(item, inner, depth - 1);
        if (i < entries.length - 1) yield ',';
      }
      yield `\n${indent}}`;
      return;
    }
  }
  // JSON.stringify escapes line breaks inside strings: every raw one is its own indentation.
  yield JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
