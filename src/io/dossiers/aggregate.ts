/**
 * `tthc-check aggregate`: raw dossier registers → one counts file (counts.ts), the same
 * tallies `check` folds, so that shards can be aggregated apart and their counts files given together.
 */
import type { Issue, IsoDate } from '../../model.js';
import type { ExtraAliases } from '../fields.js';
import type { Period } from './fold.js';
import { formatCounts } from './counts.js';
import { readDossierInputs, type Engine } from './index.js';

export interface AggregateOptions {
  dossiers: readonly string[];
  period?: Period;
  aliases?: ExtraAliases;
  engine?: Engine;
  /** Fold the scorecard's fields too, judged at this date; the counts file then carries them. */
  score?: { referenceDate: IsoDate };
  onProgress?: (file: string, bytesRead: number, totalBytes: number, rowsRead: number) => void;
}

export interface Aggregated {
  csv: string;
  codes: number;
  rows: number;
  issues: Issue[];
}

export async function aggregate(options: AggregateOptions): Promise<Aggregated> {
  const read = await readDossierInputs({ ...options, rowsPerCode: true });
  return {
    csv: formatCounts(read.tallies, read.rowsPerCode, read.score),
    codes: read.tallies.size,
    rows: read.inputs.reduce((sum, input) => sum + input.rows, 0),
    issues: read.issues,
  };
}
