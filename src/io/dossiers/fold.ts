/**
 * The counting rules of SPEC §2.3 for one dossier, in one place: both the default reader (read-js.ts)
 * and the DuckDB engine (duckdb/read.ts) feed DossierFold — the engine one distinct combination of
 * cells at a time, with the number of rows that share it as the weight.
 */
import type { DossierTally, InputSummary, Issue, IsoDate, RowIssue, ScoreTallies } from '../../model.js';
import { foreignCharacter, normaliseCode } from '../../domain/codes.js';
import { parseDate } from '../../domain/dates.js';
import { parseChannel, parseStatus } from '../../domain/dossier-words.js';
import { memoised } from '../../domain/vocabulary.js';
import { emptyTally } from '../../domain/tally.js';
import type { ExtraAliases } from '../fields.js';
import { nonAsciiIssue } from '../issue-sink.js';
import type { ScoreFold } from './score-fold.js';

export interface Period {
  from?: IsoDate;
  to?: IsoDate;
}

export interface DossierReadOptions {
  aliases?: ExtraAliases;
  period?: Period;
  onProgress?: (bytesRead: number, totalBytes: number, rowsRead: number) => void;
  /** Also count rows and error rows per code (for `aggregate`, whose counts file carries them). */
  rowsPerCode?: boolean;
  /** Fold the 766 scorecard's fields too, judging `handled-on-time` at this date (SPEC §12.1). */
  score?: { referenceDate: IsoDate };
  /** Keep the hashes of the register's dossier ids, to find dossiers given in two registers (ids.ts). */
  ids?: boolean;
}

/** Rows read and rows with an error, per normalised code ('' for rows without a code). */
export type RowCounts = Map<string, { rows: number; errorRows: number }>;

export interface DossierRead {
  tallies: Map<string, DossierTally>;
  summary: InputSummary;
  issues: Issue[];
  /** Dossiers left out of the period for having no received date. */
  undated: number;
  rowsPerCode?: RowCounts;
  /** The scorecard's tallies, when it was asked for. */
  score?: ScoreTallies;
  /** With `ids`, when the register has a dossier_id column: its ids' hashes, sorted and unique. */
  ids?: Float64Array;
}

/** The normalised code, and the first character outside ASCII left in it. */
const codeOf = memoised((raw) => {
  const code = normaliseCode(raw);
  return { code, foreign: foreignCharacter(code) };
}, 100_000);

/** A raw code as the fold normalises it (memoised: the same few codes come again and again). */
export const normalisedCode = (raw: string): string => codeOf(raw).code;

/** The counting rules of SPEC §2.3 for one dossier, or for `weight` dossiers with the same cells. */
export class DossierFold {
  readonly tallies = new Map<string, DossierTally>();
  undated = 0;
  private readonly hasPeriod: boolean;

  constructor(
    private readonly report: (issue: RowIssue, weight: number) => void,
    private readonly period: Period = {},
    /** The scorecard's fold, given each counted dossier of the period with its row. */
    private readonly score?: ScoreFold,
  ) {
    this.hasPeriod = period.from !== undefined || period.to !== undefined;
  }

  private date(raw: string, line: number | undefined, field: string, code: string, weight: number): IsoDate | undefined {
    const value = raw.trim();
    if (value === '') return undefined;
    // Parsed each time: a regex over a short string costs less than a cache lookup that mostly misses
    // (received dates carry times and rarely repeat).
    const date = parseDate(value);
    if (date === undefined) {
      this.report({ severity: 'error', kind: 'bad-date', line, field, value, code }, weight);
      return undefined;
    }
    return date;
  }

  /** Folds the cells of one row (or `weight` rows); returns the normalised code. */
  fold(
    rawCode: string,
    channelCell: string,
    statusCell: string,
    receivedCell: string,
    dueCell: string,
    finishedCell: string,
    line: number | undefined,
    weight = 1,
    row?: readonly string[],
  ): string {
    const { code, foreign } = codeOf(rawCode);
    if (code === '') {
      this.report({ severity: 'error', kind: 'empty-code', line, field: 'code', value: rawCode }, weight);
      return code;
    }
    if (foreign) this.report(nonAsciiIssue(code, foreign, line), weight);
    // Every cell is checked whatever the period: a row read is a row judged by data-quality.
    const received = this.date(receivedCell, line, 'received_at', code, weight);
    const status = parseStatus(statusCell);
    if (status.kind === 'ambiguous') {
      this.report({ severity: 'error', kind: 'ambiguous-value', line, field: 'status', value: statusCell, code }, weight);
    }
    const channel = parseChannel(channelCell);
    if (channel.kind !== 'match') {
      const kind = channel.kind === 'ambiguous' ? 'ambiguous-value' : 'unknown-channel';
      this.report({ severity: 'error', kind, line, field: 'channel', value: channelCell, code }, weight);
    }
    const finished = finishedCell.trim();
    const finishedAt = this.date(finished, line, 'finished_at', code, weight);
    const dueAt = this.date(dueCell, line, 'due_at', code, weight);

    if (this.hasPeriod) {
      if (received === undefined) {
        if (receivedCell.trim() === '') this.undated += weight;
        return code;
      }
      const { from, to } = this.period;
      if ((from && received < from) || (to && received > to)) return code;
    }
    if (status.kind === 'match' && status.cls === 'excluded') return code;
    let tally = this.tallies.get(code);
    if (!tally) {
      tally = emptyTally();
      this.tallies.set(code, tally);
    }
    const resolved = (status.kind === 'match' && status.cls === 'resolved') || finishedAt !== undefined;
    countInto(tally, weight, channel, resolved, finishedAt, dueAt);
    if (this.score && row) {
      const resolvedStatus = status.kind === 'match' && status.cls === 'resolved';
      const scoreTally = this.score.add(code, row, line, weight, resolvedStatus, received, dueAt, finishedAt);
      countInto(scoreTally, weight, channel, resolved, finishedAt, dueAt);
    }
    return code;
  }
}

/** The §2.3 counts of one counted dossier (or `weight` alike). */
function countInto(
  tally: DossierTally,
  weight: number,
  channel: ReturnType<typeof parseChannel>,
  resolved: boolean,
  finishedAt: IsoDate | undefined,
  dueAt: IsoDate | undefined,
): void {
  tally.counted += weight;
  if (channel.kind === 'match') {
    if (channel.cls === 'online') {
      tally.online += weight;
      if (resolved) tally.onlineResolved += weight;
    } else if (channel.cls === 'postal') tally.postal += weight;
    else tally.inPerson += weight;
  }
  if (finishedAt && dueAt) {
    tally.finishedWithDue += weight;
    if (finishedAt <= dueAt) tally.finishedOnTime += weight;
  }
}

export function undatedIssue(file: string, undated: number): Issue[] {
  return undated > 0 ? [{ severity: 'warning', kind: 'undated-dossiers', file, field: 'received_at', count: undated }] : [];
}
