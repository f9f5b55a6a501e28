/**
 * The 766 scorecard for people (SPEC §12.2): the rows that table, markdown, HTML and XLSX render, the
 * totals line, and what is not measured and why — worded by the catalogue (src/i18n/*\/score.ts) in the
 * run's language. Indicator names come from the rule table, in both languages.
 */
import type { Words } from '../i18n/index.js';
import type { IndicatorScore, RecoverItem, Score } from '../model.js';

/** Points as the portal shows them: two decimals, in the language's figures. */
export const points = (n: number, w: Words) => w.format.fixed(n, 2);
const signed = (n: number, w: Words) => `${n >= 0 ? '+' : '−'}${points(Math.abs(n), w)}`;

export function scoreTitle(score: Score, w: Words): string {
  return w.score.title({ scheme: score.scheme, rules: score.rules, referenceDate: score.referenceDate });
}

export function indicatorName(i: IndicatorScore, w: Words): string {
  return `${i.rule === 'estimated' ? `${w.score.estimatedMark} ` : ''}${i.name[w.lang]}`;
}

export function recoverText(item: RecoverItem | undefined, w: Words): string {
  if (!item) return '';
  return w.score.recoverItem(item.agency ?? item.procedure ?? '', item.missing, points(item.points, w));
}

/** What would measure a `no-input` indicator. */
export function needsText(i: IndicatorScore, w: Words): string {
  const field = i.needs ?? '';
  return w.score.needs(w.score.columnHints[field] ?? field);
}

/** One row per indicator: number, name, ratio, points of max, points lost, the first to recover from. */
export function scoreRows(score: Score, w: Words): string[][] {
  return score.indicators.map((i: IndicatorScore) => {
    const name = indicatorName(i, w);
    if (i.status === 'no-input') return [i.number, name, needsText(i, w), '–', '', ''];
    if (i.status === 'not-applicable') return [i.number, name, w.score.notApplicable, w.score.pointsOf('–', i.max), '', ''];
    const measured = `${w.score.counts(i.numerator!, i.denominator!)} = ${w.format.percent(i.numerator!, i.denominator!)}`;
    const change = i.change === undefined ? '' : ` (${signed(i.change, w)})`;
    return [i.number, name, measured, `${w.score.pointsOf(points(i.points!, w), i.max)}${change}`, points(i.lost ?? 0, w), recoverText(i.recover?.[0], w)];
  });
}

export function scoreHead(w: Words): string[] {
  const h = w.score.head;
  return [h.number, h.indicator, h.measured, h.points, h.lost, h.recover];
}

export function scoreTerminalHead(w: Words): string[] {
  const h = w.score.head;
  return [h.number, h.indicator, h.ratio, h.points, h.lost];
}

/** For the terminal: five short cells per indicator, and the counts and the first to recover from under them. */
export function scoreLines(score: Score, w: Words): { cells: string[]; detail?: string }[] {
  return scoreRows(score, w).map(([number, name, measured, pointsOf, lost], index) => {
    const indicator = score.indicators[index]!;
    if (indicator.status !== 'measured') return { cells: [number!, name!, '–', pointsOf!, lost!], detail: measured };
    const ratio = w.format.percent(indicator.numerator!, indicator.denominator!);
    const first = indicator.recover?.[0];
    return {
      cells: [number!, name!, ratio, pointsOf!, lost!],
      detail: [w.score.counts(indicator.numerator!, indicator.denominator!), ...(first ? [w.score.recoverFirst(recoverText(first, w))] : [])].join(' · '),
    };
  });
}

/** The lines after the rows: the total, the ≈ note when an estimated rule was measured, what is not estimable. */
export function scoreFooter(score: Score, w: Words): string[] {
  const change = score.change === undefined ? '' : w.score.change(signed(score.change, w));
  const total = w.score.total({
    points: points(score.points, w),
    max: score.max,
    estimated: score.estimated > 0 ? points(score.estimated, w) : undefined,
    of: score.of,
  });
  const lines = [`${total}${change}`];
  if (score.indicators.some((i) => i.rule === 'estimated' && i.status === 'measured')) lines.push(w.score.estimatedNote);
  if (score.notEstimated.length > 0) {
    const list = score.notEstimated.map((n) => w.score.notEstimatedItem(n.number, n.name[w.lang], n.max)).join(', ');
    lines.push(
      w.score.notEstimated(
        score.notEstimated.reduce((sum, n) => sum + n.max, 0),
        list,
      ),
    );
  }
  return lines;
}

/** A group's score in one line: its points, and the indicator that lost the most. */
export function scoreGroupLine(score: Score, w: Words): string {
  const worst = [...score.indicators].filter((i) => (i.lost ?? 0) > 0).sort((a, b) => (b.lost ?? 0) - (a.lost ?? 0))[0];
  return w.score.groupLine(points(score.points, w), score.max, worst && { number: worst.number, lost: points(worst.lost!, w) });
}
