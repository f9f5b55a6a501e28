/**
 * One row per check, then one per check per group, for spreadsheets and scripts (RFC 4180). Columns
 * hold data, not prose: the skip reason is its id, the target its number, the percent has no sign.
 */
import type { CheckResult } from '../model.js';
import { percentFigure } from './format.js';
import type { Reporter } from './types.js';

const header = ['scope', 'key', 'check', 'status', 'numerator', 'denominator', 'percent', 'op', 'target', 'shortfall', 'skip_reason'];

/**
 * Quoted when it holds a quote, a line break or either list separator: a spreadsheet in a locale that
 * separates with `;` (Vietnamese Excel among them) would otherwise split `x;=HYPERLINK(…)` into a
 * formula cell.
 */
function field(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A group key is text from the province's own files, and these files are opened in spreadsheets: a
 * key like `=HYPERLINK(…)` would run as a formula there. A leading `'` makes it text (OWASP's rule).
 * Every other column is a number that is never negative or a fixed word, which the rule leaves as it is,
 * so scripts still read the numbers as-is.
 */
function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(scope: string, key: string, check: CheckResult): string[] {
  return [
    scope,
    key,
    check.id,
    check.status,
    String(check.numerator),
    String(check.denominator),
    check.denominator === 0 ? '' : percentFigure(check.numerator, check.denominator),
    check.target?.op ?? '',
    check.target ? String(check.target.percent) : '',
    check.shortfall === undefined ? '' : String(check.shortfall),
    check.skipReason ?? '',
  ];
}

export const csv: Reporter = (result) => {
  const rows = [header, ...result.checks.map((check) => row('all', '', check))];
  for (const group of result.groups ?? []) rows.push(...group.checks.map((check) => row(group.by, group.key, check)));
  return rows.map((cells) => `${cells.map((cell) => field(textCell(cell))).join(',')}\r\n`).join('');
};
