import { count, type Check } from './types.js';

/** National-database codes that the portal lists, each distinct code once. */
export const nationalCoverage: Check<'national-coverage'> = {
  id: 'national-coverage',
  grouped: false,
  measure(input) {
    if (!input.national) return { skip: 'no-national' };
    const codes = [...new Set(input.national.map((row) => row.code).filter((code) => code !== ''))];
    return { numerator: count(codes, (code) => input.portalIndex.matches(code)), denominator: codes.length };
  },
};
