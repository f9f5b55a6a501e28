import { describe, expect, it } from 'vitest';
import { meets, shortfall, verdict } from '../../src/evaluation/verdict.js';

const atLeast = (percent: number) => ({ op: '>=' as const, percent });
const moreThan = (percent: number) => ({ op: '>' as const, percent });

describe('exact ratio comparison', () => {
  it('passes exactly 70 % against ≥ 70 %', () => {
    expect(meets(7, 10, atLeast(70))).toBe(true);
    expect(meets(69, 100, atLeast(70))).toBe(false);
  });

  it('fails exactly 30 % against > 30 % and passes one more', () => {
    expect(meets(3, 10, moreThan(30))).toBe(false);
    expect(meets(31, 100, moreThan(30))).toBe(true);
  });

  it('compares fractional percents without float error', () => {
    // 333/1000 is exactly 33.3 %; 33.3 * 10 in floating point is 332.99…
    expect(meets(333, 1000, atLeast(33.3))).toBe(true);
    expect(meets(333, 1000, moreThan(33.3))).toBe(false);
    expect(meets(1, 3, atLeast(33.33))).toBe(true);
    expect(meets(1, 3, atLeast(33.34))).toBe(false);
  });

  it('needs every unit for 100 %', () => {
    expect(meets(199, 200, atLeast(100))).toBe(false);
    expect(meets(200, 200, atLeast(100))).toBe(true);
  });
});

describe('shortfall', () => {
  it('is ceil(p·d/100) − n for ≥', () => {
    expect(shortfall(83, 300, atLeast(30))).toBe(7);
    expect(shortfall(6, 10, atLeast(70))).toBe(1);
    expect(shortfall(0, 7, atLeast(70))).toBe(5); // 4.9 → 5
  });

  it('is floor(p·d/100) + 1 − n for >', () => {
    expect(shortfall(3, 10, moreThan(30))).toBe(1);
    expect(shortfall(2, 7, moreThan(30))).toBe(1); // 2.1 → need 3
    expect(shortfall(0, 100, moreThan(30))).toBe(31);
  });

  it('is 0 when the check passes', () => {
    expect(shortfall(8, 10, atLeast(70))).toBe(0);
  });

  it('makes the check pass when added, and one less does not', () => {
    for (const target of [atLeast(70), moreThan(30), atLeast(33.3), moreThan(0.5)]) {
      for (let d = 1; d <= 60; d++) {
        for (let n = 0; n <= d; n++) {
          const k = shortfall(n, d, target);
          if (n + k <= d) expect(meets(n + k, d, target)).toBe(true);
          if (k > 0) expect(meets(n + k - 1, d, target)).toBe(false);
        }
      }
    }
  });
});

describe('verdict', () => {
  it('gives info without a target and never a shortfall', () => {
    expect(verdict('online-dossiers', { numerator: 1, denominator: 4 }, null, false)).toEqual({
      id: 'online-dossiers',
      status: 'info',
      numerator: 1,
      denominator: 4,
      ratio: 0.25,
    });
  });

  it('skips a zero denominator, and fails it under --require-all', () => {
    expect(verdict('level3', { numerator: 0, denominator: 0 }, atLeast(70), false)).toMatchObject({
      status: 'skip',
      skipReason: 'zero-denominator',
    });
    expect(verdict('level3', { numerator: 0, denominator: 0 }, atLeast(70), true)).toMatchObject({ status: 'fail' });
  });

  it('keeps an info check info when its input is missing, even under --require-all', () => {
    expect(verdict('national-coverage', { skip: 'no-national' }, null, true)).toMatchObject({ status: 'info', skipReason: 'no-national' });
  });

  it('carries the shortfall of a failing check', () => {
    expect(verdict('level4', { numerator: 83, denominator: 300 }, atLeast(30), false)).toMatchObject({ status: 'fail', shortfall: 7 });
  });
});

describe('exactness at the edges', () => {
  it('agrees with rational arithmetic for four-decimal targets and large denominators', () => {
    const target = atLeast(33.3333);
    // 1/3 = 33.3333…% ≥ 33.3333 %; 333,333/1,000,000 = 33.3333 % exactly.
    expect(meets(1, 3, target)).toBe(true);
    expect(meets(333_333, 1_000_000, target)).toBe(true);
    expect(meets(333_332, 1_000_000, target)).toBe(false);
    expect(shortfall(333_332, 1_000_000, target)).toBe(1);
    expect(shortfall(0, 9_000_000_000, atLeast(99.9999))).toBe(8_999_991_000);
  });
});
