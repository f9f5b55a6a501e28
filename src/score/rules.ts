/**
 * The shape of a scorecard's rule table (SPEC §12.1): a new version of the decision is a new table of
 * this shape, not new code. The pure arithmetic that applies a rule is points.ts's.
 */
import type { Names, RuleStanding, ScoreScheme } from '../model.js';

/** A ratio as two integers: thresholds are written exactly (`0.8` is 4/5). */
export interface Fraction {
  num: number;
  den: number;
}

/**
 * `linear`: max·r. `capped-linear`: max·min(1, r / threshold) — full points from the threshold up.
 * `percentRounded`: the portal turns the ratio into a percent rounded to 2 decimals before the points.
 */
export type Rule = { kind: 'linear'; percentRounded?: boolean } | { kind: 'capped-linear'; threshold: Fraction };

/** What an indicator counts; the measuring is measure.ts's. */
export type Unit = 'procedure' | 'dossier';

export interface IndicatorRule<Id extends string = string> {
  id: Id;
  number: string;
  /** The portal's name for the metric. */
  metric: string;
  max: number;
  rule: Rule;
  standing: RuleStanding;
  unit: Unit;
  names: Names;
}

export interface NotEstimatedRule {
  number: string;
  max: number;
  names: Names;
}

export interface RuleTable<Id extends string = string> {
  scheme: ScoreScheme;
  version: string;
  /** The scheme's total: measurable and not. */
  of: number;
  indicators: readonly IndicatorRule<Id>[];
  notEstimated: readonly NotEstimatedRule[];
}
