/**
 * The 766 scorecard for people (SPEC §12.2), and every word of it: the rows that table and markdown
 * render, the totals line, what is not measured and why, and the score's data findings. Indicator names
 * come from the rule table, in both languages; these words are English until the catalogue takes them.
 */
import type { IndicatorScore, Issue, RecoverItem, Score } from '../model.js';
import { formatsFor } from '../i18n/numbers.js';

const f = formatsFor('en');
const grouped = f.number;
const percent = f.percent;

/** The column a reader would add to measure a `no-input` indicator: the field and a header it is known by. */
const columnHints: Record<string, string> = {
  dossiers: 'a dossier register (--dossiers)',
  synced: 'column synced ("Đồng bộ DVCQG")',
  due_at: 'column due_at ("Ngày hẹn trả")',
  fee: 'column fee ("Lệ phí")',
  paid_online: 'column paid_online ("Thanh toán trực tuyến")',
  e_result: 'column e_result ("Kết quả điện tử")',
  digitised: 'column digitised ("Đã số hóa")',
  decision_signed_at: 'procedures column decision_signed_at ("Ngày ký QĐ công bố")',
  national_updated_at: 'procedures column national_updated_at ("Ngày cập nhật CSDLQG")',
};

export const scoreWords = {
  title: (score: Score) => `${score.scheme} scorecard (rules ${score.rules}${score.referenceDate ? `, dossiers judged at ${score.referenceDate}` : ''})`,
  head: ['766', 'Indicator', 'Measured', 'Points', 'Lost', 'Recover first from'],
  terminalHead: ['766', 'Indicator', 'Ratio', 'Points', 'Lost'],
  counts: (i: IndicatorScore) => `${grouped(i.numerator!)} of ${grouped(i.denominator!)}`,
  recoverFirst: (item: RecoverItem) => `recover first from ${recoverText(item)}`,
  notApplicable: 'nothing to count',
  noInput: 'not measured',
  estimatedMark: '≈',
  estimatedNote:
    '≈ estimated: the portal has not published its rule for the online-service points (3.1–3.3); this one reproduces the published province totals, not how they split.',
  needs: (field: string) => `needs ${columnHints[field] ?? field}`,
  total: (score: Score) =>
    `Measured: ${pts(score.points)} of ${score.max} points${score.estimated > 0 ? ` (${pts(score.estimated)} of them ≈)` : ''}, of ${score.of}.`,
  notEstimated: (score: Score) =>
    `Not estimable from these exports (${score.notEstimated.reduce((sum, n) => sum + n.max, 0)} points): ${score.notEstimated
      .map((n) => `${n.number ? `${n.number} ` : ''}${n.name.en} (${n.max})`)
      .join(', ')}.`,
  groupLine: (score: Score) => {
    const worst = [...score.indicators].filter((i) => (i.lost ?? 0) > 0).sort((a, b) => (b.lost ?? 0) - (a.lost ?? 0))[0];
    return `score ${pts(score.points)} of ${score.max}${worst ? `; most lost: ${worst.number} −${pts(worst.lost!)}` : ''}`;
  },
};

const pts = (n: number) => n.toFixed(2);

function recoverText(item: RecoverItem | undefined): string {
  if (!item) return '';
  return `${item.agency ?? item.procedure} (${grouped(item.missing)} missing, ${pts(item.points)})`;
}

/** One row per indicator: number, name, ratio, points of max, points lost, the first to recover from. */
export function scoreRows(score: Score): string[][] {
  return score.indicators.map((i: IndicatorScore) => {
    const name = `${i.rule === 'estimated' ? `${scoreWords.estimatedMark} ` : ''}${i.name.en}`;
    if (i.status === 'no-input') return [i.number, name, scoreWords.needs(i.needs ?? ''), '–', '', ''];
    if (i.status === 'not-applicable') return [i.number, name, scoreWords.notApplicable, `– of ${i.max}`, '', ''];
    const measured = `${grouped(i.numerator!)}/${grouped(i.denominator!)} = ${percent(i.numerator!, i.denominator!)}`;
    const change = i.change === undefined ? '' : ` (${i.change >= 0 ? '+' : ''}${pts(i.change)})`;
    return [i.number, name, measured, `${pts(i.points!)} of ${i.max}${change}`, pts(i.lost ?? 0), recoverText(i.recover?.[0])];
  });
}

/** For the terminal: five short cells per indicator, and the counts and the first to recover from under them. */
export function scoreLines(score: Score): { cells: string[]; detail?: string }[] {
  return scoreRows(score).map(([number, name, measured, points, lost], index) => {
    const indicator = score.indicators[index]!;
    if (indicator.status !== 'measured') return { cells: [number!, name!, '–', points!, lost!], detail: measured };
    const ratio = percent(indicator.numerator!, indicator.denominator!);
    const first = indicator.recover?.[0];
    return {
      cells: [number!, name!, ratio, points!, lost!],
      detail: [scoreWords.counts(indicator), ...(first ? [scoreWords.recoverFirst(first)] : [])].join(' · '),
    };
  });
}

/** The lines after the rows: the total, the ≈ note when an estimated rule was measured, what is not estimable. */
export function scoreFooter(score: Score): string[] {
  const change = score.change === undefined ? '' : ` Change since the baseline: ${score.change >= 0 ? '+' : ''}${pts(score.change)}.`;
  const lines = [`${scoreWords.total(score)}${change}`];
  if (score.indicators.some((i) => i.rule === 'estimated' && i.status === 'measured')) lines.push(scoreWords.estimatedNote);
  lines.push(scoreWords.notEstimated(score));
  return lines;
}

type Describer<K extends Issue['kind']> = (issue: Issue & { kind: K }) => string;

/** The scorecard's findings in words; none is an error, none changes the verdict. */
export const scoreIssueDescribers: {
  'unreadable-score-value': Describer<'unreadable-score-value'>;
  'due-before-received': Describer<'due-before-received'>;
  'unjudged-dossiers': Describer<'unjudged-dossiers'>;
  'ungrouped-dossiers': Describer<'ungrouped-dossiers'>;
} = {
  'unreadable-score-value': (i) => `${i.field} ${JSON.stringify(i.value ?? '')} cannot be read: the dossier is left out of that score indicator`,
  'due-before-received': (i) => `due date ${i.value} is before the received date: the dossier is not judged for handled-on-time`,
  'unjudged-dossiers': (i) =>
    i.detail === 'no-due-date'
      ? `${grouped(i.count)} counted dossiers have no due date: not judged for handled-on-time`
      : `${grouped(i.count)} counted dossiers have a resolved status but no finished date: not judged for handled-on-time`,
  'ungrouped-dossiers': (i) =>
    i.detail === 'several-agencies'
      ? `${grouped(i.count)} counted dossiers are of procedures listed under several agencies and the register has no agency column: they count in the province's score, in no agency's`
      : `${grouped(i.count)} counted dossiers were received by agencies that list no procedure: they count in the province's score, in no agency's`,
};
