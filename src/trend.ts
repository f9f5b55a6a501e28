/**
 * `--baseline`: the change since an earlier JSON report — the monthly report's first question is
 * "better or worse than last month?". Pure: the earlier report is passed in already parsed.
 */
import { isIsoDate } from './domain/dates.js';
import type { CheckChange, CheckResult, Result, Trend, TrendDifference } from './model.js';

/** What an earlier report must hold to be compared; anything else in it is ignored. */
export interface BaselineReport {
  schemaVersion: 1;
  profile?: string;
  asOf?: string;
  period?: { from?: string; to?: string };
  checks: Pick<CheckResult, 'id' | 'status' | 'numerator' | 'denominator' | 'ratio'>[];
  mismatches: { code: string }[];
}

const statuses: readonly string[] = ['pass', 'fail', 'skip', 'info'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
/** A value as a message quotes it: short, and whatever it holds, one line of JSON. */
const shown = (value: unknown) => {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
};

/**
 * Why a parsed JSON value cannot serve as a baseline, or undefined when it can. Every field the
 * comparison reads is checked with its type, so that an edited or foreign file is refused by name
 * (`checks[3].numerator`) instead of failing somewhere inside the comparison.
 */
export function baselineProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not a tthc-check JSON report';
  const report = value as Partial<Record<keyof BaselineReport, unknown>>;
  if (report.schemaVersion !== 1) return `has schemaVersion ${shown(report.schemaVersion)}; this version reads reports of schemaVersion 1`;
  if (!Array.isArray(report.checks) || !Array.isArray(report.mismatches)) return 'has no "checks" or "mismatches" list: it is not a tthc-check JSON report';
  const wrong = (key: string, want: string, got: unknown) => `${key} must be ${want}, not ${shown(got)}: give an unedited report written with --format json`;
  if (report.profile !== undefined && typeof report.profile !== 'string') return wrong('"profile"', 'a profile name', report.profile);
  if (report.asOf !== undefined && !(typeof report.asOf === 'string' && isIsoDate(report.asOf))) return wrong('"asOf"', 'a yyyy-MM-dd date', report.asOf);
  if (report.period !== undefined) {
    if (!isRecord(report.period)) return wrong('"period"', 'an object with "from" and "to"', report.period);
    for (const end of ['from', 'to'] as const) {
      const date = report.period[end];
      if (date !== undefined && !(typeof date === 'string' && isIsoDate(date))) return wrong(`"period.${end}"`, 'a yyyy-MM-dd date', date);
    }
  }
  for (const [i, check] of report.checks.entries()) {
    const key = `"checks[${i}]`;
    if (!isRecord(check)) return wrong(`${key}"`, 'an object', check);
    if (typeof check.id !== 'string') return wrong(`${key}.id"`, 'a check id', check.id);
    if (typeof check.status !== 'string' || !statuses.includes(check.status)) return wrong(`${key}.status"`, statuses.join(', '), check.status);
    if (!isCount(check.numerator)) return wrong(`${key}.numerator"`, 'a whole number', check.numerator);
    if (!isCount(check.denominator)) return wrong(`${key}.denominator"`, 'a whole number', check.denominator);
    if (check.ratio !== undefined && !(typeof check.ratio === 'number' && Number.isFinite(check.ratio))) return wrong(`${key}.ratio"`, 'a number', check.ratio);
  }
  for (const [i, mismatch] of report.mismatches.entries()) {
    if (!isRecord(mismatch)) return wrong(`"mismatches[${i}]"`, 'an object', mismatch);
    if (typeof mismatch.code !== 'string') return wrong(`"mismatches[${i}].code"`, 'a procedure code', mismatch.code);
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
