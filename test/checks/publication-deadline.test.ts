import { describe, expect, it } from 'vitest';
import { publicationDeadline } from '../../src/checks/publication-deadline.js';
import { atLevels, checkInput, judgement } from './check-input.js';

describe('publication-deadline', () => {
  it('counts codes on time over those judged; pending codes and codes without a decision are outside it', () => {
    const procedures = atLevels(4, 3, 3, 2);
    const deadlines = new Map([
      ['1.000001', judgement('on-time', procedures[0]!)],
      ['1.000002', judgement('late', procedures[1]!)],
      ['1.000003', judgement('pending', procedures[2]!)],
    ]);
    expect(publicationDeadline.measure(checkInput({ procedures, deadlines }))).toEqual({ numerator: 1, denominator: 2 });
  });

  it('says why it cannot judge: no dates, or no update-date column', () => {
    expect(publicationDeadline.measure(checkInput({ procedures: atLevels(4) }))).toEqual({ skip: 'no-dates' });
    expect(publicationDeadline.measure(checkInput({ procedures: atLevels(4) }, { deadlineSkip: 'no-update-column' }))).toEqual({ skip: 'no-update-column' });
  });
});
