/** The demo province's result with --by agency (and the 766 score when asked), as the reports see it. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result, ScoreScheme } from '../../src/model.js';

const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'fixtures', 'demo');
// The dossier reader may start worker threads, which run built JavaScript: load run() from dist/
// (npm test builds first).
const built = pathToFileURL(join(root, 'dist', 'run.js')).href;
type Run = typeof import('../../src/run.js');

export async function demoResult(extra: { score?: ScoreScheme; baseline?: string } = {}): Promise<Result> {
  const { run } = (await import(built)) as Run;
  return run({
    procedures: join(demo, 'procedures.csv'),
    national: join(demo, 'national.csv'),
    dossiers: [join(demo, 'dossiers.csv')],
    holidays: join(root, 'fixtures', 'holidays-2021.csv'),
    asOf: '2021-12-31',
    by: 'agency',
    cwd: demo,
    ...extra,
  });
}
