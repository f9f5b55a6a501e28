import { describe, expect, it } from 'vitest';
import { dataQuality } from '../../src/checks/data-quality.js';
import { atLevels, checkInput, summary } from './check-input.js';

describe('data-quality', () => {
  it('counts the rows without errors of every input, dossiers included', () => {
    const inputs = [summary(100, 3), summary(20, 0, 'national'), summary(1000, 17, 'dossiers')];
    expect(dataQuality.measure(checkInput({ procedures: atLevels(4), inputs }))).toEqual({ numerator: 1100, denominator: 1120 });
  });
});
