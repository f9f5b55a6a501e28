/** Distinct procedure codes: the counting unit of every procedure check (SPEC §1). */
import type { Issue, Level, ProcedureRow } from '../model.js';
import type { Procedure } from '../checks/types.js';

export interface Distinct {
  procedures: Procedure[];
  issues: Issue[];
}

/**
 * Folds rows into one Procedure per code. Rows that disagree on the level count at the lowest;
 * a code is integrated on the national portal only if every row says so. Each disagreement is a
 * warning naming the code and its lines. Rows with no code are already errors and are not procedures.
 */
export function distinctProcedures(rows: readonly ProcedureRow[], file: string): Distinct {
  const byCode = new Map<string, ProcedureRow[]>();
  for (const row of rows) {
    if (row.code === '') continue;
    const list = byCode.get(row.code);
    if (list) list.push(row);
    else byCode.set(row.code, [row]);
  }
  const procedures: Procedure[] = [];
  const issues: Issue[] = [];
  for (const [code, list] of byCode) {
    const levels = new Set(list.map((r) => r.level));
    const level = Math.min(...levels) as Level;
    const lines = list.map((r) => r.line);
    if (levels.size > 1) {
      issues.push({ severity: 'warning', kind: 'conflicting-levels', file, line: lines[0], field: 'level', code, lines, value: String(level) });
    }
    const portal = list.map((r) => r.nationalPortal);
    const integrated = portal.every((v) => v === undefined) ? undefined : portal.every((v) => v === true);
    if (new Set(portal).size > 1) {
      issues.push({ severity: 'warning', kind: 'conflicting-portal', file, line: lines[0], field: 'national_portal', code, lines });
    }
    procedures.push({ code, name: list.find((r) => r.name)?.name ?? '', level, integrated, rows: list });
  }
  return { procedures, issues };
}
