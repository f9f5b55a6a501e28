/**
 * Dates as the exports write them (SPEC §2.4), read as calendar dates in UTC+7. Vietnam has no daylight
 * saving time, so UTC+7 is a fixed offset and nothing here consults the machine's time zone.
 *
 * Dates are handled as `yyyy-MM-dd` strings at the edges and as day numbers (days since 1970-01-01 in
 * the proleptic Gregorian calendar) for arithmetic.
 */

const vietnamOffsetMinutes = 7 * 60;
const minutesPerDay = 24 * 60;
const msPerDay = minutesPerDay * 60_000;
/** Real-world UTC offsets stay within ±14:00. */
const maxOffsetMinutes = 14 * 60;
const minYear = 1900;
const maxYear = 2099;

/**
 * `05/03/2021`, `5/3/2021 8:05`, `05-03-2021 08:05:09`, `05.03.2021`: day first, as Vietnamese exports
 * write it; Excel on a Vietnamese locale adds a 12-hour clock, `8:00:00 SA` (sáng) / `2:30:00 CH` (chiều).
 */
const dayMonthYear = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(SA|CH|AM|PM))?)?$/i;
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
/** `yyyyMMdd` and the national portal's sync format `yyyyMMddHHmmss`. */
const compactDateTime = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar date in UTC+7 (`yyyy-MM-dd`) of a date cell, or undefined when the value has none of the
 * accepted shapes or names a day or time that does not exist. Expects a trimmed, non-empty value.
 */
export function parseDate(value: string): string | undefined {
  const common = commonDayFirst(value) ?? commonIso(value);
  if (common !== null) return common;
  let m = dayMonthYear.exec(value);
  if (m) {
    const twelveHour = m[8] !== undefined;
    if (twelveHour && (Number(m[5]) < 1 || Number(m[5]) > 12)) return undefined;
    return calendarDate(Number(m[4]), Number(m[3]), Number(m[1]), m[5], m[6], m[7]);
  }
  m = isoDateTime.exec(value);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  m = compactDateTime.exec(value);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  return undefined;
}

const zero = 48;

function digitAt(value: string, at: number): number {
  const digit = value.charCodeAt(at) - zero;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/**
 * The one shape most registers use, `dd/MM/yyyy` with an optional ` HH:mm` or ` HH:mm:ss`, read by
 * character codes: this runs for every date cell of millions of dossier rows. null means "not this
 * exact shape": the general patterns decide.
 */
function commonDayFirst(value: string): string | undefined | null {
  const length = value.length;
  if ((length !== 10 && length !== 16 && length !== 19) || value[2] !== '/' || value[5] !== '/') return null;
  const day = digitAt(value, 0) * 10 + digitAt(value, 1);
  const month = digitAt(value, 3) * 10 + digitAt(value, 4);
  const year = digitAt(value, 6) * 1000 + digitAt(value, 7) * 100 + digitAt(value, 8) * 10 + digitAt(value, 9);
  if (Number.isNaN(day + month + year)) return null;
  if (length > 10) {
    if (value[10] !== ' ' || value[13] !== ':' || (length === 19 && value[16] !== ':')) return null;
    const hour = digitAt(value, 11) * 10 + digitAt(value, 12);
    const minute = digitAt(value, 14) * 10 + digitAt(value, 15);
    const second = length === 19 ? digitAt(value, 17) * 10 + digitAt(value, 18) : 0;
    if (Number.isNaN(hour + minute + second)) return null;
    if (hour > 23 || minute > 59 || second > 59) return undefined;
  }
  if (year < minYear || year > maxYear || !isRealDate(year, month, day)) return undefined;
  return formatIso(year, month, day);
}

/**
 * `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss` with no offset: how the workbook reader writes date cells, read
 * by character codes for the same reason. null means "not this exact shape".
 */
function commonIso(value: string): string | undefined | null {
  const length = value.length;
  if ((length !== 10 && length !== 19) || value[4] !== '-' || value[7] !== '-') return null;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (Number.isNaN(day + month + year)) return null;
  if (length === 19) {
    if ((value[10] !== 'T' && value[10] !== ' ') || value[13] !== ':' || value[16] !== ':') return null;
    const hour = digitAt(value, 11) * 10 + digitAt(value, 12);
    const minute = digitAt(value, 14) * 10 + digitAt(value, 15);
    const second = digitAt(value, 17) * 10 + digitAt(value, 18);
    if (Number.isNaN(hour + minute + second)) return null;
    if (hour > 23 || minute > 59 || second > 59) return undefined;
  }
  if (year < minYear || year > maxYear || !isRealDate(year, month, day)) return undefined;
  return length === 10 ? value : value.slice(0, 10);
}

function calendarDate(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, offset?: string): string | undefined {
  // Placeholders such as 31/12/9999 are not dates of any decision or dossier.
  if (year < minYear || year > maxYear || !isRealDate(year, month, day)) return undefined;
  let minuteOfDay = 0;
  if (hour !== undefined) {
    const h = Number(hour);
    const min = Number(minute);
    if (h > 23 || min > 59 || (second !== undefined && Number(second) > 59)) return undefined;
    minuteOfDay = h * 60 + min;
  }
  if (offset === undefined) return formatIso(year, month, day);
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  // Offsets are whole minutes, so the seconds can never move the time across midnight.
  const dayShift = Math.floor((minuteOfDay - offsetMinutes + vietnamOffsetMinutes) / minutesPerDay);
  if (dayShift === 0) return formatIso(year, month, day);
  return dayNumberToIso(civilToDayNumber(year, month, day) + dayShift);
}

/** Minutes east of UTC for `Z`, `+07`, `+0700`, `+07:00`. */
function parseOffset(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > maxOffsetMinutes) return undefined;
  return offset[0] === '-' ? -total : total;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const daysInMonths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = month === 2 && isLeapYear(year) ? 29 : (daysInMonths[month - 1] as number);
  return day <= daysInMonth;
}

function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date. Integer arithmetic after Howard Hinnant's
 * `days_from_civil` ("chrono-Compatible Low-Level Date Algorithms"), which, unlike `Date.UTC`, does not
 * map the years 0–99 onto 1900–1999.
 */
export function civilToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of {@link civilToDayNumber} (Hinnant's `civil_from_days`). */
export function dayNumberToCivil(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a `yyyy-MM-dd` date; throws on anything else, which is a caller's bug. */
export function isoToDayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!isoDate.test(iso) || !isRealDate(year, month, day)) throw new RangeError(`Not a yyyy-MM-dd date: ${iso}`);
  return civilToDayNumber(year, month, day);
}

export function dayNumberToIso(dayNumber: number): string {
  const { year, month, day } = dayNumberToCivil(dayNumber);
  return formatIso(year, month, day);
}

/** The calendar date in Vietnam at the instant `now`. */
export function todayInVietnam(now: Date): string {
  return dayNumberToIso(Math.floor((now.getTime() + vietnamOffsetMinutes * 60_000) / msPerDay));
}

/** A real calendar day written `yyyy-MM-dd`, as the date flags take it (`2026-02-30` is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && dayNumberToIso(civilToDayNumber(year, month, day)) === value;
}
