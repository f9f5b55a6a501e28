import { describe, expect, it } from 'vitest';
import { nationalCoverage } from '../../src/checks/national-coverage.js';
import { checkInput, procedure } from './check-input.js';

describe('national-coverage', () => {
  it('counts each distinct national code the portal lists, once', () => {
    const procedures = [procedure('1.000001.000.00.00.H23', 4)];
    expect(nationalCoverage.measure(checkInput({ procedures, national: ['1.000001', '1.000001', '1.000002', ''] }))).toEqual({ numerator: 1, denominator: 2 });
  });

  it('is skipped without --national', () => {
    expect(nationalCoverage.measure(checkInput({ procedures: [procedure('1.000001', 4)] }))).toEqual({ skip: 'no-national' });
  });
});
