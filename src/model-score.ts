/**
 * The 766 scorecard's part of the model (SPEC §12): the dossier tallies it needs and the score that
 * reporters render. Types only, as model.ts.
 */
import type { DossierTally, IsoDate } from './model.js';

/** The scorecards tthc-check can add; `--score 766`. */
export const scoreSchemes = ['766'] as const;
export type ScoreScheme = (typeof scoreSchemes)[number];

/** The dossier fields only the scorecard reads (SPEC §12.1), besides the §2.3 fields it shares. */
export const scoreFieldNames = ['agency', 'synced', 'fee', 'paid_online', 'e_result', 'digitised'] as const;
export type ScoreFieldName = (typeof scoreFieldNames)[number];

/**
 * Counted dossiers of one code and one receiving agency, received in the period: the §2.3 tally and the
 * score's. Each `…Known` counts the dossiers whose cell could be read: an unreadable value leaves the
 * dossier out of that indicator.
 */
export interface ScoreTally extends DossierTally {
  /** Dossiers judged for `handled-on-time`, and those handled early or on time at the reference date. */
  judged: number;
  handledOnTime: number;
  syncKnown: number;
  synced: number;
  /** Dossiers with a fee above 0 (and a readable paid_online), and those of them paid online. */
  withFee: number;
  withFeePaidOnline: number;
  eResultKnown: number;
  eResult: number;
  digitisedKnown: number;
  digitised: number;
}

export interface ScoreTallies {
  /** The date `handled-on-time` is judged at: the earlier of `--to` and `--as-of`. */
  referenceDate: IsoDate;
  /** The score's fields (and `due_at`) that at least one register has a column for. */
  fields: (ScoreFieldName | 'due_at')[];
  /** Code → receiving agency (normalised; '' when the register has no agency column) → tally. */
  byCode: Map<string, Map<string, ScoreTally>>;
  /** Normalised agency → as first written. */
  agencyNames: Map<string, string>;
}

export type IndicatorStatus = 'measured' | 'no-input' | 'not-applicable';
export type RuleStanding = 'verified' | 'estimated';

/** A name in each language of the reports. */
export interface Names {
  en: string;
  vi: string;
}

/** Where missing units cost points: an agency, or (inside a group, or without agencies) a procedure. */
export interface RecoverItem {
  agency?: string;
  procedure?: string;
  /** Units of the denominator not in the numerator. */
  missing: number;
  /** What they cost, rounded to 2 decimals. */
  points: number;
}

export interface IndicatorScore {
  id: string;
  /** The indicator's number in Decision 766 (`2.1`). */
  number: string;
  name: Names;
  status: IndicatorStatus;
  rule: RuleStanding;
  max: number;
  numerator?: number;
  denominator?: number;
  /** numerator / denominator, 4 decimals. */
  ratio?: number;
  /** null unless measured. */
  points: number | null;
  lost?: number;
  /** Points one more unit of the numerator adds, unrounded. */
  perUnit?: number;
  recover?: RecoverItem[];
  /** The field whose column would measure a `no-input` indicator. */
  needs?: string;
  /** Change in points since the baseline report (`--baseline`). */
  change?: number;
}

export interface NotEstimated {
  number: string;
  name: Names;
  max: number;
  reason: 'no-data';
}

export interface Score {
  scheme: ScoreScheme;
  /** The rule table's version (`766-2026`). */
  rules: string;
  referenceDate?: IsoDate;
  /** Sum of the measured indicators' rounded points, and the part from estimated rules. */
  points: number;
  estimated: number;
  /** Sum of the measured indicators' maxima; `of`: the scheme's total. */
  max: number;
  of: number;
  indicators: IndicatorScore[];
  notEstimated: NotEstimated[];
  /** Change in total points since the baseline report. */
  change?: number;
}
