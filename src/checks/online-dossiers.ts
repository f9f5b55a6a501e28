import { level3Plus, sumOver } from './dossier-sums.js';
import type { Check } from './types.js';

/** Counted dossiers of level-3+ procedures received online. */
export const onlineDossiers: Check<'online-dossiers'> = {
  id: 'online-dossiers',
  grouped: true,
  measure: (input) =>
    sumOver(
      input,
      level3Plus,
      (t) => t.online,
      (t) => t.counted,
    ),
};
