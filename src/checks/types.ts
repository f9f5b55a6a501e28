import type { CheckId, DossierTally, InputSummary, IsoDate, Level, NationalRow, ProcedureRow, SkipReason } from '../model.js';
import type { CodeIndex } from '../domain/codes.js';

/** One distinct procedure code and the rows that list it (SPEC §1, counting unit). */
export interface Procedure {
  code: string;
  name: string;
  /** The lowest level of its rows: compliance is never overstated. */
  level: Level;
  /** Integrated on the national portal only if every row says so; undefined without the column. */
  integrated?: boolean;
  rows: ProcedureRow[];
}

export type DecisionVerdict = 'on-time' | 'late' | 'pending';

export interface DeadlineJudgement {
  verdict: DecisionVerdict;
  row: ProcedureRow;
  signedAt: IsoDate;
  deadline: IsoDate;
  workingDays: number;
}

export interface CheckInput {
  procedures: Procedure[];
  national?: NationalRow[];
  /** The portal's codes, for national-coverage. */
  portalIndex: CodeIndex;
  nationalIndex?: CodeIndex;
  /** The dossier tally of a procedure; undefined when no dossiers were given. */
  dossiers?: (code: string) => DossierTally | undefined;
  /** Publication-deadline verdict per code, for codes with a decision in the period. */
  deadlines?: Map<string, DeadlineJudgement>;
  /** Why there are no verdicts, when there are none. */
  deadlineSkip?: SkipReason;
  inputs: InputSummary[];
  level3Basis: 'at-least' | 'exactly';
  uptakeBasis: 'received' | 'resolved';
}

export type Measure = { numerator: number; denominator: number } | { skip: SkipReason };

export interface Check<Id extends CheckId = CheckId> {
  id: Id;
  /** Evaluated per group with --by (checks over procedures); false for whole-run checks. */
  grouped: boolean;
  measure(input: CheckInput): Measure;
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
}

export function atLevel3(input: CheckInput): Procedure[] {
  return input.procedures.filter((p) => p.level >= 3);
}
