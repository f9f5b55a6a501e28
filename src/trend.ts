/**
 * `--baseline`: the change since an earlier JSON report — the monthly report's first question is
 * "better or worse than last month?". Pure: the earlier report is passed in already parsed.
 */
import { isIsoDate } from './domain/dates.js';
import { problem, type Problem } from './errors.js';
import type { BaselineWant } from './i18n/en/errors.js';
import type { CheckChange, CheckResult, Result, Score, Trend, TrendDifference } from './model.js';

/** What an earlier report must hold to be compared; anything else in it is ignored. */
export interface BaselineReport {
  schemaVersion: 1;
  profile?: string;
  asOf?: string;
  period?: { from?: string; to?: string };
  checks: Pick<CheckResult, 'id' | 'status' | 'numerator' | 'denominator' | 'ratio'>[];
  mismatches: { code: string }[];
  /** The scorecard of the earlier run, when it had one. */
  score?: { points?: number; indicators?: { id?: string; points?: number | null }[] };
}

const statuses: readonly string[] = ['pass', 'fail', 'skip', 'info'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
/** A value as a message quotes it: short, and whatever it holds, one line of JSON; undefined when absent. */
const shown = (value: unknown) => {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
};

/**
 * Why a parsed JSON value cannot serve as a baseline, or undefined when it can. Every field the
 * comparison reads is checked with its type, so that an edited or foreign file is refused by name
 * (`checks[3].numerator`) instead of failing somewhere inside the comparison.
 */
export function baselineProblem(value: unknown): Problem | undefined {
  if (!isRecord(value)) return problem('baselineNotReport');
  const report = value as Partial<Record<keyof BaselineReport, unknown>>;
  if (report.schemaVersion !== 1) return problem('baselineSchema', { version: report.schemaVersion });
  if (!Array.isArray(report.checks) || !Array.isArray(report.mismatches)) return problem('baselineNoLists');
  const wrong = (key: string, want: BaselineWant, got: unknown) => problem('baselineField', { key: `"${key}"`, want, got: shown(got) });
  if (report.profile !== undefined && typeof report.profile !== 'string') return wrong('profile', 'profile', report.profile);
  if (report.asOf !== undefined && !(typeof report.asOf === 'string' && isIsoDate(report.asOf))) return wrong('asOf', 'date', report.asOf);
  if (report.period !== undefined) {
    if (!isRecord(report.period)) return wrong('period', 'period', report.period);
    for (const end of ['from', 'to'] as const) {
      const date = report.period[end];
      if (date !== undefined && !(typeof date === 'string' && isIsoDate(date))) return wrong(`period.${end}`, 'date', date);
    }
  }
  for (const [i, check] of report.checks.entries()) {
    const key = `checks[${i}]`;
    if (!isRecord(check)) return wrong(key, 'object', check);
    if (typeof check.id !== 'string') return wrong(`${key}.id`, 'checkId', check.id);
    if (typeof check.status !== 'string' || !statuses.includes(check.status)) return wrong(`${key}.status`, 'status', check.status);
    if (!isCount(check.numerator)) return wrong(`${key}.numerator`, 'count', check.numerator);
    if (!isCount(check.denominator)) return wrong(`${key}.denominator`, 'count', check.denominator);
    if (check.ratio !== undefined && !isNumber(check.ratio)) return wrong(`${key}.ratio`, 'number', check.ratio);
  }
  for (const [i, mismatch] of report.mismatches.entries()) {
    if (!isRecord(mismatch)) return wrong(`mismatches[${i}]`, 'object', mismatch);
    if (typeof mismatch.code !== 'string') return wrong(`mismatches[${i}].code`, 'procedureCode', mismatch.code);
  }
  // The scorecard is optional; when there is one, what scoreChange reads of it must have its type.
  const score = report.score;
  if (score !== undefined && score !== null) {
    if (!isRecord(score)) return wrong('score', 'object', score);
    if (score.points !== undefined && !isNumber(score.points)) return wrong('score.points', 'number', score.points);
    if (score.indicators !== undefined) {
      if (!Array.isArray(score.indicators)) return wrong('score.indicators', 'list', score.indicators);
      for (const [i, indicator] of score.indicators.entries()) {
        const key = `score.indicators[${i}]`;
        if (!isRecord(indicator)) return wrong(key, 'object', indicator);
        if (indicator.id !== undefined && typeof indicator.id !== 'string') return wrong(`${key}.id`, 'indicatorId', indicator.id);
        if (indicator.points !== undefined && indicator.points !== null && !isNumber(indicator.points))
          return wrong(`${key}.points`, 'pointsOrNull', indicator.points);
      }
    }
  }
  return undefined;
}

function points(current: CheckResult, previous: BaselineReport['checks'][number]): number | undefined {
  if (current.denominator === 0 || previous.denominator === 0) return undefined;
  // Rounded to hundredths of a point so that reports do not show float noise.
  const diff = (current.numerator / current.denominator - previous.numerator / previous.denominator) * 100;
  return Math.round(diff * 100) / 100;
}

/** What makes two reports measure different things: a comparison across them needs a caveat. */
function differences(result: Result, baseline: BaselineReport): TrendDifference[] {
  const found: TrendDifference[] = [];
  if (baseline.profile !== undefined && baseline.profile !== result.profile) {
    found.push({ key: 'profile', baseline: baseline.profile, current: result.profile });
  }
  const periodText = (period?: { from?: string; to?: string }) => (period ? `${period.from ?? '…'} to ${period.to ?? '…'}` : 'all dates');
  if (periodText(baseline.period) !== periodText(result.period) && (baseline.period || result.period)) {
    found.push({ key: 'period', baseline: periodText(baseline.period), current: periodText(result.period) });
  }
  if (baseline.asOf !== undefined && baseline.asOf > result.asOf) {
    found.push({ key: 'asOf', baseline: baseline.asOf, current: result.asOf });
  }
  return found;
}

/**
 * `portalCodes` are the codes the portal lists now: a code that mismatched before and is no longer
 * listed was removed, not fixed.
 */
export function compareWithBaseline(result: Result, baseline: BaselineReport, baselinePath: string, portalCodes: ReadonlySet<string>): Trend {
  const previousById = new Map(baseline.checks.map((c) => [c.id, c]));
  const checks: CheckChange[] = [];
  for (const check of result.checks) {
    const previous = previousById.get(check.id);
    if (!previous) continue;
    const change = points(check, previous);
    checks.push({
      id: check.id,
      previous: {
        status: previous.status,
        numerator: previous.numerator,
        denominator: previous.denominator,
        ...(previous.ratio === undefined ? {} : { ratio: previous.ratio }),
      },
      ...(change === undefined ? {} : { points: change }),
      count: check.numerator - previous.numerator,
    });
  }
  const before = new Set(baseline.mismatches.map((m) => m.code));
  const now = new Set(result.mismatches.map((m) => m.code));
  const gone = [...before].filter((code) => !now.has(code)).sort();
  return {
    baseline: baselinePath,
    ...(baseline.asOf ? { baselineAsOf: baseline.asOf } : {}),
    differences: differences(result, baseline),
    checks,
    newlyMismatched: [...now].filter((code) => !before.has(code)).sort(),
    fixed: gone.filter((code) => portalCodes.has(code)),
    removed: gone.filter((code) => !portalCodes.has(code)),
  };
}

/** `--baseline` on the scorecard: the change in points per indicator measured in both runs, and in total. */
export function scoreChange(score: Score, baseline: BaselineReport['score']): Score {
  if (!baseline || typeof baseline.points !== 'number') return score;
  const before = new Map((baseline.indicators ?? []).map((i) => [i.id, i.points]));
  const cents = (n: number) => Math.round(n * 100);
  const indicators = score.indicators.map((indicator) => {
    const previous = before.get(indicator.id);
    if (indicator.points === null || typeof previous !== 'number') return indicator;
    return { ...indicator, change: (cents(indicator.points) - cents(previous)) / 100 };
  });
  return { ...score, indicators, change: (cents(score.points) - cents(baseline.points)) / 100 };
}
