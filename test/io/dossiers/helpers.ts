import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..', '..');
export const demo = join(root, 'fixtures', 'demo');
const bin = join(root, 'bin', 'tthc-check.js');

export function cli(args: string[]) {
  // English whatever the machine's locale: these tests read the English messages.
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `check --format json` on the demo's procedure and national lists, with the given dossier options. */
export function checkDemo(dossierArgs: string[]): { code: number | null; json: Record<string, unknown>; stderr: string } {
  const run = cli([
    'check',
    '--procedures',
    join(demo, 'procedures.csv'),
    '--national',
    join(demo, 'national.csv'),
    '--holidays',
    join(root, 'fixtures', 'holidays-2021.csv'),
    '--as-of',
    '2021-12-31',
    '--format',
    'json',
    ...dossierArgs,
  ]);
  return { code: run.code, json: run.stdout ? JSON.parse(run.stdout) : {}, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tthc-check-scale-'));
}

/** The demo register cut into `parts` shards, each with the header. */
export function demoShards(dir: string, parts: number): string[] {
  const [header, ...rows] = readFileSync(join(demo, 'dossiers.csv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const size = Math.ceil(rows.length / parts);
  return Array.from({ length: parts }, (_, i) => {
    const file = join(dir, `shard-${i}.csv`);
    writeFileSync(file, `${[header, ...rows.slice(i * size, (i + 1) * size)].join('\n')}\n`);
    return file;
  });
}

/** Whether the optional DuckDB engine is installed: its tests skip, saying so, when it is not. */
export const hasDuckdb = await import('@duckdb/node-api').then(
  () => true,
  () => false,
);

/** readDossierInputs from dist/: the default reader runs worker threads of built JavaScript (npm test builds first). */
export const { readDossierInputs } = (await import(
  pathToFileURL(join(root, 'dist', 'io', 'dossiers', 'index.js')).href
)) as typeof import('../../../src/io/dossiers/index.js');
