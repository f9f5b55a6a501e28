/**
 * `--baseline`: the change since an earlier JSON report — the monthly report's first question is
 * "better or worse than last month?". Pure: the earlier report is passed in already parsed.
 */
import { problem, type Problem } from './errors.js';
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

/** Why a parsed JSON value cannot serve as a baseline, or undefined when it can. */
export function baselineProblem(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null) return problem('baselineNotReport');
  const report = value as Partial<BaselineReport>;
  if (report.schemaVersion !== 1) return problem('baselineSchema', { version: report.schemaVersion });
  if (!Array.isArray(report.checks) || !Array.isArray(report.mismatches)) return problem('baselineNoLists');
  const bad = report.checks.find((c) => typeof c?.id !== 'string' || typeof c.numerator !== 'number' || typeof c.denominator !== 'number');
  if (bad) return problem('baselineBadCheck', { check: JSON.stringify(bad) });
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
