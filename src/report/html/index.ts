/**
 * `--format html` (SPEC §10): one self-contained page for the monthly meeting — the verdict first, what
 * was read, a chart per targeted check, then the lists to act on. Styles and charts are inline and the
 * page has no script; its Content-Security-Policy forbids every request, so nothing leaves the page when
 * it is opened, and text from the inputs is escaped wherever it is written.
 */
import type { CheckResult, Result } from '../../model.js';
import { localeFor, type Locale } from '../locale.js';
import { wordsFor, type Messages, type Words } from '../../i18n/index.js';
import type { ReportOptions } from '../types.js';
import { checkChart, scoreChart } from './charts.js';
import { checkLabels } from '../messages.js';
import { escapeHtml } from './escape.js';
import { groupsSection, issuesSection, lateSection, mismatchSection, moveFirstSection, trendSection } from './findings.js';
import { basename, measuredText, needText, note, num, section, statusBadge, table, td, withSub } from './parts.js';
import { stylesheet } from './style.js';
import { scoreHead, scoreRows, scoreFooter, scoreTitle } from '../score.js';

const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

interface Context {
  result: Result;
  text: Messages['people'];
  locale: Locale;
  words: Words;
}

function header({ result, text, locale }: Context): string {
  const meta = [text.profile(result.profile), text.asOf(locale.date(result.asOf))];
  if (result.period) meta.push(text.period(result.period.from ? locale.date(result.period.from) : '…', result.period.to ? locale.date(result.period.to) : '…'));
  return `<header class="report"><h1>${escapeHtml(text.title)}</h1><p class="meta">${escapeHtml(meta.join(' · '))}</p></header>`;
}

function verdict({ result, text }: Context): string {
  const targeted = result.checks.filter((c) => c.status !== 'info');
  const failing = targeted.filter((c) => c.status === 'fail');
  const skipped = targeted.filter((c) => c.status === 'skip');
  const passed = result.passed;
  const headline = passed ? text.verdictPass(targeted.length - skipped.length, targeted.length) : text.verdictFail(failing.length, targeted.length);
  const lines = [];
  if (failing.length) lines.push(`${text.failingList}: ${failing.map((c) => text.checks[c.id]).join(', ')}`);
  if (skipped.length) lines.push(`${text.skippedNote(skipped.length)}: ${skipped.map((c) => text.checks[c.id]).join(', ')}`);
  return `<div class="verdict ${passed ? 'pass' : 'fail'}" role="status"><span class="mark">${passed ? '✓' : '✗'}</span><div><h2>${escapeHtml(headline)}</h2>${lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}</div></div>`;
}

function inputsSection({ result, text, locale }: Context): string {
  const rows = result.inputs.map((input) => [
    td(text.inputRoles[input.role]),
    td(withSub(basename(input.path), input.path === basename(input.path) ? '' : input.path)),
    num(locale.integer(input.rows)),
    num(locale.integer(input.errorRows)),
  ]);
  return section('inputs', text.inputsHeading, table([td(text.input), td(text.file), num(text.rows), num(text.rowsWithErrors)], rows));
}

function chartCard(check: CheckResult, { text, locale }: Context): string {
  const label = text.checks[check.id];
  const svg = checkChart(check, label, text, locale);
  const figure = check.denominator > 0 && !check.skipReason ? locale.percent(check.numerator, check.denominator) : '';
  const details = [measuredText(check, text, locale)];
  if (check.target) details.push(text.targetLine(locale.target(check.target)));
  const need = needText(check, text, locale);
  if (need) details.push(need);
  const caption = `<figcaption><span>${escapeHtml(label)} <span class="id">${escapeHtml(check.id)}</span></span>${statusBadge(check, text).html}</figcaption>`;
  const figureLine = `<p class="figure">${figure ? `<strong class="measured">${escapeHtml(figure)}</strong> · ` : ''}${escapeHtml(details.join(' · '))}</p>`;
  return `<figure class="check ${check.status}" data-check="${escapeHtml(check.id)}" data-figure="${escapeHtml(figure)}">${caption}${svg ?? ''}${figureLine}</figure>`;
}

function chartsSection(ctx: Context): string {
  const targeted = ctx.result.checks.filter((c) => c.target);
  return section('targets', ctx.text.targetsHeading, `<div class="charts">\n${targeted.map((c) => chartCard(c, ctx)).join('\n')}\n</div>`);
}

function informationSection({ result, text, locale }: Context): string {
  const info = result.checks.filter((c) => !c.target);
  if (info.length === 0) return '';
  const rows = info.map((c) => [
    td(withSub(text.checks[c.id], c.id)),
    num(c.denominator > 0 && !c.skipReason ? locale.percent(c.numerator, c.denominator) : '–'),
    td(measuredText(c, text, locale)),
  ]);
  return section('information', text.information, table([td(text.check), num(text.measured), td('')], rows));
}

/** The 766 scorecard: a row per indicator, the points it won and lost, where to recover them first. */
function scoreSection({ result, words }: Context): string {
  const score = result.score;
  if (!score) return '';
  const head = scoreHead(words).map((h, i) => (i === 3 || i === 4 ? num(h) : td(h)));
  const rows = scoreRows(score, words).map((cells) => cells.map((value, i) => (i === 3 || i === 4 ? num(value) : td(value))));
  return section('score', scoreTitle(score, words), scoreChart(score, words) ?? '', table(head, rows, 'score'), ...scoreFooter(score, words).map(note));
}

export function renderHtml(result: Result, options: ReportOptions): string {
  const lang = options.lang ?? 'en';
  const words = wordsFor(lang);
  // The check names as the table gives them: `publication-deadline` says its number of working days.
  const text = { ...words.people, checks: checkLabels(words, result.settings) };
  const ctx: Context = { result, text, locale: localeFor(lang), words };
  const body = [
    header(ctx),
    verdict(ctx),
    inputsSection(ctx),
    chartsSection(ctx),
    informationSection(ctx),
    scoreSection(ctx),
    moveFirstSection(ctx),
    result.groups?.length ? groupsSection(result.groups, ctx) : '',
    result.trend ? trendSection(result.trend, ctx) : '',
    mismatchSection(ctx),
    lateSection(ctx),
    issuesSection(ctx),
    `<footer>${escapeHtml(ctx.text.footer(result.profile, ctx.locale.date(result.asOf)))}</footer>`,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${ctx.text.title} · ${ctx.locale.date(result.asOf)}`)}</title>
<style>${stylesheet}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
