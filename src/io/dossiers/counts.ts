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
import type { DossierTally, InputSummary, Issue, IsoDate, ScoreFieldName, ScoreTallies, ScoreTally } from '../../model.js';
import { normaliseCode } from '../../domain/codes.js';
import { normaliseKey } from '../../domain/normalise.js';
import { addTally } from '../../domain/tally.js';
import { InputError, problem } from '../../errors.js';
import { readCsv } from '../csv-reader.js';
import type { RowCounts } from './fold.js';
import { summarise } from '../summary.js';
import { CountsScoreReader, scoreCountColumns } from './counts-score.js';

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
  /** With the score on: the scorecard's tallies, and the date they were judged at (when the file says). */
  score?: ScoreTallies;
  referenceDate?: IsoDate;
}

export async function readDossierCounts(path: string, options: { score?: boolean } = {}): Promise<CountsRead> {
  let score: CountsScoreReader | undefined;
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
      if (options.score) {
        score = new CountsScoreReader(path, header);
        for (const name of score.columns) columns[name] = header[at(name)]!;
      }
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
        if (existing) addTally(existing, { ...tally });
        else tallies.set(code, { ...tally });
        score?.add(code, fields, line, tally, count);
      };
    },
  });
  const scoreTallies = score?.finish();
  return {
    tallies,
    issues: [],
    summary: summarise('dossier-counts', path, shape, hasRowCounts ? rows : lines, errorRows, columns),
    ...(scoreTallies ? { score: scoreTallies, ...(scoreTallies.referenceDate ? { referenceDate: scoreTallies.referenceDate } : {}) } : {}),
  };
}

/**
 * The counts file `aggregate` writes: one line per code, sorted, with the rows behind each code. With the
 * scorecard's tallies: one line per code and receiving agency when the registers name it (the code's rows
 * on its first line), the score's columns for the fields the registers have, and the reference date.
 */
export function formatCounts(tallies: Map<string, DossierTally>, rowCounts: RowCounts, score?: ScoreTallies): string {
  const codes = [...new Set([...tallies.keys(), ...rowCounts.keys()])].sort();
  const withAgency = score?.fields.includes('agency') ?? false;
  const scoreColumns = score ? scoreCountColumns.filter(([name]) => writtenFor(score, name)) : [];
  const header = [
    ...countColumns.map(([name]) => name),
    ...rowColumns,
    ...(withAgency ? ['agency'] : []),
    ...scoreColumns.map(([name]) => name),
    ...(score ? ['reference_date'] : []),
  ].join(',');
  const lines: string[] = [];
  for (const code of codes) {
    const read = rowCounts.get(code) ?? { rows: 0, errorRows: 0 };
    // A code's agencies in the order of their keys, not of the rows that first named them: the same file
    // whichever engine read the registers, and in whatever order it grouped them.
    const byAgency = score ? [...(score.byCode.get(code) ?? [['', undefined]])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
    const parts: [string, DossierTally | ScoreTally | undefined][] = score ? byAgency : [['', tallies.get(code)]];
    parts.forEach(([agency, tally], index) => {
      const counts = countColumns.map(([, key]) => (key ? String(tally?.[key] ?? 0) : csvCell(code)));
      const rowCells = index === 0 ? [read.rows, read.errorRows] : [0, 0];
      const scoreCells = score
        ? [
            ...(withAgency ? [csvCell(score.agencyNames.get(agency) ?? agency)] : []),
            ...scoreColumns.map(([, key]) => String((tally as ScoreTally | undefined)?.[key] ?? 0)),
            score.referenceDate,
          ]
        : [];
      lines.push([...counts, ...rowCells, ...scoreCells].join(','));
    });
  }
  return `${header}\n${lines.map((line) => `${line}\n`).join('')}`;
}

/** A score column is written when the registers had the field it counts. */
function writtenFor(score: ScoreTallies, column: string): boolean {
  const field = column.replace(/_known$/, '');
  if (field === 'judged' || field === 'handled_on_time') return score.fields.includes('due_at');
  if (field === 'with_fee' || field === 'with_fee_paid_online') return score.fields.includes('fee') && score.fields.includes('paid_online');
  return score.fields.includes(field as ScoreFieldName);
}

function csvCell(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
