/**
 * The 766 scorecard of the province and of each `--by` group (SPEC §12): the units' procedures, dossiers
 * and publication verdicts handed to the pure scorer. A dossier belongs to its procedure as for the checks
 * (§2.3); with `--by agency` to the agency that received it (its own `agency` cell, else its procedure's
 * one agency), with `--by tier|field` to the groups whose procedures have its code.
 */
import type { GroupBy, Issue, Score, ScoreTallies, ScoreTally } from '../model.js';
import { normaliseKey } from '../domain/normalise.js';
import { addScoreTally } from '../domain/tally.js';
import type { CheckInput, Procedure } from '../checks/types.js';
import { score766, type ScoreProcedure } from '../score/measure.js';

/** The agency a procedure is listed under, when its rows name exactly one. */
function soleAgency(procedure: Procedure): { key: string; written: string } | undefined {
  const keys = new Set(procedure.rows.map((r) => normaliseKey(r.agency)));
  if (keys.size !== 1) return undefined;
  const written = procedure.rows[0]!.agency;
  return written.trim() === '' ? undefined : { key: normaliseKey(written), written };
}

function scoreProcedures(procedures: readonly Procedure[]): ScoreProcedure[] {
  return procedures.map((p) => ({ code: p.code, level: p.level, agency: soleAgency(p)?.written ?? '' }));
}

/** Each tally moved to the procedure that owns its code; tallies of no procedure are left out (already reported). */
export function attributeScore(tallies: ScoreTallies, owner: (code: string) => string | undefined): ScoreTallies {
  const byCode = new Map<string, Map<string, ScoreTally>>();
  for (const [code, byAgency] of tallies.byCode) {
    const to = owner(code);
    if (to === undefined) continue;
    let target = byCode.get(to);
    if (!target) byCode.set(to, (target = new Map()));
    for (const [agency, tally] of byAgency) {
      const existing = target.get(agency);
      if (existing) addScoreTally(existing, tally);
      else target.set(agency, { ...tally });
    }
  }
  return { ...tallies, byCode };
}

export interface ScoreContext {
  dossiers?: ScoreTallies;
  /** The procedure list has the columns that judge publication (else the one that is missing). */
  deadlineNeeds?: string;
}

/** The score of one unit from the same input its checks were measured on. */
export function unitScore(input: CheckInput, context: ScoreContext, dossiers: ScoreTallies | undefined, recoverBy: 'agency' | 'procedure'): Score {
  let deadlines: Map<string, 'on-time' | 'late'> | undefined;
  if (!context.deadlineNeeds && input.deadlines) {
    deadlines = new Map();
    for (const [code, judgement] of input.deadlines) if (judgement.verdict !== 'pending') deadlines.set(code, judgement.verdict);
  }
  return score766({
    procedures: scoreProcedures(input.procedures),
    deadlines,
    deadlineNeeds: context.deadlineNeeds ?? 'decision_signed_at',
    dossiers,
    recoverBy,
  });
}

function only(tallies: ScoreTallies, keep: (code: string, agency: string) => boolean): ScoreTallies {
  const byCode = new Map<string, Map<string, ScoreTally>>();
  for (const [code, byAgency] of tallies.byCode) {
    const kept = new Map([...byAgency].filter(([agency]) => keep(code, agency)));
    if (kept.size > 0) byCode.set(code, kept);
  }
  return { ...tallies, byCode };
}

/**
 * How the province's dossiers split into groups: a function from a group's key and procedures to its
 * dossiers, and a warning for the dossiers no group's score takes.
 */
export function groupDossiers(
  by: GroupBy,
  tallies: ScoreTallies,
  procedures: readonly Procedure[],
  groupKeys: ReadonlySet<string>,
): { of: (key: string, procedures: readonly Procedure[]) => ScoreTallies; issues: Issue[] } {
  if (by !== 'agency') {
    return {
      of: (_, own) => {
        const codes = new Set(own.map((p) => p.code));
        return only(tallies, (code) => codes.has(code));
      },
      issues: [],
    };
  }
  const counted = (byAgency: Map<string, ScoreTally>) => [...byAgency.values()].reduce((sum, t) => sum + t.counted, 0);
  const issues: Issue[] = [];
  if (tallies.fields.includes('agency')) {
    let outside = 0;
    for (const byAgency of tallies.byCode.values()) for (const [agency, t] of byAgency) if (!groupKeys.has(agency)) outside += t.counted;
    if (outside > 0) issues.push({ severity: 'warning', kind: 'ungrouped-dossiers', field: 'agency', count: outside, detail: 'agency-not-grouped' });
    return { of: (key) => only(tallies, (_, agency) => agency === key), issues };
  }
  const agencyOf = new Map(procedures.map((p) => [p.code, soleAgency(p)?.key]));
  let several = 0;
  for (const [code, byAgency] of tallies.byCode) if (agencyOf.get(code) === undefined) several += counted(byAgency);
  if (several > 0) issues.push({ severity: 'warning', kind: 'ungrouped-dossiers', field: 'agency', count: several, detail: 'several-agencies' });
  return { of: (key) => only(tallies, (code) => agencyOf.get(code) === key), issues };
}
