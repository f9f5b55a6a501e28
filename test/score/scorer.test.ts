import { describe, expect, it } from 'vitest';
import { score766 } from '../../src/score/measure.js';
import type { ScoreTallies, ScoreTally } from '../../src/model.js';
import { emptyScoreTally } from '../../src/domain/tally.js';

const tally = (t: Partial<ScoreTally>): ScoreTally => ({ ...emptyScoreTally(), ...t });

function tallies(
  entries: [code: string, agency: string, t: Partial<ScoreTally>][],
  fields: ScoreTallies['fields'] = ['agency', 'due_at', 'synced', 'fee', 'paid_online', 'e_result', 'digitised'],
): ScoreTallies {
  const byCode = new Map<string, Map<string, ScoreTally>>();
  const agencyNames = new Map<string, string>();
  for (const [code, agency, t] of entries) {
    const key = agency.toLowerCase().replace(/\s/g, '');
    agencyNames.set(key, agency);
    const byAgency = byCode.get(code) ?? new Map<string, ScoreTally>();
    byAgency.set(key, tally(t));
    byCode.set(code, byAgency);
  }
  return { referenceDate: '2026-01-31', fields, byCode, agencyNames };
}

const procedures = [
  { code: '1.000001', level: 4 as const, agency: 'Sở A' },
  { code: '1.000002', level: 3 as const, agency: 'Sở A' },
  { code: '1.000003', level: 2 as const, agency: 'Sở B' },
];

const indicator = (score: ReturnType<typeof score766>, id: string) => score.indicators.find((i) => i.id === id)!;

describe('the 766 scorecard of one unit', () => {
  it('scores each agency from its own counts, as the portal does: 588/486 → 16.53, 482/332 → 13.78', () => {
    const a = score766({
      procedures,
      deadlineNeeds: 'decision_signed_at',
      dossiers: tallies([['1.000001', 'Sở A', { counted: 588, judged: 588, handledOnTime: 486 }]]),
      recoverBy: 'procedure',
    });
    expect(indicator(a, 'handled-on-time')).toMatchObject({ status: 'measured', numerator: 486, denominator: 588, points: 16.53, lost: 3.47 });
    const b = score766({
      procedures,
      deadlineNeeds: 'decision_signed_at',
      dossiers: tallies([['1.000001', 'Sở B', { counted: 482, judged: 482, handledOnTime: 332 }]]),
      recoverBy: 'procedure',
    });
    expect(indicator(b, 'handled-on-time').points).toBe(13.78);
  });

  it('lists where the points were lost, worst first, with what they cost', () => {
    const score = score766({
      procedures,
      deadlineNeeds: 'decision_signed_at',
      dossiers: tallies([
        ['1.000001', 'Sở A', { counted: 100, judged: 100, handledOnTime: 90 }],
        ['1.000002', 'UBND xã Hy Cương', { counted: 100, judged: 100, handledOnTime: 60 }],
        ['1.000003', 'Sở B', { counted: 100, judged: 100, handledOnTime: 100 }],
      ]),
      recoverBy: 'agency',
    });
    const handled = indicator(score, 'handled-on-time');
    expect(handled.points).toBe(16.67);
    expect(handled.perUnit).toBeCloseTo(20 / 300, 8);
    expect(handled.recover).toEqual([
      { agency: 'UBND xã Hy Cương', missing: 40, points: 2.67 },
      { agency: 'Sở A', missing: 10, points: 0.67 },
    ]);
  });

  it('stops a capped rule’s list once the cap is reached, and gives nothing per unit above it', () => {
    // 3.3: full points at 50 % online; 20 of 100 online: 30 more reach the cap.
    const score = score766({
      procedures,
      deadlineNeeds: 'decision_signed_at',
      dossiers: tallies([
        ['1.000001', 'Sở A', { counted: 50, online: 0 }],
        ['1.000002', 'Sở B', { counted: 50, online: 20 }],
      ]),
      recoverBy: 'agency',
    });
    const share = indicator(score, 'dossiers-online-share');
    expect(share).toMatchObject({ points: 2.4, rule: 'estimated', perUnit: 0.12 });
    expect(share.recover).toEqual([{ agency: 'Sở A', missing: 50, points: 3.6 }]);
    const full = score766({ procedures, deadlineNeeds: 'x', dossiers: tallies([['1.000001', 'Sở A', { counted: 10, online: 6 }]]), recoverBy: 'agency' });
    expect(indicator(full, 'dossiers-online-share')).toMatchObject({ points: 6, lost: 0, perUnit: 0 });
    expect(indicator(full, 'dossiers-online-share').recover).toBeUndefined();
  });

  it('makes a zero denominator not-applicable and leaves its maximum out of the measured total', () => {
    const score = score766({
      procedures,
      deadlineNeeds: 'decision_signed_at',
      dossiers: tallies([['1.000001', 'Sở A', { counted: 10, online: 5, judged: 0, syncKnown: 10, synced: 10, eResultKnown: 10, digitisedKnown: 10 }]]),
      recoverBy: 'agency',
    });
    expect(indicator(score, 'handled-on-time')).toMatchObject({ status: 'not-applicable', points: null });
    expect(indicator(score, 'online-payment')).toMatchObject({ status: 'not-applicable', points: null });
    // Measured: 1.4 (6), 3.1 (2), 3.2 (4), 3.3 (6), 4.1 (6), 4.2 (4); 1.2 needs the signing dates.
    expect(score.max).toBe(28);
    expect(indicator(score, 'update-on-time')).toMatchObject({ status: 'no-input', needs: 'decision_signed_at', points: null });
    const sum = score.indicators.reduce((s, i) => s + Math.round((i.points ?? 0) * 100), 0);
    expect(Math.round(score.points * 100)).toBe(sum);
    expect(score.estimated).toBe(indicator(score, 'offered-online').points! + indicator(score, 'services-with-dossiers').points! + 6);
  });

  it('names the column that would measure an indicator whose field no register has', () => {
    const score = score766({
      procedures,
      deadlineNeeds: 'national_updated_at',
      dossiers: tallies([['1.000001', '', { counted: 3 }]], ['due_at']),
      recoverBy: 'procedure',
    });
    expect(indicator(score, 'dossier-sync')).toMatchObject({ status: 'no-input', needs: 'synced' });
    expect(indicator(score, 'online-payment')).toMatchObject({ status: 'no-input', needs: 'fee' });
    expect(indicator(score, 'e-result')).toMatchObject({ status: 'no-input', needs: 'e_result' });
    expect(indicator(score, 'digitised')).toMatchObject({ status: 'no-input', needs: 'digitised' });
    expect(indicator(score, 'update-on-time')).toMatchObject({ status: 'no-input', needs: 'national_updated_at' });
    const none = score766({ procedures, deadlineNeeds: 'x', recoverBy: 'procedure' });
    expect(indicator(none, 'handled-on-time')).toMatchObject({ status: 'no-input', needs: 'dossiers' });
    expect(indicator(none, 'offered-online')).toMatchObject({ status: 'measured', numerator: 2, denominator: 3, points: 1.67 });
    expect(none.notEstimated.reduce((s, n) => s + n.max, 0)).toBe(42);
  });

  it('counts procedures for 1.2, 3.1 and 3.2, listing the procedures to recover from inside a group', () => {
    const score = score766({
      procedures,
      deadlines: new Map([
        ['1.000001', 'on-time'],
        ['1.000002', 'late'],
      ]),
      deadlineNeeds: 'x',
      dossiers: tallies([['1.000001', 'Sở A', { counted: 2, online: 1 }]]),
      recoverBy: 'procedure',
    });
    expect(indicator(score, 'update-on-time')).toMatchObject({
      numerator: 1,
      denominator: 2,
      points: 2,
      recover: [{ procedure: '1.000002', missing: 1, points: 2 }],
    });
    expect(indicator(score, 'services-with-dossiers')).toMatchObject({ numerator: 1, denominator: 2, points: 2 });
  });
});

describe('recovering under a capped rule', () => {
  it('never promises more than the points lost', () => {
    const score = score766({
      procedures: [{ code: '1.000001', level: 4, agency: 'Sở A' }],
      deadlineNeeds: 'x',
      dossiers: tallies([['1.000001', 'Sở A', { counted: 1, online: 0 }]]),
      recoverBy: 'agency',
    });
    expect(indicator(score, 'dossiers-online-share').recover).toEqual([{ agency: 'Sở A', missing: 1, points: 6 }]);
  });
});
