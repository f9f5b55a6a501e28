import { count, type Check } from './types.js';

/** Codes whose decision reached the national database in time; pending codes are listed, not counted. */
export const publicationDeadline: Check<'publication-deadline'> = {
  id: 'publication-deadline',
  grouped: true,
  measure(input) {
    const deadlines = input.deadlines;
    if (!deadlines) return { skip: input.deadlineSkip ?? 'no-dates' };
    const judged = input.procedures.map((p) => deadlines.get(p.code)).filter((j) => j !== undefined && j.verdict !== 'pending');
    return { numerator: count(judged, (j) => j!.verdict === 'on-time'), denominator: judged.length };
  },
};
