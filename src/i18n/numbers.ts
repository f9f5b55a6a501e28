/**
 * Numbers and dates in human text, as `Intl` writes them in each language (SPEC §8): `5.436`, `74,33%`,
 * `27/11/2026` in Vietnamese. English keeps the figures it has always printed: `5,436`, `74.33 %` and ISO
 * dates, which scripts and earlier reports already quote. JSON and CSV never pass through here.
 */
import type { IsoDate } from '../model.js';
import type { Lang } from './types.js';

export interface Formats {
  /** A count or whole number: `5,436` / `5.436`. */
  number(n: number): string;
  /** A figure with fixed decimals: `1.25` / `1,25`. */
  fixed(n: number, digits: number): string;
  /** `numerator / denominator` as a percentage with two decimals, rounded half up exactly. */
  percent(numerator: number, denominator: number): string;
  /** A target's percent as configured: `70 %` / `70%`. */
  targetPercent(percent: number): string;
  /** A calendar date: `2026-11-27` / `27/11/2026`. */
  date(date: IsoDate): string;
}

/**
 * Hundredths of a percent of `numerator / denominator`, rounded half up in integers: the float quotient
 * can land just below a half (3 / 4000 gives 0.07 through toFixed instead of 0.08).
 */
export function percentHundredths(numerator: number, denominator: number): bigint {
  const d = BigInt(denominator);
  return (BigInt(numerator) * 20_000n + d) / (2n * d);
}

/** The exact percentage with two decimals and a point: `74.33`, for CSV and English text. */
export function percentFigure(numerator: number, denominator: number): string {
  const hundredths = percentHundredths(numerator, denominator);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

const english: Formats = {
  number: (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  fixed: (n, digits) => n.toFixed(digits),
  percent: (numerator, denominator) => `${percentFigure(numerator, denominator)} %`,
  targetPercent: (percent) => `${percent} %`,
  date: (date) => date,
};

function intlFormats(locale: string): Formats {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const target = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 6 });
  const day = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (n) => integer.format(n),
    fixed: (n, digits) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    // Intl takes a decimal string exactly: the rounding stays the integer one above.
    percent: (numerator, denominator) => {
      const hundredths = percentHundredths(numerator, denominator);
      return ratio.format(`${hundredths / 10_000n}.${String(hundredths % 10_000n).padStart(4, '0')}` as unknown as number);
    },
    targetPercent: (percent) => target.format(`${percent}e-2` as unknown as number),
    date: (date) => {
      const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
      return day.format(Date.UTC(year, month - 1, dayOfMonth));
    },
  };
}

const formats: Record<Lang, Formats> = { en: english, vi: intlFormats('vi-VN') };

export function formatsFor(lang: Lang): Formats {
  return formats[lang];
}
