import { describe, it, expect } from 'vitest';
import { WorkingCalendar, statutoryHolidays, type DayOverride } from '../../src/domain/calendar.js';
import { dayNumberToIso, isoToDayNumber } from '../../src/domain/dates.js';

/** [date, inLieu] pairs, the shape the expectations below are written in. */
function holidayDates(year: number, month?: string): [string, boolean][] {
  return statutoryHolidays(year)
    .filter((holiday) => month === undefined || holiday.date.slice(5, 7) === month)
    .map((holiday) => [holiday.date, holiday.inLieu]);
}

describe('statutoryHolidays', () => {
  it('gives the default days of 2025', () => {
    expect(holidayDates(2025)).toEqual([
      ['2025-01-01', false], // Wed
      ['2025-01-28', false], // Tue, the eve: the 12th month of Giáp Thìn had 29 days
      ['2025-01-29', false], // Wed, Tết
      ['2025-01-30', false],
      ['2025-01-31', false],
      ['2025-02-01', false], // Sat, 4th day of Tết …
      ['2025-02-03', true], // … off on Mon
      ['2025-04-07', false], // Mon, Hùng Kings
      ['2025-04-30', false], // Wed
      ['2025-05-01', false], // Thu
      ['2025-09-01', false], // Mon, since 2/9 is a Tuesday
      ['2025-09-02', false],
    ]);
    expect(statutoryHolidays(2025).find((holiday) => holiday.date === '2025-02-03')?.name).toBe('In lieu of Tết, 4th day');
  });

  it('gives the default days of 2026', () => {
    expect(holidayDates(2026)).toEqual([
      ['2026-01-01', false], // Thu
      ['2026-02-16', false], // Mon, the eve
      ['2026-02-17', false], // Tue, Tết
      ['2026-02-18', false],
      ['2026-02-19', false],
      ['2026-02-20', false], // Fri
      ['2026-04-26', false], // Sun, Hùng Kings …
      ['2026-04-27', true], // … off on Mon
      ['2026-04-30', false], // Thu
      ['2026-05-01', false], // Fri
      ['2026-09-02', false], // Wed …
      ['2026-09-03', false], // … and Thu
    ]);
  });

  it.each([
    [
      'Monday',
      2024,
      [
        ['2024-09-02', false],
        ['2024-09-03', false],
      ],
    ],
    [
      'Tuesday',
      2025,
      [
        ['2025-09-01', false],
        ['2025-09-02', false],
      ],
    ],
    [
      'Wednesday',
      2026,
      [
        ['2026-09-02', false],
        ['2026-09-03', false],
      ],
    ],
    [
      'Thursday',
      2027,
      [
        ['2027-09-02', false],
        ['2027-09-03', false],
      ],
    ],
    [
      'Friday',
      2022,
      [
        ['2022-09-01', false],
        ['2022-09-02', false],
      ],
    ],
    // Saturday's own day in lieu goes to the Monday.
    [
      'Saturday',
      2023,
      [
        ['2023-09-01', false],
        ['2023-09-02', false],
        ['2023-09-04', true],
      ],
    ],
    // Sunday's goes past the Monday, already a holiday, to the Tuesday.
    [
      'Sunday',
      2029,
      [
        ['2029-09-02', false],
        ['2029-09-03', false],
        ['2029-09-04', true],
      ],
    ],
  ])('pairs 2 September on a %s with its adjacent day (%i)', (_weekday, year, expected) => {
    expect(holidayDates(year as number, '09')).toEqual(expected);
  });

  it('gives a weekend New Year, Hùng Kings and 30/4–1/5 their days in lieu in order (2022)', () => {
    expect(holidayDates(2022)).toEqual([
      ['2022-01-01', false], // Sat
      ['2022-01-03', true],
      ['2022-01-31', false], // Mon, the eve
      ['2022-02-01', false],
      ['2022-02-02', false],
      ['2022-02-03', false],
      ['2022-02-04', false],
      ['2022-04-10', false], // Sun, Hùng Kings
      ['2022-04-11', true],
      ['2022-04-30', false], // Sat
      ['2022-05-01', false], // Sun
      ['2022-05-02', true], // for 30/4
      ['2022-05-03', true], // for 1/5, the Monday being taken
      ['2022-09-01', false], // Thu, since 2/9 is a Friday
      ['2022-09-02', false],
    ]);
  });

  it('skips the holidays that follow a weekend holiday (2023)', () => {
    expect(holidayDates(2023)).toEqual([
      ['2023-01-01', false], // Sun
      ['2023-01-02', true],
      ['2023-01-21', false], // Sat, the eve
      ['2023-01-22', false], // Sun, Tết
      ['2023-01-23', false],
      ['2023-01-24', false],
      ['2023-01-25', false], // Wed, the last day of Tết …
      ['2023-01-26', true], // … so the eve's day in lieu is Thu
      ['2023-01-27', true], // and Tết's own is Fri
      ['2023-04-29', false], // Sat, Hùng Kings
      ['2023-04-30', false], // Sun
      ['2023-05-01', false], // Mon
      ['2023-05-02', true],
      ['2023-05-03', true],
      ['2023-09-01', false], // Fri, since 2/9 is a Saturday
      ['2023-09-02', false],
      ['2023-09-04', true],
    ]);
  });

  it('gives a Tết that spans a weekend its days after the holiday run (2021)', () => {
    expect(holidayDates(2021, '02')).toEqual([
      ['2021-02-11', false], // Thu, the eve
      ['2021-02-12', false], // Fri, Tết
      ['2021-02-13', false], // Sat
      ['2021-02-14', false], // Sun
      ['2021-02-15', false], // Mon
      ['2021-02-16', true],
      ['2021-02-17', true],
    ]);
  });
});

describe('WorkingCalendar by the default rules', () => {
  const calendar = new WorkingCalendar();

  it('knows weekdays, weekends, holidays and days in lieu', () => {
    expect(calendar.isWorkingDay('2025-03-07')).toBe(true); // Fri
    expect(calendar.isWorkingDay('2025-03-08')).toBe(false); // Sat
    expect(calendar.isWorkingDay('2025-03-09')).toBe(false); // Sun
    expect(calendar.isWorkingDay('2025-04-07')).toBe(false); // Hùng Kings
    expect(calendar.isWorkingDay('2025-02-03')).toBe(false); // in lieu
    expect(calendar.isWorkingDay('2025-02-04')).toBe(true);
  });

  it.each([
    // No holiday: Mon 10 … Fri 14 March.
    ['a Friday', '2025-03-07', '2025-03-14'],
    // Tết 2026 runs Mon 16 – Fri 20 Feb between two weekends: Mon 23 … Fri 27.
    ['the Friday before Tết', '2026-02-13', '2026-02-27'],
    ['the first day of Tết', '2026-02-17', '2026-02-27'],
    ['the Saturday before Tết', '2026-02-14', '2026-02-27'],
    // Eve Tue 28 Jan; Tết to Sat 1 Feb, in lieu Mon 3: Tue 4, Wed 5, Thu 6, Fri 7, Mon 10.
    ['the eve of Tết', '2025-01-28', '2025-02-10'],
    // Sat 26, Sun 27 Apr; Mon 28 (1), Tue 29 (2), Wed 30/Thu 1 off, Fri 2 May (3), Mon 5 (4), Tue 6 (5).
    ['the Friday before 30/4–1/5', '2025-04-25', '2025-05-06'],
    // Hùng Kings Sat 29 Apr, Sun 30/4, Mon 1/5, in lieu Tue 2 and Wed 3: Thu 4, Fri 5, Mon 8, Tue 9, Wed 10.
    ['the Friday before 29/4–3/5', '2023-04-28', '2023-05-10'],
    // Hùng Kings Sun 26 Apr, in lieu Mon 27; Tue 28 (1), Wed 29 (2), Thu 30/Fri 1 off, Mon 4 (3), Tue 5, Wed 6.
    ['the Friday before Hùng Kings and 30/4–1/5', '2026-04-24', '2026-05-06'],
    // Mon 1 and Tue 2 Sep: Wed 3, Thu 4, Fri 5, Mon 8, Tue 9.
    ['the Friday before 2/9', '2025-08-29', '2025-09-09'],
    // 2/9 a Sunday: Mon 3 adjacent, Tue 4 in lieu: Wed 5, Thu 6, Fri 7, Mon 10, Tue 11.
    ['the Friday before a Sunday 2/9', '2029-08-31', '2029-09-11'],
    // Thu 1 Jan off: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
    ['New Year’s Eve', '2025-12-31', '2026-01-08'],
    // Sat 1 Jan, in lieu Mon 3: Tue 4, Wed 5, Thu 6, Fri 7, Mon 10.
    ['the Friday before a Saturday New Year', '2021-12-31', '2022-01-10'],
  ])('sets the deadline 5 working days after %s', (_case, signed, deadline) => {
    expect(calendar.addWorkingDays(signed, 5)).toBe(deadline);
    expect(calendar.workingDaysBetween(signed, deadline)).toBe(5);
  });

  it('returns the date itself for 0 working days, even a holiday', () => {
    expect(calendar.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => calendar.addWorkingDays('2025-03-07', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-03-07', 1.5)).toThrow(RangeError);
  });

  it('counts working days after the first date up to and including the second', () => {
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-14', '2025-03-07')).toBe(0);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-26')).toBe(4);
    expect(calendar.workingDaysBetween('2026-02-14', '2026-02-22')).toBe(0);
  });

  it('agrees with addWorkingDays on every start date over three years', () => {
    const mismatches: string[] = [];
    for (let day = isoToDayNumber('2024-12-01'); day <= isoToDayNumber('2027-12-31'); day++) {
      const signed = dayNumberToIso(day);
      if (calendar.workingDaysBetween(signed, calendar.addWorkingDays(signed, 5)) !== 5) mismatches.push(signed);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('WorkingCalendar with overrides', () => {
  /**
   * The government's 2025 schedule (holidays-2025.csv) departs from the default rules by decision:
   * - Tết: the Prime Minister, who fixes Tết's five days each year, took Mon 27 – Fri 31 Jan (28th of the
   *   12th month to the 3rd of Tết) so that the break ran Sat 25 Jan – Sun 2 Feb. The rules take the eve,
   *   Tue 28 Jan, to Sat 1 Feb, whose Saturday earns Mon 3 Feb in lieu. So 27 Jan is off only officially,
   *   3 Feb only by the rules; the file does not list 3 Feb, so it stays off unless marked `working`.
   * - 30/4–1/5 (Wed, Thu): Fri 2 May was given off in exchange for working Sat 26 Apr; the rules have
   *   neither.
   * New Year (Wed), Hùng Kings (Mon 7 Apr) and 2/9 (Tue) with Mon 1 Sep agree.
   */
  const official2025: DayOverride[] = [
    ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
      date,
      kind: 'off' as const,
    })),
    { date: '2025-04-07', kind: 'off' },
    { date: '2025-04-30', kind: 'off' },
    { date: '2025-05-01', kind: 'off' },
    { date: '2025-05-02', kind: 'off', note: 'nghỉ hoán đổi' },
    { date: '2025-04-26', kind: 'working', note: 'làm bù cho 2/5' },
    { date: '2025-09-01', kind: 'off' },
    { date: '2025-09-02', kind: 'off' },
  ];

  it('counts a working Saturday and skips a day made off', () => {
    const calendar = new WorkingCalendar(official2025);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(new WorkingCalendar().addWorkingDays('2025-04-29', 1)).toBe('2025-05-02');
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    // Tue 29 (1), Mon 5 (2), Tue 6 (3), Wed 7 (4), Thu 8 (5); the rules alone give Wed 7.
    expect(calendar.addWorkingDays('2025-04-28', 5)).toBe('2025-05-08');
    expect(new WorkingCalendar().addWorkingDays('2025-04-28', 5)).toBe('2025-05-07');
  });

  it('keeps the rules for the days the file does not list', () => {
    const calendar = new WorkingCalendar(official2025);
    expect(calendar.isWorkingDay('2025-01-01')).toBe(false);
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-04');
  });

  it('reproduces the official 2025 schedule once the rules’ day in lieu is cancelled', () => {
    const calendar = new WorkingCalendar([...official2025, { date: '2025-02-03', kind: 'working' }]);
    const exceptions: string[] = [];
    for (let day = isoToDayNumber('2025-01-01'); day <= isoToDayNumber('2025-12-31'); day++) {
      const iso = dayNumberToIso(day);
      const weekend = [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
      if (calendar.isWorkingDay(iso) === weekend) exceptions.push(iso);
    }
    expect(exceptions).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-26',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it('lets a rule’s day made working count, without moving it elsewhere', () => {
    // 2022: Sat 30/4 and Sun 1/5 give Mon 2 and Tue 3 May in lieu; the file makes Mon 2 a working day.
    const calendar = new WorkingCalendar([{ date: '2022-05-02', kind: 'working' }]);
    expect(calendar.isWorkingDay('2022-05-02')).toBe(true);
    expect(calendar.isWorkingDay('2022-05-03')).toBe(false);
    expect(calendar.isWorkingDay('2022-05-04')).toBe(true);
    expect(calendar.addWorkingDays('2022-04-29', 2)).toBe('2022-05-04');
    expect(new WorkingCalendar().addWorkingDays('2022-04-29', 2)).toBe('2022-05-05');
  });

  it('lets a holiday made working count, with no other day off in its place', () => {
    const calendar = new WorkingCalendar([{ date: '2025-09-01', kind: 'working' }]);
    // Mon 1 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5).
    expect(calendar.addWorkingDays('2025-08-29', 5)).toBe('2025-09-08');
    expect(calendar.isWorkingDay('2025-09-03')).toBe(true);
  });

  it('skips an ordinary weekday made off', () => {
    const calendar = new WorkingCalendar([{ date: '2025-03-12', kind: 'off' }]);
    // Mon 10, Tue 11, Thu 13, Fri 14, Mon 17.
    expect(calendar.addWorkingDays('2025-03-07', 5)).toBe('2025-03-17');
  });
});
