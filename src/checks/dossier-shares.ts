/** Information metrics over counted dossiers: the unit is the dossier, not the procedure. */
import type { DossierTally } from '../model.js';
import type { Check, CheckInput, Measure, Procedure } from './types.js';

function sumOver(
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

const all = (input: CheckInput) => input.procedures;
const level3Plus = (input: CheckInput) => input.procedures.filter((p) => p.level >= 3);

export const onlineDossiers: Check = {
  id: 'online-dossiers',
  grouped: true,
  measure: (input) => sumOver(input, level3Plus, (t) => t.online, (t) => t.counted),
};

export const postalDossiers: Check = {
  id: 'postal-dossiers',
  grouped: true,
  measure: (input) => sumOver(input, all, (t) => t.postal, (t) => t.counted),
};

export const onTimeDossiers: Check = {
  id: 'on-time-dossiers',
  grouped: true,
  measure: (input) => sumOver(input, all, (t) => t.finishedOnTime, (t) => t.finishedWithDue),
};
