/**
 * The scorecard from measurements (SPEC §12.2): each indicator's points under its rule, what was lost,
 * what one more unit is worth, and where the missing units are. Pure: measure.ts does the counting.
 */
import type { IndicatorScore, RecoverItem, Score } from '../model.js';
import { fromCents, perUnit, pointsInCents, pointsOfUnits, ratio4, unitsToFull } from './points.js';
import type { IndicatorRule, RuleTable } from './rules.js';

/** One agency's (or procedure's) share of an indicator's numerator and denominator. */
export interface Part {
  by: 'agency' | 'procedure';
  label: string;
  numerator: number;
  denominator: number;
}

export type Measurement = { kind: 'no-input'; needs: string } | { kind: 'measured'; parts: Part[] };

const recoverShown = 10;

function recoverFrom(rule: IndicatorRule, parts: Part[], numerator: number, denominator: number, lost: number): RecoverItem[] {
  let remaining = unitsToFull(rule.rule, numerator, denominator);
  // Under a capped rule over a tiny denominator, units × perUnit can pass the points lost: never more than those.
  const lostCents = Math.round(lost * 100);
  const ordered = parts
    .map((part) => ({ part, missing: part.denominator - part.numerator }))
    .filter(({ missing }) => missing > 0)
    .sort((a, b) => b.missing - a.missing || a.part.label.localeCompare(b.part.label, 'vi'));
  const items: RecoverItem[] = [];
  for (const { part, missing } of ordered) {
    if (remaining <= 0 || items.length === recoverShown) break;
    // Under a capped rule, units past the cap win nothing.
    const counted = Math.min(missing, remaining);
    remaining -= counted;
    const cents = Math.min(Math.round(pointsOfUnits(rule.rule, rule.max, counted, denominator) * 100), lostCents);
    items.push({ [part.by]: part.label, missing, points: cents / 100 });
  }
  return items;
}

function scoreIndicator(rule: IndicatorRule, measurement: Measurement): IndicatorScore & { cents?: bigint } {
  const base = { id: rule.id, number: rule.number, name: rule.names, rule: rule.standing, max: rule.max };
  if (measurement.kind === 'no-input') return { ...base, status: 'no-input', points: null, needs: measurement.needs };
  let numerator = 0;
  let denominator = 0;
  for (const part of measurement.parts) {
    numerator += part.numerator;
    denominator += part.denominator;
  }
  if (denominator === 0) return { ...base, status: 'not-applicable', numerator, denominator, points: null };
  const cents = pointsInCents(rule.rule, rule.max, numerator, denominator);
  const lostCents = BigInt(Math.round(rule.max * 100)) - cents;
  return {
    ...base,
    status: 'measured',
    numerator,
    denominator,
    ratio: ratio4(numerator, denominator),
    points: fromCents(cents),
    lost: fromCents(lostCents),
    perUnit: Number(perUnit(rule.rule, rule.max, numerator, denominator).toPrecision(8)),
    ...(lostCents > 0n ? { recover: recoverFrom(rule, measurement.parts, numerator, denominator, fromCents(lostCents)) } : {}),
    cents,
  };
}

export function scoreCard<Id extends string>(table: RuleTable<Id>, measurements: Record<Id, Measurement>, referenceDate?: string): Score {
  let cents = 0n;
  let estimatedCents = 0n;
  let maxCents = 0n;
  const indicators = table.indicators.map((rule) => {
    const { cents: indicatorCents, ...scored } = scoreIndicator(rule, measurements[rule.id]);
    if (indicatorCents !== undefined) {
      cents += indicatorCents;
      if (rule.standing === 'estimated') estimatedCents += indicatorCents;
      maxCents += BigInt(Math.round(rule.max * 100));
    }
    return scored;
  });
  return {
    scheme: table.scheme,
    rules: table.version,
    ...(referenceDate ? { referenceDate } : {}),
    points: fromCents(cents),
    estimated: fromCents(estimatedCents),
    max: fromCents(maxCents),
    of: table.of,
    indicators,
    notEstimated: table.notEstimated.map((n) => ({ number: n.number, name: n.names, max: n.max, reason: 'no-data' })),
  };
}
