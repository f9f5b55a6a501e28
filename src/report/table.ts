/**
 * The terminal report: the verdict first, then one row per check, then what falls short — code
 * mismatches with their suggestions, late publications, data issues. Fits 80 columns.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { wordsFor, type Words } from '../i18n/index.js';
import type { CheckChange, CheckResult, GroupResult, Result, Score, Trend } from '../model.js';
import { scoreFooter, scoreGroupLine, scoreLines, scoreTerminalHead, scoreTitle } from './score.js';
import { checkLabel, issueLine } from './messages.js';
import {
  agencyText,
  candidateFigure,
  failingCell,
  failingColumns,
  failingText,
  groupName,
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

function verdictCell(check: CheckResult, c: ChalkInstance, w: Words): string {
  return c[verdictColours[check.status]](verdictText(check, w));
}

function changeCell(change: CheckChange | undefined, c: ChalkInstance, w: Words): string {
  if (!change) return c.dim(w.report.changeNew);
  const count = change.count === 0 ? '' : ` (${change.count > 0 ? '+' : ''}${w.format.number(change.count)})`;
  if (change.points === undefined || change.points === 0) return `=${count}`;
  const text = `${w.report.changePoints(change.points)}${count}`;
  return change.points > 0 ? c.green(text) : c.red(text);
}

/**
 * Column widths for the checks table when its natural width passes the terminal's: the long names of
 * some languages wrap in their cells instead. The label and result columns give way first.
 */
function checksWidths(width: number): number[] {
  const measuredWidth = 24;
  const targetWidth = 10;
  const rest = width - measuredWidth - targetWidth - 5;
  const resultWidth = Math.max(14, Math.floor(rest * 0.42));
  return [rest - resultWidth, measuredWidth, targetWidth, resultWidth];
}

function checksTable(result: Result, c: ChalkInstance, w: Words, width: number, colWidths?: number[]): string {
  const trend = result.trend;
  const head = w.report.checksHead;
  const t = table([head.check, trend ? head.measuredChange : head.measured, head.target, head.result], c, colWidths);
  for (const check of result.checks) {
    let value = check.skipReason ? c.dim(w.report.skipReasons[check.skipReason]) : measured(check, w);
    // The change goes under the value rather than in a fifth column, to keep the table within 80 columns.
    if (trend)
      value += `\n${changeCell(
        trend.checks.find((change) => change.id === check.id),
        c,
        w,
      )}`;
    t.push([
      `${checkLabel(check.id, w, result.settings)}\n${c.dim(check.id)}`,
      value,
      check.target ? targetText(check.target, w) : c.dim('–'),
      verdictCell(check, c, w),
    ]);
  }
  const text = t.toString();
  // The top border is plain box-drawing characters, one column each.
  if (colWidths || text.split('\n')[0]!.length <= width) return text;
  return checksTable(result, c, w, width, checksWidths(width));
}

/** Under each failing ranked check, the fewest procedures that would pass it, best first (SPEC §7). */
function moveFirstLines(result: Result, c: ChalkInstance, w: Words, width: number): string[] {
  const out: string[] = [];
  for (const check of result.checks) {
    const { shown, more: rest } = moveFirst(check);
    if (shown.length === 0) continue;
    out.push(section(w.report.moveFirstTitle(checkLabel(check.id, w, result.settings), check.id, w.report.need(check.id, check.shortfall ?? 0)), c));
    const figureWidth = 22;
    const codeWidth = 26;
    const agencyWidth = Math.max(16, width - codeWidth - figureWidth - 6);
    const head = w.report.moveFirstHead;
    const t = table([head.codeName, head.agency, head.rankedBy], c, [codeWidth, agencyWidth, figureWidth]);
    for (const candidate of shown) {
      t.push([
        `${candidate.code}\n${c.dim(truncate(candidate.name, codeWidth - 2))}`,
        agencyText(candidate.agencies),
        candidateFigure(check.id, candidate.value, w),
      ]);
    }
    out.push(t.toString());
    if (rest > 0) out.push(c.dim(w.report.andMoreJson(rest)));
  }
  return out;
}

/**
 * Per group, worst first: with procedures failing some check, one column per such check giving how
 * many of the group's procedures fail it (so each agency can be sent its list); `+k` in red where the
 * group itself fails the check. Without any, the failing checks as text.
 */
function groupLines(groups: readonly GroupResult[], c: ChalkInstance, w: Words, width: number, nameWidth: number): string[] {
  const by = groups[0]!.by;
  const columns = failingColumns(groups);
  if (columns.length === 0) {
    const keyWidth = Math.min(36, nameWidth);
    const t = table([w.report.groupHead(by), w.report.groupFailingHead], c, [keyWidth + 2, Math.max(30, width - keyWidth - 7)]);
    for (const group of groups) {
      const text = failingText(group, w);
      // Wrapped, not cut: agencies often differ only at the end (… khu vực 1, … khu vực 2).
      const score = group.score ? `\n${c.dim(scoreGroupLine(group.score, w))}` : '';
      t.push([groupName(group.key, w), `${text === w.report.allPass ? c.green(text) : text}${score}`]);
    }
    return [section(w.report.byWorstFirst(by), c), t.toString()];
  }
  const cellWidth = 8;
  const keyWidth = Math.max(20, width - columns.length * (cellWidth + 1) - 2);
  const t = table([w.report.groupHead(by), ...columns.map((id) => w.report.checkShortLabels[id])], c, [keyWidth, ...columns.map(() => cellWidth)]);
  for (const group of groups) {
    t.push([
      // The group's 766 score, when on, goes under its name: the columns are the worklist's.
      group.score ? `${groupName(group.key, w)}\n${c.dim(scoreGroupLine(group.score, w))}` : groupName(group.key, w),
      ...columns.map((id) => {
        const cell = failingCell(group, id, w);
        return cell.fail ? c.red(cell.text) : cell.text;
      }),
    ]);
  }
  const legend = columns.map((id) => w.report.legendEntry(w.report.checkShortLabels[id], id)).join(' · ');
  return [section(w.report.failingByWorstFirst(by), c), t.toString(), c.dim(wrap(w.report.legend(legend, by), width))];
}

/** The scorecard after the checks: a row per indicator with its counts and the first to recover from, then the total. */
function scoreSection(score: Score, c: ChalkInstance, w: Words, width: number): string[] {
  const nameWidth = Math.max(24, Math.min(60, width - 43));
  const t = table(scoreTerminalHead(w), c, [6, nameWidth, 10, 13, 8]);
  for (const { cells, detail } of scoreLines(score, w)) {
    const [number, name, ...rest] = cells;
    t.push([number!, detail ? `${name}\n${c.dim(detail)}` : name!, ...rest]);
  }
  return [section(scoreTitle(score, w), c), t.toString(), ...scoreFooter(score, w).map((line) => c.dim(line))];
}

function trendLines(trend: Trend, c: ChalkInstance, w: Words): string[] {
  const r = w.report;
  const lines = [section(r.since(trend.baseline, trend.baselineAsOf), c)];
  for (const d of trend.differences) lines.push(c.yellow(r.caution(d.key, d.baseline, d.current)));
  lines.push(trend.newlyMismatched.length ? `${c.red(r.newlyMismatched)}: ${trend.newlyMismatched.join(', ')}` : r.noNewlyMismatched);
  lines.push(trend.fixed.length ? `${c.green(r.fixed)}: ${trend.fixed.join(', ')}` : r.noneFixed);
  if (trend.removed.length) lines.push(`${r.noLongerListed}: ${trend.removed.join(', ')}`);
  return lines;
}

function section(title: string, c: ChalkInstance): string {
  return `\n${c.bold(title)}`;
}

function more(total: number, shown: number, c: ChalkInstance, w: Words): string[] {
  return total > shown ? [c.dim(w.report.andMoreJson(total - shown))] : [];
}

export const tableReporter: Reporter = (result, options) => {
  const w = wordsFor(options.lang ?? 'en');
  const r = w.report;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const nameWidth = Math.max(20, options.width - 46);
  const out: string[] = [];
  const summary = summaryLine(result, w);
  out.push(result.passed ? c.green.bold(summary) : c.red.bold(summary));
  const period = result.period ? r.periodPart(result.period.from, result.period.to) : '';
  out.push(c.dim(`${r.profileLine(result.profile, result.asOf)}${period}`));
  for (const input of result.inputs) {
    const delimiter = input.delimiter ? describeDelimiter(input.delimiter, w) : undefined;
    out.push(c.dim(r.inputLine(r.roles[input.role], input, delimiter)));
  }
  out.push(checksTable(result, c, w, options.width));
  if (result.score) out.push(...scoreSection(result.score, c, w, options.width));
  if (result.trend) out.push(...trendLines(result.trend, c, w));
  out.push(...moveFirstLines(result, c, w, options.width));

  if (result.mismatches.length) {
    out.push(section(r.mismatchesTitle(result.mismatches.length), c));
    const head = r.mismatchesHead;
    const t = table([head.line, head.portalCode, head.suggested, head.why], c);
    for (const m of result.mismatches.slice(0, listShown)) {
      t.push([
        String(m.line),
        `${m.code}\n${c.dim(truncate(m.name, 26))}`,
        m.suggestion?.code ?? c.dim(r.none),
        m.suggestion ? r.suggestionReasons[m.suggestion.reason] : '',
      ]);
    }
    out.push(t.toString(), ...more(result.mismatches.length, listShown, c, w));
  }

  if (result.late.length) {
    out.push(section(r.lateTitle(result.late.length), c));
    const head = r.lateHead;
    const t = table([head.code, head.signed, head.deadline, head.updated, head.taken], c);
    for (const late of result.late.slice(0, listShown)) {
      const updated = late.updatedAt ? w.format.date(late.updatedAt) : c.red(r.notYet);
      t.push([
        `${late.code}\n${c.dim(truncate(late.name, 24))}`,
        w.format.date(late.signedAt),
        w.format.date(late.deadline),
        updated,
        String(late.workingDays),
      ]);
    }
    const limit = result.settings?.deadlineWorkingDays ?? 5;
    out.push(t.toString(), ...more(result.late.length, listShown, c, w), c.dim(r.takenNote(result.asOf, limit)));
  }
  if (result.pending.length) {
    out.push(section(r.pendingTitle(result.pending.length), c));
    out.push(...result.pending.slice(0, listShown).map((p) => r.pendingLine(p.code, p.signedAt, p.deadline)), ...more(result.pending.length, listShown, c, w));
  }
  if (result.nationalOnly.length) {
    const shown = result.nationalOnly
      .slice(0, 5)
      .map((n) => n.code)
      .join(', ');
    const rest = result.nationalOnly.length > 5 ? r.andMore(result.nationalOnly.length - 5) : '';
    out.push(section(r.nationalOnlyTitle(result.nationalOnly.length), c), `${shown}${rest}`);
  }

  if (result.groups?.length) out.push(...groupLines(result.groups, c, w, options.width, nameWidth));

  if (result.issues.length) {
    out.push(section(r.issuesTitle(issueCounts(result.issues, w)), c));
    const ordered = [...result.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const issue of ordered.slice(0, issuesShown)) {
      out.push(issueLine(issue, w, issue.severity === 'error' ? c.red(r.severity.error) : c.yellow(r.severity.warning)));
    }
    out.push(...more(result.issues.length, issuesShown, c, w));
  }
  return `${out.join('\n')}\n`;
};
