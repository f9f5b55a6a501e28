import { describe, expect, it } from 'vitest';
import { level4 } from '../../src/checks/level4.js';
import { atLevels, checkInput, tally } from './check-input.js';

describe('level4', () => {
  it('counts level 4 over every procedure', () => {
    expect(level4.measure(checkInput({ procedures: atLevels(4, 4, 3, 0) }))).toEqual({ numerator: 2, denominator: 4 });
  });

  it('ranks a procedure by its online dossiers, then its dossiers', () => {
    const input = checkInput({ procedures: atLevels(3), dossiers: { '1.000001': tally({ counted: 9, online: 4 }) } });
    expect(level4.rank!(input.procedures[0]!, input)).toEqual([4, 9]);
  });
});
