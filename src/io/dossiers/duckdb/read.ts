/**
 * The DuckDB engine: dossier registers aggregated by DuckDB (an optional dependency), with the counting
 * rules left in JS. DuckDB groups the rows by their raw code, channel and status cells and by what their
 * dates come to (sql.ts, dates.ts); each group is then classified by the same vocabulary, date parser
 * and code normalisation as the default reader (DossierFold), weighted by its row count. So there is one
 * set of rules, and the two engines cannot drift apart. With the 766 score on, the same aggregate also
 * sums the score's tallies per code and receiving agency, its cells classified by look-ups the same
 * rules make (score-sql.ts, score.ts).
 *
 * A register is one aggregate query streamed from DuckDB's reader, with no table of rows; two small
 * queries before it read the header and sample the first rows. When a group has a finding, its rows are
 * numbered by a second query and located at their lines (locate.ts): issues come out per line, as from
 * the default reader. A register DuckDB's strict CSV reader refuses — a row with too many or too few
 * fields, a stray quote — or whose header is not its first row, is read by the default reader, which
 * reports such rows at their lines; its input summary then says `js`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { extname } from 'node:path';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { scoreFieldNames, type Issue, type ScoreTallies } from '../../../model.js';
import { InputError, problem, UsageError } from '../../../errors.js';
import { sniffCsv } from '../../csv-reader.js';
import { dossierFields, dossierScoreFields, mapColumns } from '../../fields.js';
import { IssueSink } from '../../issue-sink.js';
import { isTotalLabel } from '../../total-rows.js';
import { sniffSize } from '../../open-file.js';
import type { LineEnding } from '../../sniff.js';
import { summarise } from '../../summary.js';
import { DossierFold, undatedIssue, type DossierRead, type DossierReadOptions, type Period, type RowCounts } from '../fold.js';
import { IdHashes } from '../ids.js';
import { readDossiers } from '../read-js.js';
import type { ScoreColumns } from '../score-fold.js';
import { dateMacros, writings, writtenDaysSql } from './dates.js';
import { locateFindings, type Finding, type Found } from './locate.js';
import { firstSpellings, GroupScoreFold, leavesTooMuch, makeLookUps, missedKeys, missedKeysAtMost, scoreAggregate } from './score.js';
import { groupsOfJson, jsonOf, type Group, type Query, type Register, type Source } from './query.js';
import {
  absent,
  aggregateSql,
  blankRowsWhere,
  cellOf,
  csvSource,
  groupsSql,
  ident,
  idHashSql,
  parquetSource,
  plainGroupsSql,
  totalCandidateSql,
  totalCandidatesSql,
  sampleRows,
  samplingSql,
  type Cells,
  type ColumnReading,
  type DateColumn,
  type Readings,
} from './sql.js';

async function connect(): Promise<{ connection: DuckDBConnection; close: () => void }> {
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
  // The instance is closed with the connection: its memory is given back before the default reader
  // reads any register DuckDB left.
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB would not read a CSV register as the default reader does: the default reader reads it. */
class Refused extends Error {}

function queryOf(connection: DuckDBConnection, file: string, parquet: boolean): Query {
  return async (sql) => {
    try {
      return (await connection.runAndReadAll(sql)).getRows();
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      if (!parquet) throw new Refused(reason);
      throw new InputError(file, problem('duckdbParquet', { reason: reason ?? '' }));
    }
  };
}

async function sourceOf(query: Query, file: string): Promise<Source> {
  if (extname(file).toLowerCase() === '.parquet') {
    try {
      await stat(file);
    } catch {
      throw new InputError(file, problem('fileNotFound'));
    }
    const from = parquetSource(file);
    const names = (await query(`DESCRIBE SELECT * FROM ${from}`)).map((row) => String(row[0]));
    return { from, header: names.map((name) => name.normalize('NFC')), columns: names.map(ident), shape: undefined };
  }
  // A pipe cannot be read twice (sniffed, then read by DuckDB): the default reader reads it in one pass.
  const info = await stat(file).catch(() => undefined);
  if (info !== undefined && !info.isFile()) throw new Refused('not a regular file');
  // The default reader's sniffer, on the file's first bytes: the encoding, the delimiter and line end DuckDB is told.
  const shape = await sniffCsv(file);
  if (shape.encoding !== 'utf-8') {
    throw new InputError(file, problem('duckdbEncoding', { encoding: shape.encoding }));
  }
  const cells = await headerRecord(file, shape.lineEnding ?? '\n', shape.delimiter);
  const header = cells.map((cell) => cell.normalize('NFC'));
  while (header.length > 0 && header[header.length - 1]!.trim() === '') header.pop();
  // Empty cells at the end of the header make rows of that many fields, extra cells empty or not, right
  // for DuckDB: the default reader tells them apart. A blank first row is not the header it reads.
  if (header.length === 0 || header.length !== cells.length) throw new Refused('the header is blank or ends with empty cells');
  return {
    from: csvSource(file, shape.delimiter, shape.lineEnding ?? '\n', cells.length),
    header,
    columns: cells.map((_, i) => `c${i}`),
    shape,
  };
}

/** The first record of a UTF-8 CSV, as written, after any empty lines. */
async function headerRecord(file: string, lineEnding: LineEnding, delimiter: string): Promise<string[]> {
  const handle = await open(file);
  let text: string;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(sniffSize), 0, sniffSize, 0);
    text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  while (text.startsWith(lineEnding)) text = text.slice(lineEnding.length);
  try {
    const [cells = []] = parse(text, { delimiter, record_delimiter: lineEnding, relax_quotes: true, relax_column_count: true, to: 1 }) as string[][];
    return cells;
  } catch (error) {
    throw new Refused(`its first record does not parse (${(error as Error).message})`);
  }
}

/**
 * How to read each date column, from the first rows: looked up in the writing most of its cells have,
 * and also with every shape when, more than once in a thousand rows, a cell is a date tthc_date reads
 * and the look-up misses — such cells would otherwise each stay a group of their own (a received date
 * with a time rarely repeats). Makes the look-up tables the readings need.
 */
async function chooseReadings(query: Query, from: string, cells: Cells): Promise<Readings> {
  const sampled = new Map((await query(samplingSql(from, cells))).map(([name, ...numbers]) => [String(name), numbers.map(Number)]));
  const choose = (column: DateColumn): ColumnReading | undefined => {
    if (cells[cellOf[column]] === absent) return undefined;
    const numbers = sampled.get(column) ?? [];
    const read = (i: number) => numbers[2 * i] ?? 0;
    const best = writings.reduce((chosen, _, i) => (read(i) > read(chosen) ? i : chosen), 0);
    return { writing: writings[best]!, everyShape: (numbers[2 * best + 1] ?? 0) * 1000 > sampleRows };
  };
  const readings: Readings = { r: choose('r'), f: choose('f'), d: choose('d') };
  const tables = new Set(Object.values(readings).flatMap((reading) => (reading ? [reading.writing] : [])));
  for (const writing of tables) await query(writtenDaysSql(writing));
  return readings;
}

async function groupsOf(query: Query, aggregate: string, period: Period): Promise<Group[]> {
  return groupsOfJson(await jsonOf<string[][]>(query, groupsSql(aggregate, period)));
}

const groupKey = (group: Group) => JSON.stringify(group.cells);
const mayBeBlank = (group: Group) => group.cells.every((cell) => cell.trim() === '');

/** The aggregate's groups, less the rows whose cells are all blank (see blankRowsWhere). */
async function registerGroups(query: Query, register: Omit<Register, 'notBlank'>): Promise<{ groups: Group[]; notBlank?: string }> {
  const { source, cells, readings, period } = register;
  const [[json, total] = []] = await query(plainGroupsSql(aggregateSql(source.from, cells, period, readings), period));
  if (total === true) await refuseTotalRows(query, source);
  return withoutBlankRows(query, register, groupsOfJson(JSON.parse(String(json ?? 'null')) as string[][] | null));
}

/**
 * A total row ("Tổng cộng", SPEC §9) is skipped by the default reader, with a warning, and the rows
 * after it that have no code are a footer: DuckDB leaves such a register to it. Rows that may be total
 * rows are told in the aggregate (totalCandidateSql); their first cells are read here and told by the
 * default reader's rule.
 */
async function refuseTotalRows(query: Query, source: Source): Promise<void> {
  const cells = (await jsonOf<string[]>(query, totalCandidatesSql(source.from, source.columns, totalCandidatesAtMost + 1))) ?? [];
  if (cells.length > totalCandidatesAtMost || cells.some((cell) => isTotalLabel(cell))) throw new Refused('it has a total row');
}

const totalCandidatesAtMost = 10_000;

/** The §2.3 groups less the rows whose cells are all blank: counted by a second aggregate, only when a group may hold such rows. */
async function withoutBlankRows(query: Query, register: Omit<Register, 'notBlank'>, groups: Group[]): Promise<{ groups: Group[]; notBlank?: string }> {
  if (!groups.some(mayBeBlank)) return { groups };
  const { source, cells, readings, period } = register;
  const blankWhere = blankRowsWhere(cells, source.columns);
  const blank = new Map<string, number>();
  for (const group of await groupsOf(query, aggregateSql(source.from, cells, period, readings, blankWhere), period)) {
    blank.set(groupKey(group), group.rows);
  }
  return {
    groups: groups.map((group): Group => ({ cells: group.cells, rows: group.rows - (blank.get(groupKey(group)) ?? 0) })).filter((group) => group.rows > 0),
    notBlank: `NOT (${blankWhere})`,
  };
}

/**
 * The hashes of a register's dossier ids (ids.ts), made by DuckDB as the default reader makes them
 * (idHashSql) and streamed out as numbers a chunk at a time: no id crosses into JS as a string. Only
 * asked for when several registers are given.
 */
async function idHashes(connection: DuckDBConnection, from: string, column: string, rows: number): Promise<Float64Array> {
  const hashes = new IdHashes(rows);
  try {
    // DuckDB's threads run ahead of the reader into this buffer: with its default (1 MB) they mostly wait,
    // and 5 M ids took 2.9 s to stream; with 16 MB, 1.6 s, for 40 MB more at the peak.
    await connection.run("SET streaming_buffer_size = '16MB'");
    const result = await connection.stream(idHashSql(from, column));
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const vector = chunk.getColumnVector(0);
      for (let i = 0; i < chunk.rowCount; i++) hashes.addHash(vector.getItem(i) as number);
    }
  } catch (error) {
    throw new Refused((error as Error).message.split('\n')[0]);
  }
  return hashes.done();
}

async function readOne(connection: DuckDBConnection, file: string, options: Omit<DossierReadOptions, 'onProgress'>): Promise<DossierRead> {
  const query = queryOf(connection, file, extname(file).toLowerCase() === '.parquet');
  const source = await sourceOf(query, file);
  const period = options.period ?? {};
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const required = new Set(['code', 'channel', ...(hasPeriod ? ['received_at'] : [])]);
  // A header that does not map may be a title row above the real one: the default reader finds it, or says what is wrong.
  let map: ReturnType<typeof mapColumns<typeof dossierFields>>;
  try {
    map = mapColumns(file, source.header, dossierFields, options.aliases, required);
  } catch (error) {
    if (source.shape && error instanceof InputError) throw new Refused(error.message);
    throw error;
  }
  const sink = new IssueSink(file);
  map.issues.forEach((issue) => sink.add(issue));
  const cell = (field: keyof typeof map.index) => {
    const at = map.index[field];
    return at === undefined ? absent : `CAST(${source.columns[at]!} AS VARCHAR)`;
  };
  const cells: Cells = {
    // A Parquet file is written by a program, not a report: it has no total rows.
    ...(source.shape ? { total: totalCandidateSql(source.columns) } : {}),
    code: cell('code'),
    channel: cell('channel'),
    status: cell('status'),
    received: cell('received_at'),
    due: cell('due_at'),
    finished: cell('finished_at'),
  };
  let findings: Finding[] = [];
  const fold = new DossierFold((issue) => findings.push(issue), period);
  const columns = { ...map.headers };
  const readings = await chooseReadings(query, source.from, cells);
  const rowsPerCode: RowCounts | undefined = options.rowsPerCode ? new Map() : undefined;
  let total = 0;
  let errorRows = 0;
  /** Folds the §2.3 groups of the register, noting the findings of each. */
  const foldPlain = (groups: readonly Group[]) => {
    const found = new Map<number, Finding[]>();
    groups.forEach(({ cells: given, rows: weight }, index) => {
      const [code, channel, status, received, due, finished] = given as [string, string, string, string, string, string];
      total += weight;
      findings = [];
      const normalised = fold.fold(code, channel, status, received, due, finished, undefined, weight);
      const hasError = findings.some((finding) => finding.severity === 'error');
      if (findings.length > 0) found.set(index, findings);
      if (hasError) errorRows += weight;
      if (rowsPerCode) {
        const counts = rowsPerCode.get(normalised) ?? { rows: 0, errorRows: 0 };
        counts.rows += weight;
        if (hasError) counts.errorRows += weight;
        rowsPerCode.set(normalised, counts);
      }
    });
    return found;
  };
  let score: GroupScoreFold | undefined;
  let scoreFields: ScoreTallies['fields'] = [];
  let register: Register;
  const located: Found[] = [];
  if (!options.score) {
    const plain = await registerGroups(query, { source, cells, readings, period });
    register = { source, cells, readings, period, notBlank: plain.notBlank };
    located.push({ register, groups: plain.groups, found: foldPlain(plain.groups) });
  } else {
    // As the default reader reads them (read-js.ts): only with the score on. See score-sql.ts.
    const scoreMap = mapColumns(file, source.header, dossierScoreFields, options.aliases);
    Object.assign(columns, scoreMap.headers);
    scoreMap.issues.forEach((issue) => sink.add(issue));
    const fields = scoreFieldNames.filter((name) => scoreMap.index[name] !== undefined);
    const scoreCells: Cells = {
      ...cells,
      score: {
        fields,
        cells: fields.map((name) => `CAST(${source.columns[scoreMap.index[name]!]!} AS VARCHAR)`),
        referenceDate: options.score.referenceDate,
      },
    };
    scoreFields = [...(map.index.due_at === undefined ? [] : (['due_at'] as const)), ...fields];
    // The leftover groups' score cells are given to the fold after its six cells, each at its place in `fields`.
    const at: ScoreColumns = Object.fromEntries(fields.map((name, i) => [name, i]));
    const hasDueColumn = map.index.due_at !== undefined;
    const leftScore = new GroupScoreFold(at.agency, at, hasDueColumn, options.score.referenceDate, (issue) => findings.push(issue));
    score = leftScore;
    // The leftover rows' §2.3 counts and findings are the §2.3 groups' already: only their score is kept.
    const leftFold = new DossierFold(() => {}, period, leftScore);
    scoreCells.score = { ...scoreCells.score!, lookUps: await makeLookUps(query, { source, cells: scoreCells, readings, period }) };
    const head = { source, cells: scoreCells, readings, period };
    const tooMuch = await leavesTooMuch(query, head);
    if (tooMuch !== undefined) throw new Refused(tooMuch);
    let aggregate = await scoreAggregate(query, head, hasDueColumn);
    if (aggregate.totalCandidates) await refuseTotalRows(query, source);
    if (aggregate.missed) {
      // Values first seen after the sampled rows (a status that only recent dossiers have, in a register
      // sorted by date): found, classified, and the aggregate made again with them — two more passes,
      // only for such a register. Too many to look up, the values hardly repeat: the default reader.
      const missed = await missedKeys(query, head);
      if (!missed) throw new Refused(`more than ${missedKeysAtMost} values not in its look-ups`);
      scoreCells.score = { ...scoreCells.score, lookUps: await makeLookUps(query, head, missed) };
      aggregate = await scoreAggregate(query, head, hasDueColumn);
      if (aggregate.missed) throw new Refused('its look-ups still miss values');
    }
    const plain = await withoutBlankRows(query, { source, cells, readings, period }, aggregate.plain);
    register = { source, cells, readings, period, notBlank: plain.notBlank };
    located.push({ register, groups: plain.groups, found: foldPlain(plain.groups) });
    const leftFound = new Map<number, Finding[]>();
    aggregate.leftover.forEach(({ cells: given, rows: weight }, index) => {
      const [code, channel, status, received, due, finished] = given as [string, string, string, string, string, string];
      findings = [];
      leftScore.group = index;
      leftFold.fold(code, channel, status, received, due, finished, undefined, weight, given.slice(6));
      if (findings.length > 0) leftFound.set(index, findings);
    });
    leftScore.addScored(aggregate.scored);
    const leftRegister = { ...register, cells: scoreCells };
    located.push({ register: leftRegister, groups: aggregate.leftover, found: leftFound });
    await firstSpellings(query, leftRegister, aggregate.leftover, leftScore);
  }
  if (located.some((aggregate) => aggregate.found.size > 0)) await locateFindings(query, file, sink, located);
  const idAt = map.index.dossier_id;
  const ids = options.ids && idAt !== undefined ? await idHashes(connection, source.from, source.columns[idAt]!, total) : undefined;
  // An empty register is a quiet month, not a broken run: a warning, as from the default reader.
  if (total === 0) sink.add({ severity: 'warning', kind: 'no-data-rows' });
  const issues: Issue[] = [...sink.finish(), ...undatedIssue(file, fold.undated), ...(score?.unjudgedIssues(file) ?? [])];
  const summary = source.shape
    ? summarise('dossiers', file, source.shape, total, errorRows, columns)
    : { role: 'dossiers' as const, path: file, format: 'parquet' as const, encoding: 'parquet', delimiter: '', rows: total, errorRows, columns };
  return {
    tallies: fold.tallies,
    issues,
    undated: fold.undated,
    rowsPerCode,
    ...(score ? { score: score.tallies(scoreFields) } : {}),
    ...(ids ? { ids } : {}),
    summary: { ...summary, engine: 'duckdb' },
  };
}

/**
 * The registers DuckDB reads, in order; `undefined` for each it would not read as the default reader does
 * (see Refused), which the caller gives to the default reader — on its worker threads.
 */
export async function readOrLeaveWithDuckdb(
  files: readonly string[],
  options: Omit<DossierReadOptions, 'onProgress'> = {},
): Promise<(DossierRead | undefined)[]> {
  const { connection, close } = await connect();
  try {
    const reads: (DossierRead | undefined)[] = [];
    for (const file of files) {
      try {
        reads.push(await readOne(connection, file, options));
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        reads.push(undefined);
      }
    }
    return reads;
  } finally {
    close();
  }
}

/** The registers read by DuckDB, or by the default reader (here, on this thread) where DuckDB leaves them. */
export async function readDossiersWithDuckdb(files: readonly string[], options: Omit<DossierReadOptions, 'onProgress'> = {}): Promise<DossierRead[]> {
  const reads: DossierRead[] = [];
  for (const [i, read] of (await readOrLeaveWithDuckdb(files, options)).entries()) {
    const byJs = read ? undefined : await readDossiers(files[i]!, options);
    reads.push(read ?? { ...byJs!, summary: { ...byJs!.summary, engine: 'js' } });
  }
  return reads;
}
