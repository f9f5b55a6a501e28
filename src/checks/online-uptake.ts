import { atLevel3, count, type Check } from './types.js';

/** Level-3+ procedures with at least one counted online dossier in the period (resolved ones only, by config). */
export const onlineUptake: Check<'online-uptake'> = {
  id: 'online-uptake',
  grouped: true,
  measure(input) {
    const tallyOf = input.dossiers;
    if (!tallyOf) return { skip: 'no-dossiers' };
    const eligible = atLevel3(input);
    const online = (code: string) => {
      const tally = tallyOf(code);
      return (input.uptakeBasis === 'resolved' ? tally?.onlineResolved : tally?.online) ?? 0;
    };
    return { numerator: count(eligible, (p) => online(p.code) > 0), denominator: eligible.length };
  },
};
