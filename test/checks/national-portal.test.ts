import { describe, expect, it } from 'vitest';
import { nationalPortal } from '../../src/checks/national-portal.js';
import { checkInput, procedure } from './check-input.js';

describe('national-portal', () => {
  it('counts the integrated level-3+ procedures; lower levels are outside it', () => {
    const procedures = [
      procedure('1.000001', 4, { integrated: true }),
      procedure('1.000002', 3, { integrated: false }),
      procedure('1.000003', 2, { integrated: false }),
    ];
    expect(nationalPortal.measure(checkInput({ procedures }))).toEqual({ numerator: 1, denominator: 2 });
  });

  it('is skipped without the column', () => {
    expect(nationalPortal.measure(checkInput({ procedures: [procedure('1.000001', 4)] }))).toEqual({ skip: 'no-column' });
  });
});
