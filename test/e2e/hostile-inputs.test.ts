/**
 * Issue 15, what a hostile or broken input may not do: crash the run, hijack the terminal, inject a
 * formula into a spreadsheet, or hang on one long header cell.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'tthc-check.js');
/** The locale is pinned to English, whatever the machine's: the messages below are the English catalogue's. */
const english = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...english } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-check-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('date flags', () => {
  it.each(['--from 2021-13-45', '--from 2026-01-00', '--to 2026-02-30', '--as-of 99999-01-01', '--as-of 31/12/2021'])('%s is one exit-2 line', (flag) => {
    const dir = dirWith({ 'p.csv': 'code,level\n1.000001,4\n' });
    const [name, value] = flag.split(' ') as [string, string];
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', name, value], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`tthc-check: ${name} "${value}" is not a date: write it as yyyy-MM-dd, e.g. 2026-01-31\n`);
  });

  it('a holiday file with a day that does not exist names its line', () => {
    const dir = dirWith({ 'p.csv': 'code,level\n1.000001,4\n', 'h.csv': 'date,kind\n2021-02-10,off\n2021-02-30,off\n' });
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', '--holidays', 'h.csv'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('tthc-check: h.csv:3: date "2021-02-30" is not a date: write it as yyyy-MM-dd or dd/MM/yyyy\n');
  });
});

describe('a baseline of the wrong shape', () => {
  it.each([
    ['{"schemaVersion":1,"checks":[null],"mismatches":[]}', '"checks[0]" must be an object, not null'],
    ['{"schemaVersion":1,"checks":[],"mismatches":[null]}', '"mismatches[0]" must be an object, not null'],
    ['{"schemaVersion":1,"checks":[],"mismatches":[],"asOf":12345}', '"asOf" must be a yyyy-MM-dd date, not 12345'],
    ['{"schemaVersion":1,"checks":[],"mismatches":[],"profile":{"a":1}}', '"profile" must be a profile name, not {"a":1}'],
  ])('%s is refused by name', (json, message) => {
    const dir = dirWith({ 'p.csv': 'code,level\n1.000001,4\n', 'b.json': json });
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', '--baseline', 'b.json'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(`tthc-check: b.json: ${message}: give an unedited report written with --format json\n`);
  });
});

const hostile = [
  'code,name,level,agency',
  '1.000001,"\x1b]0;pwned\x07Đăng ký\x1b[2K\rPASS 7 of 7",4,"Sở\x9b31m Tư pháp"',
  '1.000002,Khai sinh,3,"x;=HYPERLINK(""http://e"")"',
  '1.000003,Khai tử,3,=1+1',
  '',
].join('\n');

describe('control characters in names and agencies', () => {
  it.each(['table', 'markdown', 'csv', 'junit'])('never reach the terminal raw in --format %s', (format) => {
    const dir = dirWith({ 'p.csv': hostile });
    const { stdout } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', format], dir);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/);
  });

  it('never reach the page raw in --format html', () => {
    const dir = dirWith({ 'p.csv': hostile });
    const { code } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', 'html', '--output', 'r.html'], dir);
    expect(code).not.toBe(2);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(page).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/);
    expect(page).toContain('Sở&lt;U+009B&gt;31m Tư pháp');
  });

  it('shows them as control pictures', () => {
    const dir = dirWith({ 'p.csv': hostile });
    const { stdout } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', 'csv'], dir);
    expect(stdout).toContain('Sở<U+009B>31m Tư pháp');
  });

  it('stay in JSON as they were read, escaped', () => {
    const dir = dirWith({ 'p.csv': hostile });
    const { stdout } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', 'json'], dir);
    expect(stdout).toContain('\\u001b]0;pwned\\u0007');
    expect(stdout).toContain('\\u009b');
    const report = JSON.parse(stdout);
    expect(report.groups.map((g: { key: string }) => g.key)).toContain('Sở\x9b31m Tư pháp');
  });

  it('in a header cell, are shown in the one-line error too', () => {
    const dir = dirWith({ 'p.csv': 'code,\x1b[2Jmuc\n1.000001,4\n' });
    const { code, stderr } = cli(['check', '--procedures', 'p.csv'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('"␛[2Jmuc"');
  });
});

describe('control characters in the 766 score section', () => {
  it.each(['table', 'markdown'])('are shown as control pictures in --format %s, where an agency is named', (format) => {
    const demo = join(root, 'fixtures', 'demo');
    const files = Object.fromEntries(
      ['procedures', 'dossiers', 'national'].map((name) => [
        `${name}.csv`,
        readFileSync(join(demo, `${name}.csv`), 'utf8').replaceAll('Sở Tư pháp', 'Sở\x1b[2K\rTư pháp'),
      ]),
    );
    const dir = dirWith(files);
    const args = ['check', '--procedures', 'procedures.csv', '--dossiers', 'dossiers.csv', '--national', 'national.csv', '--as-of', '2021-12-31'];
    const { stdout } = cli([...args, '--score', '766', '--by', 'agency', '--format', format], dir);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(stdout).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/);
    // The score's "recover from" names the agency.
    expect(stdout).toMatch(/Sở␛\\?\[2K␍Tư pháp \(\d+ missing/);
  });
});

describe('csv cells a spreadsheet would run', () => {
  it('quotes a cell holding ";" and makes a leading "=" text', () => {
    const dir = dirWith({ 'p.csv': hostile });
    const { stdout } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', 'csv'], dir);
    expect(stdout).toContain('agency,"x;=HYPERLINK(""http://e"")",level3,');
    expect(stdout).toContain("agency,'=1+1,level3,");
  });
});

describe('a header of one long cell', () => {
  it('answers with the usual exit-2 line, the cell abbreviated', () => {
    const dir = dirWith({ 'p.csv': `${'x'.repeat(4_000_000)}\n1,2\n` });
    const { code, stderr } = cli(['check', '--procedures', 'p.csv'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`Headers found (1): "${'x'.repeat(39)}…".`);
    expect(stderr.length).toBeLessThan(2000);
  });
});

describe('one huge field', () => {
  it('is refused at its line past 16 MB, before it costs its size several times over', () => {
    const dir = dirWith({ 'p.csv': `code,level,name\n1.000001,4,x\n1.000002,3,"${'y'.repeat(17 * 1024 * 1024)}"\n` });
    const { code, stderr } = cli(['check', '--procedures', 'p.csv'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'tthc-check: p.csv:3: a row starting on this line is longer than 16 MB (the most a row may hold): a quote is probably never closed: add the missing " or remove the stray one\n',
    );
  });
});

describe('the stderr line after a report with many error rows', () => {
  it('says how many rows have errors and how many findings the report lists, not the listed ones as the total', () => {
    // 2,500 dossier rows, each with two errors (a bad date and an unknown channel).
    const rows = Array.from({ length: 2_500 }, (_, i) => `1.${String(100_000 + i)};Fax;31/02/2021`);
    const dir = dirWith({
      'p.csv': 'code,level\n1.000001,4\n1.00000\u041d,4\n',
      'd.csv': ['Mã TTHC;Hình thức nộp;Ngày tiếp nhận', ...rows, ''].join('\n'),
    });
    const { code, stdout, stderr } = cli(['check', '--procedures', 'p.csv', '--dossiers', 'd.csv', '--format', 'json', '--as-of', '2021-12-31'], dir);
    expect(code).toBe(1);
    const dataQuality = (JSON.parse(stdout) as { checks: { id: string; numerator: number; denominator: number }[] }).checks.find(
      (c) => c.id === 'data-quality',
    );
    expect(dataQuality).toMatchObject({ numerator: 2, denominator: 2_502 });
    // 1,000 listed of each kind of error, and two warnings (the Cyrillic letter, the dossiers of no listed procedure): 2,002 listed of 5,002.
    expect(stderr).toBe(
      'tthc-check: 2,500 rows with errors in the inputs; 5,000 errors, 2 warnings found, 2,002 of them listed in the report, the rest counted only\n',
    );
  });

  it('says all are listed when none was left out', () => {
    const dir = dirWith({ 'p.csv': 'code,level\n1.000001,4\n1.000002,9\n' });
    const { stderr } = cli(['check', '--procedures', 'p.csv', '--format', 'json', '--as-of', '2021-12-31'], dir);
    expect(stderr).toBe('tthc-check: 1 row with errors in the inputs; 1 error, 0 warnings found, all listed in the report\n');
  });
});

describe('--by over a column with a value per procedure', () => {
  const list = (n: number) => `code,level,agency\n${Array.from({ length: n }, (_, i) => `1.${String(i).padStart(6, '0')},4,Agency ${i}\n`).join('')}`;

  it('10,001 groups is one exit-2 line, in either language, instead of a report too large to hold', () => {
    const dir = dirWith({ 'p.csv': list(10_001) });
    const en = cli(['check', '--procedures', 'p.csv', '--by', 'agency'], dir);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'tthc-check: p.csv: --by agency makes 10,001 groups, more than the 10,000 one report holds: check that the agency column is the right one, not a value per procedure, or leave out --by\n',
    );
    const vi = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--lang', 'vi'], dir);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('--by agency tạo ra 10.001 nhóm, vượt quá giới hạn 10.000 nhóm của một báo cáo');
    expect(vi.stderr).toContain('cột cơ quan thực hiện');
  });

  it('10,000 groups are still reported, one csv row per check and group', () => {
    const dir = dirWith({ 'p.csv': list(10_000) });
    const { code, stdout } = cli(['check', '--procedures', 'p.csv', '--by', 'agency', '--format', 'csv', '--as-of', '2021-12-31'], dir);
    expect(code).toBe(0);
    expect(stdout.split(/\r?\n/)).toContain('agency,Agency 9999,level3,pass,1,1,100.00,>=,70,0,');
  });
});

describe('control characters in what an error quotes', () => {
  it('a file name with a line break stays on the one line of its error', () => {
    const dir = dirWith({});
    const { code, stderr } = cli(['check', '--procedures', 'x\r\nPASS 7 of 7'], dir);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('x␍␊PASS 7 of 7');
  });

  it('a file name with a line break stays on the one line of the input summary and of each issue', () => {
    const name = 'p\u001b[31m\nnl.csv';
    const dir = dirWith({ [name]: 'code,level\n1.000001,4\n1.000002,9\n' });
    const { stdout } = cli(['check', '--procedures', name, '--as-of', '2021-12-31'], dir);
    expect(stdout).toContain('procedures: p␛[31m␊nl.csv (utf-8');
    expect(stdout).toContain('error p␛[31m␊nl.csv:3 [level]');
  });

  it('a flag value the command line refuses is shown, not sent to the terminal', () => {
    const dir = dirWith({});
    const { code, stderr } = cli(['check', '--procedures', 'p.csv', '--by', '\u001b]0;owned\u0007'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe("error: option '--by <field>' argument '␛]0;owned␇' is invalid. Allowed choices are agency, tier, field.\n");
  });
});
