/**
 * The data that flows through tthc-check: rows read from the inputs, the dataset the checks see,
 * and the Result that reporters render. No behaviour lives here.
 */

import type { Lang } from './i18n/types.js';

/** A calendar date in UTC+7, `yyyy-MM-dd`. Lexicographic order is date order. */
export type IsoDate = string;

/** Online service level. 0 = no online service declared (an empty cell). */
export type Level = 0 | 1 | 2 | 3 | 4;

export type Tier = 'province' | 'district' | 'commune';

export type Channel = 'online' | 'in-person' | 'postal';

export * from './model-issues.js';
import type { Issue } from './model-issues.js';

export interface ProcedureRow {
  line: number;
  /** Normalised code (trimmed, apostrophe and inner whitespace removed, upper case). */
  code: string;
  level: Level;
  name: string;
  agency: string;
  tier: string;
  field: string;
  /** undefined when the file has no national_portal column. */
  nationalPortal?: boolean;
  signedAt?: IsoDate;
  updatedAt?: IsoDate;
  /** The row had at least one error; it still counts, conservatively. */
  hasError: boolean;
}

export interface NationalRow {
  line: number;
  code: string;
  name: string;
  agency: string;
  tier: string;
}

/** Per-code tally of the dossiers that count (refused, withdrawn, stopped, cancelled ones excluded). */
export interface DossierTally {
  counted: number;
  online: number;
  onlineResolved: number;
  postal: number;
  inPerson: number;
  /** Resolved dossiers with both a finished and a due date. */
  finishedWithDue: number;
  finishedOnTime: number;
}

export * from './model-score.js';
import type { Score, ScoreScheme, ScoreTallies } from './model-score.js';
export type InputFormat = 'csv' | 'xlsx' | 'html-table' | 'parquet';

export interface InputSummary {
  role: 'procedures' | 'national' | 'dossiers' | 'dossier-counts';
  /** The file, without a `#SHEET` selector. */
  path: string;
  /** What the file is, from its content (absent in reports of older versions). */
  format?: InputFormat;
  /** The sheet read, in a workbook. */
  sheet?: string;
  /** The header's physical line (CSV) or Excel row number: rows above it were titles or blank. */
  headerRow?: number;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1258` (or `parquet`, `xlsx`, `html`). */
  encoding: string;
  /** The file began with a byte-order mark. */
  bom?: boolean;
  /** The delimiter character itself (`;`, `\t` …); empty for a workbook or Parquet. */
  delimiter: string;
  /** Data rows read (blank rows excluded). */
  rows: number;
  /** Rows with at least one error. */
  errorRows: number;
  /** Field → header as written in the file. */
  columns: Record<string, string>;
  /** What read a dossier register (SPEC §11): the default reader or DuckDB. */
  engine?: 'js' | 'duckdb';
}

export interface Dataset {
  procedures: ProcedureRow[];
  proceduresFile: string;
  national?: NationalRow[];
  /** Tallies keyed by the dossier's normalised code, for dossiers received in the period. */
  dossiers?: Map<string, DossierTally>;
  inputs: InputSummary[];
  /** Issues found while reading. */
  issues: Issue[];
  /** The 766 scorecard's dossier tallies, when the score is on and dossiers were given. */
  score?: ScoreTallies;
}

/** Every check, in report order: the one list of check ids (SPEC §1). */
export const checkIds = [
  'level3',
  'level4',
  'online-uptake',
  'code-match',
  'national-portal',
  'publication-deadline',
  'data-quality',
  'online-dossiers',
  'national-coverage',
  'postal-dossiers',
  'on-time-dossiers',
] as const;
export type CheckId = (typeof checkIds)[number];

/**
 * The checks that count procedures one by one (SPEC §7): a procedure fails one when it is in its
 * denominator and not in its numerator.
 */
export const procedureCheckIds = [
  'level3',
  'level4',
  'online-uptake',
  'code-match',
  'national-portal',
  'publication-deadline',
] as const satisfies readonly CheckId[];
export type ProcedureCheckId = (typeof procedureCheckIds)[number];

/** The per-procedure checks whose failing codes are ranked into candidates (SPEC §7). */
export const rankedCheckIds = ['level3', 'level4', 'online-uptake', 'national-portal'] as const satisfies readonly ProcedureCheckId[];
export type RankedCheckId = (typeof rankedCheckIds)[number];

export interface Target {
  op: '>=' | '>';
  percent: number;
}

export type Targets = Partial<Record<CheckId, Target | null>>;

/** A target per check; null makes the check information only. */
export type TargetTable = Record<CheckId, Target | null>;

/** The built-in profiles (src/profiles.ts). */
export type ProfileName = 'hanam-2021' | '766';

export type Level3Basis = 'at-least' | 'exactly';
export type UptakeBasis = 'received' | 'resolved';

/** What the core is told to apply: a profile's targets, overridden by a config file and flags. */
export interface Settings {
  profile: ProfileName;
  targets: TargetTable;
  deadlineWorkingDays: number;
  level3Basis: Level3Basis;
  uptakeBasis: UptakeBasis;
  agencySuffix?: string;
  aliases: Record<string, string[]>;
  /** Absolute path of a holiday schedule, when one is named. */
  holidays?: string;
  /** The config file the settings came from, if any. */
  source?: string;
  /** The scorecard to add (SPEC §12): on by default under profile `766`. */
  score?: ScoreScheme;
  /** The language the config file asks for; `--lang` wins over it. */
  lang?: Lang;
}

export type CheckStatus = 'pass' | 'fail' | 'skip' | 'info';

export type SkipReason = 'no-national' | 'no-dossiers' | 'no-dates' | 'no-column' | 'no-update-column' | 'zero-denominator';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  numerator: number;
  denominator: number;
  /** numerator / denominator; absent when the denominator is 0. */
  ratio?: number;
  target?: Target;
  /** Units still needed to pass; 0 when passing; absent for info checks and skips. */
  shortfall?: number;
  skipReason?: SkipReason;
  /** A failing ranked check's failing codes, best to fix first; the first `shortfall` would pass it (SPEC §7). */
  candidates?: Candidate[];
}

/** A procedure worth fixing first, and the figure it is ranked by. */
export interface Candidate {
  code: string;
  name: string;
  agencies: string[];
  /** The figure of the first ranking key: online dossiers (level3, level4), dossiers (online-uptake), level (national-portal). */
  value: number;
}

/** What the run knows of one distinct portal code (SPEC §7). */
export interface ProcedureEntry {
  code: string;
  name: string;
  /** Agencies as first written, in order of appearance. */
  agencies: string[];
  /** The tier of its first row whose tier is recognised; null when none is. */
  tier: Tier | null;
  /** The first non-empty field. */
  field: string;
  lines: number[];
  /** The lowest level its rows give. */
  level: Level;
  /** null without the national-portal column. */
  nationalPortal: boolean | null;
  /** null without --national. */
  inNational: boolean | null;
  /** Counted dossiers in the period; only with dossier inputs. */
  dossiers?: { counted: number; online: number; postal: number; inPerson: number };
  /** Only for a code with a decision signed in the period. */
  publication?: { status: 'on-time' | 'late' | 'pending'; signedAt: IsoDate; deadline: IsoDate; updatedAt: IsoDate | null; workingDays: number };
  /** The per-procedure checks it fails, in report order. */
  failing: ProcedureCheckId[];
}

export type SuggestionReason = 'suffix' | 'one-char' | 'name';

export interface Mismatch {
  code: string;
  name: string;
  line: number;
  suggestion?: { code: string; reason: SuggestionReason };
}

export interface NationalOnly {
  code: string;
  name: string;
}

export interface LateProcedure {
  code: string;
  name: string;
  line: number;
  signedAt: IsoDate;
  deadline: IsoDate;
  /** null: not yet updated. */
  updatedAt: IsoDate | null;
  /** Working days from signing to the update, or to `asOf` when not yet updated. */
  workingDays: number;
}

export interface PendingProcedure {
  code: string;
  name: string;
  signedAt: IsoDate;
  deadline: IsoDate;
}

export type GroupBy = 'agency' | 'tier' | 'field';

export interface GroupResult {
  by: GroupBy;
  key: string;
  checks: CheckResult[];
  /** The group's failing codes per per-procedure check, for the checks any of its procedures fails. */
  failing: Partial<Record<ProcedureCheckId, string[]>>;
  score?: Score;
}

export interface CheckChange {
  id: CheckId;
  previous: { status: CheckStatus; numerator: number; denominator: number; ratio?: number };
  /** Percentage points gained (positive) or lost; absent when either ratio is. */
  points?: number;
  /** Change of the numerator. */
  count: number;
}

/** A setting in which the baseline report differs from this run. */
export interface TrendDifference {
  key: 'profile' | 'period' | 'asOf';
  baseline: string;
  current: string;
}

/** The change since an earlier report (`--baseline`). */
export interface Trend {
  baseline: string;
  baselineAsOf?: IsoDate;
  /** Settings that differ: the figures may not be comparable. */
  differences: TrendDifference[];
  checks: CheckChange[];
  /** Portal codes that mismatch now and did not before. */
  newlyMismatched: string[];
  /** Portal codes that mismatched before, are still listed, and now match. */
  fixed: string[];
  /** Portal codes that mismatched before and are no longer listed. */
  removed: string[];
}

/** The settings a run applied, so that a kept report says how it was computed. */
export interface RunSettings {
  deadlineWorkingDays: number;
  level3Basis: Level3Basis;
  uptakeBasis: UptakeBasis;
  config?: string;
  holidays?: string;
}

export interface Result {
  schemaVersion: 1;
  profile: string;
  settings: RunSettings;
  passed: boolean;
  asOf: IsoDate;
  period?: { from?: IsoDate; to?: IsoDate };
  inputs: InputSummary[];
  checks: CheckResult[];
  mismatches: Mismatch[];
  nationalOnly: NationalOnly[];
  late: LateProcedure[];
  pending: PendingProcedure[];
  issues: Issue[];
  /** One entry per distinct portal code, in order of first appearance (SPEC §7). */
  procedures: ProcedureEntry[];
  groups?: GroupResult[];
  trend?: Trend;
  score?: Score;
}
