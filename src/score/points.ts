/**
 * A rule applied to a ratio, as the portal shows it (SPEC §12.1): points rounded to 2 decimals half away
 * from zero, computed from the integers in BigInt — never from a rounded ratio, never through a float
 * (20 × 486 / 588 is 16.530612…, and a float product can land on either side of a half).
 */
import type { Fraction, Rule } from './rules.js';

/** a / b rounded half away from zero, for a ≥ 0 and b > 0. */
function roundedQuotient(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

const big = (n: number) => BigInt(n);
/** A maximum in hundredths of a point: maxima are whole or two-decimal numbers. */
const centsOf = (max: number) => BigInt(Math.round(max * 100));

/** Hundredths as a number with 2 decimals: 1653n → 16.53. */
export function fromCents(cents: bigint): number {
  return Number(cents) / 100;
}

/** Whether the ratio has reached a capped rule's threshold: num/den ≥ t. */
function atCap(numerator: number, denominator: number, threshold: Fraction): boolean {
  return big(numerator) * big(threshold.den) >= big(threshold.num) * big(denominator);
}

/** The points of `numerator / denominator` under the rule, in hundredths; denominator > 0. */
export function pointsInCents(rule: Rule, max: number, numerator: number, denominator: number): bigint {
  const maxCents = centsOf(max);
  const n = big(numerator);
  const d = big(denominator);
  if (rule.kind === 'capped-linear') {
    const { num, den } = rule.threshold;
    if (atCap(numerator, denominator, rule.threshold)) return maxCents;
    return roundedQuotient(maxCents * n * big(den), d * big(num));
  }
  if (rule.percentRounded) {
    // The percent in hundredths (78.38 % → 7838), then the points from it.
    const percent = roundedQuotient(10_000n * n, d);
    return roundedQuotient(maxCents * percent, 10_000n);
  }
  return roundedQuotient(maxCents * n, d);
}

export function points(rule: Rule, max: number, numerator: number, denominator: number): number {
  return fromCents(pointsInCents(rule, max, numerator, denominator));
}

/** The ratio with 4 decimals, rounded half away from zero in integers. */
export function ratio4(numerator: number, denominator: number): number {
  return Number(roundedQuotient(10_000n * big(numerator), big(denominator))) / 10_000;
}

/** The points one more unit of the numerator adds, unrounded: 0 once a capped rule is at its cap. */
export function perUnit(rule: Rule, max: number, numerator: number, denominator: number): number {
  if (rule.kind === 'capped-linear') {
    const { num, den } = rule.threshold;
    return atCap(numerator, denominator, rule.threshold) ? 0 : (max * den) / (num * denominator);
  }
  return max / denominator;
}

/** Units of the numerator still needed to reach full points: the cap, or the whole denominator. */
export function unitsToFull(rule: Rule, numerator: number, denominator: number): number {
  if (rule.kind !== 'capped-linear') return denominator - numerator;
  const { num, den } = rule.threshold;
  const needed = (big(num) * big(denominator) + big(den) - 1n) / big(den);
  return Math.max(0, Number(needed) - numerator);
}

/** What `units` more of the numerator would add below the cap (units × perUnit), rounded exactly. */
export function pointsOfUnits(rule: Rule, max: number, units: number, denominator: number): number {
  const scale = rule.kind === 'capped-linear' ? rule.threshold : { num: 1, den: 1 };
  return fromCents(roundedQuotient(centsOf(max) * big(units) * big(scale.den), big(denominator) * big(scale.num)));
}
