/**
 * The SQL of the 766 scorecard in the DuckDB engine (SPEC §12.3), as pure strings.
 *
 * Grouping a register's cells cannot carry the score: the receiving agency, the due day and the score's
 * cells vary together from row to row, and such groups come near one a row. So with the score on, one
 * aggregate gives three things in one pass over the register (GROUPING SETS):
 *   - the §2.3 groups, as without the score (sql.ts);
 *   - per raw code and receiving agency, the score's tallies summed in SQL (`scored`), for every row
 *     whose cells SQL can judge as the default reader would: the channel, the status and the score's
 *     cells are classified by look-up tables that JS makes from the values of the register's first rows
 *     (the same vocabulary, parsed once a value), and the dates are read by SQL;
 *   - the rest (`leftover`), grouped by their cells as the fold takes them, for the fold to judge and to
 *     report at their lines: a date SQL leaves to the fold, a value the look-ups do not hold (it first
 *     appears after the sampled rows), an unreadable score value, a due date before the received date.
 * Codes are normalised in JS, on the raw code of each group.
 */
import type { ScoreFieldName, ScoreTally } from '../../../model.js';
import type { Period } from '../fold.js';
import {
  cellsSql,
  Due,
  Finished,
  Received,
  givenCells,
  groupsSql,
  literal,
  lookUpKeySql,
  rowStatesSql,
  unread,
  type Cells,
  type Readings,
  type RowsOptions,
  type ScoreCells,
} from './sql.js';

/** A column classified by a look-up table: the channel, the status, or a score field the score reads. */
export type LookedUp = 'channel' | 'status' | Exclude<ScoreFieldName, 'agency'>;

/** What a look-up table gives a value of each column. */
export const classesOf = {
  channel: { online: 'on', postal: 'po', 'in-person': 'ip', none: '-' },
  status: { excluded: 'x', resolved: 'r', other: 'o' },
  value: { yes: 'y', no: 'n', unreadable: 'u' },
} as const;

export interface LookedUpColumn {
  name: LookedUp;
  /** The column of the rows it classifies. */
  column: string;
  /** What the look-up is keyed by: the cell, or a few keys for cells that hardly repeat (lookUpKeySql). */
  key: string;
  /** The look-up table. */
  table: string;
}

/**
 * The columns classified by look-ups: the channel, the status, and the score cells the default reader
 * reads (ScoreFold) — fee and paid_online only when the register has both.
 */
export function lookedUpColumns(score: ScoreCells): LookedUpColumn[] {
  const has = (field: ScoreFieldName) => score.fields.includes(field);
  const read = score.fields.flatMap((field, i): LookedUpColumn[] => {
    if (field === 'agency') return [];
    if ((field === 'fee' || field === 'paid_online') && !(has('fee') && has('paid_online'))) return [];
    return [{ name: field, column: `s${i}`, key: lookUpKeySql(field, `s${i}`), table: `tthc_lookup_${field}` }];
  });
  const own = (name: 'channel' | 'status'): LookedUpColumn => ({ name, column: name, key: name, table: `tthc_lookup_${name}` });
  return [own('channel'), own('status'), ...read];
}

const classOf = (column: LookedUpColumn) => `k_${column.column}`;

/** The distinct values of each looked-up column in the first `rows` rows, as JSON: one list per column. */
export function lookUpSampleSql(from: string, cells: Cells, period: Period, readings: Readings, rows: number): string {
  const looked = lookedUpColumns(cells.score!);
  return `SELECT to_json([${looked.map((column) => `list(DISTINCT coalesce(${column.key}, ''))`).join(', ')}])
     FROM (${rowStatesSql(from, cells, period, readings, { limit: rows })})`;
}

/**
 * A look-up of this many values or fewer is written into the query as a CASE (7 columns of a 5 M-row
 * register: 0.5 s less than as joins); a larger one (a free-text status) is a table, joined.
 */
export const inlineLookUp = 64;

/** The table of a look-up too large to be written inline. */
export function lookUpTableSql(table: string, entries: readonly (readonly [string, string])[]): string {
  const values = entries.map(([value, cls]) => `(${literal(value)}, ${literal(cls)})`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM (VALUES ${values}) AS t(v, c)`;
}

/**
 * The rows, each with the key (`q0` …) and the class of each looked-up cell (NULL when the look-up does
 * not hold it) and three flags: `cand`, the row may be counted (received in the period, its status not
 * one that excludes it); `miss`, a candidate row with a cell the look-ups do not hold (a value first
 * seen after the sampled rows); `lo`, any other candidate row left to the fold.
 */
function flaggedRowsSql(from: string, cells: Cells, period: Period, readings: Readings, options: RowsOptions): string {
  const score = cells.score!;
  const looked = lookedUpColumns(score);
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  const cand = [
    `received NOT IN (${Received.before}, ${Received.after})`,
    ...(hasPeriod ? [`received <> ${Received.empty}`] : []),
    `coalesce(k_status, '') <> '${classesOf.status.excluded}'`,
  ].join(' AND ');
  const unreadable = looked.filter((column) => column.name !== 'channel' && column.name !== 'status' && column.name !== 'e_result');
  const missing = looked.map((column) => `${classOf(column)} IS NULL`).join(' OR ');
  const leftover = [
    `received = ${unread}`,
    `finished = ${unread}`,
    `due = ${unread}`,
    ...unreadable.map((column) => `${classOf(column)} = '${classesOf.value.unreadable}'`),
    'coalesce(dr, false)',
  ].join(' OR ');
  return `
  SELECT *, cand AND NOT miss AND (${leftover}) AS lo FROM (
    SELECT *, cand AND (${missing}) AS miss FROM (
    SELECT *, ${cand} AS cand FROM (${classedSql(score, rowStatesSql(from, cells, period, readings, options))})))`;
}

/** Rows with the key (`q0` …) and the class (`k_…`, NULL when the look-ups do not hold the key) of each looked-up cell. */
function classedSql(score: ScoreCells, rows: string): string {
  const looked = lookedUpColumns(score);
  const classes = looked.map((column, i) => {
    const entries = score.lookUps?.get(column.column) ?? [];
    const cell = `coalesce(x.q${i}, '')`;
    if (entries.length > inlineLookUp) return { select: `lookup${i}.c`, join: `LEFT JOIN ${column.table} AS lookup${i} ON lookup${i}.v = ${cell}` };
    const whens = entries.map(([value, cls]) => `WHEN ${literal(value)} THEN ${literal(cls)}`).join(' ');
    return { select: entries.length > 0 ? `CASE ${cell} ${whens} END` : 'CAST(NULL AS VARCHAR)', join: '' };
  });
  return `
      SELECT x.*, ${looked.map((column, i) => `${classes[i]!.select} AS ${classOf(column)}`).join(', ')}
      FROM (SELECT *, ${looked.map((column, i) => `${column.key} AS q${i}`).join(', ')} FROM (${rows})) AS x
      ${classes.map((cls) => cls.join).join('\n      ')}`;
}

/**
 * Keys of the whole register that the look-ups do not hold, each as `[column index, key]`, the first
 * `limit` of them: one pass over its cells, without its dates, made only when the aggregate found some.
 */
export function missedKeysSql(from: string, cells: Cells, limit: number): string {
  const score = cells.score!;
  const looked = lookedUpColumns(score);
  const missed = looked.map((column, i) => `CASE WHEN ${classOf(column)} IS NULL THEN coalesce(q${i}, '') END`);
  return `SELECT to_json(list([CAST(i AS VARCHAR), v])) FROM (
    SELECT DISTINCT i, v FROM (
      SELECT unnest([${looked.map((_, i) => i).join(', ')}]) AS i, unnest([${missed.join(', ')}]) AS v
      FROM (${classedSql(score, cellsSql(from, cells))}))
    WHERE v IS NOT NULL LIMIT ${limit})`;
}

/**
 * The rows with what the aggregate groups: the §2.3 cells (received_plain; r1, f1, d1: a date cell kept
 * only when unread), the agency (`a`), the leftover's given cells (`l0` …, and all but the first three
 * as one JSON key, `lk`; NULL unless `lo`).
 */
function groupedRowsSql(from: string, cells: Cells, period: Period, readings: Readings, options: RowsOptions): string {
  const score = cells.score!;
  const agency = score.fields.indexOf('agency');
  const given = givenCells(period, score);
  const rest = given.map((_, i) => `l${i}`).slice(3);
  return `
  SELECT *,
    CASE WHEN received_plain = ${unread} THEN r END AS r1,
    CASE WHEN finished = ${unread} THEN f END AS f1,
    CASE WHEN due = ${unread} THEN d END AS d1,
    ${agency >= 0 ? `coalesce(s${agency}, '')` : "''"} AS a,
    ${given.map((cell, i) => `CASE WHEN lo THEN ${cell} END AS l${i}`).join(',\n    ')},
    CASE WHEN lo THEN CAST(to_json([${rest.join(', ')}]) AS VARCHAR) END AS lk
  FROM (${flaggedRowsSql(from, cells, period, readings, options)})`;
}

/** The leftover's given cells' names. */
const leftoverNames = (score: ScoreCells) => givenCells({}, score).map((_, i) => `l${i}`);

/**
 * The score's tallies of the rows SQL judges (`ok`), named as ScoreTally's keys, and the dossiers left
 * unjudged for each reason: what ScoreFold adds for one dossier, summed. `handled-on-time` as
 * ScoreFold.judge: finished by the reference date (`fb`), on time when not late; not finished by then,
 * on time while the due day is not past.
 */
function sumsSql(cells: Cells, hasDueColumn: boolean): { name: string; sql: string }[] {
  const score = cells.score!;
  const looked = lookedUpColumns(score);
  const k = (name: LookedUp) => {
    const column = looked.find((looked) => looked.name === name);
    return column ? classOf(column) : undefined;
  };
  const { channel, status, value } = classesOf;
  const dueRead = `due IN (${Due.read}, ${Due.late})`;
  const resolvedUnfinished = `k_status = '${status.resolved}' AND finished = ${Finished.empty}`;
  const judged = `${dueRead} AND NOT (${resolvedUnfinished})`;
  const reference = `DATE ${literal(score.referenceDate)}`;
  const sums: [string, string | undefined][] = [
    ['counted', 'true'],
    ['online', `k_channel = '${channel.online}'`],
    ['onlineResolved', `k_channel = '${channel.online}' AND (k_status = '${status.resolved}' OR finished = ${Finished.read})`],
    ['postal', `k_channel = '${channel.postal}'`],
    ['inPerson', `k_channel = '${channel['in-person']}'`],
    ['finishedWithDue', `finished = ${Finished.read} AND ${dueRead}`],
    ['finishedOnTime', `finished = ${Finished.read} AND due = ${Due.read}`],
    ['judged', hasDueColumn ? judged : undefined],
    ['handledOnTime', hasDueColumn ? `${judged} AND CASE WHEN coalesce(fb, false) THEN due = ${Due.read} ELSE dn >= ${reference} END` : undefined],
    ['noDueDate', hasDueColumn ? `due = ${Due.empty}` : undefined],
    ['resolvedWithoutDate', hasDueColumn ? `${dueRead} AND ${resolvedUnfinished}` : undefined],
  ];
  const yesNo = (known: string, yes: string, field: LookedUp) => {
    const column = k(field);
    sums.push([known, column ? 'true' : undefined], [yes, column ? `${column} = '${value.yes}'` : undefined]);
  };
  yesNo('syncKnown', 'synced', 'synced');
  const fee = k('fee');
  const paid = k('paid_online');
  sums.push(
    ['withFee', fee ? `${fee} = '${value.yes}'` : undefined],
    ['withFeePaidOnline', fee && paid ? `${fee} = '${value.yes}' AND ${paid} = '${value.yes}'` : undefined],
  );
  yesNo('eResultKnown', 'eResult', 'e_result');
  yesNo('digitisedKnown', 'digitised', 'digitised');
  return sums.map(([name, when]) => ({ name, sql: `${when === undefined ? '0' : `count(*) FILTER (WHERE ok AND ${when})`} AS "${name}"` }));
}

/** The keys of the JSON of the scored groups: the raw code, the agency cell, and sumsSql's tallies. */
export interface ScoredGroup extends ScoreTally {
  code: string;
  agency: string;
  noDueDate: number;
  resolvedWithoutDate: number;
}

/**
 * The one aggregate with the score on, as four JSON texts: the §2.3 groups (as groupsSql gives them),
 * the scored groups (ScoredGroup), the leftover groups (code, channel, status, the JSON of their
 * other given cells, rows), whether the look-ups missed a key, and whether a row may be a total row. The
 * leftover rows are grouped with the §2.3 groups, by their given cells too (NULL for the other rows):
 * a third grouping set would cost a hash of every row more.
 */
export function scoreAggregateSql(from: string, cells: Cells, period: Period, readings: Readings, hasDueColumn: boolean): string {
  const sums = sumsSql(cells, hasDueColumn);
  const plainKeys = 'code, channel, status, t, received_plain, r1, finished, f1, due, d1';
  // GROUPING(channel, a): 1 for the §2.3 groups (and the leftover), 2 for the scored. The leftover's
  // given cells past code, channel and status are one key, `lk` (their JSON), NULL for the other rows:
  // hashed as one NULL, not nine.
  const aggregate = `
  SELECT GROUPING(channel, a) AS gs, ${plainKeys}, lk, miss, a,
    count(*) AS n, ${sums.map((sum) => sum.sql).join(',\n    ')}
  FROM (SELECT *, cand AND NOT lo AND NOT miss AS ok FROM (${groupedRowsSql(from, cells, period, readings, {})}))
  GROUP BY GROUPING SETS ((${plainKeys}, lk, miss), (code, a))`;
  const plain = `SELECT code, channel, status, received_plain AS received, r1 AS r, finished, f1 AS f, due, d1 AS d, n FROM agg WHERE gs = 1`;
  const scored = `SELECT to_json(list({'code': coalesce(code, ''), 'agency': a, ${sums.map(({ name }) => `${literal(name)}: "${name}"`).join(', ')}} ORDER BY code, a))
    FROM agg WHERE gs = 2 AND "counted" > 0`;
  const leftover = `SELECT to_json(list([c0, c1, c2, lk, CAST(n AS VARCHAR)] ORDER BY c0, c1, c2, lk))
    FROM (SELECT coalesce(code, '') AS c0, coalesce(channel, '') AS c1, coalesce(status, '') AS c2, lk, sum(n) AS n
          FROM agg WHERE gs = 1 AND lk IS NOT NULL GROUP BY ALL)`;
  const missed = `SELECT count(*) > 0 FROM agg WHERE gs = 1 AND miss`;
  const total = `SELECT coalesce(bool_or(t), false) FROM agg WHERE gs = 1`;
  return `WITH agg AS MATERIALIZED (${aggregate})
SELECT (${groupsSql(plain, period)}), (${scored}), (${leftover}), (${missed}), (${total})`;
}

/** In the first `rows` rows: how many rows, and how many leftover groups they make. */
export function leftoverSampleSql(from: string, cells: Cells, period: Period, readings: Readings, rows: number): string {
  const left = leftoverNames(cells.score!);
  return `SELECT CAST(count(*) AS INTEGER), CAST(count(DISTINCT [${left.join(', ')}]) FILTER (WHERE lo) AS INTEGER)
     FROM (${groupedRowsSql(from, cells, period, readings, { limit: rows })})`;
}

/**
 * The first row of each raw code and agency cell given, among the rows SQL scored: for the agency
 * spelled in several ways, which spelling a counted row wrote first. JSON of `[agency, code, row]`.
 */
export function firstScoredRowsSql(from: string, cells: Cells, period: Period, readings: Readings, agencies: readonly string[], where?: string): string {
  const score = cells.score!;
  // The rows of those agencies are picked from the cells, before the rest is worked out for them.
  const agency = `coalesce(${score.cells[score.fields.indexOf('agency')]!}, '')`;
  const ofAgencies = `(${where ?? 'true'}) AND ${agency} IN (${agencies.map(literal).join(', ')})`;
  // The scored rows are told by an aggregate's FILTER, not a WHERE: DuckDB would push a WHERE into the
  // projections, and work out each row's dates once for every use of them (40 s for 400,000 rows).
  return `SELECT to_json(list([a, coalesce(code, ''), CAST(o AS VARCHAR)] ORDER BY a, code)) FROM (
    SELECT a, code, min(o) FILTER (WHERE cand AND NOT lo AND NOT miss) AS o
    FROM (${groupedRowsSql(from, cells, period, readings, { where: ofAgencies, ordinal: true })})
    GROUP BY a, code)
  WHERE o IS NOT NULL`;
}
