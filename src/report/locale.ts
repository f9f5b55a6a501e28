/**
 * Numbers and dates as each language writes them (`vi`: `74,33 %`, `5.436`, `27/11/2026`), through Intl.
 * Percentages are rounded in integers first (format.ts), so a figure never rounds differently from the
 * other reports.
 */
import type { CheckResult, IsoDate, Target } from '../model.js';
import { percentFigure } from './format.js';
import type { Lang } from '../i18n/index.js';

const locales: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN' };

export interface Locale {
  lang: Lang;
  integer(n: number): string;
  /** `numerator / denominator` with two decimals and the percent sign. */
  percent(numerator: number, denominator: number): string;
  /** A plain percentage figure (a target, a change in points). */
  percentOf(value: number, decimals?: number): string;
  signedPoints(points: number): string;
  date(iso: IsoDate): string;
  target(target: Target): string;
}

export function localeFor(lang: Lang): Locale {
  const tag = locales[lang];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const upToTwo = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const dates = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    day: lang === 'vi' ? '2-digit' : 'numeric',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
  });
  // Vietnamese writes the sign against the figure (74,33%), as the terminal report does.
  const withSign = (figure: string) => (lang === 'vi' ? `${figure}%` : `${figure}\u00a0%`);
  return {
    lang,
    integer: (n) => integer.format(n),
    percent: (numerator, denominator) => withSign(twoDecimals.format(Number(percentFigure(numerator, denominator)))),
    percentOf: (value, decimals = 2) => withSign((decimals === 2 ? upToTwo : integer).format(value)),
    signedPoints: (points) => signed.format(points),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    target: (target) => `${target.op === '>=' ? '≥' : '>'}\u00a0${withSign(upToTwo.format(target.percent))}`,
  };
}

/** The measured share of a check in percent, as a number for drawing; undefined without a denominator. */
export function measuredPercent(check: CheckResult): number | undefined {
  return check.denominator === 0 ? undefined : (check.numerator * 100) / check.denominator;
}
