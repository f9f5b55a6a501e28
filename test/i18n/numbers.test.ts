import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/index.js';

const vi = wordsFor('vi').format;
const en = wordsFor('en').format;

describe('numbers and dates in human text', () => {
  it('group thousands as each language does', () => {
    expect(vi.number(5436)).toBe('5.436');
    expect(vi.number(1_200_000)).toBe('1.200.000');
    expect(en.number(5436)).toBe('5,436');
    expect(vi.number(-1234)).toBe('-1.234');
  });

  it('write percentages with two decimals, rounded half up exactly', () => {
    expect(vi.percent(74, 100)).toBe('74,00%');
    expect(vi.percent(223, 300)).toBe('74,33%');
    expect(en.percent(223, 300)).toBe('74.33 %');
    // 3 / 4000 = 0.075 %: the float quotient is just below the half.
    expect(vi.percent(3, 4000)).toBe('0,08%');
    expect(vi.percent(1, 1)).toBe('100,00%');
    expect(vi.targetPercent(70)).toBe('70%');
    expect(vi.targetPercent(30.5)).toBe('30,5%');
    expect(en.targetPercent(30.5)).toBe('30.5 %');
  });

  it('write dates as dd/MM/yyyy in Vietnamese, ISO in English, in any time zone', () => {
    expect(vi.date('2026-11-27')).toBe('27/11/2026');
    expect(vi.date('2021-01-05')).toBe('05/01/2021');
    expect(en.date('2026-11-27')).toBe('2026-11-27');
  });

  it('write decimals with the language’s separator', () => {
    expect(vi.fixed(1.25, 2)).toBe('1,25');
    expect(en.fixed(-0.5, 2)).toBe('-0.50');
  });
});
