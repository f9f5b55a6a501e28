import { all, sumOver } from './dossier-sums.js';
import type { Check } from './types.js';

/** Finished dossiers with a due date that were finished on or before it. */
export const onTimeDossiers: Check<'on-time-dossiers'> = {
  id: 'on-time-dossiers',
  grouped: true,
  measure: (input) =>
    sumOver(
      input,
      all,
      (t) => t.finishedOnTime,
      (t) => t.finishedWithDue,
    ),
};
