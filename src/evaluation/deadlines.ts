/**
 * Publication deadline (SPEC §4): a decision must reach the national database within N working days
 * of its signing. Per decision: on time, late (updated after the deadline, or not updated while the
 * as-of date is past it) or pending. Per code: late if any decision is late, else on time if any is.
 */
import type { IsoDate, LateProcedure, PendingProcedure, ProcedureRow } from '../model.js';
import type { DeadlineJudgement, Procedure } from '../checks/types.js';

export interface WorkingDays {
  addWorkingDays(iso: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

export interface DeadlineRules {
  calendar: WorkingDays;
  workingDays: number;
  asOf: IsoDate;
  period: { from?: IsoDate; to?: IsoDate };
}

function judgeDecision(row: ProcedureRow & { signedAt: IsoDate }, rules: DeadlineRules): DeadlineJudgement {
  const deadline = rules.calendar.addWorkingDays(row.signedAt, rules.workingDays);
  const until = row.updatedAt ?? rules.asOf;
  const verdict = row.updatedAt ? (row.updatedAt <= deadline ? 'on-time' : 'late') : rules.asOf > deadline ? 'late' : 'pending';
  return { verdict, row, signedAt: row.signedAt, deadline, workingDays: rules.calendar.workingDaysBetween(row.signedAt, until) };
}

const rank = { late: 0, 'on-time': 1, pending: 2 } as const;

/** The verdict of each code with a decision signed in the period; undefined when no row has a signing date. */
export function judgeDeadlines(procedures: readonly Procedure[], rules: DeadlineRules): Map<string, DeadlineJudgement> | undefined {
  if (!procedures.some((p) => p.rows.some((r) => r.signedAt !== undefined))) return undefined;
  const { from, to } = rules.period;
  const judged = new Map<string, DeadlineJudgement>();
  for (const procedure of procedures) {
    for (const row of procedure.rows) {
      const signedAt = row.signedAt;
      if (signedAt === undefined || (from && signedAt < from) || (to && signedAt > to)) continue;
      // An update dated before its signing is a row error; the decision cannot be judged either way.
      if (row.updatedAt !== undefined && row.updatedAt < signedAt) continue;
      const judgement = judgeDecision({ ...row, signedAt }, rules);
      const current = judged.get(procedure.code);
      if (!current || rank[judgement.verdict] < rank[current.verdict]) judged.set(procedure.code, judgement);
    }
  }
  return judged;
}

export function listLateAndPending(
  procedures: readonly Procedure[],
  judged: Map<string, DeadlineJudgement> | undefined,
): { late: LateProcedure[]; pending: PendingProcedure[] } {
  const late: LateProcedure[] = [];
  const pending: PendingProcedure[] = [];
  if (!judged) return { late, pending };
  for (const procedure of procedures) {
    const j = judged.get(procedure.code);
    if (!j) continue;
    const base = { code: procedure.code, name: procedure.name, signedAt: j.signedAt, deadline: j.deadline };
    if (j.verdict === 'late') {
      late.push({ ...base, line: j.row.line, updatedAt: j.row.updatedAt ?? null, workingDays: j.workingDays });
    } else if (j.verdict === 'pending') {
      pending.push(base);
    }
  }
  return { late, pending };
}
