/**
 * All dossier inputs of a run — raw registers (`--dossiers`, read by the chosen engine) and per-code
 * counts (`--dossier-counts`) — folded into one tally per code, with their input summaries and issues
 * in command-line order.
 */
import type { DossierTally, InputSummary, Issue, IsoDate, ScoreTallies } from '../../model.js';
import { problem, UsageError } from '../../errors.js';
import { mergeTallies } from '../../domain/tally.js';
import type { ExtraAliases } from '../fields.js';
import type { DossierRead, Period, RowCounts } from './fold.js';
import { readDossierCounts } from './counts.js';
import { readDossierFiles } from './parallel.js';
import { mergeScoreTallies } from './score-fold.js';
import { InputError } from '../../errors.js';
import { tableFormat } from '../table.js';
import { splitSheetSelector } from '../workbook/index.js';

export const engines = ['js', 'duckdb'] as const;
export type Engine = (typeof engines)[number];

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

export async function readDossierInputs(options: DossierInputOptions): Promise<DossierInputs> {
  const { dossiers = [], dossierCounts = [], engine = 'js', ...readOptions } = options;
  const reads: Pick<DossierRead, 'tallies' | 'summary' | 'issues' | 'rowsPerCode' | 'score'>[] = [];
  if (dossiers.length > 0) {
    if (engine === 'duckdb') {
      // The engine does not fold the scorecard's fields yet: refused, rather than scored from half the columns.
      if (options.score) throw new UsageError(problem('duckdbScore'));
      await refuseWorkbooks(dossiers);
      const { readDossiersWithDuckdb } = await import('./duckdb/read.js');
      reads.push(...(await readDossiersWithDuckdb(dossiers, readOptions)));
    } else {
      reads.push(...(await readDossierFiles(dossiers, readOptions)));
    }
  }
  const countsReferenceDates: DossierInputs['countsReferenceDates'] = [];
  for (const file of dossierCounts) {
    const read = await readDossierCounts(file, { score: options.score !== undefined });
    if (read.referenceDate) countsReferenceDates.push({ file, date: read.referenceDate });
    // Counts were summed over whatever period 'aggregate' was given; this run's period cannot narrow them.
    if (options.period?.from || options.period?.to) read.issues.push({ severity: 'warning', kind: 'period-not-applied', file });
    reads.push(read);
  }
  const result: DossierInputs = { tallies: new Map(), inputs: [], issues: [], rowsPerCode: new Map(), countsReferenceDates };
  for (const read of reads) {
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
  return result;
}

/** Workbooks are read by the default reader only (SPEC §9): `--engine duckdb` on one stops the run. */
async function refuseWorkbooks(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const { path } = await splitSheetSelector(file);
    const format = await tableFormat(path);
    if (format === 'csv') continue;
    throw new InputError(file, problem('duckdbWorkbook', { format }));
  }
}
