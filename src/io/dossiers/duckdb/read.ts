/**
 * `--engine duckdb`: the dossier registers are aggregated by DuckDB (an optional dependency) and the
 * counting rules stay in JS. DuckDB groups the rows by their raw code, channel and status cells and by
 * what their dates come to; each group is then classified by the same vocabulary and date parser as the
 * default path (DossierFold), weighted by its row count. So there is one vocabulary, and the two engines
 * cannot drift apart.
 *
 * A register is one aggregate query streamed from DuckDB's reader, with no table of rows; two small
 * queries before it read the header and sample the first rows. Date cells are read in SQL as
 * duckdb/dates.ts explains (mostly by looking their day up), and SQL decides what the rules
 * compare them for — which side of the period a dossier was received on, whether a finished date is
 * after its due date — so that a group carries those verdicts, not the dates: few groups, however large
 * the register. The fold is handed stand-in dates that decide the same. A date cell SQL cannot tell is
 * kept in its group as it is, and the fold reads it with parseDate or reports it: the slow path, rare,
 * which keeps the results those of the default path. (Should the rules come to compare other dates,
 * the verdicts here must follow: the tests compare the two engines on registers of awkward dates.)
 *
 * What the engine does not do as the default path does: it reads UTF-8 CSV and Parquet only (a UTF-16
 * or Windows-1258 export is refused with a message), refuses ragged rows instead of reporting them, and
 * reports row errors per distinct value with a count instead of per line.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Issue } from '../../../model.js';
import { dayNumberToIso, isoToDayNumber } from '../../../domain/dates.js';
import { InputError, problem, UsageError } from '../../../errors.js';
import { sniffCsv, type CsvShape } from '../../csv-reader.js';
import { DossierFold, undatedIssue, type DossierRead, type DossierReadOptions, type Period, type RowCounts } from '../fold.js';
import { dossierFields, mapColumns } from '../../fields.js';
import { IssueSink } from '../../issue-sink.js';
import { summarise } from '../../summary.js';
import { dateMacros, dateReading, lookUpReads, writings, writtenDaysSql, type DateReading, type Writing } from './dates.js';

async function connect(): Promise<DuckDBConnection> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new UsageError(problem('duckdbMissing'));
  }
  // DuckDB runs one thread per core by default, which is what a single aggregate wants.
  const instance = await api.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(dateMacros);
  return connection;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * What each date cell of a row comes to, as SQL groups it: empty; read, and for a received date on which
 * side of the period (`inside` when there is none), for a due date whether the finished date was read
 * and is after it (`late`); or `unread` — not empty, but SQL could not tell it, so it stays in the group
 * as it is.
 */
const unread = 4;
const Received = { empty: 0, before: 1, inside: 2, after: 3, unread } as const;
const Finished = { empty: 0, read: 1, unread } as const;
const Due = { empty: 0, read: 1, late: 2, unread } as const;

/** The SQL of a column the file does not have. */
const absent = 'CAST(NULL AS VARCHAR)';

/** SQL expressions of the raw cells of one row (`absent` for a column the file does not have). */
interface Cells {
  code: string;
  channel: string;
  status: string;
  received: string;
  due: string;
  finished: string;
}

/** The date columns, as the aggregate names them. */
type DateColumn = 'r' | 'f' | 'd';
const cellOf = { r: 'received', f: 'finished', d: 'due' } as const satisfies Record<DateColumn, keyof Cells>;

/** How a date column is read (see duckdb-dates.ts): the writing it is looked up in, and whether tthc_date reads what the look-up misses. */
interface ColumnReading {
  writing: Writing;
  everyShape: boolean;
}
type Readings = Record<DateColumn, ColumnReading | undefined>;

/** The SQL of a register's date cells as read; an absent column has no reading, and no date. */
function readDates(readings: Readings): Record<DateColumn, DateReading> {
  const reading = (column: DateColumn): DateReading => {
    const how = readings[column];
    return how ? dateReading(`c.${column}`, `${column}j`, how.writing, how.everyShape) : { join: '', date: 'CAST(NULL AS DATE)' };
  };
  return { r: reading('r'), f: reading('f'), d: reading('d') };
}

/** The raw cells of a register, under the names the queries below give them. */
function cellsSql(from: string, cells: Cells, where = 'true', limit = ''): string {
  return `SELECT ${cells.code} AS code, ${cells.channel} AS channel, ${cells.status} AS status,
             ${cells.received} AS r, ${cells.finished} AS f, ${cells.due} AS d
      FROM ${from}
      WHERE ${where} ${limit}`;
}

/**
 * The aggregate over a register, streamed from the reader: rows grouped by their code, channel and
 * status cells and by what each date cell comes to (Received, Finished, Due). A date cell SQL cannot
 * tell (an invalid, padded or whitespace cell, or one its reading misses) is kept as it is in the group,
 * for the fold to read or report. A cell is empty when it is NULL or ''; one of whitespace is left to
 * the fold, which trims it.
 */
function aggregateSql(from: string, cells: Cells, period: Period, readings: Readings, where?: string): string {
  const bounds = [
    ...(period.from !== undefined ? [`WHEN rd < DATE ${literal(period.from)} THEN ${Received.before}`] : []),
    ...(period.to !== undefined ? [`WHEN rd > DATE ${literal(period.to)} THEN ${Received.after}`] : []),
  ].join(' ');
  const empty = (cell: string) => `${cell} IS NULL OR ${cell} = ''`;
  // The stand-ins tell the order of a finished and a due date only when SQL read both: when it read one
  // only, both stay as they are, for the fold to compare.
  const unreadPair = `(f <> '' AND d <> '' AND (fd IS NULL OR dd IS NULL))`;
  const read = readDates(readings);
  return `
SELECT code, channel, status,
       received, CASE WHEN received = ${Received.unread} THEN r END AS r,
       finished, CASE WHEN finished = ${Finished.unread} THEN f END AS f,
       due, CASE WHEN due = ${Due.unread} THEN d END AS d,
       count(*) AS n
FROM (
  SELECT code, channel, status, r, f, d,
    CASE WHEN ${empty('r')} THEN ${Received.empty} WHEN rd IS NULL THEN ${Received.unread} ${bounds} ELSE ${Received.inside} END AS received,
    CASE WHEN ${empty('f')} THEN ${Finished.empty} WHEN fd IS NULL OR ${unreadPair} THEN ${Finished.unread} ELSE ${Finished.read} END AS finished,
    CASE WHEN ${empty('d')} THEN ${Due.empty} WHEN dd IS NULL OR ${unreadPair} THEN ${Due.unread}
         WHEN fd > dd THEN ${Due.late} ELSE ${Due.read} END AS due
  FROM (
    SELECT c.*, ${read.r.date} AS rd, ${read.f.date} AS fd, ${read.d.date} AS dd
    FROM (${cellsSql(from, cells, where)}) AS c
    ${read.r.join}
    ${read.f.join}
    ${read.d.join}))
GROUP BY ALL`;
}

/** Rows sampled from the head of a register to choose how its date columns are read. */
const sampleRows = 2_000;

/**
 * How to read each date column, from the first rows: looked up in the writing most of its cells have,
 * and also with every shape when, more than once in a thousand rows, a cell is a date tthc_date reads
 * and the look-up misses — such cells would otherwise each stay a group of their own (a received date
 * with a time rarely repeats). Makes the look-up tables the readings need.
 */
async function chooseReadings(connection: DuckDBConnection, file: string, from: string, cells: Cells): Promise<Readings> {
  const counts = writings.flatMap((writing, i) => [
    `count(*) FILTER (WHERE ${lookUpReads(writing, 'x')}) AS read${i}`,
    `count(*) FILTER (WHERE is_date AND NOT (${lookUpReads(writing, 'x')})) AS missed${i}`,
  ]);
  const rows = await run(
    connection,
    file,
    `SELECT name, ${counts.join(', ')}
     FROM (SELECT name, x, tthc_date(x) IS NOT NULL AS is_date
           FROM (SELECT unnest(['r', 'f', 'd']) AS name, unnest([r, f, d]) AS x FROM (${cellsSql(from, cells, 'true', `LIMIT ${sampleRows}`)})))
     GROUP BY name`,
  );
  const sampled = new Map(rows.getRows().map(([name, ...numbers]) => [String(name), numbers.map(Number)]));
  const choose = (column: DateColumn): ColumnReading | undefined => {
    if (cells[cellOf[column]] === absent) return undefined;
    const numbers = sampled.get(column) ?? [];
    const read = (i: number) => numbers[2 * i] ?? 0;
    const best = writings.reduce((chosen, _, i) => (read(i) > read(chosen) ? i : chosen), 0);
    return { writing: writings[best]!, everyShape: (numbers[2 * best + 1] ?? 0) * 1000 > sampleRows };
  };
  const readings: Readings = { r: choose('r'), f: choose('f'), d: choose('d') };
  const tables = new Set(Object.values(readings).flatMap((reading) => (reading ? [reading.writing] : [])));
  for (const writing of tables) await run(connection, file, writtenDaysSql(writing));
  return readings;
}

/**
 * Rows whose cells are all blank are skipped, as the default reader skips them. Telling them apart takes
 * every column, the unmapped ones too, which costs a tenth of the pass: so the aggregate reads only the
 * mapped columns, and a second pass over the rows picked here runs only when the aggregate has a group
 * whose cells are all blank (see registerGroups).
 */
function blankRowsWhere(cells: Cells, columns: readonly string[]): string {
  const everyCell = `concat(${columns.map((column) => `CAST(${column} AS VARCHAR)`).join(', ')})`;
  return `(${cells.code} IS NULL OR NOT tthc_has_text(${cells.code})) AND NOT tthc_has_text(${everyCell})`;
}

/** A group of rows: the code, channel, status, received, due and finished cells the fold is given, and the number of rows. */
type Group = [code: string, channel: string, status: string, received: string, due: string, finished: string, rows: number];

/**
 * Stand-in cells: dates that make the fold decide what SQL decided. The received stand-ins are dates
 * before, inside and after the period (any date without one); a read finished date stands as
 * 2000-01-02, and a read due date as the same day, or as the day before when it is late.
 */
function standIns(period: Period) {
  const { from, to } = period;
  const shift = (iso: string, days: number) => dayNumberToIso(isoToDayNumber(iso) + days);
  // SQL says `before` only when there is a `from`, and `after` only when there is a `to`.
  const received: Record<number, string> = {
    [Received.before]: from !== undefined ? shift(from, -1) : '',
    [Received.inside]: from ?? to ?? '2000-01-02',
    [Received.after]: to !== undefined ? shift(to, 1) : '',
  };
  const finished: Record<number, string> = { [Finished.read]: '2000-01-02' };
  const due: Record<number, string> = { [Due.read]: '2000-01-02', [Due.late]: '2000-01-01' };
  return { received, finished, due };
}

/**
 * The groups of an aggregate as the fold takes them: each date cell unread is given as it is, any other
 * as its stand-in ('' for an empty one) — so groups that come to the same cells are one. They come out
 * of DuckDB as one JSON text, in a fixed order (so that issues do too, whichever order DuckDB's threads
 * grouped in): turning tens of thousands of values into JS values one by one costs more than the JSON.
 */
async function groupsOf(connection: DuckDBConnection, file: string, aggregate: string, period: Period): Promise<Group[]> {
  const stand = standIns(period);
  const given = (state: string, raw: string, standIn: Record<number, string>) =>
    `CASE ${state} WHEN ${unread} THEN ${raw} ${Object.entries(standIn)
      .map(([value, date]) => `WHEN ${value} THEN ${literal(date)}`)
      .join(' ')} ELSE '' END`;
  const cells = [
    ...['code', 'channel', 'status'].map((column) => `coalesce(${column}, '')`),
    given('received', 'r', stand.received),
    given('due', 'd', stand.due),
    given('finished', 'f', stand.finished),
  ];
  const names = cells.map((_, i) => `c${i}`);
  const [[json] = []] = (
    await run(
      connection,
      file,
      `SELECT to_json(list([${names.join(', ')}, CAST(n AS VARCHAR)] ORDER BY ${names.join(', ')}))
       FROM (SELECT ${cells.map((cell, i) => `${cell} AS ${names[i]}`).join(', ')}, sum(n) AS n FROM (${aggregate}) GROUP BY ALL)`,
    )
  ).getRows();
  const rows = JSON.parse(String(json ?? 'null')) as string[][] | null;
  return (rows ?? []).map((row) => [...row.slice(0, 6), Number(row[6])] as Group);
}

const groupKey = (group: Group) => JSON.stringify(group.slice(0, 6));

/** The aggregate's groups, less the rows whose cells are all blank (see blankRowsWhere). */
async function registerGroups(connection: DuckDBConnection, file: string, source: Source, cells: Cells, period: Period): Promise<Group[]> {
  const readings = await chooseReadings(connection, file, source.from, cells);
  const groups = await groupsOf(connection, file, aggregateSql(source.from, cells, period, readings), period);
  const mayBeBlank = (group: Group) => group.slice(0, 6).every((cell) => (cell as string).trim() === '');
  if (!groups.some(mayBeBlank)) return groups;
  const blank = new Map<string, number>();
  for (const group of await groupsOf(connection, file, aggregateSql(source.from, cells, period, readings, blankRowsWhere(cells, source.columns)), period)) {
    blank.set(groupKey(group), group[6]);
  }
  return groups.map((group): Group => [...group.slice(0, 6), group[6] - (blank.get(groupKey(group)) ?? 0)] as Group).filter((group) => group[6] > 0);
}

interface Source {
  from: string;
  /** The header as the default reader reads it — composed (NFC), without empty cells at its end — for matching columns. */
  header: string[];
  /** The SQL name of each column, by its position. */
  columns: string[];
  shape: CsvShape | undefined;
}

async function sourceOf(connection: DuckDBConnection, file: string): Promise<Source> {
  if (extname(file).toLowerCase() === '.parquet') {
    try {
      await stat(file);
    } catch {
      throw new InputError(file, problem('fileNotFound'));
    }
    const from = `read_parquet(${literal(file)})`;
    const names = (await run(connection, file, `DESCRIBE SELECT * FROM ${from}`)).getRows().map((row) => String(row[0]));
    return { from, header: names.map((name) => name.normalize('NFC')), columns: names.map(ident), shape: undefined };
  }
  // The default reader's sniffer, on the file's first bytes: the encoding, and the delimiter DuckDB is told.
  const shape = await sniffCsv(file);
  if (shape.encoding !== 'utf-8') {
    throw new InputError(file, problem('duckdbEncoding', { encoding: shape.encoding }));
  }
  const csv = (header: string) => `read_csv(${literal(file)}, delim = ${literal(shape.delimiter)}, quote = '"', escape = '"', all_varchar = true, ${header})`;
  // The header row as written: DuckDB's own column names would rename a repeated header (`Mã TTHC_1`),
  // which the default reader reports. The columns are then named by their position.
  const [row = []] = (await run(connection, file, `SELECT * FROM ${csv('header = false')} LIMIT 1`)).getRows();
  const columns = row.map((_, i) => `c${i}`);
  const header = row.map((cell) => (cell === null ? '' : String(cell)).normalize('NFC'));
  while (header.length > 0 && header[header.length - 1]!.trim() === '') header.pop();
  return { from: csv(`header = true, names = [${columns.map(literal).join(', ')}]`), header, columns, shape };
}

async function run(connection: DuckDBConnection, file: string, sql: string) {
  try {
    return await connection.runAndReadAll(sql);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new InputError(file, problem('duckdbCannotRead', { reason: reason ?? '' }));
  }
}

async function readOne(connection: DuckDBConnection, file: string, options: Omit<DossierReadOptions, 'onProgress'>): Promise<DossierRead> {
  const source = await sourceOf(connection, file);
  const period = options.period ?? {};
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const required = new Set(['code', 'channel', ...(hasPeriod ? ['received_at'] : [])]);
  const map = mapColumns(file, source.header, dossierFields, options.aliases, required);
  const sink = new IssueSink(file);
  map.issues.forEach((issue) => sink.add(issue));
  const cell = (field: keyof typeof map.index) => {
    const at = map.index[field];
    return at === undefined ? absent : `CAST(${source.columns[at]!} AS VARCHAR)`;
  };
  const cells: Cells = {
    code: cell('code'),
    channel: cell('channel'),
    status: cell('status'),
    received: cell('received_at'),
    due: cell('due_at'),
    finished: cell('finished_at'),
  };
  const groups = await registerGroups(connection, file, source, cells, period);
  let groupHasError: boolean;
  const fold = new DossierFold((issue, weight) => {
    if (issue.severity === 'error') groupHasError = true;
    sink.add({ ...issue, count: weight });
  }, period);
  const rowsPerCode: RowCounts | undefined = options.rowsPerCode ? new Map() : undefined;
  let total = 0;
  let errorRows = 0;
  for (const [code, channel, status, received, due, finished, weight] of groups) {
    total += weight;
    groupHasError = false;
    const normalised = fold.fold(code, channel, status, received, due, finished, undefined, weight);
    if (groupHasError) errorRows += weight;
    if (rowsPerCode) {
      const counts = rowsPerCode.get(normalised) ?? { rows: 0, errorRows: 0 };
      counts.rows += weight;
      if (groupHasError) counts.errorRows += weight;
      rowsPerCode.set(normalised, counts);
    }
  }
  // An empty register is a quiet month, not a broken run: a warning, as from the default reader.
  if (total === 0) sink.add({ severity: 'warning', kind: 'no-data-rows' });
  const issues: Issue[] = [...sink.finish(), ...undatedIssue(file, fold.undated)];
  const summary = source.shape
    ? summarise('dossiers', file, source.shape, total, errorRows, map.headers)
    : { role: 'dossiers' as const, path: file, format: 'parquet' as const, encoding: 'parquet', delimiter: '', rows: total, errorRows, columns: map.headers };
  return { tallies: fold.tallies, issues, undated: fold.undated, rowsPerCode, summary };
}

export async function readDossiersWithDuckdb(files: readonly string[], options: Omit<DossierReadOptions, 'onProgress'> = {}): Promise<DossierRead[]> {
  const connection = await connect();
  try {
    const reads: DossierRead[] = [];
    for (const file of files) reads.push(await readOne(connection, file, options));
    return reads;
  } finally {
    connection.closeSync();
  }
}
