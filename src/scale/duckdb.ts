/**
 * `--engine duckdb`: the dossier registers are aggregated by DuckDB (an optional dependency) and the
 * counting rules stay in JS. DuckDB groups the rows by their raw code, channel and status cells and by
 * what the dates decide; the distinct values are then classified by the same vocabulary and date
 * parser as the default path (DossierFold), each group weighted by its row count. So there is one
 * vocabulary, and the two engines cannot drift apart.
 *
 * Dates: each cell is reduced in SQL to a key that parses to the same calendar date — a time that is
 * valid and carries no offset is dropped, since it cannot move the date — and the distinct keys are
 * parsed in JS. Due and finished dates then only say whether a dossier was finished on time, so the
 * groups carry that verdict, not the dates.
 *
 * What the engine does not do as the default path does: it reads UTF-8 CSV and Parquet only (a UTF-16
 * or Windows-1258 export is refused with a message), refuses ragged rows instead of reporting them, and
 * reports row errors per distinct value with a count instead of per line.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Issue } from '../model.js';
import { parseDate } from '../domain/dates.js';
import { InputError, UsageError } from '../errors.js';
import { readCsv, type CsvShape } from '../io/csv-reader.js';
import { DossierFold, undatedIssue, type DossierRead, type DossierReadOptions, type RowCounts } from '../io/dossiers.js';
import { dossierFields, mapColumns } from '../io/fields.js';
import { IssueSink } from '../io/issue-sink.js';
import { summarise } from '../io/procedures.js';

export const installHint = '--engine duckdb needs the optional package @duckdb/node-api: run `npm install @duckdb/node-api` (or leave out --engine to use the default reader)';

async function connect(): Promise<DuckDBConnection> {
  let api: typeof import('@duckdb/node-api');
  try {
    api = await import('@duckdb/node-api');
  } catch {
    throw new UsageError(installHint);
  }
  const instance = await api.DuckDBInstance.create(':memory:');
  return instance.connect();
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
/** JS's String.prototype.trim, for the whitespace that exports contain. */
const trimmed = (sql: string) => `trim(${sql}, ' ' || chr(9) || chr(10) || chr(13) || chr(160))`;

/** A date cell reduced to a key with the same calendar date (see the module comment). */
function dateKey(sql: string): string {
  const patterns = [
    ['^(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}) ([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$', '\\1'],
    ['^(\\d{4}-\\d{2}-\\d{2})[T ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?$', '\\1'],
    ['^(\\d{8})([01]\\d|2[0-3])[0-5]\\d[0-5]\\d$', '\\1'],
  ];
  return patterns.reduce((inner, [pattern, replacement]) => `regexp_replace(${inner}, ${literal(pattern!)}, ${literal(replacement!)})`, sql);
}

interface Source {
  from: string;
  shape: CsvShape | undefined;
  isParquet: boolean;
}

class HeaderRead extends Error {
  constructor(readonly shape: CsvShape) {
    super('header read');
  }
}

/** The file's encoding and delimiter, found by the default reader, which then stops at the header. */
async function shapeOf(file: string): Promise<CsvShape> {
  try {
    await readCsv(file, {
      onHeader(_header, shape) {
        throw new HeaderRead(shape);
      },
    });
  } catch (error) {
    if (error instanceof HeaderRead) return error.shape;
    throw error;
  }
  throw new InputError(file, 'has no header row: export the list again with its column headers');
}

async function sourceOf(file: string): Promise<Source> {
  if (extname(file).toLowerCase() === '.parquet') {
    try {
      await stat(file);
    } catch {
      throw new InputError(file, 'file not found: check the path (it is relative to the current directory)');
    }
    return { from: `read_parquet(${literal(file)})`, shape: undefined, isParquet: true };
  }
  const shape = await shapeOf(file);
  if (shape.encoding !== 'utf-8') {
    throw new InputError(
      file,
      `is encoded in ${shape.encoding}, which the duckdb engine cannot read: leave out --engine duckdb (the default reader reads it), or save the file as UTF-8`,
    );
  }
  const options = `delim = ${literal(shape.delimiter)}, header = true, quote = '"', escape = '"', all_varchar = true`;
  return { from: `read_csv(${literal(file)}, ${options})`, shape, isParquet: false };
}

async function run(connection: DuckDBConnection, file: string, sql: string) {
  try {
    return await connection.runAndReadAll(sql);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new InputError(file, `DuckDB cannot read it (${reason}): leave out --engine duckdb — the default reader reports such rows at their line`);
  }
}

async function readOne(connection: DuckDBConnection, file: string, options: Omit<DossierReadOptions, 'onProgress'>): Promise<DossierRead> {
  const source = await sourceOf(file);
  const header = (await run(connection, file, `DESCRIBE SELECT * FROM ${source.from}`)).getRows().map((row) => String(row[0]));
  const period = options.period ?? {};
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const required = new Set(['code', 'channel', ...(hasPeriod ? ['received_at'] : [])]);
  const map = mapColumns(file, header, dossierFields, options.aliases, required);
  const sink = new IssueSink(file);
  map.issues.forEach((issue) => sink.add(issue));
  const cell = (field: keyof typeof map.index) => {
    const at = map.index[field];
    return at === undefined ? `''` : `coalesce(CAST(${ident(header[at]!)} AS VARCHAR), '')`;
  };
  const finished = trimmed(cell('finished_at'));
  const due = trimmed(cell('due_at'));
  await run(connection, file, 'DROP TABLE IF EXISTS groups; DROP TABLE IF EXISTS dates; CREATE TEMP TABLE dates (k VARCHAR, iso VARCHAR)');
  await run(
    connection,
    file,
    `CREATE TEMP TABLE groups AS
     SELECT code, channel, status, rk, fk, dk, count(*) AS n FROM (
       SELECT ${cell('code')} AS code, ${cell('channel')} AS channel, ${cell('status')} AS status,
              ${hasPeriod ? dateKey(trimmed(cell('received_at'))) : `''`} AS rk,
              CASE WHEN ${finished} = '' THEN '' WHEN ${due} = '' THEN 'finished' ELSE ${dateKey(finished)} END AS fk,
              CASE WHEN ${finished} = '' OR ${due} = '' THEN '' ELSE ${dateKey(due)} END AS dk
       FROM ${source.from}
       WHERE ${trimmed('concat(*COLUMNS(*))')} <> '')
     GROUP BY ALL`,
  );
  const keys = (await run(connection, file, `SELECT DISTINCT rk FROM groups UNION SELECT fk FROM groups WHERE dk <> '' UNION SELECT dk FROM groups`))
    .getRows()
    .map((row) => String(row[0]))
    .filter((key) => key !== '');
  const parsed = keys.flatMap((key) => {
    const iso = parseDate(key);
    return iso === undefined ? [] : [`(${literal(key)}, ${literal(iso)})`];
  });
  for (let i = 0; i < parsed.length; i += 1000) {
    await run(connection, file, `INSERT INTO dates VALUES ${parsed.slice(i, i + 1000).join(', ')}`);
  }
  // Two stand-in dates carry the on-time verdict into the fold: "2000-01-02" finished, due the same day
  // (on time) or the day before (late); an unparseable key is passed as it is, to be reported.
  const rows = (
    await run(
      connection,
      file,
      `SELECT g.code, g.channel, g.status,
              coalesce(r.iso, g.rk) AS received,
              CASE WHEN g.dk = '' THEN g.fk WHEN f.iso IS NULL THEN g.fk ELSE '2000-01-02' END AS finished,
              CASE WHEN g.dk = '' THEN '' WHEN d.iso IS NULL THEN g.dk
                   WHEN f.iso IS NOT NULL AND f.iso > d.iso THEN '2000-01-01' ELSE '2000-01-02' END AS due,
              sum(g.n) AS n
       FROM groups g
       LEFT JOIN dates r ON r.k = g.rk
       LEFT JOIN dates f ON f.k = g.fk AND g.dk <> ''
       LEFT JOIN dates d ON d.k = g.dk
       GROUP BY ALL ORDER BY ALL`,
    )
  ).getRows();
  let groupHasError = false;
  const fold = new DossierFold((issue, weight) => {
    if (issue.severity === 'error') groupHasError = true;
    sink.add({ ...issue, count: weight });
  }, period);
  const rowsPerCode: RowCounts | undefined = options.rowsPerCode ? new Map() : undefined;
  let total = 0;
  let errorRows = 0;
  for (const [code, channel, status, received, finishedCell, dueCell, n] of rows) {
    const weight = Number(n);
    total += weight;
    groupHasError = false;
    const normalised = fold.fold(String(code), String(channel), String(status), String(received), String(dueCell), String(finishedCell), undefined, weight);
    if (groupHasError) errorRows += weight;
    if (rowsPerCode) {
      const counts = rowsPerCode.get(normalised) ?? { rows: 0, errorRows: 0 };
      counts.rows += weight;
      if (groupHasError) counts.errorRows += weight;
      rowsPerCode.set(normalised, counts);
    }
  }
  const issues: Issue[] = [...sink.finish(), ...undatedIssue(file, fold.undated)];
  const summary = source.shape
    ? summarise('dossiers', file, source.shape, total, errorRows, map.headers)
    : { role: 'dossiers' as const, path: file, encoding: 'parquet', delimiter: '', rows: total, errorRows, columns: map.headers };
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
