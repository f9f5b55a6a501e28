/**
 * The SQL of the DuckDB engine, as pure strings: what read.ts runs, testable without DuckDB.
 *
 * A register is grouped by its raw code, channel and status cells and by what each date cell comes to
 * (Received, Finished, Due); the fold (../fold.ts) then classifies each group, weighted by its row
 * count. Codes are normalised by the fold, in JS, not here: DuckDB's `\s` is ASCII-only, and one
 * normalisation cannot drift from itself.
 */
import { dayNumberToIso, isoToDayNumber } from '../../../domain/dates.js';
import type { IsoDate, ScoreFieldName } from '../../../model.js';
import type { LineEnding } from '../../sniff.js';
import type { Period } from '../fold.js';
import { dateReading, lookUpReads, writings, type DateReading, type Writing } from './dates.js';

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * A path as a SQL literal that DuckDB reads as that one file: its reader expands `*`, `?` and `[…]`
 * (and `**`), so each of those characters is written as a class that holds only itself — `g[12].csv`
 * is then the file of that name, not `g1.csv` and `g2.csv`.
 */
export function fileLiteral(path: string): string {
  return literal(path.replace(/[*?[\]]/g, (c) => `[${c}]`));
}

/**
 * A UTF-8 CSV register as DuckDB reads it: the default reader's delimiter and line end, RFC 4180 quotes,
 * every cell text, each column named by its position (`c0`, `c1` …). DuckDB skips empty lines, as the
 * default reader does, and refuses a row with too many or too few fields. (Its sniffer still runs, on
 * what it is not told: with `auto_detect = false` and the columns given, the aggregate takes twice the
 * time and memory that grows with the file.)
 */
export function csvSource(file: string, delimiter: string, lineEnding: LineEnding, columns: number): string {
  const names = Array.from({ length: columns }, (_, i) => literal(`c${i}`));
  const options = [
    `delim = ${literal(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    // DuckDB takes the line end escaped, as `\r\n` is written in C.
    `new_line = ${literal(lineEnding.replace('\r', '\\r').replace('\n', '\\n'))}`,
    'header = true',
    'all_varchar = true',
    `names = [${names.join(', ')}]`,
  ];
  return `read_csv(${fileLiteral(file)}, ${options.join(', ')})`;
}

export function parquetSource(file: string): string {
  return `read_parquet(${fileLiteral(file)})`;
}

/**
 * What each date cell of a row comes to, as SQL groups it: empty; read, and for a received date on which
 * side of the period (`inside` when there is none), for a due date whether the finished date was read
 * and is after it (`late`); or `unread` — not empty, but SQL could not tell it, so it stays in the group
 * as it is.
 */
export const unread = 4;
export const Received = { empty: 0, before: 1, inside: 2, after: 3, unread } as const;
export const Finished = { empty: 0, read: 1, unread } as const;
export const Due = { empty: 0, read: 1, late: 2, unread } as const;

/** The SQL of a column the file does not have. */
export const absent = 'CAST(NULL AS VARCHAR)';

/** SQL expressions of the raw cells of one row (`absent` for a column the file does not have). */
export interface Cells {
  code: string;
  channel: string;
  status: string;
  received: string;
  due: string;
  finished: string;
  /** With the 766 score on: the score columns the register has, and the reference date. */
  score?: ScoreCells;
  /** Whether a row may be a total row (totalCandidateSql), over every column; none: no row is. */
  total?: string;
}

/**
 * The scorecard's cells of a row (SPEC §12.1), grouped as they are (`s0`, `s1` …, in the order of
 * `fields`), and the reference date `handled-on-time` is judged at: the due date is then grouped by its
 * day, with what decides the judgement against the received and finished dates (see scoreStatesSql).
 */
export interface ScoreCells {
  fields: readonly ScoreFieldName[];
  cells: readonly string[];
  referenceDate: IsoDate;
  /** The values of the looked-up columns and their classes, by column (score-sql.ts), once they are made. */
  lookUps?: ReadonlyMap<string, readonly (readonly [string, string])[]>;
}

/** The date columns, as the queries name them. */
export type DateColumn = 'r' | 'f' | 'd';
export const cellOf = { r: 'received', f: 'finished', d: 'due' } as const satisfies Record<DateColumn, keyof Cells>;

/** How a date column is read (see dates.ts): the writing it is looked up in, and whether tthc_date reads what the look-up misses. */
export interface ColumnReading {
  writing: Writing;
  everyShape: boolean;
}
export type Readings = Record<DateColumn, ColumnReading | undefined>;

function readDates(readings: Readings): Record<DateColumn, DateReading> {
  const reading = (column: DateColumn): DateReading => {
    const how = readings[column];
    return how ? dateReading(`c.${column}`, `${column}j`, how.writing, how.everyShape) : { join: '', date: 'CAST(NULL AS DATE)' };
  };
  return { r: reading('r'), f: reading('f'), d: reading('d') };
}

/** Which rows a query over a register's rows takes: `where` them, the first `limit`, each with its number (`ordinal`). */
export interface RowsOptions {
  where?: string;
  limit?: number;
  ordinal?: boolean;
}

/** The raw cells of a register under the names the queries give them; with `ordinal`, also each row's number (1 = the first after the header). */
export function cellsSql(from: string, cells: Cells, options: { where?: string; limit?: number; ordinal?: boolean } = {}): string {
  const { where = 'true', limit, ordinal = false } = options;
  const score = (cells.score?.cells ?? []).map((cell, i) => `, ${cell} AS s${i}`).join('');
  return `SELECT ${cells.code} AS code, ${cells.channel} AS channel, ${cells.status} AS status,
             ${cells.received} AS r, ${cells.finished} AS f, ${cells.due} AS d, ${cells.total ?? 'false'} AS t${score}${ordinal ? ', ordinality AS o' : ''}
      FROM ${from}${ordinal ? ' WITH ORDINALITY' : ''}
      WHERE ${where}${limit === undefined ? '' : ` LIMIT ${limit}`}`;
}

/**
 * Each row's cells and what each of its date cells comes to (Received, Finished, Due). A date cell SQL
 * cannot tell (an invalid, padded or whitespace cell, or one its reading misses) is `unread`, for the
 * fold to read or report. A cell is empty when it is NULL or ''; one of whitespace is left to the fold,
 * which trims it.
 */
export function rowStatesSql(from: string, cells: Cells, period: Period, readings: Readings, options: RowsOptions): string {
  const bounds = [
    ...(period.from !== undefined ? [`WHEN rd < DATE ${literal(period.from)} THEN ${Received.before}`] : []),
    ...(period.to !== undefined ? [`WHEN rd > DATE ${literal(period.to)} THEN ${Received.after}`] : []),
  ].join(' ');
  const empty = (cell: string) => `${cell} IS NULL OR ${cell} = ''`;
  // The stand-ins tell the order of a finished and a due date only when SQL read both: when it read one
  // only, both stay as they are, for the fold to compare.
  const unreadPair = `(f <> '' AND d <> '' AND (fd IS NULL OR dd IS NULL))`;
  const read = readDates(readings);
  const score = cells.score;
  // With the score on, a received date is compared with the due date too: when the due date is left to
  // the fold (SQL could not read it, or the finished date), the fold reads both. `received_plain` is
  // then the state without the score, as the §2.3 groups have it.
  const unreadReceived = ` OR (d <> '' AND (dd IS NULL OR (f <> '' AND fd IS NULL)))`;
  const receivedState = (unreadWhen: string) =>
    `CASE WHEN ${empty('r')} THEN ${Received.empty} WHEN rd IS NULL${unreadWhen} THEN ${Received.unread} ${bounds} ELSE ${Received.inside} END`;
  const states = `
  SELECT code, channel, status, r, f, d, t,${options.ordinal ? ' o,' : ''}${score ? ` ${[...scoreNames(score), 'rd', 'fd', 'dd'].join(', ')},` : ''}
    ${receivedState(score ? unreadReceived : '')} AS received,${score ? ` ${receivedState('')} AS received_plain,` : ''}
    CASE WHEN ${empty('f')} THEN ${Finished.empty} WHEN fd IS NULL OR ${unreadPair} THEN ${Finished.unread} ELSE ${Finished.read} END AS finished,
    CASE WHEN ${empty('d')} THEN ${Due.empty} WHEN dd IS NULL OR ${unreadPair} THEN ${Due.unread}
         WHEN fd > dd THEN ${Due.late} ELSE ${Due.read} END AS due
  FROM (
    SELECT c.*, ${read.r.date} AS rd, ${read.f.date} AS fd, ${read.d.date} AS dd
    FROM (${cellsSql(from, cells, options)}) AS c
    ${read.r.join}
    ${read.f.join}
    ${read.d.join})`;
  return score ? scoreStatesSql(states, score) : states;
}

export const scoreNames = (score: ScoreCells) => score.cells.map((_, i) => `s${i}`);

/**
 * What the scorecard needs of a row's dates besides the §2.3 states, as few values as will do: the due
 * day when SQL read it (`dn`), whether a read finished date is on or before the reference date (`fb`),
 * and whether the due day is before a received date inside the period (`dr`). scoreGiven turns them
 * into dates that make the fold decide as it would on the row's own dates.
 */
function scoreStatesSql(states: string, score: ScoreCells): string {
  const dueRead = `due IN (${Due.read}, ${Due.late})`;
  return `
  SELECT * EXCLUDE (rd, fd, dd),
    CASE WHEN ${dueRead} THEN dd END AS dn,
    CASE WHEN ${dueRead} AND finished = ${Finished.read} THEN fd <= DATE ${literal(score.referenceDate)} END AS fb,
    CASE WHEN ${dueRead} AND received = ${Received.inside} THEN dd < rd END AS dr
  FROM (${states})`;
}

/** The aggregate over a register, streamed from the reader: rows grouped by their cells as rowStatesSql gives them, with a date cell kept only when unread. */
export function aggregateSql(from: string, cells: Cells, period: Period, readings: Readings, where?: string, limit?: number): string {
  const score = cells.score ? `${[...scoreNames(cells.score), 'dn', 'fb', 'dr'].join(', ')},` : '';
  return `
SELECT code, channel, status, t, ${score}
       received, CASE WHEN received = ${Received.unread} THEN r END AS r,
       finished, CASE WHEN finished = ${Finished.unread} THEN f END AS f,
       due, CASE WHEN due = ${Due.unread} THEN d END AS d,
       count(*) AS n
FROM (${rowStatesSql(from, cells, period, readings, { where, limit })})
GROUP BY ALL`;
}

/**
 * Stand-in cells: dates that make the fold decide what SQL decided. The received stand-ins are dates
 * before, inside and after the period (any date without one); a read finished date stands as
 * 2000-01-02, and a read due date as the same day, or as the day before when it is late.
 */
export function standIns(period: Period) {
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
 * The cells the fold is given for a row or a group — code, channel, status, received, due, finished, and
 * with the score on the score cells — as SQL over rowStatesSql's or aggregateSql's columns.
 */
export function givenCells(period: Period, score: ScoreCells | undefined): string[] {
  if (score) return [...scoreGiven(period, score), ...score.fields.map((field, i) => scoreGivenCell(field, `s${i}`))];
  const stand = standIns(period);
  const given = (state: string, raw: string, standIn: Record<number, string>) =>
    `CASE ${state} WHEN ${unread} THEN ${raw} ${Object.entries(standIn)
      .map(([value, date]) => `WHEN ${value} THEN ${literal(date)}`)
      .join(' ')} ELSE '' END`;
  return [
    ...['code', 'channel', 'status'].map((column) => `coalesce(${column}, '')`),
    given('received', 'r', stand.received),
    given('due', 'd', stand.due),
    given('finished', 'f', stand.finished),
  ];
}

/**
 * With the score on, the dates the fold is given also decide the scorecard's judgement (ScoreFold) as the
 * row's own dates would. A read due date is given as a day on the same side of the reference date (the
 * day after it, or from the period's start; the day itself; the day before), so that rows due on
 * different days are one group; as its own day when the fold reads the received date or reports it
 * (a due date before the received date quotes it). A received date inside the period is given as a day
 * of the period on the same side of that due day; a read finished date as a day on the same sides of
 * the due day (late or not) and of the reference date (`fb`). Without a read due date the stand-ins are
 * standIns'.
 */
function scoreGiven(period: Period, score: ScoreCells): string[] {
  const stand = standIns(period);
  const iso = (date: string) => `strftime(${date}, '%Y-%m-%d')`;
  const reference = `DATE ${literal(score.referenceDate)}`;
  const from = period.from !== undefined ? `DATE ${literal(period.from)}` : undefined;
  // A received date inside the period is on or before a due day after the reference date, so the
  // period's start is too; on or before one before it, so the period starts before it.
  const dueDay = `CASE WHEN received = ${unread} OR coalesce(dr, false) THEN dn
      WHEN dn > ${reference} THEN ${from ? `greatest(${reference} + 1, ${from})` : `${reference} + 1`}
      WHEN dn = ${reference} THEN dn ELSE ${reference} - 1 END`;
  const afterDue = from ? `greatest(dn + 1, ${from})` : 'dn + 1';
  const notAfterDue = period.to !== undefined ? `least(due_day, DATE ${literal(period.to)})` : 'due_day';
  const received = `CASE received WHEN ${unread} THEN r
      WHEN ${Received.before} THEN ${literal(stand.received[Received.before]!)}
      WHEN ${Received.after} THEN ${literal(stand.received[Received.after]!)}
      WHEN ${Received.inside} THEN CASE WHEN dn IS NULL THEN ${literal(stand.received[Received.inside]!)}
        WHEN dr THEN ${iso(afterDue)} ELSE ${iso(notAfterDue)} END
      ELSE '' END`;
  const due = `CASE due WHEN ${unread} THEN d WHEN ${Due.read} THEN ${iso('due_day')} WHEN ${Due.late} THEN ${iso('due_day')} ELSE '' END`;
  const finished = `CASE finished WHEN ${unread} THEN f
      WHEN ${Finished.read} THEN CASE WHEN dn IS NULL THEN ${literal(stand.finished[Finished.read]!)}
        WHEN due = ${Due.late} THEN CASE WHEN fb THEN ${iso(reference)} ELSE ${iso(`greatest(due_day, ${reference}) + 1`)} END
        ELSE CASE WHEN fb THEN ${iso(`least(due_day, ${reference})`)} ELSE ${iso('due_day')} END END
      ELSE '' END`;
  // The canonical due day is worked out once, by a lambda: a macro or a repeated expression would be
  // evaluated at each use.
  const withDueDay = (expression: string) => `list_transform([${dueDay}], lambda due_day: ${expression})[1]`;
  return [...['code', 'channel', 'status'].map((column) => `coalesce(${column}, '')`), withDueDay(received), withDueDay(due), withDueDay(finished)];
}

/**
 * A score cell as the fold is given it: as its look-up key (lookUpKeySql) where that reads as the cell
 * and is its only difference from other cells — a plain amount, a link — so that the rows left to the
 * fold are not a group each for their amounts and links; any other cell as written, for the fold to read
 * and, when it cannot, to quote.
 */
function scoreGivenCell(field: ScoreFieldName, cell: string): string {
  if (field === 'fee') return `CASE WHEN regexp_full_match(${cell}, '${plainAmount}') THEN ${lookUpKeySql(field, cell)} ELSE coalesce(${cell}, '') END`;
  if (field === 'e_result') return `coalesce(${lookUpKeySql(field, cell)}, '')`;
  return `coalesce(${cell}, '')`;
}

/**
 * An amount in đồng with ASCII digits, spaces and currency words only: bare digits, or groups of three
 * after the first with one separator throughout (RE2 has no back-references: one branch a separator).
 * A subset of what the default reader's parser (domain/score-words.ts) reads as an amount.
 */
const plainAmount = (() => {
  const currency = '(?:vnđ|VNĐ|vnd|VND|đồng|đ)';
  const digits = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)`;
  return String.raw` *(?:${currency} *)?${digits}(?: *${currency})? *`;
})();

/**
 * What a score cell is looked up by (score-sql.ts). Fees and result links hardly repeat (an amount, a
 * link a dossier), and a look-up of every one would be as large as the register: a fee with a digit
 * other than 0 is keyed by its shape, every digit written 9 (the default reader's parser reads
 * `1.500.000 đ` and `9.999.999 đ` alike: an amount above 0, in the same writing), a link as `1` (a
 * link is yes whatever it says), and any other result cell with its digits 1–8 written 9 (a file name
 * `kq/HS-123.pdf` is yes as `kq/HS-999.pdf` is; the yes/no words' only digits are 1, yes, and 0, no, and
 * 9 is yes as 1 is). Every other cell is its own key. test/io/dossiers/score-classes.test.ts
 * reads each key and its cell with the same parser.
 */
export function lookUpKeySql(field: ScoreFieldName, cell: string): string {
  if (field === 'fee') return `CASE WHEN ${cell} GLOB '*[1-9]*' THEN translate(${cell}, '012345678', '999999999') ELSE ${cell} END`;
  if (field === 'e_result') return `CASE WHEN ${cell} GLOB 'http://*' OR ${cell} GLOB 'https://*' THEN '1' ELSE translate(${cell}, '12345678', '99999999') END`;
  return cell;
}

/** The names the given cells take in the queries: `c0`, `c1` …. */
const givenNamesOf = (cells: readonly string[]) => cells.map((_, i) => `c${i}`);

/**
 * The groups of an aggregate as the fold takes them, as one JSON text of `[cells…, rows]` in a fixed
 * order (so that the groups, and any issue they give, come out alike whichever order DuckDB's threads
 * grouped in): turning tens of thousands of values into JS values one by one costs more than the JSON.
 * Groups that come to the same cells are one.
 */
export function groupsSql(aggregate: string, period: Period, score?: ScoreCells): string {
  const cells = givenCells(period, score);
  const givenNames = givenNamesOf(cells);
  return `SELECT to_json(list([${givenNames.join(', ')}, CAST(n AS VARCHAR)] ORDER BY ${givenNames.join(', ')}))
       FROM (SELECT ${cells.map((cell, i) => `${cell} AS ${givenNames[i]}`).join(', ')}, sum(n) AS n FROM (${aggregate}) GROUP BY ALL)`;
}

/** The groups of an aggregate (groupsSql), and whether any of its rows may be a total row. */
export function plainGroupsSql(aggregate: string, period: Period): string {
  return `WITH agg AS MATERIALIZED (${aggregate})
SELECT (${groupsSql('SELECT * FROM agg', period)}), (SELECT coalesce(bool_or(t), false) FROM agg)`;
}

/**
 * The rows of the given groups — the first `perGroup` of each, enough for the first rows of every kind
 * of issue — as one JSON text of `[row number, group index]` pairs in row order. Groups are given as
 * their cells (givenCells); `where` leaves out rows whose cells are all blank (see blankRowsWhere).
 */
export function rowsOfGroupsSql(
  from: string,
  cells: Cells,
  period: Period,
  readings: Readings,
  groups: readonly (readonly string[])[],
  perGroup: number,
  where?: string,
): string {
  const given = givenCells(period, cells.score);
  const givenNames = givenNamesOf(given);
  const keys = groups.map((group, i) => `(${group.map(literal).join(', ')}, ${i})`).join(',\n');
  return `SELECT to_json(list([o, g] ORDER BY o)) FROM (
  SELECT o, k.g, row_number() OVER (PARTITION BY k.g ORDER BY o) AS nth
  FROM (SELECT ${given.map((cell, i) => `${cell} AS ${givenNames[i]}`).join(', ')}, o
        FROM (${rowStatesSql(from, cells, period, readings, { where, ordinal: true })})) AS row
  JOIN (VALUES ${keys}) AS k(${givenNames.join(', ')}, g)
    ON ${givenNames.map((name) => `row.${name} = k.${name}`).join(' AND ')})
WHERE nth <= ${perGroup}`;
}

/** Rows sampled from the head of a register to choose how its date columns are read. */
export const sampleRows = 2_000;

/** Per date column, how many of the first rows each writing's look-up reads (`read<i>`) and misses although tthc_date reads them (`missed<i>`). */
export function samplingSql(from: string, cells: Cells): string {
  const counts = writings.flatMap((writing, i) => [
    `count(*) FILTER (WHERE ${lookUpReads(writing, 'x')}) AS read${i}`,
    `count(*) FILTER (WHERE is_date AND NOT (${lookUpReads(writing, 'x')})) AS missed${i}`,
  ]);
  return `SELECT name, ${counts.join(', ')}
     FROM (SELECT name, x, tthc_date(x) IS NOT NULL AS is_date
           FROM (SELECT unnest(['r', 'f', 'd']) AS name, unnest([r, f, d]) AS x FROM (${cellsSql(from, cells, { limit: sampleRows })})))
     GROUP BY name`;
}

/**
 * Rows whose cells are all blank are skipped, as the default reader skips them. Telling them apart takes
 * every column, the unmapped ones too, which costs a tenth of the pass: so the aggregate reads only the
 * mapped columns, and a second pass over the rows picked here runs only when the aggregate has a group
 * whose cells are all blank.
 */
export function blankRowsWhere(cells: Cells, columns: readonly string[]): string {
  const everyCell = `concat(${columns.map((column) => `CAST(${column} AS VARCHAR)`).join(', ')})`;
  return `(${cells.code} IS NULL OR NOT tthc_has_text(${cells.code})) AND NOT tthc_has_text(${everyCell})`;
}

/**
 * The hash of each row's dossier id, as ids.ts makes it: the id without the spaces and tabs around it,
 * the first 13 hex digits (52 bits) of its MD5, as a DOUBLE; rows without an id are left out.
 */
export function idHashSql(from: string, column: string): string {
  const id = `trim(CAST(${column} AS VARCHAR), ' ' || chr(9))`;
  return `SELECT CAST(CAST('0x' || left(md5(${id}), 13) AS BIGINT) AS DOUBLE) FROM ${from} WHERE ${id} <> ''`;
}

/**
 * A row's first cell that is not blank (as JS's trim() has it: spaces, tabs, no-break and other
 * Unicode spaces, line ends), over every column.
 */
function firstCellSql(columns: readonly string[]): string {
  const blank = String.raw`^[\s\x{000B}\x{00A0}\x{FEFF}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]*$`;
  return `coalesce(${columns.map((column) => `CASE WHEN NOT regexp_full_match(CAST(${column} AS VARCHAR), '${blank}') THEN CAST(${column} AS VARCHAR) END`).join(', ')})`;
}

/**
 * Whether a row may be a total row (src/io/total-rows.ts): its first cell that is not blank begins, but
 * for spaces, with "total", "tong" or "cong" once lower-cased and stripped of accents — every total row
 * does (isTotalLabel tells which of them are).
 */
export function totalCandidateSql(columns: readonly string[]): string {
  const word = String.raw`^[\s\x{000B}\x{00A0}]*(total|tong|cong)`;
  // Most registers begin each row with a number (STT, a dossier id): told at once.
  const first = `CAST(${columns[0]} AS VARCHAR)`;
  return `CASE WHEN ${first} GLOB '[0-9]*' THEN false ELSE coalesce(regexp_matches(lower(strip_accents(${firstCellSql(columns)})), '${word}'), false) END`;
}

/** The first cells of the rows that may be total rows, the first `limit` of them, as JSON. */
export function totalCandidatesSql(from: string, columns: readonly string[], limit: number): string {
  return `SELECT to_json(list(cell)) FROM (SELECT ${firstCellSql(columns)} AS cell FROM ${from} WHERE ${totalCandidateSql(columns)} LIMIT ${limit})`;
}
