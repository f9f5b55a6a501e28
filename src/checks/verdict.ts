/**
 * Exact pass/fail: ratios are compared as integers, never floats. A fractional percent p is written
 * as pn / scale with scale a power of ten, so `n / d >= p %` becomes `n * 100 * scale >= pn * d`.
 */
import type { CheckResult, CheckId, SkipReason, Target } from '../model.js';
import type { Measure } from './types.js';

function asFraction(percent: number): { pn: number; scale: number } {
  // Decimal digits as written (`33.3`), not as the float multiplies out (33.3 * 10 = 332.99…).
  const decimals = (String(percent).split('.')[1] ?? '').length;
  const scale = 10 ** decimals;
  return { pn: Math.round(percent * scale), scale };
}

export function meets(numerator: number, denominator: number, target: Target): boolean {
  const { pn, scale } = asFraction(target.percent);
  const left = numerator * 100 * scale;
  const right = pn * denominator;
  return target.op === '>=' ? left >= right : left > right;
}

/** The fewest extra units that would pass, the denominator unchanged (SPEC §1). */
export function shortfall(numerator: number, denominator: number, target: Target): number {
  const { pn, scale } = asFraction(target.percent);
  const whole = 100 * scale;
  const needed = target.op === '>=' ? Math.ceil((pn * denominator) / whole) : Math.floor((pn * denominator) / whole) + 1;
  return Math.max(0, needed - numerator);
}

export function verdict(id: CheckId, measure: Measure, target: Target | null, requireAll: boolean): CheckResult {
  if ('skip' in measure) return skipped(id, measure.skip, target, requireAll);
  const { numerator, denominator } = measure;
  if (denominator === 0) return skipped(id, 'zero-denominator', target, requireAll, measure);
  const base = { id, numerator, denominator, ratio: numerator / denominator };
  if (!target) return { ...base, status: 'info' };
  const passes = meets(numerator, denominator, target);
  return { ...base, status: passes ? 'pass' : 'fail', target, shortfall: passes ? 0 : shortfall(numerator, denominator, target) };
}

function skipped(
  id: CheckId,
  reason: SkipReason,
  target: Target | null,
  requireAll: boolean,
  measured = { numerator: 0, denominator: 0 },
): CheckResult {
  if (!target) return { id, status: 'info', ...measured, skipReason: reason };
  // --require-all: a targeted check that could not be evaluated fails the run.
  return { id, status: requireAll ? 'fail' : 'skip', ...measured, target, skipReason: reason };
}
