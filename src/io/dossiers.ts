/**
 * Streams a dossier register (SPEC §2.3) and folds every row straight into per-code tallies: no array of
 * dossier rows ever exists. Dates are parsed only where a rule needs them (the received date with a
 * period, due and finished dates for the on-time share), which keeps a pass over millions of rows
 * close to csv-parse's own speed.
 */
import type { DossierTally, InputSummary, Issue, IsoDate } from '../model.js';
import { normaliseCode } from '../domain/codes.js';
import { parseChannel, parseStatus } from '../domain/dossier-words.js';
import { memoised } from '../domain/vocabulary.js';
import { emptyTally } from '../domain/tally.js';
import { readCsv } from './csv-reader.js';
import { dossierFields, mapColumns, type ExtraAliases } from './fields.js';
import { checkFieldCount, IssueSink } from './issue-sink.js';
import { readDateCell, summarise } from './procedures.js';

export interface Period {
  from?: IsoDate;
  to?: IsoDate;
}

export interface DossierReadOptions {
  aliases?: ExtraAliases;
  period?: Period;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface DossierRead {
  tallies: Map<string, DossierTally>;
  summary: InputSummary;
  issues: Issue[];
  /** Dossiers left out of the period for having no received date. */
  undated: number;
}

const codeOf = memoised(normaliseCode, 100_000);

export async function readDossiers(path: string, options: DossierReadOptions = {}): Promise<DossierRead> {
  const sink = new IssueSink(path);
  const tallies = new Map<string, DossierTally>();
  const period = options.period ?? {};
  const hasPeriod = period.from !== undefined || period.to !== undefined;
  let rows = 0;
  let undated = 0;
  let columns: Record<string, string> = {};
  let totalBytes = 0;
  const shape = await readCsv(path, {
    onProgress: options.onProgress && ((bytes) => options.onProgress!(bytes, totalBytes)),
    onHeader(header, csvShape) {
      totalBytes = csvShape.size;
      const required = new Set(['code', 'channel', ...(hasPeriod ? ['received_at'] : [])]);
      const map = mapColumns(path, header, dossierFields, options.aliases, required);
      columns = map.headers;
      map.issues.forEach((issue) => sink.add(issue));
      const { code: codeAt, channel: channelAt, status: statusAt, received_at: receivedAt, due_at: dueAt, finished_at: finishedAt } = map.index;
      return (fields, line) => {
        rows++;
        if (fields.length !== header.length) checkFieldCount(sink, fields, header.length, line);
        const rawCode = fields[codeAt!] ?? '';
        const code = codeOf(rawCode);
        if (code === '') {
          sink.add({ severity: 'error', kind: 'empty-code', line, field: 'code', value: rawCode });
          return;
        }
        if (hasPeriod) {
          const received = readDateCell(sink, fields[receivedAt!], line, 'received_at', code);
          if (received === undefined) {
            if ((fields[receivedAt!] ?? '').trim() === '') undated++;
            return;
          }
          if ((period.from && received < period.from) || (period.to && received > period.to)) return;
        }
        const statusCell = statusAt === undefined ? '' : (fields[statusAt] ?? '');
        const status = parseStatus(statusCell);
        if (status.kind === 'ambiguous') {
          sink.add({ severity: 'error', kind: 'ambiguous-value', line, field: 'status', value: statusCell, code });
        } else if (status.kind === 'match' && status.cls === 'excluded') {
          return;
        }
        let tally = tallies.get(code);
        if (!tally) {
          tally = emptyTally();
          tallies.set(code, tally);
        }
        tally.counted++;
        const finishedCell = finishedAt === undefined ? '' : (fields[finishedAt] ?? '').trim();
        const resolved = (status.kind === 'match' && status.cls === 'resolved') || finishedCell !== '';
        const channelCell = fields[channelAt!] ?? '';
        const channel = parseChannel(channelCell);
        if (channel.kind === 'match') {
          if (channel.cls === 'online') {
            tally.online++;
            if (resolved) tally.onlineResolved++;
          } else if (channel.cls === 'postal') tally.postal++;
          else tally.inPerson++;
        } else {
          sink.add({
            severity: 'error',
            kind: channel.kind === 'ambiguous' ? 'ambiguous-value' : 'unknown-channel',
            line,
            field: 'channel',
            value: channelCell,
            code,
          });
        }
        const dueCell = dueAt === undefined ? '' : (fields[dueAt] ?? '').trim();
        if (finishedCell !== '' && dueCell !== '') {
          const finished = readDateCell(sink, finishedCell, line, 'finished_at', code);
          const due = readDateCell(sink, dueCell, line, 'due_at', code);
          if (finished && due) {
            tally.finishedWithDue++;
            if (finished <= due) tally.finishedOnTime++;
          }
        }
      };
    },
  });
  const issues = sink.finish();
  if (undated > 0) issues.push({ severity: 'warning', kind: 'undated-dossiers', file: path, field: 'received_at', count: undated });
  return { tallies, issues, undated, summary: summarise('dossiers', path, shape, rows, sink.errorRows, columns) };
}
