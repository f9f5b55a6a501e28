/**
 * The 766 scorecard in the DuckDB engine (see score-sql.ts): the look-up tables made from the register's
 * first rows, the one aggregate, and the scored groups added to the scorecard's fold — with the agency
 * named by its first counted row's spelling, as by the default reader.
 */
import { parseChannel, parseStatus } from '../../../domain/dossier-words.js';
import { normalisedCode } from '../fold.js';
import { agencyKeyOf, agencySpelling, ScoreFold, scoreValueOf } from '../score-fold.js';
import { groupsOfJson, jsonOf, type Group, type Query, type Register } from './query.js';
import { rowsOfGroupsSql } from './sql.js';
import {
  classesOf,
  inlineLookUp,
  firstScoredRowsSql,
  leftoverSampleSql,
  lookedUpColumns,
  lookUpSampleSql,
  lookUpTableSql,
  missedKeysSql,
  scoreAggregateSql,
  type LookedUp,
  type ScoredGroup,
} from './score-sql.js';

/** Rows at the head of a register whose values make the look-up tables, and that tell whether it groups. */
export const headRows = 50_000;

/** What the default reader makes of a value of each looked-up column, as its class. */
function classify(name: LookedUp, value: string): string {
  if (name === 'channel') {
    const channel = parseChannel(value);
    return channel.kind === 'match' ? classesOf.channel[channel.cls] : classesOf.channel.none;
  }
  if (name === 'status') {
    const status = parseStatus(value);
    return status.kind === 'match' ? classesOf.status[status.cls] : classesOf.status.other;
  }
  return classesOf.value[scoreValueOf[name](value)];
}

/** Per looked-up column, its values and their classes (ScoreCells.lookUps). */
export type LookUps = Map<string, [string, string][]>;

/**
 * The look-ups of the register's columns, from the values of its first rows ('' always among them), and
 * from `missed` values: the large ones made as tables here, every one returned for the queries to write.
 */
export async function makeLookUps(query: Query, register: Omit<Register, 'notBlank'>, missed?: readonly (readonly string[])[]): Promise<LookUps> {
  const { source, cells, period, readings } = register;
  const lookUps: LookUps = new Map();
  const values = missed ? undefined : ((await jsonOf<string[][]>(query, lookUpSampleSql(source.from, cells, period, readings, headRows))) ?? []);
  for (const [i, column] of lookedUpColumns(cells.score!).entries()) {
    const known = cells.score!.lookUps?.get(column.column)?.map(([value]) => value) ?? [];
    const entries = [...new Set(['', ...known, ...(values?.[i] ?? []), ...(missed?.[i] ?? [])])].map((value): [string, string] => [
      value,
      classify(column.name, value),
    ]);
    if (entries.length > inlineLookUp) await query(lookUpTableSql(column.table, entries));
    lookUps.set(column.column, entries);
  }
  return lookUps;
}

/**
 * Rows left to the fold are grouped by the cells the fold is given: when their dates are left to it too
 * (SQL cannot read them) or quoted by it (a due date before the received date), nearly a group a row.
 * A register whose first rows make more such groups than half their number is read by the default
 * reader instead, in bounded memory.
 */
export async function leavesTooMuch(query: Query, register: Omit<Register, 'notBlank'>): Promise<string | undefined> {
  const { source, cells, period, readings } = register;
  const [[rows = 0, groups = 0] = []] = (await query(leftoverSampleSql(source.from, cells, period, readings, headRows))) as number[][];
  return rows >= headRows && groups * 2 > rows ? `${groups} groups left to the fold in its first ${rows} rows` : undefined;
}

export interface ScoreAggregate {
  /** The §2.3 groups. */
  plain: Group[];
  scored: ScoredGroup[];
  /** The rows left to the fold, grouped by their given cells (score cells included). */
  leftover: Group[];
  /** The look-ups missed a key: the aggregate must be made again with the keys missed (missedKeys). */
  missed: boolean;
  /** A row may be a total row (see refuseTotalRows in read.ts). */
  totalCandidates: boolean;
}

/** The most keys the look-ups may miss: a column whose values hardly repeat is read by the default reader. */
export const missedKeysAtMost = 10_000;

/**
 * Per looked-up column, the keys of the register its look-ups missed; undefined when there are more
 * than missedKeysAtMost (a link or file name a dossier in a column that is not keyed by it).
 */
export async function missedKeys(query: Query, register: Omit<Register, 'notBlank'>): Promise<string[][] | undefined> {
  const { source, cells } = register;
  const pairs = (await jsonOf<[string, string][]>(query, missedKeysSql(source.from, cells, missedKeysAtMost + 1))) ?? [];
  if (pairs.length > missedKeysAtMost) return undefined;
  return lookedUpColumns(cells.score!).map((_, i) => pairs.filter(([column]) => Number(column) === i).map(([, key]) => key));
}

export async function scoreAggregate(query: Query, register: Omit<Register, 'notBlank'>, hasDueColumn: boolean): Promise<ScoreAggregate> {
  const { source, cells, period, readings } = register;
  const [[plain, scored, leftover, missedJson, total] = []] = await query(scoreAggregateSql(source.from, cells, period, readings, hasDueColumn));
  const parse = <T>(json: unknown) => JSON.parse(String(json ?? 'null')) as T | null;
  const left = (parse<string[][]>(leftover) ?? []).map(([code, channel, status, rest, rows]) => [
    code!,
    channel!,
    status!,
    ...(JSON.parse(rest!) as string[]),
    rows!,
  ]);
  return {
    plain: groupsOfJson(parse(plain)),
    scored: parse<ScoredGroup[]>(scored) ?? [],
    leftover: groupsOfJson(left),
    missed: missedJson === true,
    totalCandidates: total === true,
  };
}

/**
 * The scorecard's fold of the DuckDB engine: fed the leftover groups one at a time (`group`) and the
 * scored groups' sums, noting the spellings of each agency and where they came from — the default
 * reader names an agency as its first counted row writes it, and groups do not come in row order.
 */
export class GroupScoreFold extends ScoreFold {
  group = -1;
  /** Per agency key, per spelling: the leftover groups and the scored agency cells that wrote it. */
  readonly spellings = new Map<string, Map<string, { groups: number[]; cells: string[] }>>();

  constructor(
    private readonly agencyAt: number | undefined,
    ...args: ConstructorParameters<typeof ScoreFold>
  ) {
    super(...args);
  }

  private spelt(cell: string): { groups: number[]; cells: string[] } {
    const key = agencyKeyOf(cell);
    let bySpelling = this.spellings.get(key);
    if (!bySpelling) this.spellings.set(key, (bySpelling = new Map()));
    const spelling = agencySpelling(cell);
    let from = bySpelling.get(spelling);
    if (!from) bySpelling.set(spelling, (from = { groups: [], cells: [] }));
    return from;
  }

  override add(...args: Parameters<ScoreFold['add']>): ReturnType<ScoreFold['add']> {
    if (this.agencyAt !== undefined) this.spelt(args[1][this.agencyAt] ?? '').groups.push(this.group);
    return super.add(...args);
  }

  /** The scored groups of a register: each one's raw code normalised here, as the fold normalises it. */
  addScored(groups: readonly ScoredGroup[]): void {
    for (const group of groups) {
      const code = normalisedCode(group.code);
      if (code === '') continue;
      const cell = this.agencyAt === undefined ? undefined : group.agency;
      if (cell !== undefined) this.spelt(cell).cells.push(group.agency);
      this.addTallied(code, cell, group, { 'no-due-date': group.noDueDate, 'resolved-without-date': group.resolvedWithoutDate });
    }
  }
}

/**
 * An agency written in several ways is named as its first counted row writes it: the first row of each
 * leftover group and of each scored agency cell that wrote it is numbered, and the earliest gives the name.
 */
export async function firstSpellings(query: Query, register: Register, leftover: readonly Group[], score: GroupScoreFold): Promise<void> {
  const contested = [...score.spellings].filter(([, bySpelling]) => bySpelling.size > 1);
  if (contested.length === 0) return;
  const { source, cells, period, readings, notBlank } = register;
  const firstRow = new Map<string, number>();
  const seen = (spelling: string, row: number) => firstRow.set(spelling, Math.min(row, firstRow.get(spelling) ?? Infinity));
  const indexes = contested.flatMap(([, bySpelling]) => [...bySpelling.values()].flatMap((from) => from.groups));
  if (indexes.length > 0) {
    const keys = indexes.map((index) => leftover[index]!.cells);
    const rows = (await jsonOf<[number, number][]>(query, rowsOfGroupsSql(source.from, cells, period, readings, keys, 1, notBlank))) ?? [];
    const agencyAt = cells.score!.fields.indexOf('agency');
    // The agency is the score cell at its place after the six cells the fold is given.
    for (const [row, key] of rows) seen(agencySpelling(keys[key]![6 + agencyAt] ?? ''), Number(row));
  }
  const agencies = contested.flatMap(([, bySpelling]) => [...bySpelling.values()].flatMap((from) => from.cells));
  if (agencies.length > 0) {
    const rows =
      (await jsonOf<[string, string, string][]>(query, firstScoredRowsSql(source.from, cells, period, readings, [...new Set(agencies)], notBlank))) ?? [];
    for (const [agency, code, row] of rows) if (normalisedCode(code) !== '') seen(agencySpelling(agency), Number(row));
  }
  for (const [key, bySpelling] of contested) {
    let first: { spelling: string; row: number } | undefined;
    for (const spelling of bySpelling.keys()) {
      const row = firstRow.get(spelling) ?? Infinity;
      if (!first || row < first.row) first = { spelling, row };
    }
    if (first) score.agencyNames.set(key, first.spelling);
  }
}
