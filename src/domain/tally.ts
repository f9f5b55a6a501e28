import type { DossierTally, ScoreTally } from '../model.js';

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

/**
 * Written as one literal, not spread from emptyTally(): the default reader adds to these fields for every
 * row, and V8 adds to the fields of a spread object about fifteen times slower, with garbage at each.
 */
export function emptyScoreTally(): ScoreTally {
  // prettier-ignore
  return {
    counted: 0, online: 0, onlineResolved: 0, postal: 0, inPerson: 0, finishedWithDue: 0, finishedOnTime: 0,
    judged: 0, handledOnTime: 0, syncKnown: 0, synced: 0, withFee: 0, withFeePaidOnline: 0,
    eResultKnown: 0, eResult: 0, digitisedKnown: 0, digitised: 0,
  };
}

/** The keys of a ScoreTally. */
export const scoreTallyKeys = Object.keys(emptyScoreTally()) as readonly (keyof ScoreTally)[];

export function addScoreTally(into: ScoreTally, from: ScoreTally): void {
  for (const key of Object.keys(from) as (keyof ScoreTally)[]) into[key] += from[key];
}
