/**
 * The scorecard's columns of a counts file (SPEC §12.3, docs/scale.md): all optional. A column that is
 * absent leaves the indicators that need it `no-input`; `agency` makes the lines per code and agency;
 * `reference_date` is the date `handled-on-time` was judged at, the same on every line.
 */
import type { DossierTally, IsoDate, ScoreTallies, ScoreTally } from '../../model.js';
import { isIsoDate } from '../../domain/dates.js';
import { normaliseKey } from '../../domain/normalise.js';
import { InputError, problem } from '../../errors.js';
import { addScoreTally } from '../../domain/tally.js';
import { agencySpelling } from './score-fold.js';

/** Column → tally field, in the order `aggregate` writes them. */
export const scoreCountColumns = [
  ['judged', 'judged'],
  ['handled_on_time', 'handledOnTime'],
  ['synced_known', 'syncKnown'],
  ['synced', 'synced'],
  ['with_fee', 'withFee'],
  ['with_fee_paid_online', 'withFeePaidOnline'],
  ['e_result_known', 'eResultKnown'],
  ['e_result', 'eResult'],
  ['digitised_known', 'digitisedKnown'],
  ['digitised', 'digitised'],
] as const satisfies readonly (readonly [string, keyof ScoreTally])[];

/** Which score field each column group measures, and the columns it needs. */
const measuredBy = [
  ['due_at', ['judged', 'handled_on_time']],
  ['synced', ['synced']],
  ['fee', ['with_fee', 'with_fee_paid_online']],
  ['paid_online', ['with_fee', 'with_fee_paid_online']],
  ['e_result', ['e_result']],
  ['digitised', ['digitised']],
] as const;

/** A part that cannot exceed its whole: [part, whole]. */
const bounds: [keyof ScoreTally, keyof ScoreTally][] = [
  ['handledOnTime', 'judged'],
  ['judged', 'counted'],
  ['synced', 'syncKnown'],
  ['syncKnown', 'counted'],
  ['withFeePaidOnline', 'withFee'],
  ['withFee', 'counted'],
  ['eResult', 'eResultKnown'],
  ['eResultKnown', 'counted'],
  ['digitised', 'digitisedKnown'],
  ['digitisedKnown', 'counted'],
];

export class CountsScoreReader {
  private readonly tallies: ScoreTallies;
  private readonly at: Map<string, number>;
  referenceDate?: IsoDate;

  constructor(
    private readonly path: string,
    header: readonly string[],
  ) {
    const keys = header.map(normaliseKey);
    this.at = new Map(
      ['agency', 'reference_date', ...scoreCountColumns.map(([name]) => name)].flatMap((name) => {
        const index = keys.indexOf(normaliseKey(name));
        return index === -1 ? [] : [[name, index] as const];
      }),
    );
    const fields: ScoreTallies['fields'] = this.at.has('agency') ? ['agency'] : [];
    for (const [field, columns] of measuredBy) if (columns.every((c) => this.at.has(c))) fields.push(field);
    this.tallies = { referenceDate: '', fields, byCode: new Map(), agencyNames: new Map() };
  }

  /** The columns found, for the input summary. */
  get columns(): string[] {
    return [...this.at.keys()];
  }

  add(code: string, fields: readonly string[], line: number, counts: DossierTally, count: (column: number, name: string) => number): void {
    const counted = counts.counted;
    const dateAt = this.at.get('reference_date');
    if (dateAt !== undefined) this.readDate((fields[dateAt] ?? '').trim(), line);
    const tally = { ...counts } as ScoreTally;
    for (const [name, key] of scoreCountColumns) {
      const column = this.at.get(name);
      // Without a `…_known` column, every counted dossier was readable.
      tally[key] = column === undefined ? (name.endsWith('_known') ? counted : 0) : count(column, name);
    }
    for (const [part, whole] of bounds) {
      if (tally[part] > tally[whole]) {
        throw new InputError(this.path, problem('scoreCountsContradict', { part, partValue: tally[part], whole, wholeValue: tally[whole] }), line);
      }
    }
    const agencyAt = this.at.get('agency');
    const written = agencyAt === undefined ? '' : agencySpelling(fields[agencyAt] ?? '');
    const agency = normaliseKey(written);
    if (!this.tallies.agencyNames.has(agency) && agencyAt !== undefined) this.tallies.agencyNames.set(agency, written);
    let byAgency = this.tallies.byCode.get(code);
    if (!byAgency) this.tallies.byCode.set(code, (byAgency = new Map()));
    const existing = byAgency.get(agency);
    if (existing) addScoreTally(existing, tally);
    else byAgency.set(agency, tally);
  }

  private readDate(text: string, line: number): void {
    if (!isIsoDate(text)) throw new InputError(this.path, problem('referenceDateNotDate', { value: text }), line);
    if (this.referenceDate !== undefined && text !== this.referenceDate) {
      throw new InputError(this.path, problem('referenceDateChanges', { value: text, earlier: this.referenceDate }), line);
    }
    this.referenceDate = text;
  }

  finish(): ScoreTallies {
    return { ...this.tallies, referenceDate: this.referenceDate ?? '' };
  }
}
