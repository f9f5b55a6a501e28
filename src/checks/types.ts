import type { CheckId, DossierTally, ProcedureCheckId, RankedCheckId, InputSummary, IsoDate, Level, NationalRow, ProcedureRow, SkipReason } from '../model.js';
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

/** Where a procedure stands in a per-procedure check: counted, failing (in the denominator only), or outside it. */
export type Standing = 'pass' | 'fail' | 'out';
export type Judge = (procedure: Procedure) => Standing;

/**
 * A check that counts procedures one by one (SPEC §7). Its measure is derived from its judge, so the
 * procedures it names as failing are exactly its denominator minus its numerator.
 */
export interface ProcedureCheck<Id extends ProcedureCheckId = ProcedureCheckId> extends Check<Id> {
  judge(input: CheckInput): Judge | { skip: SkipReason };
  /** Ranking keys of a failing procedure, most valuable first, compared in order, higher first. */
  rank?: Id extends RankedCheckId ? (procedure: Procedure, input: CheckInput) => number[] : never;
}

export function procedureCheck<Id extends ProcedureCheckId>(id: Id, judge: ProcedureCheck<Id>['judge'], rank?: ProcedureCheck<Id>['rank']): ProcedureCheck<Id> {
  return {
    id,
    grouped: true,
    judge,
    ...(rank ? { rank } : {}),
    measure(input) {
      const standing = judge(input);
      return typeof standing === 'function' ? measureBy(standing, input.procedures) : standing;
    },
  };
}

/** The measure a judge gives: those not out are the denominator, those that pass the numerator. */
export function measureBy(judge: Judge, procedures: readonly Procedure[]): { numerator: number; denominator: number } {
  let numerator = 0;
  let denominator = 0;
  for (const procedure of procedures) {
    const standing = judge(procedure);
    if (standing !== 'out') denominator++;
    if (standing === 'pass') numerator++;
  }
  return { numerator, denominator };
}

/** Counted dossiers of a procedure, and those received online; zeros without dossier inputs. */
export function dossierFigures(procedure: Procedure, input: CheckInput): { counted: number; online: number } {
  const tally = input.dossiers?.(procedure.code);
  return { counted: tally?.counted ?? 0, online: tally?.online ?? 0 };
}

export function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
}

export function atLevel3(input: CheckInput): Procedure[] {
  return input.procedures.filter((p) => p.level >= 3);
}
