import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { main as Main } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tthc-check.js');
const demo = join(root, 'fixtures', 'demo');

/** The locale is pinned to English here, whatever the machine's: the tests that speak Vietnamese say so. */
const english = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** A real run of the installed command: kept for what only a process shows (the shebang, the exit status). */
function binary(args: string[], env: Record<string, string> = {}, cwd = root) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...english, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The dossier readers run on worker threads, which run built JavaScript: the CLI is loaded from dist/
// (npm test builds first).
const { main } = (await import(pathToFileURL(join(root, 'dist', 'cli.js')).href)) as { main: typeof Main };

/** The command line in process, through main() with fake streams: the same code path, without a process each. */
async function cli(args: string[], env: Record<string, string> = {}, cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: [process.execPath, bin, ...args],
    env: { ...process.env, ...english, ...env },
    // As a Node stream does, a write calls back once the text is taken: the report waits for it.
    stdout: { write: (text: string, done?: (error?: Error | null) => void) => ((stdout += text), done?.()), isTTY: false },
    stderr: { write: (text: string, done?: (error?: Error | null) => void) => ((stderr += text), done?.()), isTTY: false },
    cwd,
    now: new Date(),
  });
  return { code, stdout, stderr };
}

/** The official 2021 schedule, which `demo` reads too. */
const holidays = ['--holidays', join(root, 'fixtures', 'holidays-2021.csv')];

const demoArgs = [
  'check',
  '--procedures',
  join(demo, 'procedures.csv'),
  '--national',
  join(demo, 'national.csv'),
  '--dossiers',
  join(demo, 'dossiers.csv'),
  ...holidays,
  '--as-of',
  '2021-12-31',
];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tthc-check-e2e-'));
}

describe('demo', () => {
  it('prints the verdict first and the check table, and exits 0 although checks fail', async () => {
    const { code, stdout, stderr } = await cli(['demo']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('FAIL 4 of 7 checks: level4, code-match, national-portal, publication-deadline');
    expect(stdout).toMatch(/81\/300 = 27\.00 %.*≥ 30 %.*FAIL need \+9/);
    expect(stdout).toContain('1.004953.000.00.00.H23');
    expect(stdout).not.toContain('\x1b[');
    expect(stderr).toBe('');
  });
});

describe('check', () => {
  it('exits 1 when a target fails and writes the SPEC §6 JSON contract', async () => {
    const { code, stdout } = await cli([...demoArgs, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ schemaVersion: 1, profile: 'hanam-2021', passed: false });
    expect(report.inputs[0]).toMatchObject({ role: 'procedures', encoding: 'utf-8', bom: true, delimiter: ';', rows: 389 });
    const level4 = report.checks.find((c: { id: string }) => c.id === 'level4');
    const { candidates, ...figures } = level4;
    expect(figures).toEqual({
      id: 'level4',
      status: 'fail',
      numerator: 81,
      denominator: 300,
      ratio: 81 / 300,
      target: { op: '>=', percent: 30 },
      shortfall: 9,
    });
    // Every procedure below level 4, the most used online first.
    expect(candidates).toHaveLength(300 - 81);
    expect(candidates[0]).toMatchObject({ code: '1.000894.000.00.00.H23', name: 'Thủ tục đăng ký kết hôn', value: 362 });
    expect(report.procedures).toHaveLength(300);
    expect(report.procedures.filter((p: { failing: string[] }) => p.failing.includes('level4'))).toHaveLength(300 - 81);
    expect(report.checks.find((c: { id: string }) => c.id === 'online-dossiers')).toMatchObject({ status: 'info', numerator: 1131, denominator: 4040 });
    expect(report.mismatches).toContainEqual({
      code: '1.009647.000.00.00.H32',
      name: expect.any(String),
      line: 74,
      suggestion: { code: '1.009647.000.00.00.H23', reason: 'suffix' },
    });
    // Across Tết Tân Sửu: the 2021 notice gave 10–16/2 off and kept 17/2 a working day.
    expect(report.late).toContainEqual(
      expect.objectContaining({ code: '2.000209.000.00.00.H23', signedAt: '2021-02-08', deadline: '2021-02-22', updatedAt: '2021-02-24', workingDays: 7 }),
    );
    expect(report.late.map((l: { code: string }) => l.code)).not.toContain('1.004884.000.00.00.H23'); // on time only by the notice
    expect(report.issues.filter((i: { kind: string }) => i.kind === 'holiday-rule-unlisted')).toEqual([]);
    expect(report.issues.every((i: { message: string }) => typeof i.message === 'string' && i.message.length > 0)).toBe(true);
  });

  it('exits 0 when every targeted check passes, skipping checks without input', async () => {
    const dir = tempDir();
    const file = join(dir, 'tthc.csv');
    writeFileSync(file, 'code,level\n1.000001,4\n1.000002,4\n1.000003,3\n');
    const { code, stdout } = await cli(['check', '--procedures', file]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^PASS 3 of 7 checks \(4 skipped: /);
  });

  it('fails skipped checks with --require-all', async () => {
    const dir = tempDir();
    const file = join(dir, 'tthc.csv');
    writeFileSync(file, 'code,level\n1.000001,4\n');
    expect((await cli(['check', '--procedures', file, '--require-all'])).code).toBe(1);
  });

  it('prints one summary line with --quiet', async () => {
    const { code, stdout, stderr } = await cli([...demoArgs, '--quiet']);
    expect(code).toBe(1);
    expect(stdout).toBe('FAIL 4 of 7 checks: level4, code-match, national-portal, publication-deadline\n');
    expect(stderr).toBe('');
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const out = join(tempDir(), 'report.json');
    const { code, stdout } = await cli([...demoArgs, '--format', 'json', '--output', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
  });

  it('limits dossiers to the period', async () => {
    const { stdout } = await cli([...demoArgs, '--from', '2021-03-01', '--to', '2021-03-31', '--format', 'json']);
    const all = JSON.parse((await cli([...demoArgs, '--format', 'json'])).stdout);
    const march = JSON.parse(stdout);
    const counted = (r: { checks: { id: string; denominator: number }[] }) => r.checks.find((c) => c.id === 'postal-dossiers')!.denominator;
    expect(counted(march)).toBeGreaterThan(0);
    expect(counted(march)).toBeLessThan(counted(all) / 5);
  });
});

describe('reports analysts act on', () => {
  it('breaks the checks down per agency, worst first', async () => {
    const report = JSON.parse((await cli([...demoArgs, '--by', 'agency', '--format', 'json'])).stdout);
    const groups = report.groups as { by: string; key: string; checks: { id: string; status: string }[] }[];
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.every((g) => g.by === 'agency')).toBe(true);
    const failing = groups.map((g) => g.checks.filter((c) => c.status === 'fail').length);
    expect(failing).toEqual([...failing].sort((a, b) => b - a));
  });

  it('compares with a baseline report', async () => {
    const dir = tempDir();
    const before = join(dir, 'before.json');
    await cli([...demoArgs.slice(0, -1), '2021-06-30', '--to', '2021-06-30', '--format', 'json', '--output', before]);
    const { stdout } = await cli([...demoArgs, '--baseline', before]);
    expect(stdout).toMatch(/Online uptake.*\n.*▲ \+\d+\.\d\d pts \(\+\d+\)/);
    const report = JSON.parse((await cli([...demoArgs, '--baseline', before, '--format', 'json'])).stdout);
    expect(report.trend).toMatchObject({ baseline: before, baselineAsOf: '2021-06-30', newlyMismatched: [], fixed: [] });
  });

  it('reads tthc-check.config.json from the working directory', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tthc-check.config.json'), JSON.stringify({ targets: { level4: { op: '>=', percent: 25 } } }));
    const { stdout } = await cli([...demoArgs, '--format', 'json'], {}, dir);
    expect(JSON.parse(stdout).checks.find((c: { id: string }) => c.id === 'level4')).toMatchObject({ status: 'pass' });
  });
});

describe('the same data in English and in Vietnamese exports', () => {
  it('gives identical check results', async () => {
    const dir = tempDir();
    const rows = parse(readFileSync(join(demo, 'procedures.csv')), { bom: true, delimiter: ';' }) as string[][];
    const toIso = (d: string) => (d ? d.split('/').reverse().join('-') : '');
    const english = [
      'code,name,field,agency,tier,level,national_portal,decision_signed_at,national_updated_at',
      ...rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[7], toIso(r[8]!), toIso(r[9]!)].map((v) => `"${v!.replace(/"/g, '""')}"`).join(',')),
    ].join('\n');
    writeFileSync(join(dir, 'procedures.csv'), english);
    const vietnamese = await cli([...demoArgs, '--format', 'json']);
    const translated = await cli(['check', '--procedures', join(dir, 'procedures.csv'), ...demoArgs.slice(3), '--format', 'json']);
    expect(translated.code).toBe(vietnamese.code);
    expect(JSON.parse(translated.stdout).checks).toEqual(JSON.parse(vietnamese.stdout).checks);
  });
});

describe('runs that cannot be evaluated exit 2 with one line and no stack', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('names a missing file', async () => {
    const { code, stderr } = await cli(['check', '--procedures', 'nope.csv']);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain('nope.csv: file not found');
  });

  it('names a missing required column with the headers found', async () => {
    const file = join(tempDir(), 'tthc.csv');
    writeFileSync(file, 'Mã TTHC;Tên thủ tục\n1.000001;A\n');
    const { code, stderr } = await cli(['check', '--procedures', file]);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain(`${file}:1: no column for the required field "level"`);
    expect(stderr).toContain('"Tên thủ tục"');
  });

  it('refuses a procedure list with no rows', async () => {
    const file = join(tempDir(), 'tthc.csv');
    writeFileSync(file, 'code,level\n');
    const { code, stderr } = await cli(['check', '--procedures', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('no data rows');
  });

  it('names the key of a bad config', async () => {
    const file = join(tempDir(), 'config.json');
    writeFileSync(file, JSON.stringify({ targets: { level3: { op: '>=', percent: 170 } } }));
    const { code, stderr } = await cli([...demoArgs, '--config', file]);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr).toContain(`${file}: targets.level3.percent: must be a number from 0 to 100`);
  });

  it('refuses a baseline that is not a report', async () => {
    const file = join(tempDir(), 'old.json');
    writeFileSync(file, '{"hello": 1}');
    const { code, stderr } = await cli([...demoArgs, '--baseline', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: has schemaVersion undefined`);
  });

  it('rejects a bad date flag, a missing required option and an unknown format', async () => {
    expect((await cli([...demoArgs, '--from', '31/01/2026'])).code).toBe(2);
    expect((await cli(['check'])).code).toBe(2);
    const bad = await cli([...demoArgs, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('xml');
  });
});

describe('periods and schedules', () => {
  it('refuses a period that ends before it starts', async () => {
    const { code, stderr } = await cli([...demoArgs, '--from', '2026-07-01', '--to', '2026-01-01']);
    expect(code).toBe(2);
    expect(stderr).toContain('--from 2026-07-01 is after --to 2026-01-01');
  });

  it('warns when a schedule file leaves a rule-derived day off unmentioned', async () => {
    const dir = tempDir();
    const procedures = join(dir, 'tthc.csv');
    writeFileSync(procedures, 'code,level,decision_signed_at,national_updated_at\n1.000001,4,2025-01-24,\n');
    const holidays = join(dir, 'holidays.csv');
    writeFileSync(holidays, 'date,kind\n2025-01-27,off\n2025-01-28,off\n2025-01-29,off\n2025-01-30,off\n2025-01-31,off\n');
    const report = JSON.parse((await cli(['check', '--procedures', procedures, '--holidays', holidays, '--as-of', '2026-01-01', '--format', 'json'])).stdout);
    expect(report.issues).toContainEqual(expect.objectContaining({ kind: 'holiday-rule-unlisted', value: '2025-02-03', file: holidays }));
    // 3 February stays off by the rules, so 5 working days from Fri 24 January end on Mon 10 February.
    expect(report.late[0]).toMatchObject({ deadline: '2025-02-10' });
  });

  it('names the config key of a holiday file that is not there', async () => {
    const dir = tempDir();
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify({ holidays: 'hol.csv' }));
    const { code, stderr } = await cli([...demoArgs.filter((arg) => !holidays.includes(arg)), '--config', config]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}: holidays: ${join(dir, 'hol.csv')} not found`);
  });
});

describe('the installed command, as a process', () => {
  it('runs the demo and exits 0 with the verdict on stdout and nothing on stderr', () => {
    const { code, stdout, stderr } = binary(['demo']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('FAIL 4 of 7 checks: level4, code-match, national-portal, publication-deadline');
    expect(stderr).toBe('');
  });

  it('sets the exit status 1 on a failing target and 2 with one line on stderr for a missing file', () => {
    expect(binary(demoArgs).code).toBe(1);
    const missing = binary(['check', '--procedures', 'no-such-file.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no-such-file.csv');
  });

  it('prints its version', () => {
    const { code, stdout } = binary(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});

describe('reports for people (--format html, xlsx)', () => {
  it.each(['html', 'xlsx'])('--format %s without --output exits 2 before reading anything, saying what to add', async (format) => {
    const { code, stdout, stderr } = await cli(['demo', '--format', format]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`tthc-check: --format ${format} writes a file: add --output FILE (e.g. --output report.${format})\n`);
  });

  it('writes both files atomically, leaving no temporary file, and exits as check does', async () => {
    const dir = tempDir();
    const html = join(dir, 'report.html');
    const xlsx = join(dir, 'report.xlsx');
    expect((await cli([...demoArgs, '--by', 'agency', '--format', 'html', '--output', html])).code).toBe(1);
    expect((await cli([...demoArgs, '--format', 'xlsx', '--output', xlsx])).code).toBe(1);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*Targets not met: 4 of 7 targeted checks fail[\s\S]*<\/html>\n$/);
    expect(readFileSync(xlsx).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.xlsx']);
  });

  it('writes them in the language asked for', async () => {
    const dir = tempDir();
    const html = join(dir, 'bao-cao.html');
    expect((await cli([...demoArgs, '--lang', 'vi', '--format', 'html', '--output', html])).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Chưa đạt: 4/7 chỉ tiêu không đạt');
    expect(page).toContain('DVCTT toàn trình');
    expect(page).not.toContain('Targets not met');
  });
});
