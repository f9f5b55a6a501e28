/**
 * Worklists (SPEC §7): which procedures stand behind each per-procedure figure, and which of the
 * failing ones to move first. Everything here derives from the checks' own judges, so a worklist
 * always agrees with the numerator and denominator it explains.
 */
import { normaliseKey } from '../domain/normalise.js';
import { parseTier } from '../domain/tiers.js';
import { procedureCheckIds, type Candidate, type ProcedureCheckId, type ProcedureEntry } from '../model.js';
import type { CheckInput, Judge, Procedure, ProcedureCheck } from '../checks/types.js';

export type Judges = Partial<Record<ProcedureCheckId, Judge>>;

/** Agencies as first written, one per normalised name, in order of appearance. */
export function agenciesOf(procedure: Procedure): string[] {
  const seen = new Map<string, string>();
  for (const row of procedure.rows) {
    const key = normaliseKey(row.agency);
    if (row.agency !== '' && !seen.has(key)) seen.set(key, row.agency);
  }
  return [...seen.values()];
}

/** The per-procedure checks a procedure fails, in report order; a skipped check has no judge and fails nobody. */
export function failingChecks(procedure: Procedure, judges: Judges): ProcedureCheckId[] {
  return procedureCheckIds.filter((id) => judges[id]?.(procedure) === 'fail');
}

/** Failing codes per check, for the checks that fail at least one of these procedures. */
export function failingCodes(procedures: readonly Procedure[], judges: Judges): Partial<Record<ProcedureCheckId, string[]>> {
  const failing: Partial<Record<ProcedureCheckId, string[]>> = {};
  for (const id of procedureCheckIds) {
    const judge = judges[id];
    if (!judge) continue;
    const codes = procedures.filter((p) => judge(p) === 'fail').map((p) => p.code);
    if (codes.length) failing[id] = codes;
  }
  return failing;
}

/** A failing check's failing codes, most valuable to fix first: by its ranking keys, higher first, then by code. */
export function rankCandidates(check: ProcedureCheck, judge: Judge, input: CheckInput): Candidate[] {
  const rank = check.rank;
  if (!rank) return [];
  const ranked = input.procedures.filter((p) => judge(p) === 'fail').map((procedure) => ({ procedure, keys: rank(procedure, input) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.keys.length; i++) {
      const difference = (b.keys[i] ?? 0) - (a.keys[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.procedure.code < b.procedure.code ? -1 : a.procedure.code > b.procedure.code ? 1 : 0;
  });
  return ranked.map(({ procedure, keys }) => ({ code: procedure.code, name: procedure.name, agencies: agenciesOf(procedure), value: keys[0] ?? 0 }));
}

/** One entry per distinct code with what the run knows of it (SPEC §7). */
export function procedureEntries(input: CheckInput, judges: Judges): ProcedureEntry[] {
  return input.procedures.map((procedure) => {
    const rows = procedure.rows;
    const tally = input.dossiers?.(procedure.code);
    const judgement = input.deadlines?.get(procedure.code);
    const tier = rows.map((r) => parseTier(r.tier)).find((t) => t !== undefined);
    return {
      code: procedure.code,
      name: procedure.name,
      agencies: agenciesOf(procedure),
      tier: tier ?? null,
      field: rows.find((r) => r.field !== '')?.field ?? '',
      lines: rows.map((r) => r.line),
      level: procedure.level,
      nationalPortal: procedure.integrated ?? null,
      inNational: input.nationalIndex ? input.nationalIndex.matches(procedure.code) : null,
      ...(input.dossiers
        ? { dossiers: { counted: tally?.counted ?? 0, online: tally?.online ?? 0, postal: tally?.postal ?? 0, inPerson: tally?.inPerson ?? 0 } }
        : {}),
      ...(judgement
        ? {
            publication: {
              status: judgement.verdict,
              signedAt: judgement.signedAt,
              deadline: judgement.deadline,
              updatedAt: judgement.row.updatedAt ?? null,
              workingDays: judgement.workingDays,
            },
          }
        : {}),
      failing: failingChecks(procedure, judges),
    };
  });
}
