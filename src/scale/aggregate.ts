/**
 * `tthc-check aggregate`: raw dossier registers → one counts file (src/scale/counts.ts), the same
 * tallies `check` folds, so that shards can be aggregated apart and their counts files given together.
 */
import type { Issue } from '../model.js';
import type { ExtraAliases } from '../io/fields.js';
import type { Period } from '../io/dossiers.js';
import { formatCounts } from './counts.js';
import { readDossierInputs, type Engine } from './inputs.js';

export interface AggregateOptions {
  dossiers: readonly string[];
  period?: Period;
  aliases?: ExtraAliases;
  engine?: Engine;
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
    csv: formatCounts(read.tallies, read.rowsPerCode),
    codes: read.tallies.size,
    rows: read.inputs.reduce((sum, input) => sum + input.rows, 0),
    issues: read.issues,
  };
}
