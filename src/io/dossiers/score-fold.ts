/**
 * The scorecard's tallies of one register (SPEC §12.1), folded in the same pass as the §2.3 counts: the
 * default reader's DossierFold hands over each counted dossier of the period with its dates parsed. Cells
 * that cannot be read are located warnings, never errors: the score must not change a run's verdict.
 */
import type { Issue, IsoDate, RowIssue, ScoreFieldName, ScoreTallies, ScoreTally, UnjudgedReason } from '../../model.js';
import { normaliseKey } from '../../domain/normalise.js';
import { addScoreTally, emptyScoreTally, scoreTallyKeys } from '../../domain/tally.js';
import { parseEResult, parseFee, parsePaidOnline, parseYesNoCell, type ScoreValue } from '../../domain/score-words.js';
import { memoised } from '../../domain/vocabulary.js';

/** Column index of each score field the register has. */
export type ScoreColumns = Partial<Record<ScoreFieldName, number>>;

const yesNoOf = memoised(parseYesNoCell);
const feeOf = memoised(parseFee, 100_000);
const paidOf = memoised(parsePaidOnline);
const eResultWordOf = memoised(parseEResult);
/**
 * A result file's link is yes (parseEResult: it is no yes/no word), and one of its own on each row: told at
 * once, not classified and cached row after row.
 */
const eResultOf = (cell: string) => (cell.startsWith('https://') || cell.startsWith('http://') ? 'yes' : eResultWordOf(cell));
/** An agency cell's key (memoised). */
export const agencyKeyOf = memoised(normaliseKey);

/** An agency as a cell writes it, the name reports give it: without the spaces around it, composed. */
export const agencySpelling = (cell: string): string => cell.trim().normalize('NFC');

/** How the default reader reads each score cell it reads (the agency aside). */
export const scoreValueOf = { synced: yesNoOf, digitised: yesNoOf, fee: feeOf, paid_online: paidOf, e_result: eResultOf } as const;

export class ScoreFold {
  readonly byCode = new Map<string, Map<string, ScoreTally>>();
  readonly agencyNames = new Map<string, string>();
  readonly unjudged: Record<UnjudgedReason, number> = { 'no-due-date': 0, 'resolved-without-date': 0 };

  constructor(
    private readonly columns: ScoreColumns,
    private readonly hasDueColumn: boolean,
    private readonly referenceDate: IsoDate,
    private readonly report: (issue: RowIssue, weight: number) => void,
  ) {}

  private read(row: readonly string[], field: ScoreFieldName, parse: (cell: string) => ScoreValue, line: number | undefined, code: string, weight: number) {
    const cell = row[this.columns[field]!] ?? '';
    const value = parse(cell);
    if (value === 'unreadable') this.report({ severity: 'warning', kind: 'unreadable-score-value', line, field, value: cell, code }, weight);
    return value;
  }

  /**
   * One counted dossier of the period (or `weight` alike), whose §2.3 counts the caller adds to the tally
   * returned. `resolvedStatus`: its status says it is resolved.
   */
  add(
    code: string,
    row: readonly string[],
    line: number | undefined,
    weight: number,
    resolvedStatus: boolean,
    received: IsoDate | undefined,
    due: IsoDate | undefined,
    finished: IsoDate | undefined,
  ): ScoreTally {
    const columns = this.columns;
    const tally = this.tallyOf(code, columns.agency === undefined ? undefined : (row[columns.agency] ?? ''));
    if (this.hasDueColumn) this.judge(tally, code, line, weight, resolvedStatus, received, due, finished);
    if (columns.synced !== undefined) {
      const synced = this.read(row, 'synced', yesNoOf, line, code, weight);
      if (synced !== 'unreadable') tally.syncKnown += weight;
      if (synced === 'yes') tally.synced += weight;
    }
    if (columns.fee !== undefined && columns.paid_online !== undefined) {
      const fee = this.read(row, 'fee', feeOf, line, code, weight);
      const paid = this.read(row, 'paid_online', paidOf, line, code, weight);
      if (fee === 'yes' && paid !== 'unreadable') {
        tally.withFee += weight;
        if (paid === 'yes') tally.withFeePaidOnline += weight;
      }
    }
    if (columns.e_result !== undefined) {
      tally.eResultKnown += weight;
      if (eResultOf(row[columns.e_result] ?? '') === 'yes') tally.eResult += weight;
    }
    if (columns.digitised !== undefined) {
      const digitised = this.read(row, 'digitised', yesNoOf, line, code, weight);
      if (digitised !== 'unreadable') tally.digitisedKnown += weight;
      if (digitised === 'yes') tally.digitised += weight;
    }
    return tally;
  }

  /** The tally of a code and the agency a cell names (none without an agency column); the first spelling of an agency names it. */
  protected tallyOf(code: string, agencyCell: string | undefined): ScoreTally {
    let agency = '';
    if (agencyCell !== undefined) {
      agency = agencyKeyOf(agencyCell);
      if (!this.agencyNames.has(agency)) this.agencyNames.set(agency, agencySpelling(agencyCell));
    }
    let byAgency = this.byCode.get(code);
    if (!byAgency) this.byCode.set(code, (byAgency = new Map()));
    let tally = byAgency.get(agency);
    if (!tally) byAgency.set(agency, (tally = emptyScoreTally()));
    return tally;
  }

  /**
   * Dossiers of a code and agency cell tallied elsewhere (the DuckDB engine's SQL), with those left
   * unjudged for each reason: added as ScoreFold would have added them one by one.
   */
  addTallied(code: string, agencyCell: string | undefined, tallied: Readonly<ScoreTally>, unjudged: Readonly<Record<UnjudgedReason, number>>): void {
    const tally = this.tallyOf(code, agencyCell);
    for (const key of scoreTallyKeys) tally[key] += tallied[key];
    this.unjudged['no-due-date'] += unjudged['no-due-date'];
    this.unjudged['resolved-without-date'] += unjudged['resolved-without-date'];
  }

  /**
   * Handled on time at the reference date: finished by then, on time when finished by the due date;
   * not finished by then, on time while the due date is not past.
   */
  private judge(
    tally: ScoreTally,
    code: string,
    line: number | undefined,
    weight: number,
    resolvedStatus: boolean,
    received: IsoDate | undefined,
    due: IsoDate | undefined,
    finished: IsoDate | undefined,
  ): void {
    if (due === undefined) {
      this.unjudged['no-due-date'] += weight;
      return;
    }
    if (received !== undefined && due < received) {
      this.report({ severity: 'warning', kind: 'due-before-received', line, field: 'due_at', value: due, code }, weight);
      return;
    }
    if (resolvedStatus && finished === undefined) {
      this.unjudged['resolved-without-date'] += weight;
      return;
    }
    tally.judged += weight;
    const finishedByThen = finished !== undefined && finished <= this.referenceDate;
    if (finishedByThen ? finished <= due : due >= this.referenceDate) tally.handledOnTime += weight;
  }

  tallies(fields: ScoreTallies['fields']): ScoreTallies {
    return { referenceDate: this.referenceDate, fields, byCode: this.byCode, agencyNames: this.agencyNames };
  }

  unjudgedIssues(file: string): Issue[] {
    return (Object.entries(this.unjudged) as [UnjudgedReason, number][])
      .filter(([, count]) => count > 0)
      .map(([detail, count]) => ({ severity: 'warning', kind: 'unjudged-dossiers', file, field: 'due_at', count, detail }));
  }
}

/** Several registers' (or counts files') score tallies as one; the first spelling of an agency wins. */
export function mergeScoreTallies(into: ScoreTallies | undefined, from: ScoreTallies): ScoreTallies {
  if (!into) return mergeScoreTallies({ referenceDate: from.referenceDate, fields: [], byCode: new Map(), agencyNames: new Map() }, from);
  for (const field of from.fields) if (!into.fields.includes(field)) into.fields.push(field);
  for (const [key, name] of from.agencyNames) if (!into.agencyNames.has(key)) into.agencyNames.set(key, name);
  for (const [code, byAgency] of from.byCode) {
    let target = into.byCode.get(code);
    if (!target) into.byCode.set(code, (target = new Map()));
    for (const [agency, tally] of byAgency) {
      const existing = target.get(agency);
      if (existing) addScoreTally(existing, tally);
      else target.set(agency, { ...tally });
    }
  }
  return into;
}
