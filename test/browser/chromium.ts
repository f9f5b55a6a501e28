/**
 * The system's Chromium (Debian's `chromium` package), driven by puppeteer-core: no browser is ever
 * downloaded. Used by the browser test of the HTML report and by `scripts/screenshot-report.mjs`.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // Root in CI and containers has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
  });
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  /** Every request the page tried after its own document: all are refused. */
  requests: string[];
}

/** Opens HTML in a page whose every request beyond the document itself is refused and recorded. */
export async function openOffline(browser: Browser, html: string, viewport = { width: 1100, height: 900 }): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    void request.abort('blockedbyclient');
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { page, consoleErrors, requests };
}
