import { count, type Check } from './types.js';

export const level4: Check<'level4'> = {
  id: 'level4',
  grouped: true,
  measure: (input) => ({ numerator: count(input.procedures, (p) => p.level === 4), denominator: input.procedures.length }),
};
