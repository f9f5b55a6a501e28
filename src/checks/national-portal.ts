import { dossierFigures, procedureCheck } from './types.js';

/** Level-3+ procedures integrated on the National Public Service Portal (every row of the code says so). */
export const nationalPortal = procedureCheck(
  'national-portal',
  (input) => {
    if (input.procedures.every((p) => p.integrated === undefined)) return { skip: 'no-column' };
    return (p) => (p.level < 3 ? 'out' : p.integrated === true ? 'pass' : 'fail');
  },
  // Full online services first, then the most used (SPEC §7).
  (p, input) => [p.level, dossierFigures(p, input).counted],
);
