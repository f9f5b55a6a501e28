import { describe, expect, it } from 'vitest';
import { onlineUptake } from '../../src/checks/online-uptake.js';
import { atLevels, checkInput, tally } from './check-input.js';

describe('online-uptake', () => {
  const dossiers = {
    '1.000001': tally({ counted: 5, online: 2, onlineResolved: 0 }),
    '1.000002': tally({ counted: 3 }),
    '1.000004': tally({ online: 7, counted: 7 }),
  };

  it('counts level-3+ procedures with an online dossier; lower levels are outside it', () => {
    expect(onlineUptake.measure(checkInput({ procedures: atLevels(4, 3, 3, 2), dossiers }))).toEqual({ numerator: 1, denominator: 3 });
  });

  it('counts only resolved online dossiers with uptakeBasis "resolved"', () => {
    expect(onlineUptake.measure(checkInput({ procedures: atLevels(4, 3, 3, 2), dossiers }, { uptakeBasis: 'resolved' }))).toEqual({
      numerator: 0,
      denominator: 3,
    });
  });

  it('is skipped without dossier inputs', () => {
    expect(onlineUptake.measure(checkInput({ procedures: atLevels(4) }))).toEqual({ skip: 'no-dossiers' });
  });
});
