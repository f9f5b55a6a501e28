/**
 * All dossier inputs of a run — raw registers (`--dossiers`, each read by the engine chosen for it) and
 * per-code counts (`--dossier-counts`) — folded into one tally per code, with their input summaries and
 * issues in command-line order.
 */
import { stat } from 'node:fs/promises';
import type { DossierTally, InputSummary, Issue, IsoDate, ScoreTallies } from '../../model.js';
import { mergeTallies } from '../../domain/tally.js';
import type { ExtraAliases } from '../fields.js';
import type { DossierRead, Period, RowCounts } from './fold.js';
import { readDossierCounts } from './counts.js';
import { chooseEngine, type Engine } from './engine.js';
import { readDossierFiles } from './parallel.js';
import { repeatedIdIssues } from './ids.js';
import { mergeScoreTallies } from './score-fold.js';

export { engines, type Engine } from './engine.js';

export interface DossierInputOptions {
  dossiers?: readonly string[];
  dossierCounts?: readonly string[];
  engine?: Engine;
  aliases?: ExtraAliases;
  period?: Period;
  rowsPerCode?: boolean;
  /** Fold the 766 scorecard's fields too (SPEC §12). */
  score?: { referenceDate: IsoDate };
  onProgress?: (file: string, bytesRead: number, totalBytes: number, rowsRead: number) => void;
}

export interface DossierInputs {
  tallies: Map<string, DossierTally>;
  inputs: InputSummary[];
  issues: Issue[];
  rowsPerCode: RowCounts;
  score?: ScoreTallies;
  /** The reference date each counts file was judged at, when the score is on and the file says. */
  countsReferenceDates: { file: string; date: IsoDate }[];
}

type Read = Pick<DossierRead, 'tallies' | 'summary' | 'issues' | 'rowsPerCode' | 'score' | 'ids'>;

/** The registers, each read by its engine, in the order given. */
async function readRegisters(
  files: readonly string[],
  engine: Engine,
  options: Omit<DossierInputOptions, 'dossiers' | 'dossierCounts' | 'engine'> & { ids?: boolean },
): Promise<Read[]> {
  const chosen = await Promise.all(files.map((file) => chooseEngine(file, engine)));
  const byDuckdb = files.filter((_, i) => chosen[i] === 'duckdb');
  const byJs = files.filter((_, i) => chosen[i] === 'js');
  const reads = new Map<string, Read[]>();
  const keep = (file: string, read: Read) => reads.set(file, [...(reads.get(file) ?? []), read]);
  if (byDuckdb.length > 0) {
    const { readOrLeaveWithDuckdb } = await import('./duckdb/read.js');
    const { onProgress: _progress, ...duckdbOptions } = options;
    // A register DuckDB leaves (a pipe, a ragged row, cells that hardly repeat) goes to the default
    // reader's worker threads with the others: it reads faster there than on this thread.
    (await readOrLeaveWithDuckdb(byDuckdb, duckdbOptions)).forEach((read, i) => (read ? keep(byDuckdb[i]!, read) : byJs.push(byDuckdb[i]!)));
  }
  if (byJs.length > 0) {
    (await readDossierFiles(byJs, options)).forEach((read, i) => keep(byJs[i]!, { ...read, summary: { ...read.summary, engine: 'js' } }));
  }
  // A path given twice (readDossierInputs reads a file once) would be read twice: each read is taken once, in turn.
  return files.map((file) => reads.get(file)!.shift()!);
}

/**
 * The files less those that are a file already given (the same device and inode: given twice, or once
 * more through a link or another spelling of its path), each of which is a warning: its dossiers would
 * be counted twice. A path that cannot be looked at is kept, for its reader to say what is wrong.
 */
async function onceEach(lists: readonly (readonly string[])[]): Promise<{ lists: string[][]; issues: Issue[] }> {
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  const kept: string[][] = [];
  for (const files of lists) {
    const once: string[] = [];
    for (const file of files) {
      const stats = await stat(file, { bigint: true }).catch(() => undefined);
      const key = stats && `${stats.dev}:${stats.ino}`;
      const first = key === undefined ? undefined : seen.get(key);
      if (first !== undefined) {
        issues.push({ severity: 'warning', kind: 'same-input', file, detail: first });
        continue;
      }
      if (key !== undefined) seen.set(key, file);
      once.push(file);
    }
    kept.push(once);
  }
  return { lists: kept, issues };
}

export async function readDossierInputs(options: DossierInputOptions): Promise<DossierInputs> {
  const { dossiers: given = [], dossierCounts: givenCounts = [], engine = 'auto', ...readOptions } = options;
  const {
    lists: [dossiers = [], dossierCounts = []],
    issues: repeated,
  } = await onceEach([given, givenCounts]);
  // Dossier ids are compared only between registers: one register keeps none (SPEC §2.3, issue 15).
  const reads: Read[] = dossiers.length > 0 ? await readRegisters(dossiers, engine, { ...readOptions, ids: dossiers.length > 1 }) : [];
  const shared = repeatedIdIssues(reads.map((read, i) => ({ file: dossiers[i]!, ids: read.ids })));
  const countsReferenceDates: DossierInputs['countsReferenceDates'] = [];
  for (const file of dossierCounts) {
    const read = await readDossierCounts(file, { score: options.score !== undefined });
    if (read.referenceDate) countsReferenceDates.push({ file, date: read.referenceDate });
    // Counts were summed over whatever period 'aggregate' was given; this run's period cannot narrow them.
    if (options.period?.from || options.period?.to) read.issues.push({ severity: 'warning', kind: 'period-not-applied', file });
    reads.push(read);
  }
  const result: DossierInputs = { tallies: new Map(), inputs: [], issues: [...repeated], rowsPerCode: new Map(), countsReferenceDates };
  for (const read of reads) {
    delete read.ids;
    mergeTallies(result.tallies, read.tallies);
    result.inputs.push(read.summary);
    result.issues.push(...read.issues);
    if (read.score) result.score = mergeScoreTallies(result.score, read.score);
    for (const [code, counts] of read.rowsPerCode ?? []) {
      const into = result.rowsPerCode.get(code);
      if (into) {
        into.rows += counts.rows;
        into.errorRows += counts.errorRows;
      } else result.rowsPerCode.set(code, { ...counts });
    }
  }
  result.issues.push(...shared);
  return result;
}
