/** In-memory inputs for one check: procedures, tallies and indexes built from a few literals. */
import { CodeIndex } from '../../src/domain/codes.js';
import type { CheckInput, DeadlineJudgement, Procedure } from '../../src/checks/types.js';
import type { DossierTally, InputSummary, Level, NationalRow, ProcedureRow } from '../../src/model.js';

let nextLine = 2;

export function procedure(code: string, level: Level, extra: Partial<Procedure> = {}): Procedure {
  const row: ProcedureRow = {
    line: nextLine++,
    code,
    level,
    name: `Thủ tục ${code}`,
    agency: 'Sở Tư pháp',
    tier: 'Cấp tỉnh',
    field: 'Tư pháp',
    hasError: false,
  };
  return { code, name: row.name, level, rows: [row], ...extra };
}

/** Procedures at these levels, coded 1.000001, 1.000002 … */
export function atLevels(...levels: Level[]): Procedure[] {
  return levels.map((level, i) => procedure(`1.${String(i + 1).padStart(6, '0')}`, level));
}

export function tally(t: Partial<DossierTally> = {}): DossierTally {
  return { counted: 0, online: 0, onlineResolved: 0, postal: 0, inPerson: 0, finishedWithDue: 0, finishedOnTime: 0, ...t };
}

export function summary(rows: number, errorRows = 0, role: InputSummary['role'] = 'procedures'): InputSummary {
  return { role, path: `${role}.csv`, encoding: 'utf-8', delimiter: ',', rows, errorRows, columns: {} };
}

export function judgement(verdict: DeadlineJudgement['verdict'], p: Procedure): DeadlineJudgement {
  return { verdict, row: p.rows[0]!, signedAt: '2021-04-26', deadline: '2021-05-05', workingDays: 6 };
}

export interface Given {
  procedures: Procedure[];
  national?: string[];
  dossiers?: Record<string, DossierTally>;
  deadlines?: Map<string, DeadlineJudgement>;
  inputs?: InputSummary[];
}

/** What a check sees, with the defaults of the hanam-2021 profile. */
export function checkInput(given: Given, extra: Partial<CheckInput> = {}): CheckInput {
  const national: NationalRow[] | undefined = given.national?.map((code, i) => ({ line: i + 2, code, name: '', agency: '', tier: '' }));
  const dossiers = given.dossiers;
  return {
    procedures: given.procedures,
    national,
    portalIndex: new CodeIndex(given.procedures.map((p) => p.code)),
    nationalIndex: national ? new CodeIndex(national.map((r) => r.code)) : undefined,
    dossiers: dossiers ? (code) => dossiers[code] : undefined,
    deadlines: given.deadlines,
    inputs: given.inputs ?? [summary(given.procedures.length)],
    level3Basis: 'at-least',
    uptakeBasis: 'received',
    ...extra,
  };
}
