/**
 * The terminal report: the verdict first, then one row per check, then what falls short — code
 * mismatches with their suggestions, late publications, data issues. Fits 80 columns.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { CheckChange, CheckResult, GroupResult, Result, Trend } from '../model.js';
import { checkLabel, checkShortLabels, issueLine, skipReasons, suggestionReasons } from './messages.js';
import {
  agencyText,
  candidateFigure,
  failingCell,
  failingColumns,
  failingText,
  groupName,
  grouped,
  issueCounts,
  measured,
  moveFirst,
  summaryLine,
  targetText,
  truncate,
  verdictText,
  wrap,
} from './format.js';
import type { Reporter } from './types.js';
import { describeDelimiter } from './format.js';

const issuesShown = 20;
const listShown = 20;

function table(head: string[], colour: ChalkInstance, colWidths?: number[]): Table.Table {
  return new Table({
    head: head.map((h) => colour.bold(h)),
    ...(colWidths ? { colWidths, wordWrap: true } : {}),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}

const verdictColours = { pass: 'green', fail: 'red', skip: 'yellow', info: 'dim' } as const;

function verdictCell(check: CheckResult, c: ChalkInstance): string {
  return c[verdictColours[check.status]](verdictText(check));
}

function changeCell(change: CheckChange | undefined, c: ChalkInstance): string {
  if (!change) return c.dim('new');
  const count = change.count === 0 ? '' : ` (${change.count > 0 ? '+' : ''}${grouped(change.count)})`;
  if (change.points === undefined || change.points === 0) return `=${count}`;
  const text = `${change.points > 0 ? '▲ +' : '▼ '}${change.points.toFixed(2)} pts${count}`;
  return change.points > 0 ? c.green(text) : c.red(text);
}

function checksTable(result: Result, c: ChalkInstance): string {
  const trend = result.trend;
  const t = table(['Check', trend ? 'Measured, change' : 'Measured', 'Target', 'Result'], c);
  for (const check of result.checks) {
    let value = check.skipReason ? c.dim(skipReasons[check.skipReason]) : measured(check);
    // The change goes under the value rather than in a fifth column, to keep the table within 80 columns.
    if (trend)
      value += `\n${changeCell(
        trend.checks.find((change) => change.id === check.id),
        c,
      )}`;
    t.push([
      `${checkLabel(check.id, result.settings)}\n${c.dim(check.id)}`,
      value,
      check.target ? targetText(check.target) : c.dim('–'),
      verdictCell(check, c),
    ]);
  }
  return t.toString();
}

/** Under each failing ranked check, the fewest procedures that would pass it, best first (SPEC §7). */
function moveFirstLines(result: Result, c: ChalkInstance, width: number): string[] {
  const out: string[] = [];
  for (const check of result.checks) {
    const { shown, more: rest } = moveFirst(check);
    if (shown.length === 0) continue;
    out.push(section(`Move first: ${checkLabel(check.id, result.settings)} (${check.id}, need +${grouped(check.shortfall ?? 0)})`, c));
    const figureWidth = 22;
    const codeWidth = 26;
    const agencyWidth = Math.max(16, width - codeWidth - figureWidth - 6);
    const t = table(['Code, name', 'Agency', 'Ranked by'], c, [codeWidth, agencyWidth, figureWidth]);
    for (const candidate of shown) {
      t.push([
        `${candidate.code}\n${c.dim(truncate(candidate.name, codeWidth - 2))}`,
        agencyText(candidate.agencies),
        candidateFigure(check.id, candidate.value),
      ]);
    }
    out.push(t.toString());
    if (rest > 0) out.push(c.dim(`… and ${grouped(rest)} more (--format json lists them all)`));
  }
  return out;
}

/**
 * Per group, worst first: with procedures failing some check, one column per such check giving how
 * many of the group's procedures fail it (so each agency can be sent its list); `+k` in red where the
 * group itself fails the check. Without any, the failing checks as text.
 */
function groupLines(groups: readonly GroupResult[], c: ChalkInstance, width: number, nameWidth: number): string[] {
  const by = groups[0]!.by;
  const columns = failingColumns(groups);
  if (columns.length === 0) {
    const keyWidth = Math.min(36, nameWidth);
    const t = table([by, 'Failing checks (need +k)'], c, [keyWidth + 2, Math.max(30, width - keyWidth - 7)]);
    for (const group of groups) {
      const text = failingText(group);
      // Wrapped, not cut: agencies often differ only at the end (… khu vực 1, … khu vực 2).
      t.push([groupName(group.key), text === 'all pass' ? c.green(text) : text]);
    }
    return [section(`By ${by}, worst first`, c), t.toString()];
  }
  const cellWidth = 8;
  const keyWidth = Math.max(20, width - columns.length * (cellWidth + 1) - 2);
  const t = table([by, ...columns.map((id) => checkShortLabels[id])], c, [keyWidth, ...columns.map(() => cellWidth)]);
  for (const group of groups) {
    t.push([
      groupName(group.key),
      ...columns.map((id) => {
        const cell = failingCell(group, id);
        return cell.fail ? c.red(cell.text) : cell.text;
      }),
    ]);
  }
  const legend = columns.map((id) => `${checkShortLabels[id]} ${id}`).join(' · ');
  return [
    section(`Procedures failing each check, by ${by}, worst first`, c),
    t.toString(),
    c.dim(wrap(`${legend}. +k: the ${by} fails the check and needs k more; --format json lists the codes.`, width)),
  ];
}

function trendLines(trend: Trend, c: ChalkInstance): string[] {
  const since = trend.baselineAsOf ? ` (as of ${trend.baselineAsOf})` : '';
  const lines = [section(`Since ${trend.baseline}${since}`, c)];
  for (const d of trend.differences) {
    lines.push(
      c.yellow(`caution: the baseline's ${d.key === 'asOf' ? 'as-of date' : d.key} was ${d.baseline}, this run's is ${d.current}: the figures may not compare`),
    );
  }
  lines.push(trend.newlyMismatched.length ? `${c.red('newly mismatched')}: ${trend.newlyMismatched.join(', ')}` : 'no newly mismatched codes');
  lines.push(trend.fixed.length ? `${c.green('fixed')}: ${trend.fixed.join(', ')}` : 'no mismatched code fixed');
  if (trend.removed.length) lines.push(`no longer listed: ${trend.removed.join(', ')}`);
  return lines;
}

function section(title: string, c: ChalkInstance): string {
  return `\n${c.bold(title)}`;
}

function more(total: number, shown: number, c: ChalkInstance): string[] {
  return total > shown ? [c.dim(`… and ${grouped(total - shown)} more (--format json lists them all)`)] : [];
}

export const tableReporter: Reporter = (result, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const nameWidth = Math.max(20, options.width - 46);
  const out: string[] = [];
  const summary = summaryLine(result);
  out.push(result.passed ? c.green.bold(summary) : c.red.bold(summary));
  const period = result.period ? ` · period ${result.period.from ?? '…'} to ${result.period.to ?? '…'}` : '';
  out.push(c.dim(`profile ${result.profile} · as of ${result.asOf}${period}`));
  for (const input of result.inputs) {
    const encoding = `${input.encoding}${input.bom ? ' with BOM' : ''}`;
    const delimiter = input.delimiter ? `, ${describeDelimiter(input.delimiter)}` : '';
    const engine = input.engine ? `, read by ${input.engine}` : '';
    out.push(c.dim(`${input.role}: ${input.path} (${encoding}${delimiter}, ${grouped(input.rows)} rows${engine})`));
  }
  out.push(checksTable(result, c));
  if (result.trend) out.push(...trendLines(result.trend, c));
  out.push(...moveFirstLines(result, c, options.width));

  if (result.mismatches.length) {
    out.push(section(`Codes not in the national database (${result.mismatches.length})`, c));
    const t = table(['Line', 'Portal code', 'Suggested', 'Why'], c);
    for (const m of result.mismatches.slice(0, listShown)) {
      t.push([
        String(m.line),
        `${m.code}\n${c.dim(truncate(m.name, 26))}`,
        m.suggestion?.code ?? c.dim('none'),
        m.suggestion ? suggestionReasons[m.suggestion.reason] : '',
      ]);
    }
    out.push(t.toString(), ...more(result.mismatches.length, listShown, c));
  }

  if (result.late.length) {
    out.push(section(`Late in the national database (${result.late.length})`, c));
    const t = table(['Code', 'Signed', 'Deadline', 'Updated', 'Taken'], c);
    for (const late of result.late.slice(0, listShown)) {
      t.push([`${late.code}\n${c.dim(truncate(late.name, 24))}`, late.signedAt, late.deadline, late.updatedAt ?? c.red('not yet'), String(late.workingDays)]);
    }
    const limit = result.settings?.deadlineWorkingDays ?? 5;
    out.push(
      t.toString(),
      ...more(result.late.length, listShown, c),
      c.dim(`Taken: working days from signing to the update (or to ${result.asOf} if not yet updated); the limit is ${limit}.`),
    );
  }
  if (result.pending.length) {
    out.push(section(`Pending: not yet in the national database, deadline not passed (${result.pending.length})`, c));
    out.push(
      ...result.pending.slice(0, listShown).map((p) => `${p.code}  signed ${p.signedAt}, due by ${p.deadline}`),
      ...more(result.pending.length, listShown, c),
    );
  }
  if (result.nationalOnly.length) {
    const shown = result.nationalOnly
      .slice(0, 5)
      .map((n) => n.code)
      .join(', ');
    const rest = result.nationalOnly.length > 5 ? ` and ${result.nationalOnly.length - 5} more` : '';
    out.push(section(`National codes the portal does not list (${result.nationalOnly.length})`, c), `${shown}${rest}`);
  }

  if (result.groups?.length) out.push(...groupLines(result.groups, c, options.width, nameWidth));

  if (result.issues.length) {
    out.push(section(`Data issues: ${issueCounts(result.issues)}`, c));
    const ordered = [...result.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const issue of ordered.slice(0, issuesShown)) {
      out.push(issueLine(issue, issue.severity === 'error' ? c.red('error') : c.yellow('warning')));
    }
    out.push(...more(result.issues.length, issuesShown, c));
  }
  return `${out.join('\n')}\n`;
};
