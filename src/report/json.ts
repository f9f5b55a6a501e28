import { wordsFor } from '../i18n/index.js';
import { describeIssue } from './messages.js';
import type { Reporter } from './types.js';
import { escapeJsonControls } from './visible.js';

/**
 * SPEC §6: one object; fields may be added, never renamed. Each issue carries its sentence as `message`,
 * in the report's language; every other key and value is the same in every language.
 */
export const json: Reporter = (result, options) => {
  const w = wordsFor(options.lang ?? 'en');
  // A list of codes is an array inside; the contract's `detail` keeps the joined string beside it.
  const issues = result.issues.map((issue) => ({
    ...issue,
    ...(issue.kind === 'unmatched-dossiers' ? { detail: issue.codes.join(', ') } : {}),
    message: describeIssue(issue, w),
  }));
  return `${escapeJsonControls(JSON.stringify({ ...result, issues }, null, 2))}\n`;
};
