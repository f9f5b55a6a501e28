/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's "Thuật toán tính âm lịch" (public domain),
 * itself built on the new-moon and solar-longitude series of Jean Meeus, "Astronomical Algorithms"
 * (1998). A lunar month starts on the civil day of its new moon; the 11th month holds the winter
 * solstice; a year of 13 months repeats the first month that holds no major solar term.
 *
 * Everything is reckoned at UTC+7, Vietnam's legal time. That is why Vietnam's Tết can differ from
 * China's (UTC+8): in 2030 the new moon falls before midnight in Hanoi and after it in Beijing.
 */
import { civilToDayNumber, dayNumberToIso, isoToDayNumber } from './dates.js';

const timeZoneHours = 7;
/** Julian day number of 1970-01-01, the origin of the day numbers in dates.ts. */
const julianDayOfUnixEpoch = 2440588;
/** Julian day of the new moon of 1900-01-01, from which new moons are counted. */
const julianDayOfNewMoonZero = 2415021.076998695;
const synodicMonth = 29.530588853;
const degree = Math.PI / 180;

/** Julian date (in days, fractional, UTC) of the k-th new moon after 1900-01-01 (Meeus, ch. 49). */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * degree;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * degree;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * degree;
  const meanNewMoon = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * degree);
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT, the difference between dynamical time (in which the series runs) and universal time.
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return meanNewMoon + correction - deltaT;
}

/** The Sun's apparent longitude in radians, [0, 2π), at a Julian date (Meeus, ch. 25, low accuracy). */
function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2451545.0) / 36525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * degree;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + centre) * degree;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which 30° sector (0–11) the Sun is in at local midnight starting a day; 9 starts at the winter solstice. */
function solarTermAtStartOf(julianDay: number): number {
  return Math.floor((sunLongitude(julianDay - 0.5 - timeZoneHours / 24) / Math.PI) * 6);
}

/** Julian day number of the local civil day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + timeZoneHours / 24);
}

/** Julian day number of the first day of the 11th lunar month (the one holding the winter solstice) of a year. */
function lunarMonth11Start(year: number): number {
  const daysSinceNewMoonZero = civilToDayNumber(year, 12, 31) + julianDayOfUnixEpoch - 2415021;
  const k = Math.floor(daysSinceNewMoonZero / synodicMonth);
  const lastNewMoon = newMoonDay(k);
  // A new moon after the solstice opens the 12th month, so the 11th began one lunation earlier.
  return solarTermAtStartOf(lastNewMoon) >= 9 ? newMoonDay(k - 1) : lastNewMoon;
}

/**
 * In a 13-month year starting at month 11 (`month11Start`), the index (counted from that month 11) of the
 * leap month: the first month that holds no major solar term, i.e. starts in the same sector as the next.
 */
function leapMonthOffset(month11Start: number): number {
  const k = Math.floor((month11Start - julianDayOfNewMoonZero) / synodicMonth + 0.5);
  let offset = 1;
  let term = solarTermAtStartOf(newMoonDay(k + offset));
  let previousTerm: number;
  do {
    previousTerm = term;
    offset++;
    term = solarTermAtStartOf(newMoonDay(k + offset));
  } while (term !== previousTerm && offset < 14);
  return offset - 1;
}

/**
 * The Gregorian date (`yyyy-MM-dd`) of a day of the Vietnamese lunar calendar. `lunarYear` is the
 * Gregorian year in which that lunar year's first month begins.
 */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number, isLeapMonth = false): string {
  if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
    throw new RangeError(`No lunar date ${lunarDay}/${lunarMonth}`);
  }
  const [month11Start, nextMonth11Start] =
    lunarMonth < 11 ? [lunarMonth11Start(lunarYear - 1), lunarMonth11Start(lunarYear)] : [lunarMonth11Start(lunarYear), lunarMonth11Start(lunarYear + 1)];
  const k = Math.floor(0.5 + (month11Start - julianDayOfNewMoonZero) / synodicMonth);
  let offset = (lunarMonth - 11 + 12) % 12;
  const hasLeapMonth = nextMonth11Start - month11Start > 365;
  if (hasLeapMonth) {
    const leapOffset = leapMonthOffset(month11Start);
    // The leap month repeats the month before it, which is month 11 at offset 0.
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (isLeapMonth && lunarMonth !== leapMonth) {
      throw new RangeError(`Lunar year ${lunarYear} has no leap month ${lunarMonth}`);
    }
    if (isLeapMonth || offset >= leapOffset) offset++;
  } else if (isLeapMonth) {
    throw new RangeError(`Lunar year ${lunarYear} has no leap month`);
  }
  return dayNumberToIso(newMoonDay(k + offset) + lunarDay - 1 - julianDayOfUnixEpoch);
}

/** Tết Nguyên Đán: the 1st day of the 1st lunar month, which always falls in Gregorian `year`. */
export function tetDate(year: number): string {
  return lunarToSolar(1, 1, year);
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export function hungKingsDay(year: number): string {
  return lunarToSolar(10, 3, year);
}

/** The last day of the lunar year that ends in Gregorian `year`: the day before Tết. */
export function lunarNewYearsEve(year: number): string {
  return dayNumberToIso(isoToDayNumber(tetDate(year)) - 1);
}
