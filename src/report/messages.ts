/** Words for findings: checks and readers return data, and only reporters say it in sentences (src/i18n). */
import type { Words } from '../i18n/index.js';
import { checkIds, type CheckId, type Issue, type RunSettings } from '../model.js';

/** A check's name for people; `level3` and `publication-deadline` say what the settings made them. */
export function checkLabel(id: CheckId, w: Words, settings?: RunSettings): string {
  if (id === 'level3' && settings?.level3Basis === 'exactly') return w.report.level3Exactly;
  if (id === 'publication-deadline' && settings) return w.report.publishedWithin(settings.deadlineWorkingDays);
  return w.report.checkLabels[id];
}

/** Every check's name for people, as the settings made them. */
export function checkLabels(w: Words, settings?: RunSettings): Record<CheckId, string> {
  return Object.fromEntries(checkIds.map((id) => [id, checkLabel(id, w, settings)])) as Record<CheckId, string>;
}

export function describeIssue(issue: Issue, w: Words): string {
  return (w.issues[issue.kind] as (issue: Issue) => string)(issue);
}

/** `tthc.csv:41`; in a workbook `tthc.xlsx#Danh mục:17 (F17)`. */
export function location(issue: Issue): string {
  const parts = [issue.file ?? ''];
  if (issue.line !== undefined) parts.push(String(issue.line));
  const where = parts.filter(Boolean).join(':');
  return issue.cell && issue.kind !== 'merged-cells-not-applied' && issue.kind !== 'formula-without-value' ? `${where} (${issue.cell})` : where;
}

/** An issue on one line: `error tthc.csv:41 [level]: level "Mức độ 5" is not …`; the severity word may come coloured. */
export function issueLine(issue: Issue, w: Words, severityWord: string = w.report.severity[issue.severity]): string {
  // A finding about all the inputs together (dossiers of no listed procedure) has no file: no empty place for one.
  const where = [location(issue), issue.field ? `[${w.fieldName(issue.field)}]` : ''].filter(Boolean).join(' ');
  return `${severityWord}${where ? ` ${where}` : ''}: ${describeIssue(issue, w)}`;
}
