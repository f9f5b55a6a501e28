import { describe, expect, it } from 'vitest';
import { perUnit, points, pointsOfUnits, ratio4, unitsToFull } from '../../src/score/points.js';
import { rules766v2026 } from '../../src/score/rules-766-2026.js';

const rule = (id: string) => rules766v2026.indicators.find((i) => i.id === id)!;
const linear = { kind: 'linear' } as const;

describe('points as the portal shows them', () => {
  it("reproduces the portal's published 2.1 figures (Phú Thọ, one month)", () => {
    const handled = rule('handled-on-time');
    expect(points(handled.rule, handled.max, 486, 588)).toBe(16.53);
    expect(points(handled.rule, handled.max, 332, 482)).toBe(13.78);
    expect(points(handled.rule, handled.max, 144_625, 184_513)).toBe(15.68);
  });

  it('rounds exact halves away from zero', () => {
    // 4 × 1 / 800 = 0.005 → 0.01; 4 × 3 / 32 = 0.375 → 0.38; 20 × 1 / 1600 = 0.0125 → 0.01.
    expect(points(linear, 4, 1, 800)).toBe(0.01);
    expect(points(linear, 20, 1, 8)).toBe(2.5);
    expect(points(linear, 6, 1, 8)).toBe(0.75);
    expect(points(linear, 4, 3, 32)).toBe(0.38);
    expect(points(linear, 20, 1, 1600)).toBe(0.01);
  });

  it('rounds where a float product would mis-round', () => {
    // 1.005 × 100 is 100.49999… in floats: toFixed(2) gives 1.00; 4 × 201 / 800 = 1.005 exactly → 1.01.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(points(linear, 4, 201, 800)).toBe(1.01);
    // 6 × 1087 / 2400 = 2.7175: Math.round(2.7175 * 100) / 100 gives 2.72 here, and the exact half rule agrees.
    expect(points(linear, 6, 1087, 2400)).toBe(2.72);
    // 20 × 10 000 001 / 80 000 000 = 2.5000002500 — above the half, however large the counts.
    expect(points(linear, 20, 10_000_001, 80_000_000)).toBe(2.5);
    expect(points(linear, 6, 1_234_567_891, 1_234_567_891)).toBe(6);
  });

  it('caps a capped rule at its threshold and scales below it', () => {
    const offered = rule('offered-online');
    expect(points(offered.rule, 2, 80, 100)).toBe(2);
    expect(points(offered.rule, 2, 95, 100)).toBe(2);
    // 2 × (0.7 / 0.8) = 1.75.
    expect(points(offered.rule, 2, 70, 100)).toBe(1.75);
    const share = rule('dossiers-online-share');
    // 6 × (1131/4759) / 0.5 = 2.85186…
    expect(points(share.rule, 6, 1131, 4759)).toBe(2.85);
    expect(points(share.rule, 6, 1, 2)).toBe(6);
  });

  it('rounds the online-payment ratio to a percent with 2 decimals first', () => {
    const payment = rule('online-payment');
    // 1/3 = 33.33 % → 6 × 0.3333 = 1.9998 → 2.00; 1/7 = 14.29 % → 0.8574 → 0.86.
    expect(points(payment.rule, 6, 1, 3)).toBe(2);
    expect(points(payment.rule, 6, 1, 7)).toBe(0.86);
    // 5/600 = 0.8333 % → 6 × 0.008333 = 0.049998 → 0.05.
    expect(points(payment.rule, 6, 5, 600)).toBe(0.05);
    // Where the order matters: 51/1636 = 3.1173 % → 6 × 0.031173 = 0.187038 → 0.19.
    expect(points(payment.rule, 6, 51, 1636)).toBe(0.19);
    // 1/2000 = 0.05 % → 6 × 0.0005 = 0.003 → 0.00; 3/2000 = 0.15 % → 0.009 → 0.01.
    expect(points(payment.rule, 6, 3, 2000)).toBe(0.01);
    // 1/1200 = 0.0833 % → 0.08 % → 0.0048 → 0.00, where 6/1200 = 0.005 exactly → 0.01: the percent step matters.
    expect(points(payment.rule, 6, 1, 1200)).toBe(0);
    expect(points(linear, 6, 1, 1200)).toBe(0.01);
  });

  it('gives the ratio with 4 decimals, what one unit is worth, and the units to full points', () => {
    expect(ratio4(144_625, 184_513)).toBe(0.7838);
    expect(perUnit(linear, 20, 144_625, 184_513)).toBeCloseTo(20 / 184_513, 15);
    const offered = rule('offered-online');
    expect(perUnit(offered.rule, 2, 70, 100)).toBeCloseTo(2 / (0.8 * 100), 15);
    expect(perUnit(offered.rule, 2, 80, 100)).toBe(0);
    expect(unitsToFull(offered.rule, 70, 100)).toBe(10);
    expect(unitsToFull(offered.rule, 70, 101)).toBe(11);
    expect(unitsToFull(linear, 486, 588)).toBe(102);
    expect(pointsOfUnits(linear, 20, 416, 184_513)).toBe(0.05);
  });

  it('keeps the table whole: 58 measurable points and 42 not estimated make 100', () => {
    const sum = (items: readonly { max: number }[]) => items.reduce((s, i) => s + i.max, 0);
    expect(sum(rules766v2026.indicators)).toBe(58);
    expect(sum(rules766v2026.indicators) + sum(rules766v2026.notEstimated)).toBe(rules766v2026.of);
  });
});
