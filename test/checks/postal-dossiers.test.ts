import { describe, expect, it } from 'vitest';
import { postalDossiers } from '../../src/checks/postal-dossiers.js';
import { atLevels, checkInput, tally } from './check-input.js';

/** Two procedures, one at level 4 and one at level 2, and a code no procedure lists (never summed). */
const dossiers = {
  '1.000001': tally({ counted: 10, online: 6, postal: 1, finishedWithDue: 8, finishedOnTime: 7 }),
  '1.000002': tally({ counted: 4, online: 0, postal: 2, finishedWithDue: 2, finishedOnTime: 0 }),
  '9.999999': tally({ counted: 100, online: 100, postal: 100, finishedWithDue: 100, finishedOnTime: 100 }),
};
const input = checkInput({ procedures: atLevels(4, 2), dossiers });

describe('postal-dossiers', () => {
  it('sums postal dossiers over counted dossiers, every level', () => {
    expect(postalDossiers.measure(input)).toEqual({ numerator: 3, denominator: 14 });
  });

  it('is skipped without dossier inputs', () => {
    expect(postalDossiers.measure(checkInput({ procedures: atLevels(4) }))).toEqual({ skip: 'no-dossiers' });
  });
});
