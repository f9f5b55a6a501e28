import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDemo, demo, demoShards, root, tempDir } from './helpers.js';

// Worker threads run built JavaScript, so this test loads the module from dist/ (npm test builds first).
const parallel = pathToFileURL(join(root, 'dist', 'io', 'dossiers', 'parallel.js')).href;
type Parallel = typeof import('../../../src/io/dossiers/parallel.js');

describe('reading several dossier files on worker threads', () => {
  it('gives the tallies, issues and summaries of a sequential read, in file order', async () => {
    const { readDossierFiles } = (await import(parallel)) as Parallel;
    const files = demoShards(tempDir(), 3);
    const sequential = await readDossierFiles(files, { threads: 0 });
    const threaded = await readDossierFiles(files, { threads: 2 });
    expect(threaded).toEqual(sequential);
    const period = { from: '2021-03-01', to: '2021-06-30' };
    expect(await readDossierFiles(files, { threads: 2, period })).toEqual(await readDossierFiles(files, { threads: 0, period }));
  });

  it('reads workbook registers on worker threads as on the main thread, located at their sheet', async () => {
    const { readDossierFiles } = (await import(parallel)) as Parallel;
    const workbooks = ['demo-dossiers.xls', 'dossiers-merged.xlsx#Hồ sơ'].map((name) => join(root, 'fixtures', 'workbooks', name));
    const threaded = await readDossierFiles(workbooks, { threads: 2 });
    expect(threaded).toEqual(await readDossierFiles(workbooks, { threads: 0 }));
    expect(threaded.map((read) => read.summary)).toMatchObject([
      { format: 'html-table', headerRow: 2, rows: 4908 },
      { format: 'xlsx', sheet: 'Hồ sơ', headerRow: 1, rows: 5 },
    ]);
    expect(threaded[1]!.issues.map((issue) => [issue.kind, issue.file, issue.cell])).toEqual([
      ['empty-code', `${workbooks[1]!.replace('#Hồ sơ', '')}#Hồ sơ`, 'B3'],
      ['merged-cells-not-applied', `${workbooks[1]!.replace('#Hồ sơ', '')}#Hồ sơ`, expect.stringMatching(/^[BC]2:[BC]3$/)],
    ]);
  });

  it('gives the checks of the whole register when it is split in shards', () => {
    const whole = checkDemo(['--dossiers', join(demo, 'dossiers.csv')]);
    const shards = checkDemo(['--dossiers', ...demoShards(tempDir(), 3)]);
    expect(shards.json.checks).toEqual(whole.json.checks);
  });

  it('reports a missing file as an input error (exit 2) from a worker', () => {
    const run = checkDemo(['--dossiers', join(demo, 'dossiers.csv'), join(demo, 'missing.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.csv: file not found/);
  });
});
