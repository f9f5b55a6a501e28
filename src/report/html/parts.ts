/** Small pieces of markup the HTML report is built from; every text argument is escaped here. */
import type { CheckId, CheckResult } from '../../model.js';
import type { Locale } from '../locale.js';
import type { Messages } from '../../i18n/index.js';
import { escapeHtml } from './escape.js';

/** Markup already made safe; a plain string is text and gets escaped. */
export interface Markup {
  html: string;
}
export type Content = string | Markup;

export const raw = (html: string): Markup => ({ html });
const render = (content: Content) => (typeof content === 'string' ? escapeHtml(content) : content.html);

export interface Cell {
  content: Content;
  cls?: string;
}

export const td = (content: Content, cls?: string): Cell => ({ content, cls });
export const num = (content: Content): Cell => ({ content, cls: 'num' });
export const code = (content: string): Cell => ({ content, cls: 'code' });

/** Text with a second, quieter line under it (a code and its name). */
export const withSub = (main: string, sub: string): Markup => raw(`${escapeHtml(main)}${sub ? `<span class="sub">${escapeHtml(sub)}</span>` : ''}`);

export function table(head: Cell[], rows: Cell[][], cls?: string): string {
  const th = head.map((h) => `<th${h.cls ? ` class="${h.cls}"` : ''}>${render(h.content)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c) => `<td${c.cls ? ` class="${c.cls}"` : ''}>${render(c.content)}</td>`).join('')}</tr>`).join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function section(id: string, title: string, ...body: string[]): string {
  return `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${body.join('\n')}\n</section>`;
}

export const note = (text: string) => `<p class="note">${escapeHtml(text)}</p>`;

export function statusBadge(check: CheckResult, text: Messages['people']): Markup {
  const mark = { pass: '✓ ', fail: '✗ ', skip: '– ', info: '' }[check.status];
  return raw(`<span class="status ${check.status}">${mark}${escapeHtml(text.status[check.status])}</span>`);
}

type Unit = keyof Messages['people']['units'];

/** What a check counts, for "needs 7 more procedures". */
export function unitOf(id: CheckId): Unit {
  if (id === 'online-dossiers' || id === 'postal-dossiers' || id === 'on-time-dossiers') return 'dossiers';
  if (id === 'data-quality') return 'rows';
  if (id === 'national-coverage') return 'codes';
  return 'procedures';
}

/** `81 of 300 procedures`, or why nothing was measured. */
export function measuredText(check: CheckResult, text: Messages['people'], locale: Locale): string {
  if (check.skipReason) return text.skipReasons[check.skipReason];
  if (check.denominator === 0) return '–';
  return `${text.of(locale.integer(check.numerator), locale.integer(check.denominator))} ${text.units[unitOf(check.id)]}`;
}

/** `needs 9 more procedures` under a failing check, `not run` for a failure by --require-all. */
export function needText(check: CheckResult, text: Messages['people'], locale: Locale): string {
  if (check.status !== 'fail') return '';
  if (check.skipReason) return text.notRun;
  return text.need(locale.integer(check.shortfall ?? 0), text.units[unitOf(check.id)]);
}

export function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
