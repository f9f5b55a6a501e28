import { count, type Check } from './types.js';

/** Level 3 is cumulative — a level-4 service attains level 3 — unless config asks for exactly level 3. */
export const level3: Check<'level3'> = {
  id: 'level3',
  grouped: true,
  measure: (input) => ({
    numerator: count(input.procedures, (p) => (input.level3Basis === 'exactly' ? p.level === 3 : p.level >= 3)),
    denominator: input.procedures.length,
  }),
};
