import { describe, expect, it } from 'vitest';
import type { Result } from '../src/model.js';
import { baselineProblem, compareWithBaseline, type BaselineReport } from '../src/trend.js';

const result = {
  checks: [
    { id: 'level3', status: 'pass', numerator: 75, denominator: 100, ratio: 0.75 },
    { id: 'level4', status: 'fail', numerator: 20, denominator: 100, ratio: 0.2 },
    { id: 'online-uptake', status: 'skip', numerator: 0, denominator: 0 },
  ],
  mismatches: [{ code: 'A' }, { code: 'C' }],
} as unknown as Result;

const baseline: BaselineReport = {
  schemaVersion: 1,
  asOf: '2026-10-31',
  checks: [
    { id: 'level3', status: 'pass', numerator: 70, denominator: 100, ratio: 0.7 },
    { id: 'level4', status: 'fail', numerator: 22, denominator: 110, ratio: 0.2 },
    { id: 'online-uptake', status: 'fail', numerator: 3, denominator: 10, ratio: 0.3 },
  ],
  mismatches: [{ code: 'A' }, { code: 'B' }],
};

describe('baseline comparison', () => {
  it('gives the change in points and counts per check', () => {
    const trend = compareWithBaseline(result, baseline, 'october.json', new Set(['A', 'B', 'C']));
    expect(trend.checks).toEqual([
      { id: 'level3', previous: { status: 'pass', numerator: 70, denominator: 100, ratio: 0.7 }, points: 5, count: 5 },
      { id: 'level4', previous: { status: 'fail', numerator: 22, denominator: 110, ratio: 0.2 }, points: 0, count: -2 },
      { id: 'online-uptake', previous: { status: 'fail', numerator: 3, denominator: 10, ratio: 0.3 }, count: -3 },
    ]);
  });

  it('lists codes newly mismatched and newly fixed', () => {
    const trend = compareWithBaseline(result, baseline, 'october.json', new Set(['A', 'B', 'C']));
    expect(trend).toMatchObject({ baseline: 'october.json', baselineAsOf: '2026-10-31', newlyMismatched: ['C'], fixed: ['B'], removed: [] });
  });

  it('tells a code removed from the portal from a code fixed', () => {
    const trend = compareWithBaseline(result, baseline, 'october.json', new Set(['A', 'C']));
    expect(trend).toMatchObject({ fixed: [], removed: ['B'] });
  });

  it('names the settings in which the reports differ', () => {
    const current = { ...result, profile: 'hanam-2021', asOf: '2026-09-30', period: { from: '2026-01-01' } } as Result;
    const trend = compareWithBaseline(current, { ...baseline, profile: '766' }, 'october.json', new Set());
    expect(trend.differences).toEqual([
      { key: 'profile', baseline: '766', current: 'hanam-2021' },
      { key: 'period', baseline: 'all dates', current: '2026-01-01 to …' },
      { key: 'asOf', baseline: '2026-10-31', current: '2026-09-30' },
    ]);
  });

  it('refuses what is not a report of this schema', () => {
    expect(baselineProblem([])).toMatchObject({ key: 'baselineSchema' });
    expect(baselineProblem({ schemaVersion: 2, checks: [], mismatches: [] })).toEqual({ key: 'baselineSchema', args: [{ version: 2 }] });
    expect(baselineProblem({ schemaVersion: 1, checks: [{ id: 'x' }], mismatches: [] })).toMatchObject({ key: 'baselineBadCheck' });
    expect(baselineProblem(baseline)).toBeUndefined();
  });
});
