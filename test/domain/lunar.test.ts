import { describe, it, expect } from 'vitest';
import { isoToDayNumber } from '../../src/domain/dates.js';
import { hungKingsDay, lunarNewYearsEve, lunarToSolar, tetDate } from '../../src/domain/lunar.js';

describe('tetDate', () => {
  it.each([
    [1990, '1990-01-27'],
    [2000, '2000-02-05'],
    [2016, '2016-02-08'],
    [2017, '2017-01-28'],
    [2018, '2018-02-16'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('puts Tết %i on %s', (year, expected) => {
    expect(tetDate(year)).toBe(expected);
  });

  // Reckoned at UTC+8, China's New Year falls on 2007-02-18 and 2030-02-03: the new moon comes just before
  // midnight in Hanoi and just after it in Beijing. In 1985 the hour moved a whole month (China: 1985-02-20).
  it.each([
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2030, '2030-02-02'],
  ])('reckons Tết %i at UTC+7: %s', (year, expected) => {
    expect(tetDate(year)).toBe(expected);
  });

  it('falls between 21 January and 20 February, a lunar year of 12 or 13 months apart, 1990–2100', () => {
    const yearLengths = new Set<number>();
    for (let year = 1990; year <= 2100; year++) {
      const tet = tetDate(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      if (year > 1990) yearLengths.add(isoToDayNumber(tet) - isoToDayNumber(tetDate(year - 1)));
    }
    expect([...yearLengths].every((days) => [354, 355, 383, 384, 385].includes(days))).toBe(true);
  });
});

describe('hungKingsDay', () => {
  it.each([
    [2019, '2019-04-14'],
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts the Hùng Kings’ day %i on %s', (year, expected) => {
    expect(hungKingsDay(year)).toBe(expected);
  });
});

describe('lunarNewYearsEve', () => {
  it.each([
    // The 12th month of Giáp Thìn had 29 days: its last day was the 29th.
    [2025, '2025-01-28'],
    [2024, '2024-02-09'],
    [2021, '2021-02-11'],
    [2023, '2023-01-21'],
  ])('puts the eve of Tết %i on %s', (year, expected) => {
    expect(lunarNewYearsEve(year)).toBe(expected);
  });
});

describe('lunarToSolar', () => {
  it('counts a leap month after the month it repeats', () => {
    // 2023 repeated its 2nd month; 2020 its 4th; 2025 its 6th.
    expect(lunarToSolar(1, 2, 2023)).toBe('2023-02-20');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 3, 2023)).toBe('2023-04-20');
    expect(lunarToSolar(1, 4, 2020)).toBe('2020-04-23');
    expect(lunarToSolar(1, 4, 2020, true)).toBe('2020-05-23');
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 7, 2025)).toBe('2025-08-23');
  });

  it('reaches into the next Gregorian year for the last months', () => {
    expect(lunarToSolar(1, 11, 2024)).toBe('2024-12-01');
    expect(lunarToSolar(1, 12, 2024)).toBe('2024-12-31');
    expect(lunarToSolar(15, 12, 2024)).toBe('2025-01-14');
  });

  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar(1, 5, 2025, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2024, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2024)).toThrow(RangeError);
  });
});
