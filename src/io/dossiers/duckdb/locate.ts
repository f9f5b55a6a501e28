/**
 * The findings of the groups, at the lines of their rows — issues per line, as the default reader
 * reports them. The sink lists the first `keptPerKind` findings of each kind and counts the rest; every
 * one of those first findings is on one of the first `keptPerKind` rows of its group (all the rows of a
 * group have the group's findings). So DuckDB numbers only those rows, the rows are replayed into the
 * sink in their order, and the other rows of each group are counted, not listed.
 */
import type { RowIssue } from '../../../model.js';
import { keptPerKind, type IssueSink } from '../../issue-sink.js';
import { linesOfRows } from './lines.js';
import { jsonOf, type Group, type Query, type Register } from './query.js';
import { rowsOfGroupsSql } from './sql.js';

/** A finding of the fold about a group, without a line. */
export type Finding = RowIssue;

/** Groups of one aggregate (of a register's cells as `register.cells` gives them) and the findings of some. */
export interface Found {
  register: Register;
  groups: readonly Group[];
  found: ReadonlyMap<number, Finding[]>;
}

/**
 * Findings of the groups of one or more aggregates, at their lines. The rows of all are replayed in row
 * order; within a row, the findings of the first aggregate given come first (the §2.3 checks come
 * before the score's, as in the default reader's fold).
 */
export async function locateFindings(query: Query, file: string, sink: IssueSink, aggregates: readonly Found[]): Promise<void> {
  const numbered: { row: number; aggregate: number; index: number }[] = [];
  for (const [aggregate, { register, groups, found }] of aggregates.entries()) {
    if (found.size === 0) continue;
    const indexes = [...found.keys()];
    const keys = indexes.map((index) => groups[index]!.cells);
    const { source, cells, period, readings, notBlank } = register;
    const rows = (await jsonOf<[number, number][]>(query, rowsOfGroupsSql(source.from, cells, period, readings, keys, keptPerKind, notBlank))) ?? [];
    for (const [row, key] of rows) numbered.push({ row: Number(row), aggregate, index: indexes[key]! });
  }
  numbered.sort((a, b) => a.row - b.row || a.aggregate - b.aggregate);
  const shape = aggregates[0]?.register.source.shape;
  const numbers = numbered.map(({ row }) => row);
  // A Parquet file has no lines: its rows are numbered as a CSV of it would be, the header on line 1.
  const lines = shape ? await linesOfRows(file, numbers, shape.lineEnding ?? '\n') : new Map(numbers.map((row) => [row, row + 1]));
  const listed = aggregates.map(() => new Map<number, number>());
  for (const { row, aggregate, index } of numbered) {
    // Every numbered row has its line; were one missing, the row number under the header stands in.
    const line = lines.get(row) ?? row + 1;
    for (const finding of aggregates[aggregate]!.found.get(index)!) sink.add({ ...finding, line });
    listed[aggregate]!.set(index, (listed[aggregate]!.get(index) ?? 0) + 1);
  }
  for (const [aggregate, { groups, found }] of aggregates.entries()) {
    for (const [index, findings] of found) {
      const unlisted = groups[index]!.rows - (listed[aggregate]!.get(index) ?? 0);
      if (unlisted <= 0) continue;
      for (const finding of findings) sink.addUnlisted(finding.kind, finding.severity, unlisted);
      if (findings.some((finding) => finding.severity === 'error')) sink.errorRows += unlisted;
    }
  }
}
