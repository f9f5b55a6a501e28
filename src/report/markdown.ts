/**
 * A report to paste into a merge request or a wiki page (GitHub and GitLab flavoured Markdown): the
 * verdict as a heading, the checks as a table, then one section per kind of finding that has any.
 */
import { wordsFor, type Words } from '../i18n/index.js';
import type { CheckResult, Issue, RunSettings } from '../model.js';
import {
  agencyText,
  candidateFigure,
  failingCell,
  failingColumns,
  failingText,
  groupName,
  issueCounts,
  measuredOrReason,
  moveFirst,
  summaryLine,
  targetText,
  verdictText,
} from './format.js';
import { checkLabel, describeIssue, location } from './messages.js';
import type { Reporter } from './types.js';
import { scoreFooter, scoreGroupLine, scoreHead, scoreRows, scoreTitle } from './score.js';

const nationalOnlyShown = 50;
const issuesShown = 50;

/**
 * Text from the input files goes into table cells, where a `|` would end the cell and a newline the
 * row, and where `*`, `_`, `[`, `<`, `&`, `$` … would start emphasis, links, HTML, entities or maths.
 * The backslash is escaped too, so a name's own backslash cannot escape the character after it.
 */
function cell(text: string): string {
  return text.replace(/[\\`*_[\]<|~&$]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '<br>');
}

function table(head: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)];
}

function more(total: number, shown: number, w: Words): string[] {
  return total > shown ? ['', w.report.andMoreJsonMarkdown(total - shown)] : [];
}

function section(title: string, body: string[]): string[] {
  return ['', `### ${title}`, '', ...body];
}

function checksTable(checks: CheckResult[], settings: RunSettings | undefined, w: Words): string[] {
  const head = w.report.checksHead;
  return table(
    [head.check, head.measured, head.target, head.result],
    checks.map((c) => [`${checkLabel(c.id, w, settings)} (\`${c.id}\`)`, cell(measuredOrReason(c, w)), cell(targetText(c.target, w)), cell(verdictText(c, w))]),
  );
}

function issueRow(issue: Issue, w: Words): string[] {
  return [w.report.severity[issue.severity], cell(location(issue)), cell(issue.field ? w.fieldName(issue.field) : ''), cell(describeIssue(issue, w))];
}

export const markdown: Reporter = (result, options) => {
  const w = wordsFor(options.lang ?? 'en');
  const r = w.report;
  const date = w.format.date;
  const period = result.period ? r.periodPart(result.period.from, result.period.to) : '';
  const out = [`## tthc-check: ${cell(summaryLine(result, w))}`, '', `${r.profileLineMarkdown(result.profile, result.asOf)}${period}`, ''];
  out.push(...checksTable(result.checks, result.settings, w));
  if (result.score) {
    out.push(
      ...section(
        cell(scoreTitle(result.score, w)),
        table(
          scoreHead(w),
          scoreRows(result.score, w).map((row) => row.map(cell)),
        ),
      ),
    );
    out.push('', ...scoreFooter(result.score, w).map(cell));
  }

  for (const check of result.checks) {
    const { shown, more: rest } = moveFirst(check);
    if (shown.length === 0) continue;
    const rows = shown.map((m) => [cell(m.code), cell(m.name), cell(agencyText(m.agencies)), candidateFigure(check.id, m.value, w)]);
    const head = r.moveFirstHead;
    out.push(
      ...section(
        r.moveFirstTitleMarkdown(checkLabel(check.id, w, result.settings), check.id, r.need(check.id, check.shortfall ?? 0)),
        table([head.code, head.name, head.agency, head.rankedBy], rows),
      ),
      ...(rest > 0 ? ['', r.andMoreJsonMarkdown(rest)] : []),
    );
  }

  if (result.mismatches.length) {
    const rows = result.mismatches.map((m) => [
      cell(m.code),
      String(m.line),
      cell(m.name),
      m.suggestion ? cell(m.suggestion.code) : r.none,
      m.suggestion ? r.suggestionReasons[m.suggestion.reason] : '',
    ]);
    const head = r.mismatchesHead;
    out.push(...section(r.mismatchesTitle(result.mismatches.length), table([head.code, head.line, head.name, head.suggestedCode, head.why], rows)));
  }

  if (result.late.length) {
    const rows = result.late.map((l) => [
      cell(l.code),
      cell(l.name),
      date(l.signedAt),
      date(l.deadline),
      l.updatedAt ? date(l.updatedAt) : `**${r.notYet}**`,
      String(l.workingDays),
    ]);
    const head = r.lateHead;
    out.push(...section(r.lateTitle(result.late.length), table([head.code, head.name, head.signed, head.deadline, head.updated, head.workingDaysTaken], rows)));
  }
  if (result.pending.length) {
    const rows = result.pending.map((p) => [cell(p.code), cell(p.name), date(p.signedAt), date(p.deadline)]);
    const head = r.lateHead;
    out.push(...section(r.pendingTitleMarkdown(result.pending.length), table([head.code, head.name, head.signed, head.deadline], rows)));
  }

  if (result.nationalOnly.length) {
    const rows = result.nationalOnly.slice(0, nationalOnlyShown).map((n) => [cell(n.code), cell(n.name)]);
    out.push(
      ...section(r.nationalOnlyTitle(result.nationalOnly.length), table([r.lateHead.code, r.lateHead.name], rows)),
      ...more(result.nationalOnly.length, nationalOnlyShown, w),
    );
  }

  if (result.groups?.length) {
    const by = result.groups[0]!.by;
    // Per check, how many of the group's procedures fail it, so that each group can be sent its list.
    const columns = failingColumns(result.groups);
    const rows = result.groups.map((g) => [
      cell(groupName(g.key, w)),
      `${failingText(g, w)}${g.score ? `<br>${cell(scoreGroupLine(g.score, w))}` : ''}`,
      ...columns.map((id) => failingCell(g, id, w).text.replace(/^·/, '0')),
    ]);
    out.push(...section(r.byWorstFirst(by), table([r.groupHead(by), r.groupFailingHead, ...columns.map((id) => `\`${id}\``)], rows)));
    if (columns.length) out.push('', r.groupNoteMarkdown);
  }

  if (result.issues.length) {
    const ordered = [...result.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    const head = r.issuesHead;
    out.push(
      ...section(
        r.issuesTitle(issueCounts(result.issues, w)),
        table(
          [head.severity, head.where, head.field, head.issue],
          ordered.slice(0, issuesShown).map((issue) => issueRow(issue, w)),
        ),
      ),
      ...more(result.issues.length, issuesShown, w),
    );
  }
  return `${out.join('\n')}\n`;
};
