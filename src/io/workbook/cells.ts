/**
 * Cell values as Excel shows them, as text: numbers without binary noise or exponents, serial dates as
 * ISO dates. An Excel date is a wall-clock value with no zone; it is read as a calendar date (and time)
 * in UTC+7 by writing out its own digits, so nothing here depends on the machine's time zone.
 */

/** How a cell style shows a number. */
export type NumberFormat =
  | { kind: 'general' }
  /** `0`, `0.00`, `#,##0.000000` …: a fixed number of decimals (grouping is left out). */
  | { kind: 'fixed'; decimals: number }
  | { kind: 'date'; timeOnly: boolean };

export const generalFormat: NumberFormat = { kind: 'general' };

/** Built-in format ids that show dates or times (ECMA-376 §18.8.30 and the East Asian ones). */
const builtinDates = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const builtinTimes = new Set([18, 19, 20, 21, 45, 46, 47]);
const builtinFixed: Record<number, number> = { 1: 0, 2: 2, 3: 0, 4: 2 };

/** The format of a style whose number format has this id and, for custom ids, this code. */
export function numberFormat(id: number, code: string | undefined): NumberFormat {
  if (code === undefined) {
    if (builtinDates.has(id)) return { kind: 'date', timeOnly: builtinTimes.has(id) };
    const decimals = builtinFixed[id];
    return decimals === undefined ? generalFormat : { kind: 'fixed', decimals };
  }
  // Quoted text, escaped and padding characters, colours, conditions and locales say nothing about the
  // kind of value; elapsed-time brackets ([h], [mm], [ss]) do.
  const section = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|_.|\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .split(';')[0]!
    .trim();
  if (/^general$/i.test(section) || section === '@' || section === '') return generalFormat;
  if (/[dmyhs]/i.test(section.replace(/e[+-]/gi, ''))) return { kind: 'date', timeOnly: !/[dy]/i.test(section) };
  const fixed = /^[#,]*0*(?:\.(0+))?$/.exec(section);
  if (fixed && section.includes('0')) return { kind: 'fixed', decimals: fixed[1]?.length ?? 0 };
  return generalFormat;
}

/**
 * A number as Excel's General format shows it in a wide column: at most 15 significant digits (so
 * 0.1 + 0.2 reads 0.3), never an exponent (1E-7 reads 0.0000001).
 */
export function formatNumber(value: number): string {
  // Whole numbers under 15 digits (row numbers, counts) print as they are.
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  if (rounded === 0) return '0';
  const text = String(rounded);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const negative = text[0] === '-';
  const mantissa = text.slice(negative ? 1 : 0, e);
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const pointAt = (point === -1 ? mantissa.length : point) + Number(text.slice(e + 1));
  let plain: string;
  if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}

/** A number shown with a fixed count of decimals, as `0.000000` shows the code 2.00249 as 2.002490. */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return formatNumber(value);
  return Number(value.toPrecision(15)).toFixed(Math.min(decimals, 20));
}

const secondsPerDay = 86_400;
const msPerDay = secondsPerDay * 1000;
/** Day 0 of each date system as a UTC day number; the 1900 system counts from 1899-12-30 after its 29 February 1900. */
const epoch1900 = Date.UTC(1899, 11, 30) / msPerDay;
const epoch1904 = Date.UTC(1904, 0, 1) / msPerDay;
/** 9999-12-31, the last day Excel shows. */
const maxSerial = 2_958_465;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `yyyy-MM-dd` of each day number met: registers repeat the same few thousand days. */
const dayNames = new Map<number, string>();

function dayName(utcDay: number): string {
  let name = dayNames.get(utcDay);
  if (name === undefined) {
    const day = new Date(utcDay * msPerDay);
    name = `${String(day.getUTCFullYear()).padStart(4, '0')}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    if (dayNames.size < 100_000) dayNames.set(utcDay, name);
  }
  return name;
}

/**
 * An Excel serial date as `yyyy-MM-dd`, or `yyyy-MM-ddTHH:mm:ss` when it has a time of day (rounded to
 * the second, as Excel shows it); `HH:mm:ss` for a time-only format under one day. Undefined for a
 * serial Excel cannot show as a date (negative, or after 9999).
 */
export function serialToIso(serial: number, date1904: boolean, timeOnly = false): string | undefined {
  if (!(serial >= 0) || serial >= maxSerial + 1) return undefined;
  const totalSeconds = Math.round(serial * secondsPerDay);
  let days = Math.floor(totalSeconds / secondsPerDay);
  const seconds = totalSeconds - days * secondsPerDay;
  const time = () => `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (timeOnly && days === 0) return time();
  let date: string;
  if (!date1904 && days === 60) {
    // Lotus 1-2-3's leap day, which Excel keeps for compatibility.
    date = '1900-02-29';
  } else {
    // Before the fictitious 29 February, the 1900 system counts from 1899-12-31.
    if (!date1904 && days < 60) days += 1;
    date = dayName((date1904 ? epoch1904 : epoch1900) + days);
  }
  return seconds === 0 ? date : `${date}T${time()}`;
}

/** A cell reference from a 0-based column index and Excel's row number: `cellRef(2, 17)` is `C17`. */
export function cellRef(columnIndex: number, row: number): string {
  return `${columnName(columnIndex)}${row}`;
}

export function columnName(columnIndex: number): string {
  let name = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The last column Excel has, XFD. */
export const maxColumns = 16_384;

/** The 0-based column of a reference (`C17` → 2), or -1 when it is not one Excel could write. */
export function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return i === 0 || column > maxColumns ? -1 : column - 1;
}

/** The 1-based row of a reference (`C17` → 17), or NaN. */
export function rowOf(ref: string): number {
  const digits = /\d+$/.exec(ref);
  return digits ? Number(digits[0]) : NaN;
}

/** A range `A5:C9` (or one cell `A5`) as 0-based columns and 1-based rows, or undefined when malformed. */
export interface CellRange {
  ref: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':') as [string, string?];
  const left = columnOf(from);
  const right = columnOf(to);
  const top = rowOf(from);
  const bottom = rowOf(to);
  if (left < 0 || right < left || !(top >= 1) || !(bottom >= top)) return undefined;
  return { ref, top, bottom, left, right };
}
