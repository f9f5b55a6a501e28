/**
 * Working days (SPEC §4): Monday to Friday, less the public holidays of the Labour Code 2019
 * (Art. 112) and the days off in lieu of holidays that fall on a weekend (Art. 111(3)), as amended by a
 * `--holidays` file of the government's notices for the year.
 */
import { civilToDayNumber, dayNumberToCivil, dayNumberToIso, isoToDayNumber } from './dates.js';
import { hungKingsDay, lunarNewYearsEve } from './lunar.js';

export interface DayOverride {
  date: string;
  kind: 'off' | 'working';
  note?: string;
}

export interface Holiday {
  date: string;
  name: string;
  inLieu: boolean;
}

interface DatedHoliday {
  dayNumber: number;
  name: string;
  inLieu: boolean;
}

const sunday = 0;
const saturday = 6;

/** 0 = Sunday … 6 = Saturday. Day 0, 1970-01-01, was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === saturday || weekday === sunday;
}

/**
 * The National Day's extra day as days from 2 September, indexed by the weekday of 2 September. The law
 * leaves the side to the government each year; these are SPEC §4's defaults (Sun → Mon 3/9, Mon → Tue 3/9,
 * Tue → Mon 1/9 …).
 */
const nationalDayAdjacentShift = [1, 1, -1, 1, 1, -1, -1] as const;

const tetNames = ["Tết, lunar New Year's Eve", 'Tết, 1st day', 'Tết, 2nd day', 'Tết, 3rd day', 'Tết, 4th day'];

/** The holidays the Labour Code's default rules give in Gregorian `year`, in-lieu days included, by date. */
export function statutoryHolidays(year: number): Holiday[] {
  return datedHolidays(year).map(({ dayNumber, name, inLieu }) => ({ date: dayNumberToIso(dayNumber), name, inLieu }));
}

// Every day computed for a year lies in that year: Tết's eve is never before 20 January, and the last
// holiday, 2 September, is followed by at most its extra day and one in-lieu day.
function datedHolidays(year: number): DatedHoliday[] {
  const nationalDay = civilToDayNumber(year, 9, 2);
  const tetEve = isoToDayNumber(lunarNewYearsEve(year));
  const holidays: DatedHoliday[] = [
    { dayNumber: civilToDayNumber(year, 1, 1), name: "New Year's Day", inLieu: false },
    ...tetNames.map((name, i) => ({ dayNumber: tetEve + i, name, inLieu: false })),
    { dayNumber: isoToDayNumber(hungKingsDay(year)), name: "Hùng Kings' Commemoration Day", inLieu: false },
    { dayNumber: civilToDayNumber(year, 4, 30), name: 'Reunification Day', inLieu: false },
    { dayNumber: civilToDayNumber(year, 5, 1), name: "International Workers' Day", inLieu: false },
    { dayNumber: nationalDay, name: 'National Day', inLieu: false },
    {
      dayNumber: nationalDay + (nationalDayAdjacentShift[weekdayOf(nationalDay)] as number),
      name: 'National Day, adjacent day',
      inLieu: false,
    },
  ].sort((a, b) => a.dayNumber - b.dayNumber);

  const taken = new Set(holidays.map((holiday) => holiday.dayNumber));
  const inLieu: DatedHoliday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.dayNumber)) continue;
    let dayOff = holiday.dayNumber + 1;
    while (isWeekend(dayOff) || taken.has(dayOff)) dayOff++;
    taken.add(dayOff);
    inLieu.push({ dayNumber: dayOff, name: `In lieu of ${holiday.name}`, inLieu: true });
  }
  return [...holidays, ...inLieu].sort((a, b) => a.dayNumber - b.dayNumber);
}

/**
 * Days off that the default rules derive and that a schedule file for their year leaves unmentioned,
 * among those the government moves by notice (Tết, the 2/9 extra day, in-lieu days). A file copied from
 * a notice usually omits them, yet they stay days off unless listed as `working`: worth a warning.
 */
export function ruleDaysNotListed(overrides: readonly DayOverride[]): Holiday[] {
  const listed = new Set(overrides.map((o) => o.date));
  const years = [...new Set(overrides.map((o) => Number(o.date.slice(0, 4))))].sort((a, b) => a - b);
  const movable = (h: Holiday) => h.inLieu || h.name.startsWith('Tết') || h.name.includes('adjacent');
  return years.flatMap((year) => statutoryHolidays(year).filter((h) => movable(h) && !listed.has(h.date) && !isWeekend(isoToDayNumber(h.date))));
}

/**
 * Working days under the default rules, with the overrides' word final on the days they list: a rule's
 * day made `working` leaves no day off behind it anywhere else.
 */
export class WorkingCalendar {
  private readonly overrides: Map<number, DayOverride['kind']>;
  private readonly daysOffByYear = new Map<number, Set<number>>();

  constructor(overrides: DayOverride[] = []) {
    this.overrides = new Map(overrides.map((override) => [isoToDayNumber(override.date), override.kind]));
  }

  isWorkingDay(iso: string): boolean {
    return this.isWorkingDayNumber(isoToDayNumber(iso));
  }

  /** The date `n` working days after `iso`, which itself does not count; `iso` when `n` is 0. */
  addWorkingDays(iso: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
    let day = isoToDayNumber(iso);
    for (let remaining = n; remaining > 0;) {
      day++;
      if (this.isWorkingDayNumber(day)) remaining--;
    }
    return dayNumberToIso(day);
  }

  /** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): number {
    const last = isoToDayNumber(to);
    let count = 0;
    for (let day = isoToDayNumber(from) + 1; day <= last; day++) {
      if (this.isWorkingDayNumber(day)) count++;
    }
    return count;
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    const override = this.overrides.get(dayNumber);
    if (override !== undefined) return override === 'working';
    return !isWeekend(dayNumber) && !this.statutoryDaysOff(dayNumberToCivil(dayNumber).year).has(dayNumber);
  }

  private statutoryDaysOff(year: number): Set<number> {
    let daysOff = this.daysOffByYear.get(year);
    if (daysOff === undefined) {
      daysOff = new Set(datedHolidays(year).map((holiday) => holiday.dayNumber));
      this.daysOffByYear.set(year, daysOff);
    }
    return daysOff;
  }
}
