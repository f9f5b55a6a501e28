/**
 * Issue 15, the fuzz property beyond CSV bytes (test/io/properties.test.ts): any command line over a set
 * of good, broken and missing inputs, and any config file, ends in a verdict (0, 1) or one clear exit-2
 * line — never an internal error, a stack trace or a raw control character on the analyst's terminal.
 * Run in process through main(), with every path absolute inside a temporary folder, so no case can
 * write anywhere else. FUZZ_RUNS=2000 npx vitest run test/e2e/fuzz.test.ts tries more cases.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { main as Main } from '../../src/cli.js';

const root = join(import.meta.dirname, '..', '..');
// The dossier readers run on worker threads, which run built JavaScript: the CLI is loaded from dist/.
const { main } = (await import(pathToFileURL(join(root, 'dist', 'cli.js')).href)) as { main: typeof Main };

const dir = mkdtempSync(join(tmpdir(), 'tthc-check-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
mkdirSync(join(dir, 'folder'));
const inputs = [
  file(
    'p.csv',
    'Mã TTHC;Tên thủ tục;Mức độ;Cơ quan thực hiện\n1.000894.000.00.00.H23;Đăng ký kết hôn;Toàn trình;UBND xã\n1.001612;Cấp phép;Một phần;Sở Xây dựng\n',
  ),
  file('n.csv', 'code,name\n1.000894.000.00.00.H23,Đăng ký kết hôn\n'),
  file('d.csv', 'Số hồ sơ;Mã TTHC;Hình thức nộp;Ngày tiếp nhận\nHS-1;1.000894;Trực tuyến;03/02/2021\nHS-2;1.001612;Trực tiếp;31/02/2021\n'),
  file('counts.csv', 'code,counted,online\n1.000894,3,x\n'),
  file('h.csv', 'date,kind\n2021-02-10,off\n'),
  file('bad.csv', '\u0000\u001b[2J"unclosed;\r\n\uFFFE'),
  file('empty.csv', ''),
  file('report.json', '{"schemaVersion":1,"checks":[{"id":"level3","numerator":"x"}],"mismatches":[]}'),
  file('title.xlsx', 'PK\u0003\u0004 not really a workbook'),
  join(dir, 'folder'),
  join(dir, 'missing.csv'),
  join(dir, 'g[12].csv'),
];
const outputs = [join(dir, 'out.json'), join(dir, 'out.html'), join(dir, 'out.xlsx'), join(dir, 'folder'), join(dir, 'nowhere', 'out.csv'), join(dir, 'p.csv')];

const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', '-', '--', '\u001b]0;owned\u0007', 'x\r\nPASS', '9'.repeat(40), '\u202eevil', 'null'),
);
const dates = fc.oneof(
  fc.constantFrom('2021-12-31', '2021-02-29', '2021-13-45', '2026-01-00', '31/12/2021', '99999-01-01', '2021-1-1', '0000-01-01'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const valueFor: Record<string, fc.Arbitrary<string>> = {
  '--procedures': fc.constantFrom(...inputs),
  '--national': fc.constantFrom(...inputs),
  '--dossiers': fc.constantFrom(...inputs),
  '--dossier-counts': fc.constantFrom(...inputs),
  '--holidays': fc.constantFrom(...inputs),
  '--baseline': fc.constantFrom(...inputs),
  '--config': fc.constantFrom(...inputs),
  '--output': fc.constantFrom(...outputs),
  '--engine': fc.constantFrom('auto', 'js', 'duckdb', 'spark'),
  '--from': dates,
  '--to': dates,
  '--as-of': dates,
  '--profile': fc.constantFrom('hanam-2021', 'nd42-2022', 'nowhere'),
  '--by': fc.constantFrom('agency', 'tier', 'field', 'code'),
  '--score': fc.constantFrom('766', '767'),
  '--format': fc.constantFrom('table', 'json', 'csv', 'markdown', 'junit', 'html', 'xlsx', 'pdf'),
  '--lang': fc.constantFrom('vi', 'en', 'fr'),
};
const bareFlags = ['--require-all', '--quiet', '--no-color', '--help', '--version', '--unknown', '-x'];

/** Any text as a file name inside the folder: no separator, so it cannot climb out of it. */
const hostileName = hostileText.map((text) => join(dir, `f-${text.replace(/[/\\\0]/g, '_')}`));
const pathFlags = new Set(['--procedures', '--national', '--dossiers', '--dossier-counts', '--holidays', '--baseline', '--config', '--output']);

/** A flag with its value (one of its own, or anything — for a path, a file name in the folder), or a flag without one, or a stray word. */
const argument = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...Object.keys(valueFor))
      .chain((flag) => fc.tuple(fc.constant(flag), fc.oneof({ weight: 5, arbitrary: valueFor[flag]! }, pathFlags.has(flag) ? hostileName : hostileText))),
  },
  { weight: 1, arbitrary: fc.constantFrom(...bareFlags).map((flag) => [flag]) },
  { weight: 1, arbitrary: hostileText.map((text) => [text]) },
);
/** Most lines name the inputs a command needs, so that they get as far as reading them; the rest is anything. */
const start = fc.oneof(
  { weight: 4, arbitrary: fc.constant(['check', '--procedures', inputs[0]!]) },
  { weight: 1, arbitrary: fc.constantFrom(...inputs).map((procedures) => ['check', '--procedures', procedures]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...inputs), fc.constantFrom(...outputs))
      .map(([dossiers, output]) => ['aggregate', '--dossiers', dossiers, '--output', output]),
  },
  { weight: 1, arbitrary: fc.constantFrom(['check'], ['aggregate'], ['demo'], ['verify'], []) },
);
const commandLine = fc.tuple(start, fc.array(argument, { maxLength: 5 })).map(([first, args]) => [...first, ...args.flat()]);

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: [process.execPath, 'tthc-check', ...args],
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', NO_COLOR: '1' },
    stdout: { write: (text: string, done?: (error?: Error | null) => void) => ((stdout += text), done?.()), isTTY: false },
    stderr: { write: (text: string, done?: (error?: Error | null) => void) => ((stderr += text), done?.()), isTTY: false },
    cwd: dir,
    now: new Date('2026-12-06T03:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** What no run may print, whatever it was given. */
function expectWellBehaved({ code, stderr }: { code: number; stderr: string }) {
  expect([0, 1, 2]).toContain(code);
  expect(stderr).not.toMatch(/internal error|lỗi nội bộ|\n\s+at /);
  // Controls from the command line or the files are shown visibly, never sent to the terminal.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  if (code === 2) expect(stderr).not.toBe('');
}

describe('any command line', () => {
  it('ends in a verdict or one clear refusal, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (args) => {
        const outcome = await run(args);
        expectWellBehaved(outcome);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
  }, 240_000);
});

describe('any config file', () => {
  const keys = ['profile', 'targets', 'deadlineWorkingDays', 'level3Basis', 'uptakeBasis', 'agencySuffix', 'aliases', 'holidays', 'score', 'lang'];
  const known = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
  // Targets with plausible shapes and wrong values: the keys the checks have, odd numbers and strings.
  const targets = fc.record({
    targets: fc.dictionary(
      fc.constantFrom('level3', 'level4', 'online-uptake', 'code-match', 'nope'),
      fc.oneof(fc.double(), fc.constantFrom('70', '>= 70', null, -1, 101, 1e308), fc.record({ op: fc.constantFrom('>=', '>', '=<'), percent: fc.double() })),
    ),
  });
  const content = fc.oneof(
    known.map((value) => JSON.stringify(value)),
    targets.map((value) => JSON.stringify(value)),
    fc.json({ maxDepth: 3 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  it('is used or refused in one line naming the file, never an internal error', async () => {
    const procedures = file('config-p.csv', 'code,level\n1.000894,4\n');
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(content, fc.boolean(), async (text, asDefault) => {
        // Given by --config, or found in the folder the command runs in (tthc-check.json).
        const config = file(asDefault ? 'tthc-check.json' : `config-${cases++}.json`, text);
        // A procedure list of its own: the command lines above may write a report over p.csv.
        const args = ['check', '--procedures', procedures, '--as-of', '2021-12-31', ...(asDefault ? [] : ['--config', config])];
        const outcome = await run(args);
        if (asDefault) writeFileSync(config, '{}');
        expectWellBehaved(outcome);
        if (outcome.code === 2) {
          expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
          expect(outcome.stderr).toContain(config);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  }, 240_000);
});
