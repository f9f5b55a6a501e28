/** The 766 scorecard as a user meets it: `--score`, `--profile 766`, `--by agency`, counts files, bad cells. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDemo, cli, tempDir } from '../io/dossiers/helpers.js';

type Indicator = { id: string; status: string; numerator?: number; denominator?: number; points: number | null; needs?: string; recover?: unknown[] };
type ScoreJson = { points: number; max: number; referenceDate?: string; indicators: Indicator[] };
const indicator = (score: ScoreJson, id: string) => score.indicators.find((i) => i.id === id)!;

function write(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const procedures = (dir: string) =>
  write(dir, 'procedures.csv', [
    'code,level,agency',
    '1.000001,4,Sở Tư pháp',
    '1.000002,3,UBND xã Hy Cương',
    '1.000003,2,Sở Tư pháp',
    '1.000003,2,UBND xã Hy Cương',
  ]);

/** `n` dossiers of one agency, handled on time or not (finished by or after their due date). */
function dossiers(agency: string, code: string, received: number, onTime: number): string[] {
  return Array.from({ length: received }, (_, i) =>
    [code, 'trực tuyến', '2026-01-05', '2026-01-20', i < onTime ? '2026-01-15' : '2026-01-25', agency, 'Có', '', '', '', ''].join(','),
  );
}
const header = 'code,channel,received_at,due_at,finished_at,Đơn vị tiếp nhận,Đồng bộ DVCQG,Lệ phí,Thanh toán trực tuyến,Kết quả điện tử,Đã số hóa';

function check(args: string[]) {
  const run = cli(['check', '--as-of', '2026-01-31', '--format', 'json', ...args]);
  return {
    ...run,
    json: run.stdout
      ? (JSON.parse(run.stdout) as {
          score?: ScoreJson;
          groups?: { key: string; score?: ScoreJson }[];
          checks: { id: string; numerator: number; denominator: number }[];
          issues: { kind: string; severity: string; line?: number; field?: string }[];
        })
      : undefined,
  };
}

describe('the 766 scorecard from the command line', () => {
  it("gives the portal's published points per agency and for the province with --by agency", () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', [
      header,
      ...dossiers('Sở Tư pháp', '1.000001', 588, 486),
      ...dossiers('UBND xã Hy Cương', '1.000002', 482, 332),
    ]);
    const run = check(['--procedures', procedures(dir), '--dossiers', register, '--score', '766', '--by', 'agency']);
    expect(run.code, run.stderr).toBeLessThan(2);
    const groups = new Map(run.json!.groups!.map((g) => [g.key, g.score!]));
    expect(indicator(groups.get('Sở Tư pháp')!, 'handled-on-time')).toMatchObject({ numerator: 486, denominator: 588, points: 16.53 });
    expect(indicator(groups.get('UBND xã Hy Cương')!, 'handled-on-time')).toMatchObject({ numerator: 332, denominator: 482, points: 13.78 });
    // The province: 818 of 1070 = 15.29 (20 × 818 / 1070 = 15.2897…).
    const province = indicator(run.json!.score!, 'handled-on-time');
    expect(province).toMatchObject({ numerator: 818, denominator: 1070, points: 15.29 });
    expect(province.recover).toEqual([
      { agency: 'UBND xã Hy Cương', missing: 150, points: 2.8 },
      { agency: 'Sở Tư pháp', missing: 102, points: 1.91 },
    ]);
  });

  it('judges unfinished dossiers on both sides of the reference date, the earlier of --to and --as-of', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', [
      'code,channel,received_at,due_at,finished_at,status',
      // finished by the reference date, on time and late
      '1.000001,1,2026-01-02,2026-01-10,2026-01-09,',
      '1.000001,1,2026-01-02,2026-01-10,2026-01-12,',
      // not finished: due on the reference date (on time), due the day before (overdue)
      '1.000001,1,2026-01-02,2026-01-20,,',
      '1.000001,1,2026-01-02,2026-01-19,,',
      // finished after the reference date, late by then: overdue at the reference date
      '1.000001,1,2026-01-02,2026-01-15,2026-01-25,',
      // not judged: no due date; resolved status without a finished date; due before received (located)
      '1.000001,1,2026-01-02,,,',
      '1.000001,1,2026-01-02,2026-01-20,,Đã trả kết quả',
      '1.000001,1,2026-01-12,2026-01-10,,',
    ]);
    const run = check(['--procedures', procedures(dir), '--dossiers', register, '--score', '--to', '2026-01-20']);
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(run.json!.score!.referenceDate).toBe('2026-01-20');
    expect(indicator(run.json!.score!, 'handled-on-time')).toMatchObject({ numerator: 2, denominator: 5, points: 8 });
    const kinds = run.json!.issues.map((i) => `${i.severity} ${i.kind} ${i.line ?? ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['warning due-before-received 9', 'warning unjudged-dossiers ', 'warning unjudged-dossiers ']));
    // Without --to, as of 2026-01-31: the dossier due 2026-01-20 and not finished is overdue too.
    const later = check(['--procedures', procedures(dir), '--dossiers', register, '--score']);
    expect(indicator(later.json!.score!, 'handled-on-time')).toMatchObject({ numerator: 1, denominator: 5 });
  });

  it('warns at the line of an unreadable score cell, leaves the dossier out of that indicator, and keeps data-quality whole', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', [
      header,
      '1.000001,1,2026-01-05,2026-01-20,2026-01-15,Sở Tư pháp,Có,50.000,1,,Có',
      '1.000001,1,2026-01-05,2026-01-20,2026-01-15,Sở Tư pháp,Có,năm chục,1,,Có',
      '1.000001,1,2026-01-05,2026-01-20,2026-01-15,Sở Tư pháp,Có,50.000,7,,Có',
      '1.000001,1,2026-01-05,2026-01-20,2026-01-15,Sở Tư pháp,chưa rõ,100.000 đ,0,x,Có',
    ]);
    const run = check(['--procedures', procedures(dir), '--dossiers', register, '--score']);
    expect(run.code, run.stderr).toBeLessThan(2);
    const score = run.json!.score!;
    expect(indicator(score, 'online-payment')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(indicator(score, 'dossier-sync')).toMatchObject({ numerator: 3, denominator: 3 });
    expect(run.json!.issues.filter((i) => i.kind === 'unreadable-score-value').map((i) => [i.line, i.field, i.severity])).toEqual([
      [3, 'fee', 'warning'],
      [4, 'paid_online', 'warning'],
      [5, 'synced', 'warning'],
    ]);
    const quality = run.json!.checks.find((c) => c.id === 'data-quality')!;
    expect(quality.numerator).toBe(quality.denominator);
  });

  it('reads none of the score columns without the score, and names a missing one with it', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', ['code,channel,received_at,Đồng bộ DVCQG', '1.000001,1,2026-01-05,không biết']);
    const plain = check(['--procedures', procedures(dir), '--dossiers', register]);
    expect(plain.json!.score).toBeUndefined();
    expect(plain.json!.issues.filter((i) => i.kind === 'unreadable-score-value')).toEqual([]);
    const scored = check(['--procedures', procedures(dir), '--dossiers', register, '--score']);
    const score = scored.json!.score!;
    expect(indicator(score, 'handled-on-time')).toMatchObject({ status: 'no-input', needs: 'due_at', points: null });
    expect(indicator(score, 'e-result')).toMatchObject({ status: 'no-input', needs: 'e_result' });
    expect(indicator(score, 'dossier-sync')).toMatchObject({ status: 'not-applicable', points: null });
    const table = cli(['check', '--as-of', '2026-01-31', '--procedures', procedures(dir), '--dossiers', register, '--score', '--no-color']);
    expect(table.stdout).toContain('766 scorecard');
    expect(table.stdout).toContain('needs column e_result');
  });

  it('gives dossiers of a code listed by several agencies to no agency when the register has no agency column', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', ['code,channel', '1.000001,2', '1.000003,1', '1.000003,2']);
    const run = check(['--procedures', procedures(dir), '--dossiers', register, '--score', '--by', 'agency']);
    const groups = new Map(run.json!.groups!.map((g) => [g.key, g.score!]));
    expect(indicator(groups.get('Sở Tư pháp')!, 'dossiers-online-share')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(indicator(run.json!.score!, 'dossiers-online-share')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(run.json!.issues).toContainEqual(expect.objectContaining({ kind: 'ungrouped-dossiers', count: 2 }));
  });

  it('scores a counts file as the register it was aggregated from, and refuses one made for another date', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', [header, ...dossiers('Sở Tư pháp', '1.000001', 12, 7), ...dossiers('UBND xã Hy Cương', '1.000001', 5, 5)]);
    const counts = join(dir, 'counts.csv');
    const aggregated = cli(['aggregate', '--dossiers', register, '--as-of', '2026-01-31', '--output', counts]);
    expect(aggregated.code, aggregated.stderr).toBe(0);
    const raw = check(['--procedures', procedures(dir), '--dossiers', register, '--score', '--by', 'agency']);
    const fromCounts = check(['--procedures', procedures(dir), '--dossier-counts', counts, '--score', '--by', 'agency']);
    expect(fromCounts.code, fromCounts.stderr).toBeLessThan(2);
    expect(fromCounts.json!.score).toEqual(raw.json!.score);
    expect(fromCounts.json!.groups!.map((g) => g.score)).toEqual(raw.json!.groups!.map((g) => g.score));
    // Adopted when no date is given; refused when --as-of says another.
    const adopted = cli(['check', '--procedures', procedures(dir), '--dossier-counts', counts, '--score', '--format', 'json']);
    expect(JSON.parse(adopted.stdout).score.referenceDate).toBe('2026-01-31');
    const refused = cli(['check', '--procedures', procedures(dir), '--dossier-counts', counts, '--score', '--as-of', '2026-02-28']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2026-01-31');
    expect(refused.stderr).toContain('2026-02-28');
  });

  it('scores a register alike with --engine duckdb and --engine js, its warnings at the same lines', () => {
    const dir = tempDir();
    const register = write(dir, 'dossiers.csv', [
      header,
      ...dossiers('Sở Tư pháp', '1.000001', 12, 7),
      '1.000001,1,2026-01-05,2026-01-20,2026-01-15,Sở Tư pháp,Có,năm chục,1,,Có',
      '1.000002,1,2026-01-25,2026-01-20,,UBND xã Hy Cương,chưa rõ,100.000 đ,0,x,Có',
      ...dossiers('UBND xã Hy Cương', '1.000002', 5, 2),
    ]);
    const run = (engine: string) => check(['--procedures', procedures(dir), '--dossiers', register, '--score', '--by', 'agency', '--engine', engine]);
    const byJs = run('js');
    const byDuckdb = run('duckdb');
    expect(byDuckdb.code, byDuckdb.stderr).toBe(byJs.code);
    expect(byDuckdb.json!.score).toEqual(byJs.json!.score);
    expect(byDuckdb.json!.groups!.map((g) => g.score)).toEqual(byJs.json!.groups!.map((g) => g.score));
    const warnings = (json: typeof byJs.json) =>
      json!.issues.filter((i) => i.kind === 'unreadable-score-value' || i.kind === 'due-before-received').map((i) => [i.kind, i.line, i.field]);
    expect(warnings(byJs.json)).toEqual([
      ['unreadable-score-value', 14, 'fee'],
      ['due-before-received', 15, 'due_at'],
      ['unreadable-score-value', 15, 'synced'],
    ]);
    expect(warnings(byDuckdb.json)).toEqual(warnings(byJs.json));
  });
});

describe('the demo scorecard', () => {
  it("reproduces the generator's figures (fixtures/demo/README.md)", () => {
    const { code, json } = checkDemo(['--dossiers', join(import.meta.dirname, '..', '..', 'fixtures', 'demo', 'dossiers.csv'), '--score', '766']);
    expect(code).toBe(1);
    const score = json.score as ScoreJson;
    expect(indicator(score, 'handled-on-time')).toMatchObject({ numerator: 4312, denominator: 4749 });
    expect(indicator(score, 'dossier-sync')).toMatchObject({ numerator: 3914, denominator: 4759 });
    expect(indicator(score, 'online-payment')).toMatchObject({ numerator: 51, denominator: 1636 });
    expect(indicator(score, 'e-result')).toMatchObject({ numerator: 1216, denominator: 4759 });
    expect(indicator(score, 'digitised')).toMatchObject({ numerator: 1022, denominator: 4759 });
    expect(indicator(score, 'update-on-time')).toMatchObject({ numerator: 290, denominator: 298 });
    expect(indicator(score, 'offered-online')).toMatchObject({ numerator: 223, denominator: 300 });
    expect(indicator(score, 'services-with-dossiers')).toMatchObject({ numerator: 85, denominator: 223 });
    expect(score.max).toBe(58);
    expect(indicator(score, 'dossier-sync').recover).toContainEqual({ agency: 'Sở Giao thông vận tải', missing: 47, points: 0.06 });
  });

  it('gives the change in points per indicator and in total since a --baseline report', () => {
    const dir = tempDir();
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, cli(['demo', '--score', '--format', 'json', '--as-of', '2021-11-30']).stdout);
    const now = JSON.parse(cli(['demo', '--score', '--format', 'json', '--baseline', baseline]).stdout);
    const before = JSON.parse(readFileSync(baseline, 'utf8'));
    const handled = now.score.indicators.find((i: Indicator) => i.id === 'handled-on-time');
    const handledBefore = before.score.indicators.find((i: Indicator) => i.id === 'handled-on-time');
    expect(handled.change).toBeCloseTo(handled.points - handledBefore.points, 8);
    expect(now.score.change).toBeCloseTo(now.score.points - before.score.points, 8);
  });

  it('shows the scorecard under --profile 766 and never changes the exit status', () => {
    const run = cli(['demo', '--profile', '766', '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/766 scorecard \(rules 766-2026/);
    expect(run.stdout).toMatch(/Measured: \d+\.\d\d of the 58 points these exports measure/);
    const csv = cli(['demo', '--score', '--format', 'csv']);
    expect(csv.stdout).not.toContain('handled-on-time');
  });
});
