import { describe, expect, it } from 'vitest';
import { level3 } from '../../src/checks/level3.js';
import { atLevels, checkInput } from './check-input.js';

describe('level3', () => {
  it('counts level 3 and level 4 over every procedure', () => {
    expect(level3.measure(checkInput({ procedures: atLevels(4, 3, 2, 1, 0) }))).toEqual({ numerator: 2, denominator: 5 });
  });

  it('counts exactly level 3 with level3Basis "exactly": a level-4 service then fails it', () => {
    const input = checkInput({ procedures: atLevels(4, 3, 2) }, { level3Basis: 'exactly' });
    expect(level3.measure(input)).toEqual({ numerator: 1, denominator: 3 });
    const judge = level3.judge(input) as (p: unknown) => string;
    expect(input.procedures.map(judge)).toEqual(['fail', 'pass', 'fail']);
  });
});
