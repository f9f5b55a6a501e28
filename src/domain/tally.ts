import type { DossierTally } from '../model.js';

export function emptyTally(): DossierTally {
  return { counted: 0, online: 0, onlineResolved: 0, postal: 0, inPerson: 0, finishedWithDue: 0, finishedOnTime: 0 };
}

export function addTally(into: DossierTally, from: DossierTally): void {
  for (const key of Object.keys(from) as (keyof DossierTally)[]) into[key] += from[key];
}

export function mergeTallies(into: Map<string, DossierTally>, from: Map<string, DossierTally>): void {
  for (const [code, tally] of from) {
    const existing = into.get(code);
    if (existing) addTally(existing, tally);
    else into.set(code, { ...tally });
  }
}
