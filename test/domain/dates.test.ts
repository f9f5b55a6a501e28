import { describe, it, expect } from 'vitest';
import { civilToDayNumber, dayNumberToCivil, dayNumberToIso, isoToDayNumber, parseDate, todayInVietnam } from '../../src/domain/dates.js';

describe('parseDate', () => {
  it.each([
    ['05/03/2021', '2021-03-05'],
    ['5/3/2021', '2021-03-05'],
    ['15/12/2021', '2021-12-15'],
    ['05-03-2021', '2021-03-05'],
    ['05.03.2021', '2021-03-05'],
    ['5.3.2021', '2021-03-05'],
    ['05/03/2021 8:05', '2021-03-05'],
    ['26/03/2021 08:00', '2021-03-26'],
    ['05/03/2021 08:05:09', '2021-03-05'],
    ['05-03-2021 23:59:59', '2021-03-05'],
  ])('reads the day-first form %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021-03-05T08:15', '2021-03-05'],
    ['2021-03-05 08:15', '2021-03-05'],
    ['2021-03-05T08:15:30', '2021-03-05'],
    ['2021-03-05T23:59:59.999', '2021-03-05'],
    ['2021-03-05 08:15:30.123456', '2021-03-05'],
    ['2021-03-05T08:15:30+07:00', '2021-03-05'],
    ['2021-03-05T08:15:30+0700', '2021-03-05'],
    ['2021-03-05T08:15+07', '2021-03-05'],
  ])('reads the ISO form %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([
    ['20210307081500', '2021-03-07'],
    ['20210307235959', '2021-03-07'],
    ['20210307', '2021-03-07'],
  ])('reads the compact form %s', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each([
    ['2021-03-07T20:00:00Z', '2021-03-08'],
    ['2021-03-07T16:59:59Z', '2021-03-07'],
    ['2021-03-07T17:00:00Z', '2021-03-08'],
    ['2021-03-07T17:00:00.000Z', '2021-03-08'],
    ['2021-03-07T23:30:00+07:00', '2021-03-07'],
    // 01:00 in Tokyo is 23:00 the evening before in Hanoi.
    ['2021-03-01T01:00:00+09:00', '2021-02-28'],
    ['2021-02-28T18:00:00-05:00', '2021-03-01'],
    ['2020-12-31T17:00:00Z', '2021-01-01'],
    ['2021-01-01T06:59:59+14:00', '2020-12-31'],
    ['2024-02-28T17:30:00Z', '2024-02-29'],
    ['2024-02-29T17:30:00+00:00', '2024-03-01'],
    ['2021-03-07T12:00:00-12:00', '2021-03-08'],
    ['2021-03-07T00:30:00+14:00', '2021-03-06'],
  ])('converts %s, which carries an offset, to the date in UTC+7', (value, expected) => {
    expect(parseDate(value)).toBe(expected);
  });

  it.each(['29/02/2024', '2024-02-29', '20240229', '2000-02-29'])('accepts the leap day %s', (value) => {
    expect(parseDate(value)).toMatch(/-02-29$/);
  });

  it.each([
    '31/02/2021',
    '29/02/2021',
    '29/02/1900',
    '31/04/2021',
    '00/01/2021',
    '32/01/2021',
    '01/13/2021',
    '01/00/2021',
    '2021-13-01',
    '2021-00-10',
    '2021-02-29',
    '2021-04-31',
    '1900-02-29',
    '20211301',
    '20210230',
    '20210230081500',
  ])('rejects %s, which is no real date', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  it.each([
    '05/03/2021 24:00',
    '05/03/2021 08:60',
    '05/03/2021 08:00:60',
    '2021-03-05T24:00:00',
    '2021-03-05T25:00',
    '2021-03-05T23:60:00Z',
    '2021-03-05T23:59:60Z',
    '20210305240000',
    '20210305236000',
    '20210305235960',
    '2021-03-05T08:00:00+07:60',
    '2021-03-05T08:00:00+15:00',
  ])('rejects %s, whose time or offset does not exist', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  it.each([
    '2021/03/05',
    '05/03/21',
    '05/03-2021',
    '5/3/2021 8',
    '05/03/2021T08:00',
    '05/03/2021 08:00Z',
    '2021-3-5',
    '2021-03-05T8:00',
    '2021-03-05T08',
    '2021-03-05Z',
    '2021-03-05T08:00:00+7',
    '2021030708',
    '202103070815',
    '202103070815001',
    'hôm nay',
    '44256',
  ])('rejects %s, which has no accepted shape', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('1970-01-02')).toBe(1);
    expect(isoToDayNumber('1969-12-31')).toBe(-1);
    // 30 years with 7 leap days (1972 … 1996), then January and a leap February.
    expect(isoToDayNumber('2000-03-01')).toBe(30 * 365 + 7 + 31 + 29);
  });

  it('turns day numbers back into dates', () => {
    expect(dayNumberToIso(0)).toBe('1970-01-01');
    expect(dayNumberToIso(-1)).toBe('1969-12-31');
    expect(dayNumberToIso(30 * 365 + 7 + 31 + 28)).toBe('2000-02-29');
    expect(dayNumberToCivil(civilToDayNumber(2100, 3, 1) - 1)).toEqual({ year: 2100, month: 2, day: 28 });
  });

  it('keeps years before 100 as written', () => {
    expect(dayNumberToIso(isoToDayNumber('0021-03-05'))).toBe('0021-03-05');
  });

  it('round-trips every day from 1899 to 2101', () => {
    const first = isoToDayNumber('1899-01-01');
    const last = isoToDayNumber('2101-12-31');
    const broken: number[] = [];
    let previous = '';
    for (let day = first; day <= last; day++) {
      const iso = dayNumberToIso(day);
      if (iso <= previous || isoToDayNumber(iso) !== day) broken.push(day);
      previous = iso;
    }
    expect(broken).toEqual([]);
  });

  it('rejects anything but a real yyyy-MM-dd date', () => {
    expect(() => isoToDayNumber('05/03/2021')).toThrow(RangeError);
    expect(() => isoToDayNumber('2021-02-29')).toThrow(RangeError);
  });
});

describe('todayInVietnam', () => {
  it('turns the date at 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2021-03-07T16:59:59.999Z'))).toBe('2021-03-07');
    expect(todayInVietnam(new Date('2021-03-07T17:00:00Z'))).toBe('2021-03-08');
    expect(todayInVietnam(new Date('2020-12-31T18:00:00Z'))).toBe('2021-01-01');
  });
});

describe('12-hour clock of a Vietnamese Excel locale', () => {
  it('accepts SA/CH and AM/PM after a day-first date', async () => {
    const { parseDate } = await import('../../src/domain/dates.js');
    expect(parseDate('05/03/2026 8:00:00 SA')).toBe('2026-03-05');
    expect(parseDate('12/03/2026 2:30:00 CH')).toBe('2026-03-12');
    expect(parseDate('05/03/2026 08:00 AM')).toBe('2026-03-05');
    expect(parseDate('05/03/2026 13:00 CH')).toBeUndefined();
    expect(parseDate('05/03/2026 0:30 SA')).toBeUndefined();
  });
});

describe('placeholder dates', () => {
  it('are not dates: years outside 1900–2099 are refused', async () => {
    const { parseDate } = await import('../../src/domain/dates.js');
    expect(parseDate('31/12/9999')).toBeUndefined();
    expect(parseDate('01/01/1899')).toBeUndefined();
    expect(parseDate('31/12/2099')).toBe('2099-12-31');
  });
});
