import { all, sumOver } from './dossier-sums.js';
import type { Check } from './types.js';

/** Counted dossiers received by postal service. */
export const postalDossiers: Check<'postal-dossiers'> = {
  id: 'postal-dossiers',
  grouped: true,
  measure: (input) =>
    sumOver(
      input,
      all,
      (t) => t.postal,
      (t) => t.counted,
    ),
};
