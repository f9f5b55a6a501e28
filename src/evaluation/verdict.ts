/**
 * Exact pass/fail: ratios are compared as integers, never floats. A fractional percent p is written
 * as pn / scale with scale a power of ten, so `n / d >= p %` becomes `n * 100 * scale >= pn * d`,
 * in BigInt so that no product can lose precision.
 */
import type { CheckResult, CheckId, SkipReason, Target } from '../model.js';
import type { Measure } from '../checks/types.js';

function asFraction(percent: number): { pn: bigint; scale: bigint } {
  // Decimal digits as written (`33.3`), not as the float multiplies out (33.3 * 10 = 332.99…).
  const [whole = '0', decimals = ''] = String(percent).split('.');
  return { pn: BigInt(whole + decimals), scale: 10n ** BigInt(decimals.length) };
}

export function meets(numerator: number, denominator: number, target: Target): boolean {
  const { pn, scale } = asFraction(target.percent);
  const left = BigInt(numerator) * 100n * scale;
  const right = pn * BigInt(denominator);
  return target.op === '>=' ? left >= right : left > right;
}

/** The fewest extra units that would pass, the denominator unchanged (SPEC §1). */
export function shortfall(numerator: number, denominator: number, target: Target): number {
  const { pn, scale } = asFraction(target.percent);
  const whole = 100n * scale;
  const product = pn * BigInt(denominator);
  // ceil(p·d/100) for ≥; floor(p·d/100) + 1 for >, in integers.
  const needed = target.op === '>=' ? (product + whole - 1n) / whole : product / whole + 1n;
  const missing = needed - BigInt(numerator);
  return missing > 0n ? Number(missing) : 0;
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

function skipped(id: CheckId, reason: SkipReason, target: Target | null, requireAll: boolean, measured = { numerator: 0, denominator: 0 }): CheckResult {
  if (!target) return { id, status: 'info', ...measured, skipReason: reason };
  // --require-all: a targeted check that could not be evaluated fails the run.
  return { id, status: requireAll ? 'fail' : 'skip', ...measured, target, skipReason: reason };
}
