import type { Reporter } from './types.js';
import { describeIssue } from './messages.js';
import { escapeJsonControls } from './visible.js';

/** SPEC §6: one object; fields may be added, never renamed. Each issue carries its sentence as `message`. */
export const json: Reporter = (result) => {
  // A list of codes is an array inside; the contract's `detail` keeps the joined string beside it.
  const issues = result.issues.map((issue) => ({
    ...issue,
    ...(issue.kind === 'unmatched-dossiers' ? { detail: issue.codes.join(', ') } : {}),
    message: describeIssue(issue),
  }));
  return `${escapeJsonControls(JSON.stringify({ ...result, issues }, null, 2))}\n`;
};
