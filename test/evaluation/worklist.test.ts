import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/domain/calendar.js';
import { evaluate, type EvaluateOptions } from '../../src/evaluate.js';
import { procedureCheckIds, type CheckResult, type Dataset, type DossierTally, type ProcedureRow, type Result } from '../../src/model.js';
import { defaultSettings } from '../../src/profiles.js';
import { run, type RunOptions } from '../../src/run.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

/** SPEC §7: a check's failing procedures are exactly its denominator minus its numerator. */
function expectWorklistsAgree(result: Result): void {
  for (const id of procedureCheckIds) {
    const check = result.checks.find((c) => c.id === id)!;
    const failing = result.procedures.filter((p) => p.failing.includes(id));
    expect(failing.length, `${id}: denominator − numerator`).toBe(check.skipReason ? 0 : check.denominator - check.numerator);
    if (check.candidates) expect(check.candidates.map((c) => c.code).sort()).toEqual(failing.map((p) => p.code).sort());
  }
  for (const group of result.groups ?? []) {
    for (const id of procedureCheckIds) {
      const check = group.checks.find((c) => c.id === id)!;
      const failing = group.failing[id] ?? [];
      expect(failing.length, `${group.key} ${id}`).toBe(check.skipReason ? 0 : check.denominator - check.numerator);
    }
  }
}

describe('worklists agree with the checks', () => {
  const demo = { procedures: fixture('demo/procedures.csv'), asOf: '2021-12-31', cwd: fixture('demo'), holidays: fixture('holidays-2021.csv') };
  const runs: [string, RunOptions][] = [
    ['the demo', { ...demo, national: fixture('demo/national.csv'), dossiers: [fixture('demo/dossiers.csv')] }],
    ['the demo by agency', { ...demo, national: fixture('demo/national.csv'), dossiers: [fixture('demo/dossiers.csv')], by: 'agency' }],
    ['the demo by tier, procedures only', { ...demo, by: 'tier' }],
    [
      'the demo by field, from 1 July',
      { ...demo, national: fixture('demo/national.csv'), dossiers: [fixture('demo/dossiers.csv')], by: 'field', from: '2021-07-01' },
    ],
  ];
  // Every procedure list among the quirk fixtures that can be read at all.
  for (const name of readdirSync(fixture('quirks'))) {
    if (/\.(csv|tsv|txt)$/.test(name) && !name.startsWith('dossier'))
      runs.push([`quirks/${name}`, { procedures: fixture(`quirks/${name}`), asOf: '2021-12-31', cwd: fixture('quirks') }]);
  }

  it.each(runs)('%s', async (_, options) => {
    let result: Result;
    try {
      result = await run(options);
    } catch {
      return; // a file the readers refuse has no worklist
    }
    expectWorklistsAgree(result);
  });
});

let nextLine = 2;
function row(code: string, level: ProcedureRow['level'], extra: Partial<ProcedureRow> = {}): ProcedureRow {
  return { line: nextLine++, code, level, name: `Thủ tục ${code}`, agency: 'Sở Tư pháp', tier: 'Cấp tỉnh', field: 'Tư pháp', hasError: false, ...extra };
}

const tally = (counted: number, online: number): DossierTally => ({
  counted,
  online,
  onlineResolved: online,
  postal: 0,
  inPerson: counted - online,
  finishedWithDue: 0,
  finishedOnTime: 0,
});

function dataset(procedures: ProcedureRow[], dossiers?: Record<string, DossierTally>): Dataset {
  const columns: Record<string, string> = { code: 'code', level: 'level' };
  if (procedures.some((p) => p.nationalPortal !== undefined)) columns.national_portal = 'national_portal';
  return {
    procedures,
    proceduresFile: 'tthc.csv',
    inputs: [{ role: 'procedures', path: 'tthc.csv', encoding: 'utf-8', delimiter: ',', rows: procedures.length, errorRows: 0, columns }],
    issues: [],
    ...(dossiers ? { dossiers: new Map(Object.entries(dossiers)) } : {}),
  };
}

const options = (extra: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  settings: defaultSettings(),
  asOf: '2021-12-31',
  calendar: new WorkingCalendar(),
  ...extra,
});
const check = (result: Result, id: string): CheckResult => result.checks.find((c) => c.id === id)!;

describe('candidates', () => {
  it('ranks level4 by online dossiers, then dossiers, then code; the first shortfall would pass', () => {
    const rows = [row('1.000001', 4), row('1.000005', 3), row('1.000004', 3), row('1.000003', 3), row('1.000002', 2)];
    const dossiers = { '1.000005': tally(50, 10), '1.000004': tally(90, 10), '1.000003': tally(5, 40) };
    const result = evaluate(dataset(rows, dossiers), options());
    const level4 = check(result, 'level4');
    expect(level4).toMatchObject({ status: 'fail', numerator: 1, denominator: 5, shortfall: 1 });
    expect(level4.candidates!.map((c) => [c.code, c.value])).toEqual([
      ['1.000003', 40],
      ['1.000004', 10], // ties on online dossiers: more dossiers first
      ['1.000005', 10],
      ['1.000002', 0],
    ]);
    expect(level4.candidates![0]).toEqual({ code: '1.000003', name: 'Thủ tục 1.000003', agencies: ['Sở Tư pháp'], value: 40 });
  });

  it('breaks ties by code without dossier inputs, and gives every candidate the value 0', () => {
    const result = evaluate(dataset([row('1.000009', 2), row('1.000007', 1), row('1.000008', 4)]), options());
    expect(check(result, 'level3').candidates!.map((c) => [c.code, c.value])).toEqual([
      ['1.000007', 0],
      ['1.000009', 0],
    ]);
  });

  it('ranks online-uptake by dossiers, and national-portal level 4 first', () => {
    const rows = [
      row('1.000001', 3, { nationalPortal: false }),
      row('1.000002', 4, { nationalPortal: false }),
      row('1.000003', 3, { nationalPortal: true }),
      row('1.000004', 4, { nationalPortal: true }),
    ];
    const result = evaluate(dataset(rows, { '1.000001': tally(30, 0), '1.000002': tally(3, 0), '1.000004': tally(9, 9) }), options());
    expect(check(result, 'online-uptake').candidates!.map((c) => [c.code, c.value])).toEqual([
      ['1.000001', 30],
      ['1.000002', 3],
      ['1.000003', 0],
    ]);
    expect(check(result, 'national-portal').candidates!.map((c) => [c.code, c.value])).toEqual([
      ['1.000002', 4],
      ['1.000001', 3],
    ]);
  });

  it('gives no candidates to a passing check, though its procedures still fail it', () => {
    const result = evaluate(dataset([row('1.000001', 4), row('1.000002', 4), row('1.000003', 2)]), options());
    expect(check(result, 'level3')).toMatchObject({ status: 'fail' });
    expect(check(result, 'level4').status).toBe('pass');
    expect(check(result, 'level4').candidates).toBeUndefined();
    expect(result.procedures.find((p) => p.code === '1.000003')!.failing).toEqual(['level3', 'level4']);
  });
});

describe('procedures', () => {
  it('fails nobody on a skipped check', () => {
    const result = evaluate(dataset([row('1.000001', 3), row('1.000002', 1)]), options());
    expect(check(result, 'online-uptake').status).toBe('skip');
    expect(check(result, 'code-match').status).toBe('skip');
    expect(result.procedures.flatMap((p) => p.failing)).toEqual(['level4', 'level3', 'level4']);
    expect(result.procedures[0]).toMatchObject({ nationalPortal: null, inNational: null });
    expect(result.procedures[0]!.dossiers).toBeUndefined();
    expect(result.procedures[0]!.publication).toBeUndefined();
  });

  it('folds a code listed by several agencies into one entry at its lowest level, with every agency and line', () => {
    const rows = [
      row('1.000494.000.00.00.H23', 4, { agency: 'UBND xã Kim Bình', tier: 'Cấp xã', line: 17 }),
      row('1.000494.000.00.00.H23', 2, { agency: 'UBND xã Tiên Tân', tier: 'Cấp xã', line: 40 }),
      row('1.000494.000.00.00.H23', 4, { agency: 'UBND  xã Kim Bình ', tier: 'Cấp xã', line: 41 }),
    ];
    const result = evaluate(dataset(rows, { '1.000494.000.00.00.H23': tally(120, 48) }), options());
    expect(result.procedures).toEqual([
      {
        code: '1.000494.000.00.00.H23',
        name: 'Thủ tục 1.000494.000.00.00.H23',
        agencies: ['UBND xã Kim Bình', 'UBND xã Tiên Tân'],
        tier: 'commune',
        field: 'Tư pháp',
        lines: [17, 40, 41],
        level: 2,
        nationalPortal: null,
        inNational: null,
        dossiers: { counted: 120, online: 48, postal: 0, inPerson: 72 },
        failing: ['level3', 'level4'],
      },
    ]);
  });

  it('lists per group the codes failing each check, judged at that group’s own levels', () => {
    const rows = [row('1.000001', 4, { agency: 'UBND xã A' }), row('1.000001', 2, { agency: 'UBND xã B' }), row('1.000002', 3, { agency: 'UBND xã B' })];
    const result = evaluate(dataset(rows), options({ by: 'agency' }));
    const byKey = Object.fromEntries(result.groups!.map((g) => [g.key, g.failing]));
    expect(byKey['UBND xã A']).toEqual({});
    expect(byKey['UBND xã B']).toEqual({ level3: ['1.000001'], level4: ['1.000001', '1.000002'] });
    expectWorklistsAgree(result);
  });
});
