import { procedureCheck } from './types.js';

/** Codes whose decision reached the national database in time; pending codes are listed, not counted. */
export const publicationDeadline = procedureCheck('publication-deadline', (input) => {
  const deadlines = input.deadlines;
  if (!deadlines) return { skip: input.deadlineSkip ?? 'no-dates' };
  return (p) => {
    const verdict = deadlines.get(p.code)?.verdict;
    return verdict === 'on-time' ? 'pass' : verdict === 'late' ? 'fail' : 'out';
  };
});
