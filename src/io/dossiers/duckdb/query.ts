/** What the engine's modules share: how a query is run, and what a register and its groups are. */
import type { CsvShape } from '../../csv-reader.js';
import type { Period } from '../fold.js';
import type { Cells, Readings } from './sql.js';

export interface Query {
  (sql: string): Promise<unknown[][]>;
}

/** Rows of JSON text from a query that returns one. */
export async function jsonOf<T>(query: Query, sql: string): Promise<T | null> {
  const [[json] = []] = await query(sql);
  return JSON.parse(String(json ?? 'null')) as T | null;
}

export interface Source {
  from: string;
  /** The header as the default reader reads it — composed (NFC), without empty cells at its end — for matching columns. */
  header: string[];
  /** The SQL name of each column, by its position. */
  columns: string[];
  shape: CsvShape | undefined;
}

/**
 * A group of rows: the cells the fold is given — code, channel, status, received, due and finished, then
 * with the score on its score cells — and the number of rows.
 */
export interface Group {
  cells: string[];
  rows: number;
}

/** Groups as the queries write them (groupsSql): each `[cells…, rows]`. */
export const groupsOfJson = (rows: readonly string[][] | null): Group[] =>
  (rows ?? []).map((row) => ({ cells: row.slice(0, -1), rows: Number(row[row.length - 1]) }));

export interface Register {
  source: Source;
  cells: Cells;
  readings: Readings;
  period: Period;
  /** Leaves out the rows whose cells are all blank, when some group may hold such rows. */
  notBlank?: string;
}
