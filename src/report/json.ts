import type { Reporter } from './types.js';
import { describeIssue } from './messages.js';

/** SPEC §6: one object; fields may be added, never renamed. Each issue carries its sentence as `message`. */
export const json: Reporter = (result) => {
  const issues = result.issues.map((issue) => ({ ...issue, message: describeIssue(issue) }));
  return `${JSON.stringify({ ...result, issues }, null, 2)}\n`;
};
