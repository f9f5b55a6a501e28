/** Cell values as Excel shows them: numbers, serial dates in both date systems, formats, references. */
import { describe, expect, it } from 'vitest';
import { cellRef, columnOf, formatFixed, formatNumber, numberFormat, parseRange, serialToIso } from '../../../src/io/workbook/cells.js';

describe('numbers', () => {
  it('shows at most 15 significant digits and never an exponent', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1.000178)).toBe('1.000178');
    expect(formatNumber(2.00249)).toBe('2.00249');
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(-1.5e-8)).toBe('-0.000000015');
    expect(formatNumber(1.23e21)).toBe('1230000000000000000000');
    expect(formatNumber(210326000012345)).toBe('210326000012345');
    expect(formatNumber(Number('123456789012345678'))).toBe('123456789012346000');
  });

  it('keeps the decimals of a fixed format, as a code typed into a 0.000000 cell shows', () => {
    expect(formatFixed(3.00062, 6)).toBe('3.000620');
    expect(formatFixed(12.5, 0)).toBe('13');
    expect(formatFixed(0.1 + 0.2, 2)).toBe('0.30');
  });
});

describe('number formats', () => {
  it('knows the built-in date, time and fixed formats', () => {
    expect(numberFormat(14, undefined)).toEqual({ kind: 'date', timeOnly: false });
    expect(numberFormat(22, undefined)).toEqual({ kind: 'date', timeOnly: false });
    expect(numberFormat(20, undefined)).toEqual({ kind: 'date', timeOnly: true });
    expect(numberFormat(2, undefined)).toEqual({ kind: 'fixed', decimals: 2 });
    expect(numberFormat(0, undefined)).toEqual({ kind: 'general' });
    expect(numberFormat(49, undefined)).toEqual({ kind: 'general' });
  });

  it('reads custom codes: dates, times, fixed decimals; quoted text, colours and exponents are not dates', () => {
    expect(numberFormat(164, 'dd/mm/yyyy')).toEqual({ kind: 'date', timeOnly: false });
    expect(numberFormat(165, 'dd/mm/yyyy hh:mm')).toEqual({ kind: 'date', timeOnly: false });
    expect(numberFormat(166, '[$-42A]dd/mm/yyyy')).toEqual({ kind: 'date', timeOnly: false });
    expect(numberFormat(167, '[h]:mm:ss')).toEqual({ kind: 'date', timeOnly: true });
    expect(numberFormat(168, '0.000000')).toEqual({ kind: 'fixed', decimals: 6 });
    expect(numberFormat(169, '#,##0.00')).toEqual({ kind: 'fixed', decimals: 2 });
    expect(numberFormat(170, '#,##0 "đồng"')).toEqual({ kind: 'fixed', decimals: 0 });
    expect(numberFormat(171, '[Red]0.00;[Blue]-0.00')).toEqual({ kind: 'fixed', decimals: 2 });
    expect(numberFormat(172, '0.00E+00')).toEqual({ kind: 'general' });
    expect(numberFormat(173, '"Số "0')).toEqual({ kind: 'fixed', decimals: 0 });
    expect(numberFormat(174, 'General')).toEqual({ kind: 'general' });
    expect(numberFormat(175, '@')).toEqual({ kind: 'general' });
  });
});

describe('serial dates', () => {
  it('reads the 1900 system, with its fictitious 29 February 1900', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45721, false)).toBe('2025-03-05');
    expect(serialToIso(2958465, false)).toBe('9999-12-31');
  });

  it('reads the 1904 system', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(44259, true)).toBe('2025-03-05');
  });

  it('adds the time of day, rounded to the second, and only when there is one', () => {
    expect(serialToIso(45727.604166666664, false)).toBe('2025-03-11T14:30:00');
    expect(serialToIso(45727.99999999, false)).toBe('2025-03-12');
    expect(serialToIso(45727 + 1 / 86400 / 3, false)).toBe('2025-03-11');
    expect(serialToIso(0.5, false, true)).toBe('12:00:00');
  });

  it('leaves serials Excel cannot show as dates', () => {
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(2958466, false)).toBeUndefined();
    expect(serialToIso(Number.NaN, false)).toBeUndefined();
  });

  it('does not depend on the machine time zone', () => {
    // npm test runs this file under TZ=UTC and TZ=Asia/Ho_Chi_Minh; the answer is the same digits.
    expect(serialToIso(45658, false)).toBe('2025-01-01');
    expect(serialToIso(45658.25, false)).toBe('2025-01-01T06:00:00');
    expect(serialToIso(45658.9993, false)).toBe('2025-01-01T23:59:00');
  });
});

describe('cell references', () => {
  it('names cells from 0-based columns and Excel rows, and back', () => {
    expect(cellRef(2, 17)).toBe('C17');
    expect(cellRef(0, 1)).toBe('A1');
    expect(cellRef(25, 3)).toBe('Z3');
    expect(cellRef(26, 3)).toBe('AA3');
    expect(cellRef(16383, 1048576)).toBe('XFD1048576');
    expect(columnOf('XFD1')).toBe(16383);
    expect(columnOf('XFE1')).toBe(-1);
    expect(columnOf('17')).toBe(-1);
    expect(parseRange('D5:D7')).toEqual({ ref: 'D5:D7', top: 5, bottom: 7, left: 3, right: 3 });
    expect(parseRange('B2')).toEqual({ ref: 'B2', top: 2, bottom: 2, left: 1, right: 1 });
    expect(parseRange('D7:D5')).toBeUndefined();
  });
});
