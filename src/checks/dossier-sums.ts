/** Ratios over counted dossiers, the unit being the dossier, not the procedure: summed over a set of procedures. */
import type { DossierTally } from '../model.js';
import type { CheckInput, Measure, Procedure } from './types.js';

export function sumOver(
  input: CheckInput,
  procedures: (input: CheckInput) => Procedure[],
  part: (t: DossierTally) => number,
  whole: (t: DossierTally) => number,
): Measure {
  const tallyOf = input.dossiers;
  if (!tallyOf) return { skip: 'no-dossiers' };
  let numerator = 0;
  let denominator = 0;
  for (const procedure of procedures(input)) {
    const tally = tallyOf(procedure.code);
    if (!tally) continue;
    numerator += part(tally);
    denominator += whole(tally);
  }
  return { numerator, denominator };
}

export const all = (input: CheckInput) => input.procedures;
export const level3Plus = (input: CheckInput) => input.procedures.filter((p) => p.level >= 3);
