import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../src/profiles.js';
import { WorkingCalendar } from '../src/domain/calendar.js';
import { evaluate, type EvaluateOptions } from '../src/evaluate.js';
import type { Dataset, DossierTally, InputSummary, NationalRow, ProcedureRow } from '../src/model.js';

let nextLine = 2;
function row(code: string, level: ProcedureRow['level'], extra: Partial<ProcedureRow> = {}): ProcedureRow {
  return { line: nextLine++, code, level, name: `Thủ tục ${code}`, agency: 'Sở Tư pháp', tier: 'Cấp tỉnh', field: 'Tư pháp', hasError: false, ...extra };
}

const summary = (role: InputSummary['role'], rows: number, errorRows = 0): InputSummary => ({
  role,
  path: `${role}.csv`,
  encoding: 'utf-8',
  delimiter: ',',
  rows,
  errorRows,
  columns: role === 'procedures' ? { code: 'code', level: 'level', national_updated_at: 'national_updated_at' } : {},
});

function dataset(procedures: ProcedureRow[], extra: Partial<Dataset> = {}): Dataset {
  return { procedures, proceduresFile: 'procedures.csv', inputs: [summary('procedures', procedures.length)], issues: [], ...extra };
}

const options = (extra: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  settings: defaultSettings(),
  asOf: '2026-11-27',
  calendar: new WorkingCalendar(),
  ...extra,
});

const check = (result: ReturnType<typeof evaluate>, id: string) => result.checks.find((c) => c.id === id)!;

function levels(...values: ProcedureRow['level'][]): ProcedureRow[] {
  return values.map((level, i) => row(`1.00000${i}`, level));
}

const tally = (t: Partial<DossierTally>): DossierTally => ({
  counted: 0,
  online: 0,
  onlineResolved: 0,
  postal: 0,
  inPerson: 0,
  finishedWithDue: 0,
  finishedOnTime: 0,
  ...t,
});

describe('level checks', () => {
  it('passes level3 at exactly 70 % and counts level 4 as level 3', () => {
    const result = evaluate(dataset(levels(4, 4, 3, 3, 3, 3, 3, 2, 1, 0)), options());
    expect(check(result, 'level3')).toMatchObject({ status: 'pass', numerator: 7, denominator: 10, shortfall: 0 });
    expect(check(result, 'level4')).toMatchObject({ status: 'fail', numerator: 2, denominator: 10, shortfall: 1 });
  });

  it('counts exactly level 3 with level3Basis "exactly"', () => {
    const settings = { ...defaultSettings(), level3Basis: 'exactly' as const };
    const result = evaluate(dataset(levels(4, 4, 3, 3, 3, 3, 3, 2, 1, 0)), options({ settings }));
    expect(check(result, 'level3')).toMatchObject({ status: 'fail', numerator: 5, shortfall: 2 });
  });

  it('counts a code listed twice once, at its lowest level, with a warning naming both lines', () => {
    const rows = [row('1.000001', 4, { line: 5 }), row('1.000001', 3, { line: 9, agency: 'UBND cấp xã' }), row('1.000002', 2)];
    const result = evaluate(dataset(rows), options());
    expect(check(result, 'level3')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(check(result, 'level4')).toMatchObject({ numerator: 0, denominator: 2 });
    expect(result.issues).toContainEqual(expect.objectContaining({ kind: 'conflicting-levels', code: '1.000001', lines: [5, 9] }));
  });

  it('does not count rows without a code as procedures', () => {
    const result = evaluate(dataset([row('', 4), row('1.000001', 4)]), options());
    expect(check(result, 'level3')).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

describe('online uptake', () => {
  const rows = levels(3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2);

  it('skips without dossiers', () => {
    expect(check(evaluate(dataset(rows), options()), 'online-uptake')).toMatchObject({ status: 'skip', skipReason: 'no-dossiers' });
  });

  it('fails at exactly 30 % and needs one more', () => {
    const dossiers = new Map([
      ['1.000000', tally({ counted: 2, online: 1 })],
      ['1.000001', tally({ counted: 1, online: 1 })],
      ['1.000002', tally({ counted: 1, online: 1 })],
      ['1.000003', tally({ counted: 5, inPerson: 5 })],
      ['1.0000010', tally({ counted: 9, online: 9 })], // level 2: not in the ratio
    ]);
    const result = evaluate(dataset(rows, { dossiers }), options());
    expect(check(result, 'online-uptake')).toMatchObject({ status: 'fail', numerator: 3, denominator: 10, shortfall: 1 });
  });

  it('counts only resolved online dossiers with uptakeBasis "resolved"', () => {
    const dossiers = new Map([
      ['1.000000', tally({ counted: 1, online: 1, onlineResolved: 1 })],
      ['1.000001', tally({ counted: 1, online: 1 })],
    ]);
    const settings = { ...defaultSettings(), uptakeBasis: 'resolved' as const };
    expect(check(evaluate(dataset(rows, { dossiers }), options({ settings })), 'online-uptake')).toMatchObject({ numerator: 1 });
  });

  it('gives dossiers filed under a base code to the one procedure with that base, and reports the rest', () => {
    const procedures = [row('1.000494.000.00.00.H23', 3), row('2.000001.000.00.00.H23', 3), row('2.000001.000.00.00.H24', 3)];
    const dossiers = new Map([
      ['1.000494', tally({ counted: 2, online: 2 })],
      ['2.000001', tally({ counted: 3, online: 3 })],
      ['9.999999', tally({ counted: 4, online: 4 })],
    ]);
    const result = evaluate(dataset(procedures, { dossiers }), options());
    expect(check(result, 'online-uptake')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(result.issues).toContainEqual(expect.objectContaining({ kind: 'unmatched-dossiers', count: 7 }));
    expect(check(result, 'online-dossiers')).toMatchObject({ status: 'info', numerator: 2, denominator: 2 });
  });
});

describe('code match', () => {
  const national: NationalRow[] = [
    { line: 2, code: '1.000494', name: 'Đăng ký khai sinh', agency: '', tier: '' },
    { line: 3, code: '2.000111.000.00.00.H23', name: 'Hỗ trợ kinh phí', agency: '', tier: '' },
    { line: 4, code: '1.002218', name: 'Hợp nhất công ty luật', agency: '', tier: '' },
    { line: 5, code: '1.000969', name: 'Sửa đổi, bổ sung Giấy phép nhận chìm ở biển', agency: '', tier: '' },
    { line: 6, code: '3.000001', name: 'Không có trên cổng', agency: '', tier: '' },
  ];

  it('skips without a national list', () => {
    expect(check(evaluate(dataset(levels(3)), options()), 'code-match')).toMatchObject({ status: 'skip', skipReason: 'no-national' });
  });

  it('suggests by suffix, by one character and by name, in that order', () => {
    const procedures = [
      row('1.000494.000.00.00.H23', 3),
      row('2.000111.000.00.00.H32', 3),
      row('1.002219.000.00.00.H23', 3),
      row('1.004050.000.00.00.H23', 3, { name: 'Sửa đổi, bổ sung giấy phép nhận chìm ở biển' }),
      row('7.777777', 3, { name: 'Thủ tục không ai biết' }),
    ];
    const result = evaluate(dataset(procedures, { national }), options());
    expect(check(result, 'code-match')).toMatchObject({ status: 'fail', numerator: 1, denominator: 5, shortfall: 4 });
    expect(result.mismatches.map((m) => [m.code, m.suggestion?.code, m.suggestion?.reason])).toEqual([
      ['2.000111.000.00.00.H32', '2.000111.000.00.00.H23', 'suffix'],
      ['1.002219.000.00.00.H23', '1.002218', 'one-char'],
      ['1.004050.000.00.00.H23', '1.000969', 'name'],
      ['7.777777', undefined, undefined],
    ]);
    expect(result.nationalOnly.map((n) => n.code)).toEqual(['2.000111.000.00.00.H23', '1.002218', '1.000969', '3.000001']);
    expect(check(result, 'national-coverage')).toMatchObject({ status: 'info', numerator: 1, denominator: 5 });
  });

  it('gives no one-char suggestion when two national codes are one character away', () => {
    const two = [...national, { line: 7, code: '1.002210', name: '', agency: '', tier: '' }];
    const result = evaluate(dataset([row('1.002219', 3, { name: 'x' })], { national: two }), options());
    expect(result.mismatches[0]?.suggestion).toBeUndefined();
  });
});

describe('national portal', () => {
  it('counts a code as integrated only if every row says so', () => {
    const rows = [
      row('1.000001', 4, { nationalPortal: true }),
      row('1.000001', 4, { nationalPortal: false }),
      row('1.000002', 3, { nationalPortal: true }),
      row('1.000003', 2, { nationalPortal: false }),
    ];
    const result = evaluate(dataset(rows), options());
    expect(check(result, 'national-portal')).toMatchObject({ status: 'fail', numerator: 1, denominator: 2, shortfall: 1 });
  });

  it('skips when the list has no national-portal column', () => {
    expect(check(evaluate(dataset(levels(3)), options()), 'national-portal')).toMatchObject({ status: 'skip', skipReason: 'no-column' });
  });
});

describe('publication deadline', () => {
  it('judges on time, late and pending per code, counting pending in no ratio', () => {
    const rows = [
      // Signed Friday before Tết 2026: deadline 2026-02-27.
      row('1.000001', 3, { signedAt: '2026-02-13', updatedAt: '2026-02-27' }),
      row('1.000002', 3, { signedAt: '2026-02-13', updatedAt: '2026-03-02' }),
      row('1.000003', 3, { signedAt: '2026-11-25' }),
      row('1.000004', 3, { signedAt: '2026-11-02' }),
    ];
    const result = evaluate(dataset(rows), options());
    expect(check(result, 'publication-deadline')).toMatchObject({ status: 'fail', numerator: 1, denominator: 3, shortfall: 2 });
    expect(result.late).toEqual([
      expect.objectContaining({ code: '1.000002', deadline: '2026-02-27', updatedAt: '2026-03-02', workingDays: 6 }),
      expect.objectContaining({ code: '1.000004', deadline: '2026-11-09', workingDays: 19 }),
    ]);
    expect(result.late[1]?.updatedAt).toBeNull();
    expect(result.pending).toEqual([expect.objectContaining({ code: '1.000003', deadline: '2026-12-02' })]);
  });

  it('calls a code late when any of its decisions is late', () => {
    const rows = [
      row('1.000001', 3, { signedAt: '2026-03-02', updatedAt: '2026-03-03' }),
      row('1.000001', 3, { signedAt: '2026-05-04', updatedAt: '2026-06-01' }),
    ];
    expect(check(evaluate(dataset(rows), options()), 'publication-deadline')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('judges only decisions signed in the period', () => {
    const rows = [row('1.000001', 3, { signedAt: '2025-03-02' }), row('1.000002', 3, { signedAt: '2026-03-02', updatedAt: '2026-03-03' })];
    const result = evaluate(dataset(rows), options({ period: { from: '2026-01-01' } }));
    expect(check(result, 'publication-deadline')).toMatchObject({ status: 'pass', numerator: 1, denominator: 1 });
  });

  it('skips when the list has signing dates but no update-date column', () => {
    const rows = [row('1.000001', 3, { signedAt: '2021-04-26' })];
    const inputs = [{ ...summary('procedures', 1), columns: { code: 'code', level: 'level', decision_signed_at: 'x' } }];
    const result = evaluate(dataset(rows, { inputs }), options());
    expect(check(result, 'publication-deadline')).toMatchObject({ status: 'skip', skipReason: 'no-update-column' });
    expect(result.late).toEqual([]);
  });

  it('does not judge a decision whose update is dated before its signing', () => {
    const rows = [
      row('1.000001', 3, { signedAt: '2021-05-20', updatedAt: '2021-05-19' }),
      row('1.000002', 3, { signedAt: '2021-05-20', updatedAt: '2021-05-21' }),
    ];
    expect(check(evaluate(dataset(rows), options()), 'publication-deadline')).toMatchObject({ status: 'pass', numerator: 1, denominator: 1 });
  });

  it('skips when no row has a signing date', () => {
    expect(check(evaluate(dataset(levels(3)), options()), 'publication-deadline')).toMatchObject({ status: 'skip', skipReason: 'no-dates' });
  });
});

describe('data quality and the verdict', () => {
  it('counts rows without errors over every input, and fails on any error', () => {
    const inputs = [summary('procedures', 10, 1), summary('dossiers', 90, 0)];
    const result = evaluate(dataset(levels(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), { inputs }), options());
    expect(check(result, 'data-quality')).toMatchObject({ status: 'fail', numerator: 99, denominator: 100, shortfall: 1 });
    expect(result.passed).toBe(false);
  });

  it('passes a run whose targeted checks pass or skip, and fails it under --require-all', () => {
    const rows = levels(4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    expect(evaluate(dataset(rows), options()).passed).toBe(true);
    const strict = evaluate(dataset(rows), options({ requireAll: true }));
    expect(strict.passed).toBe(false);
    expect(check(strict, 'online-uptake')).toMatchObject({ status: 'fail', skipReason: 'no-dossiers' });
    expect(check(strict, 'online-dossiers').status).toBe('info');
  });
});

describe('groups', () => {
  it('evaluates each agency on its own rows, worst first', () => {
    const rows = [
      row('1.000001', 4, { agency: 'UBND huyện A' }),
      row('1.000001', 2, { agency: 'UBND huyện B' }),
      row('1.000002', 2, { agency: 'UBND huyện B' }),
      row('1.000003', 4, { agency: 'ubnd  HUYỆN a' }),
    ];
    const result = evaluate(dataset(rows), options({ by: 'agency' }));
    expect(result.groups?.map((g) => g.key)).toEqual(['UBND huyện B', 'UBND huyện A']);
    const a = result.groups![1]!;
    expect(a.checks.find((c) => c.id === 'level4')).toMatchObject({ status: 'pass', numerator: 2, denominator: 2 });
    expect(a.checks.map((c) => c.id)).not.toContain('data-quality');
  });
});

describe('tier groups', () => {
  it('puts "Cấp tỉnh", "tỉnh" and "province" in one group, keyed as first written', () => {
    const rows = [
      row('1.000001', 4, { tier: 'Cấp tỉnh' }),
      row('1.000002', 4, { tier: 'tỉnh' }),
      row('1.000003', 2, { tier: 'Province' }),
      row('1.000004', 3, { tier: 'Cấp xã' }),
      row('1.000005', 3, { tier: 'Cấp xã, Cấp tỉnh' }),
    ];
    const result = evaluate(dataset(rows), options({ by: 'tier' }));
    expect(result.groups?.map((g) => g.key).sort()).toEqual(['Cấp tỉnh', 'Cấp xã', 'Cấp xã, Cấp tỉnh']);
    const province = result.groups!.find((g) => g.key === 'Cấp tỉnh')!;
    expect(province.checks.find((c) => c.id === 'level3')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});
