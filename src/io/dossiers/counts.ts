/**
 * Per-procedure dossier counts (`--dossier-counts`, `aggregate`): the tallies of a dossier register
 * as one CSV line per code — the output of one GROUP BY, wherever the register lives (docs/scale.md).
 *
 * A counts file is machine-made, so a malformed line is not a data finding but a broken export: it
 * stops the run (exit 2) at its line. Codes may repeat (shards concatenated): their lines are summed.
 * The optional `rows` and `error_rows` columns carry the register's own row counts, so that
 * `data-quality` is measured on the dossier rows behind the counts, as from the raw files; without
 * them each line counts as one row read, with no error.
 */
import type { DossierTally, InputSummary, Issue } from '../../model.js';
import { normaliseCode } from '../../domain/codes.js';
import { normaliseKey } from '../../domain/normalise.js';
import { addTally } from '../../domain/tally.js';
import { InputError, problem } from '../../errors.js';
import { readCsv } from '../csv-reader.js';
import type { RowCounts } from './fold.js';
import { summarise } from '../summary.js';

/** Counts columns in DossierTally's order: the file's header, and its field names. */
export const countColumns = [
  ['code', undefined],
  ['counted', 'counted'],
  ['online', 'online'],
  ['online_resolved', 'onlineResolved'],
  ['postal', 'postal'],
  ['in_person', 'inPerson'],
  ['finished_with_due', 'finishedWithDue'],
  ['finished_on_time', 'finishedOnTime'],
] as const satisfies readonly (readonly [string, keyof DossierTally | undefined])[];

const rowColumns = ['rows', 'error_rows'] as const;

export interface CountsRead {
  tallies: Map<string, DossierTally>;
  summary: InputSummary;
  issues: Issue[];
}

export async function readDossierCounts(path: string): Promise<CountsRead> {
  const tallies = new Map<string, DossierTally>();
  let lines = 0;
  let rows = 0;
  let errorRows = 0;
  let hasRowCounts = false;
  const columns: Record<string, string> = {};
  const shape = await readCsv(path, {
    onHeader(header) {
      const keys = header.map(normaliseKey);
      const at = (name: string) => keys.indexOf(normaliseKey(name));
      const missing = countColumns.map(([name]) => name).filter((name) => at(name) === -1);
      if (missing.length > 0) {
        const expected = [...countColumns.map(([name]) => name), ...rowColumns].join(',');
        throw new InputError(path, problem('countsMissingColumns', { missing, expected }), 1);
      }
      for (const [name] of countColumns) columns[name] = header[at(name)]!;
      const rowsAt = at('rows');
      const errorRowsAt = at('error_rows');
      hasRowCounts = rowsAt !== -1;
      return (fields, line) => {
        lines++;
        const count = (column: number, name: string): number => {
          const text = (fields[column] ?? '').trim();
          if (text === '') return 0;
          const value = Number(text);
          if (!Number.isSafeInteger(value) || value < 0) {
            throw new InputError(path, problem('notACount', { column: name, value: text }), line);
          }
          return value;
        };
        const tally = {} as DossierTally;
        for (const [name, key] of countColumns) if (key) tally[key] = count(at(name), name);
        const inconsistent =
          tally.online + tally.postal + tally.inPerson > tally.counted ||
          tally.onlineResolved > tally.online ||
          tally.finishedOnTime > tally.finishedWithDue ||
          tally.finishedWithDue > tally.counted;
        if (inconsistent) {
          throw new InputError(path, problem('countsContradict'), line);
        }
        if (hasRowCounts) {
          rows += count(rowsAt, 'rows');
          if (errorRowsAt !== -1) errorRows += count(errorRowsAt, 'error_rows');
        }
        const code = normaliseCode(fields[at('code')] ?? '');
        if (code === '') {
          if (tally.counted > 0) throw new InputError(path, problem('countsEmptyCode'), line);
          return;
        }
        const existing = tallies.get(code);
        if (existing) addTally(existing, tally);
        else tallies.set(code, tally);
      };
    },
  });
  return { tallies, issues: [], summary: summarise('dossier-counts', path, shape, hasRowCounts ? rows : lines, errorRows, columns) };
}

/** The counts file `aggregate` writes: one line per code, sorted, with the rows behind each code. */
export function formatCounts(tallies: Map<string, DossierTally>, rowCounts: RowCounts): string {
  const codes = [...new Set([...tallies.keys(), ...rowCounts.keys()])].sort();
  const header = [...countColumns.map(([name]) => name), ...rowColumns].join(',');
  const lines = codes.map((code) => {
    const tally = tallies.get(code);
    const counts = countColumns.map(([, key]) => (key ? String(tally?.[key] ?? 0) : csvCell(code)));
    const read = rowCounts.get(code) ?? { rows: 0, errorRows: 0 };
    return [...counts, read.rows, read.errorRows].join(',');
  });
  return `${header}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function csvCell(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
