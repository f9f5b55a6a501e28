/**
 * The demo's HTML report in a real browser — the system's headless Chromium, with every request refused:
 * no console error, no request attempted, every targeted check's chart with its figure, and a sane number
 * of A4 pages when printed. Without Chromium the test is skipped loudly, except in CI, where it fails.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { localeFor } from '../../src/report/locale.js';
import { renderHtml } from '../../src/report/html/index.js';
import { demoResult } from '../report/demo-result.js';
import { findChromium, launchChromium, openOffline } from './chromium.js';

const chromium = findChromium();
if (!chromium) {
  const message = 'NO CHROMIUM: the browser test of the HTML report is SKIPPED. Install it: apt-get install -y chromium (or set CHROMIUM_PATH).';
  if (process.env.CI) throw new Error(`${message} CI must run it.`);
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
}

describe.skipIf(!chromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let result: Result;

  beforeAll(async () => {
    [browser, result] = await Promise.all([launchChromium(chromium!), demoResult()]);
  }, 60_000);
  afterAll(async () => browser?.close());

  for (const lang of ['en', 'vi'] as const) {
    it(`opens offline in ${lang}, with no console error, no request, and a chart with its figure per targeted check`, async () => {
      const { page, consoleErrors, requests } = await openOffline(browser, renderHtml(result, { color: false, width: 80, lang }));
      try {
        expect(consoleErrors).toEqual([]);
        expect(requests).toEqual([]);
        const locale = localeFor(lang);
        const cards = await page.$$eval('figure.check', (figures) =>
          figures.map((f) => ({
            id: f.getAttribute('data-check'),
            figure: f.querySelector('.measured')?.textContent ?? null,
            chartLabel: f.querySelector('svg.chart')?.getAttribute('aria-label') ?? null,
            barWidth: Number(f.querySelector('svg.chart rect.bar')?.getAttribute('width') ?? NaN),
            visible: (f as HTMLElement).offsetHeight > 0,
          })),
        );
        const targeted = result.checks.filter((c) => c.target);
        expect(cards.map((c) => c.id)).toEqual(targeted.map((c) => c.id));
        for (const check of targeted.filter((c) => c.denominator > 0 && !c.skipReason)) {
          const card = cards.find((c) => c.id === check.id)!;
          const figure = locale.percent(check.numerator, check.denominator);
          expect(card.visible).toBe(true);
          expect(card.figure).toBe(figure);
          expect(card.chartLabel).toContain(figure);
          expect(card.barWidth).toBeGreaterThan(0);
        }
        const verdict = await page.$eval('.verdict h2', (h) => h.textContent);
        expect(verdict).toContain(lang === 'en' ? 'Targets not met' : 'Chưa đạt');
      } finally {
        await page.close();
      }
    });
  }

  it('notices a request when a page makes one (the harness itself is tested)', async () => {
    const { page, requests } = await openOffline(browser, '<!DOCTYPE html><title>t</title><img src="https://example.invalid/logo.png" alt="">');
    await page.close();
    expect(requests).toEqual(['https://example.invalid/logo.png']);
  });

  it('prints to a PDF of a sane number of A4 pages', async () => {
    const { page } = await openOffline(browser, renderHtml(result, { color: false, width: 80 }));
    try {
      const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(pages).toBeLessThanOrEqual(14);
      // A4 is 595 × 842 points.
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/);
    } finally {
      await page.close();
    }
  });
});
