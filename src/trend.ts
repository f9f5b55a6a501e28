/**
 * `--baseline`: the change since an earlier JSON report — the monthly report's first question is
 * "better or worse than last month?". Pure: the earlier report is passed in already parsed.
 */
import type { CheckChange, CheckResult, Result, Trend } from './model.js';

/** What an earlier report must hold to be compared; anything else in it is ignored. */
export interface BaselineReport {
  schemaVersion: 1;
  asOf?: string;
  checks: Pick<CheckResult, 'id' | 'status' | 'numerator' | 'denominator' | 'ratio'>[];
  mismatches: { code: string }[];
}

/** Why a parsed JSON value cannot serve as a baseline, or undefined when it can. */
export function baselineProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not a tthc-check JSON report';
  const report = value as Partial<BaselineReport>;
  if (report.schemaVersion !== 1) return `has schemaVersion ${JSON.stringify(report.schemaVersion)}; this version reads reports of schemaVersion 1`;
  if (!Array.isArray(report.checks) || !Array.isArray(report.mismatches)) return 'has no "checks" or "mismatches" list: it is not a tthc-check JSON report';
  const bad = report.checks.find((c) => typeof c?.id !== 'string' || typeof c.numerator !== 'number' || typeof c.denominator !== 'number');
  if (bad) return `has a check without id, numerator or denominator (${JSON.stringify(bad)})`;
  return undefined;
}

function points(current: CheckResult, previous: BaselineReport['checks'][number]): number | undefined {
  if (current.denominator === 0 || previous.denominator === 0) return undefined;
  // Rounded to hundredths of a point so that reports do not show float noise.
  const diff = (current.numerator / current.denominator - previous.numerator / previous.denominator) * 100;
  return Math.round(diff * 100) / 100;
}

export function compareWithBaseline(result: Result, baseline: BaselineReport, baselinePath: string): Trend {
  const previousById = new Map(baseline.checks.map((c) => [c.id, c]));
  const checks: CheckChange[] = [];
  for (const check of result.checks) {
    const previous = previousById.get(check.id);
    if (!previous) continue;
    const change = points(check, previous);
    checks.push({
      id: check.id,
      previous: { status: previous.status, numerator: previous.numerator, denominator: previous.denominator, ...(previous.ratio === undefined ? {} : { ratio: previous.ratio }) },
      ...(change === undefined ? {} : { points: change }),
      count: check.numerator - previous.numerator,
    });
  }
  const before = new Set(baseline.mismatches.map((m) => m.code));
  const now = new Set(result.mismatches.map((m) => m.code));
  return {
    baseline: baselinePath,
    ...(baseline.asOf ? { baselineAsOf: baseline.asOf } : {}),
    checks,
    newlyMismatched: [...now].filter((code) => !before.has(code)).sort(),
    fixed: [...before].filter((code) => !now.has(code)).sort(),
  };
}
