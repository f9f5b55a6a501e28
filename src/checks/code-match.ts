import { count, type Check } from './types.js';

export const codeMatch: Check<'code-match'> = {
  id: 'code-match',
  grouped: true,
  measure(input) {
    const index = input.nationalIndex;
    if (!index) return { skip: 'no-national' };
    return { numerator: count(input.procedures, (p) => index.matches(p.code)), denominator: input.procedures.length };
  },
};
