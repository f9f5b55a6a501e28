/**
 * Streams a dossier register (SPEC §2.3) and folds every row straight into per-code tallies: no array of
 * dossier rows ever exists. Every cell of every row is checked, in the period or not; values that
 * repeat (channels, statuses, plain dates) are classified once. The counting rules are fold.ts's.
 */
import { dossierFields, dossierScoreFields, hasRequiredColumns, mapColumns } from '../fields.js';
import { checkFieldCount, IssueSink } from '../issue-sink.js';
import { summarise } from '../summary.js';
import { readTable } from '../table.js';
import { skippingTotals } from '../total-rows.js';
import { DossierFold, undatedIssue, type DossierRead, type DossierReadOptions, type RowCounts } from './fold.js';
import { IdHashes } from './ids.js';
import { ScoreFold } from './score-fold.js';
import { scoreFieldNames, type ScoreTallies } from '../../model.js';

export async function readDossiers(path: string, options: DossierReadOptions = {}): Promise<DossierRead> {
  const sink = new IssueSink(path);
  let fold = new DossierFold((issue) => sink.add(issue), options.period);
  let score: ScoreFold | undefined;
  let scoreFields: ScoreTallies['fields'] = [];
  const hasPeriod = options.period?.from !== undefined || options.period?.to !== undefined;
  const rowsPerCode: RowCounts | undefined = options.rowsPerCode ? new Map() : undefined;
  let rows = 0;
  let columns: Record<string, string> = {};
  let finish = () => {};
  let ids: IdHashes | undefined;
  const required = new Set(['code', 'channel', ...(hasPeriod ? ['received_at'] : [])]);
  // Workbook registers are streamed: merged ranges, whose list follows the rows, get a warning.
  const shape = await readTable(path, {
    isHeader: (cells) => hasRequiredColumns(cells, dossierFields, options.aliases, required),
    merges: 'stream',
    onIssue: (issue) => sink.add(issue),
    onProgress: options.onProgress && ((bytes, total) => options.onProgress!(bytes, total, rows)),
    onHeader(header, table) {
      const map = mapColumns(table.location, header, dossierFields, options.aliases, required);
      sink.locate(table.location, map.index, table.cellAt);
      columns = map.headers;
      map.issues.forEach((issue) => sink.add(issue));
      // Absent optional columns read as an index past every row: an empty cell.
      const absent = Number.MAX_SAFE_INTEGER;
      const codeAt = map.index.code!;
      const channelAt = map.index.channel!;
      const statusAt = map.index.status ?? absent;
      const receivedAt = map.index.received_at ?? absent;
      const dueAt = map.index.due_at ?? absent;
      const finishedAt = map.index.finished_at ?? absent;
      const width = header.length;
      const idAt = map.index.dossier_id;
      if (options.ids && idAt !== undefined) ids = new IdHashes();
      if (options.score) {
        // Read only with the score on: without it these columns are ignored, as any other (SPEC §12).
        const scoreMap = mapColumns(table.location, header, dossierScoreFields, options.aliases);
        Object.assign(columns, scoreMap.headers);
        scoreMap.issues.forEach((issue) => sink.add(issue));
        scoreFields = [
          ...(map.index.due_at === undefined ? [] : (['due_at'] as const)),
          ...scoreFieldNames.filter((name) => scoreMap.index[name] !== undefined),
        ];
        score = new ScoreFold(scoreMap.index, map.index.due_at !== undefined, options.score.referenceDate, (issue) => sink.add(issue));
        fold = new DossierFold((issue) => sink.add(issue), options.period, score);
      }
      const readRow = (fields: string[], line: number): void => {
        rows++;
        if (fields.length !== width) checkFieldCount(sink, fields, width, line);
        const code = fold.fold(
          fields[codeAt] ?? '',
          fields[channelAt] ?? '',
          fields[statusAt] ?? '',
          fields[receivedAt] ?? '',
          fields[dueAt] ?? '',
          fields[finishedAt] ?? '',
          line,
          1,
          fields,
        );
        if (ids) ids.add(fields[idAt!] ?? '');
        if (rowsPerCode) {
          let counts = rowsPerCode.get(code);
          if (!counts) rowsPerCode.set(code, (counts = { rows: 0, errorRows: 0 }));
          counts.rows++;
          if (sink.hasErrorAt(line)) counts.errorRows++;
        }
      };
      const dataRows = skippingTotals(readRow, { keyColumn: codeAt, report: (issue) => sink.add(issue), cellAt: table.cellAt });
      finish = dataRows.finish;
      return dataRows.handler;
    },
  });
  finish();
  // An empty register is a quiet month, not a broken run (several files may be given): a warning.
  if (rows === 0) sink.add({ severity: 'warning', kind: 'no-data-rows' });
  const issues = [...sink.finish(), ...undatedIssue(sink.file, fold.undated), ...(score?.unjudgedIssues(sink.file) ?? [])];
  return {
    tallies: fold.tallies,
    issues,
    undated: fold.undated,
    rowsPerCode,
    ...(score ? { score: score.tallies(scoreFields) } : {}),
    ...(ids ? { ids: ids.done() } : {}),
    summary: summarise('dossiers', path, shape, rows, sink.errorRows, columns),
  };
}
