/**
 * A report to paste into a merge request or a wiki page (GitHub and GitLab flavoured Markdown): the
 * verdict as a heading, the checks as a table, then one section per kind of finding that has any.
 */
import type { CheckResult, Issue, RunSettings } from '../model.js';
import {
  agencyText,
  candidateFigure,
  failingCell,
  failingColumns,
  failingText,
  groupName,
  grouped,
  issueCounts,
  measuredOrReason,
  moveFirst,
  summaryLine,
  targetText,
  verdictText,
} from './format.js';
import { checkLabel, describeIssue, location, suggestionReasons } from './messages.js';
import type { Reporter } from './types.js';
import { scoreFooter, scoreRows, scoreWords } from './score.js';

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

function more(total: number, shown: number): string[] {
  return total > shown ? ['', `… and ${grouped(total - shown)} more (\`--format json\` lists them all).`] : [];
}

function section(title: string, body: string[]): string[] {
  return ['', `### ${title}`, '', ...body];
}

function checksTable(checks: CheckResult[], settings: RunSettings | undefined): string[] {
  return table(
    ['Check', 'Measured', 'Target', 'Result'],
    checks.map((c) => [`${checkLabel(c.id, settings)} (\`${c.id}\`)`, cell(measuredOrReason(c)), cell(targetText(c.target)), cell(verdictText(c))]),
  );
}

function issueRow(issue: Issue): string[] {
  return [issue.severity, cell(location(issue)), cell(issue.field ?? ''), cell(describeIssue(issue))];
}

export const markdown: Reporter = (result) => {
  const period = result.period ? ` · period ${result.period.from ?? '…'} to ${result.period.to ?? '…'}` : '';
  const out = [`## tthc-check: ${cell(summaryLine(result))}`, '', `Profile \`${result.profile}\` · as of ${result.asOf}${period}`, ''];
  out.push(...checksTable(result.checks, result.settings));
  if (result.score) {
    out.push(
      ...section(
        cell(scoreWords.title(result.score)),
        table(
          scoreWords.head,
          scoreRows(result.score).map((row) => row.map(cell)),
        ),
      ),
    );
    out.push('', ...scoreFooter(result.score).map(cell));
  }

  for (const check of result.checks) {
    const { shown, more: rest } = moveFirst(check);
    if (shown.length === 0) continue;
    const rows = shown.map((m) => [cell(m.code), cell(m.name), cell(agencyText(m.agencies)), candidateFigure(check.id, m.value)]);
    out.push(
      ...section(
        `Move first: ${checkLabel(check.id, result.settings)} (\`${check.id}\`, need +${grouped(check.shortfall ?? 0)})`,
        table(['Code', 'Name', 'Agency', 'Ranked by'], rows),
      ),
      ...(rest > 0 ? ['', `… and ${grouped(rest)} more (\`--format json\` lists them all).`] : []),
    );
  }

  if (result.mismatches.length) {
    const rows = result.mismatches.map((m) => [
      cell(m.code),
      String(m.line),
      cell(m.name),
      m.suggestion ? cell(m.suggestion.code) : 'none',
      m.suggestion ? suggestionReasons[m.suggestion.reason] : '',
    ]);
    out.push(
      ...section(`Codes not in the national database (${grouped(result.mismatches.length)})`, table(['Code', 'Line', 'Name', 'Suggested code', 'Why'], rows)),
    );
  }

  if (result.late.length) {
    const rows = result.late.map((l) => [cell(l.code), cell(l.name), l.signedAt, l.deadline, l.updatedAt ?? '**not yet**', String(l.workingDays)]);
    out.push(
      ...section(
        `Late in the national database (${grouped(result.late.length)})`,
        table(['Code', 'Name', 'Signed', 'Deadline', 'Updated', 'Working days taken'], rows),
      ),
    );
  }
  if (result.pending.length) {
    const rows = result.pending.map((p) => [cell(p.code), cell(p.name), p.signedAt, p.deadline]);
    out.push(...section(`Pending: deadline not passed (${grouped(result.pending.length)})`, table(['Code', 'Name', 'Signed', 'Deadline'], rows)));
  }

  if (result.nationalOnly.length) {
    const rows = result.nationalOnly.slice(0, nationalOnlyShown).map((n) => [cell(n.code), cell(n.name)]);
    out.push(
      ...section(`National codes the portal does not list (${grouped(result.nationalOnly.length)})`, table(['Code', 'Name'], rows)),
      ...more(result.nationalOnly.length, nationalOnlyShown),
    );
  }

  if (result.groups?.length) {
    const by = result.groups[0]!.by;
    // Per check, how many of the group's procedures fail it, so that each group can be sent its list.
    const columns = failingColumns(result.groups);
    const rows = result.groups.map((g) => [
      cell(groupName(g.key)),
      `${failingText(g)}${g.score ? `<br>${cell(scoreWords.groupLine(g.score))}` : ''}`,
      ...columns.map((id) => failingCell(g, id).text.replace(/^·/, '0')),
    ]);
    out.push(...section(`By ${by}, worst first`, table([by, 'Failing checks (need +k)', ...columns.map((id) => `\`${id}\``)], rows)));
    if (columns.length) out.push('', 'Under each check: how many of the group’s procedures fail it; `+k`: the group fails the check and needs k more.');
  }

  if (result.issues.length) {
    const ordered = [...result.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    out.push(
      ...section(`Data issues: ${issueCounts(result.issues)}`, table(['Severity', 'Where', 'Field', 'Issue'], ordered.slice(0, issuesShown).map(issueRow))),
      ...more(result.issues.length, issuesShown),
    );
  }
  return `${out.join('\n')}\n`;
};
