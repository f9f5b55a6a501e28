// Screenshots (PNG) and a printed PDF of an HTML report, in the system's Chromium:
//   node scripts/screenshot-report.mjs REPORT.html OUT-PREFIX [--all]
// writes OUT-PREFIX.png (the first screen; with --all also OUT-PREFIX-2.png … for the screens below it)
// and OUT-PREFIX.pdf (printed on A4).
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const [report, prefix, full] = process.argv.slice(2);
if (!report || !prefix) {
  console.error('usage: node scripts/screenshot-report.mjs REPORT.html OUT-PREFIX [--full]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 1400, deviceScaleFactor: 1 });
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith('data:') || request.isNavigationRequest() ? request.continue() : request.abort()));
  await page.setContent(readFileSync(report, 'utf8'), { waitUntil: 'load' });
  await page.screenshot({ path: `${prefix}.png` });
  if (full === '--all') {
    const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
    for (let top = 1400, n = 2; top < height; top += 1400, n++) {
      const clip = { x: 0, y: top, width: 1100, height: Math.min(1400, height - top) };
      await page.screenshot({ path: `${prefix}-${n}.png`, clip, captureBeyondViewport: true });
    }
  }
  writeFileSync(`${prefix}.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
} finally {
  await browser.close();
}
