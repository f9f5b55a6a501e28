import { dossierFigures, procedureCheck } from './types.js';

/** Level-3+ procedures with at least one counted online dossier in the period (resolved ones only, by config). */
export const onlineUptake = procedureCheck(
  'online-uptake',
  (input) => {
    const tallyOf = input.dossiers;
    if (!tallyOf) return { skip: 'no-dossiers' };
    return (p) => {
      if (p.level < 3) return 'out';
      const tally = tallyOf(p.code);
      const online = (input.uptakeBasis === 'resolved' ? tally?.onlineResolved : tally?.online) ?? 0;
      return online > 0 ? 'pass' : 'fail';
    };
  },
  // Demand that could move online: most counted dossiers first (SPEC §7).
  (p, input) => [dossierFigures(p, input).counted],
);
