/**
 * The chart of a targeted ratio check, drawn as inline SVG when the report is written: a bar at the
 * measured percent on a 0–100 % track, the target as a dashed line, the status in words beside it.
 * Our own few lines of SVG rather than a charting library: a chart here is one bar and one line (about
 * 1 KB, microseconds), where a server-side renderer adds tens of megabytes and half a second.
 */
import type { CheckResult } from '../../model.js';
import { measuredPercent, type Locale } from '../locale.js';
import type { Messages, Words } from '../../i18n/index.js';
import type { Score } from '../../model.js';
import { indicatorName, points } from '../score.js';
import { escapeHtml } from './escape.js';

const width = 440;
const left = 4;
const right = 436;
const barTop = 24;
const barHeight = 24;
const x = (percent: number) => left + ((right - left) * Math.min(100, Math.max(0, percent))) / 100;
const fixed = (n: number) => n.toFixed(1).replace(/\.0$/, '');

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const statusColours = { pass: '#0072B2', fail: '#D55E00', skip: '#8C8C8C', info: '#56B4E9' } as const;

/** The SVG of one check, or undefined when there is nothing measured to draw. */
export function checkChart(check: CheckResult, label: string, text: Messages['people'], locale: Locale): string | undefined {
  const percent = measuredPercent(check);
  if (percent === undefined) return undefined;
  const value = locale.percent(check.numerator, check.denominator);
  const barEnd = x(percent);
  const parts = [
    `<rect x="${left}" y="${barTop}" width="${right - left}" height="${barHeight}" rx="3" fill="#EEF1F4"/>`,
    `<rect class="bar" x="${left}" y="${barTop}" width="${fixed(barEnd - left)}" height="${barHeight}" rx="3" fill="${statusColours[check.status]}"/>`,
  ];
  // The figure starts inside the bar when it fits there (away from a target line near the bar's end),
  // else just after the bar.
  const inside = barEnd - left > 80;
  parts.push(
    `<text class="value" x="${fixed(inside ? left + 8 : barEnd + 6)}" y="${barTop + 17}" font-size="13" font-weight="700" fill="${inside ? '#FFFFFF' : '#1B2631'}">${escapeHtml(value)}</text>`,
  );
  let targetText = '';
  if (check.target) {
    const tx = x(check.target.percent);
    targetText = text.targetLine(locale.target(check.target));
    const anchor = tx > right - 50 ? 'end' : tx < left + 50 ? 'start' : 'middle';
    parts.push(
      `<line class="target" x1="${fixed(tx)}" x2="${fixed(tx)}" y1="${barTop - 6}" y2="${barTop + barHeight + 6}" stroke="#1B2631" stroke-width="2" stroke-dasharray="5 3"/>`,
      `<text x="${fixed(tx)}" y="${barTop - 10}" text-anchor="${anchor}" font-size="11" fill="#1B2631">${escapeHtml(targetText)}</text>`,
    );
  }
  for (const tick of [0, 25, 50, 75, 100]) {
    const tx = x(tick);
    parts.push(
      `<line x1="${fixed(tx)}" x2="${fixed(tx)}" y1="${barTop + barHeight}" y2="${barTop + barHeight + 4}" stroke="#95A5A6"/>`,
      `<text x="${fixed(tx)}" y="${barTop + barHeight + 16}" text-anchor="${tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}" font-size="10" fill="#5D6D7E">${escapeHtml(locale.percentOf(tick, 0))}</text>`,
    );
  }
  const title = text.chartLabel(label, value, targetText, text.status[check.status]);
  return `<svg class="chart" viewBox="0 0 ${width} 68" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

/** How far below its target a measured share is, in percentage points; 0 when the target is met. */
export function pointsBelow(check: CheckResult): number | undefined {
  const percent = measuredPercent(check);
  if (percent === undefined || !check.target) return undefined;
  if (check.status === 'pass') return 0;
  return Math.max(0, check.target.percent - percent);
}

/** Bands of distance below target for the group table: met, near, far, farthest. */
export const distanceBands = [5, 15] as const;

export function distanceClass(check: CheckResult): string {
  const below = pointsBelow(check);
  if (below === undefined) return 'none';
  if (check.status === 'pass') return 'met';
  if (below <= distanceBands[0]) return 'near';
  if (below <= distanceBands[1]) return 'far';
  return 'farthest';
}

/**
 * The 766 scorecard as one SVG: a bar per measured indicator, as long as the indicator is worth, the
 * points won in blue and the points lost in orange, so the largest losses stand out at a glance.
 */
export function scoreChart(score: Score, w: Words): string | undefined {
  const measured = score.indicators.filter((i) => i.status === 'measured' && i.points !== null);
  if (measured.length === 0) return undefined;
  const chartWidth = 880;
  const barLeft = 330;
  const figureWidth = 110;
  const most = Math.max(...measured.map((i) => i.max));
  const scale = (chartWidth - barLeft - figureWidth) / most;
  const rowHeight = 26;
  const top = 26;
  const parts = [
    `<rect x="${barLeft}" y="4" width="12" height="12" fill="${statusColours.pass}"/>`,
    `<text x="${barLeft + 16}" y="14" font-size="11" fill="#1B2631">${escapeHtml(w.score.won)}</text>`,
    `<rect x="${barLeft + 130}" y="4" width="12" height="12" fill="${statusColours.fail}"/>`,
    `<text x="${barLeft + 146}" y="14" font-size="11" fill="#1B2631">${escapeHtml(w.score.lostLegend)}</text>`,
  ];
  measured.forEach((i, row) => {
    const y = top + row * rowHeight;
    const won = i.points! * scale;
    const full = i.max * scale;
    const name = indicatorName(i, w);
    parts.push(
      `<text x="0" y="${y + 14}" font-size="12" fill="#1B2631"><tspan font-weight="700">${escapeHtml(i.number)}</tspan> ${escapeHtml(name.length > 44 ? `${name.slice(0, 43)}…` : name)}</text>`,
      `<rect x="${barLeft}" y="${y + 2}" width="${fixed(full)}" height="16" fill="${statusColours.fail}"/>`,
      `<rect class="won" x="${barLeft}" y="${y + 2}" width="${fixed(won)}" height="16" fill="${statusColours.pass}"/>`,
      `<text x="${fixed(barLeft + full + 6)}" y="${y + 14}" font-size="12" fill="#1B2631">${escapeHtml(w.score.pointsOf(points(i.points!, w), i.max))}</text>`,
    );
  });
  const height = top + measured.length * rowHeight;
  const title = w.score.chartTitle;
  return `<svg class="score-chart" viewBox="0 0 ${chartWidth} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}
