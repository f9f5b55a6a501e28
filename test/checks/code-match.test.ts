import { describe, expect, it } from 'vitest';
import { codeMatch } from '../../src/checks/code-match.js';
import { checkInput, procedure } from './check-input.js';

describe('code-match', () => {
  it('counts the portal codes found in the national list, a bare base code matching its suffixed form', () => {
    const procedures = [procedure('1.000001.000.00.00.H23', 4), procedure('1.000002', 3), procedure('1.000003.000.00.00.H23', 2)];
    expect(codeMatch.measure(checkInput({ procedures, national: ['1.000001', '1.000002.000.00.00.H23'] }))).toEqual({ numerator: 2, denominator: 3 });
  });

  it('is skipped without --national', () => {
    expect(codeMatch.measure(checkInput({ procedures: [procedure('1.000001', 4)] }))).toEqual({ skip: 'no-national' });
  });
});
