import { atLevel3, count, type Check } from './types.js';

export const nationalPortal: Check<'national-portal'> = {
  id: 'national-portal',
  grouped: true,
  measure(input) {
    if (input.procedures.every((p) => p.integrated === undefined)) return { skip: 'no-column' };
    const eligible = atLevel3(input);
    return { numerator: count(eligible, (p) => p.integrated === true), denominator: eligible.length };
  },
};
