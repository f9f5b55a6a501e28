import type { Check } from './types.js';

/** Rows of every input, dossiers included, that have no error. Warnings do not count against it. */
export const dataQuality: Check<'data-quality'> = {
  id: 'data-quality',
  grouped: false,
  measure(input) {
    let rows = 0;
    let errorRows = 0;
    for (const summary of input.inputs) {
      rows += summary.rows;
      errorRows += summary.errorRows;
    }
    return { numerator: rows - errorRows, denominator: rows };
  },
};
