import { describe, expect, it } from 'vitest';
import { wordProblem } from '../src/errors.js';
import { en } from '../src/i18n/en/index.js';
import { vi } from '../src/i18n/vi/index.js';
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
    expect(baselineProblem([])).toEqual({ key: 'baselineNotReport', args: [] });
    expect(baselineProblem({ schemaVersion: 2, checks: [], mismatches: [] })).toEqual({ key: 'baselineSchema', args: [{ version: 2 }] });
    expect(baselineProblem({ schemaVersion: 1, checks: [{ id: 'x' }], mismatches: [] })).toEqual({
      key: 'baselineField',
      args: [{ key: '"checks[0].status"', want: 'status', got: undefined }],
    });
    expect(baselineProblem(baseline)).toBeUndefined();
  });

  // Issue 15: each of these used to reach the comparison and fail there, or print as [object Object].
  it.each([
    [{ checks: [null] }, '"checks[0]" must be an object, not null'],
    [{ mismatches: [null] }, '"mismatches[0]" must be an object, not null'],
    [{ mismatches: [{ code: 7 }] }, '"mismatches[0].code" must be a procedure code, not 7'],
    [{ asOf: 12345 }, '"asOf" must be a yyyy-MM-dd date, not 12345'],
    [{ asOf: '2026-02-30' }, '"asOf" must be a yyyy-MM-dd date, not "2026-02-30"'],
    [{ profile: { a: 1 } }, '"profile" must be a profile name, not {"a":1}'],
    [{ period: 'March' }, '"period" must be an object with "from" and "to", not "March"'],
    [{ period: { from: '2026-13-01' } }, '"period.from" must be a yyyy-MM-dd date, not "2026-13-01"'],
    [{ checks: [{ id: 'level3', status: 'pass', numerator: -1, denominator: 2 }] }, '"checks[0].numerator" must be a whole number, not -1'],
    [{ checks: [{ id: 'level3', status: 'pass', numerator: 1, denominator: '2' }] }, '"checks[0].denominator" must be a whole number, not "2"'],
    [{ checks: [{ id: 'level3', status: 'ok', numerator: 1, denominator: 2 }] }, '"checks[0].status" must be one of pass, fail, skip, info, not "ok"'],
    [{ checks: [{ id: 'level3', status: 'pass', numerator: 1, denominator: 2, ratio: 'x' }] }, '"checks[0].ratio" must be a number, not "x"'],
    [{ checks: [{ id: ['level3'], status: 'pass', numerator: 1, denominator: 2 }] }, '"checks[0].id" must be a check id, not ["level3"]'],
    [{ checks: [{ id: 'level3', numerator: 1, denominator: 2 }] }, '"checks[0].status" is missing: it must be one of pass, fail, skip, info'],
    [{ score: 'high' }, '"score" must be an object, not "high"'],
    [{ score: { points: '80' } }, '"score.points" must be a number, not "80"'],
    [{ score: { points: 80, indicators: {} } }, '"score.indicators" must be a list, not {}'],
    [{ score: { points: 80, indicators: [null] } }, '"score.indicators[0]" must be an object, not null'],
    [{ score: { points: 80, indicators: [{ id: 'x', points: 'y' }] } }, '"score.indicators[0].points" must be a number of points or null, not "y"'],
  ])('refuses a baseline whose fields have the wrong type: %j', (fields, message) => {
    const found = baselineProblem({ schemaVersion: 1, checks: [], mismatches: [], ...fields });
    expect(found && wordProblem(found, en)).toBe(`${message}: give an unedited report written with --format json`);
  });

  it('says which field is wrong in Vietnamese too', () => {
    const found = baselineProblem({ schemaVersion: 1, checks: [{ id: 'level3', status: 'pass', numerator: -1, denominator: 2 }], mismatches: [] });
    expect(found && wordProblem(found, vi)).toBe(
      '"checks[0].numerator" phải là một số nguyên không âm, không phải -1: hãy dùng báo cáo nguyên bản, chưa qua chỉnh sửa, đã xuất bằng --format json',
    );
  });

  it('accepts a baseline whose scorecard is null or absent', () => {
    expect(baselineProblem({ ...baseline, score: null })).toBeUndefined();
    expect(baselineProblem({ ...baseline, score: { points: 71.5, indicators: [{ id: 'a', points: null }] } })).toBeUndefined();
  });
});
