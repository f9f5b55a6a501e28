/** Number and text formatting shared by the reporters, in the language of the words passed in. */
import type { Words } from '../i18n/index.js';
import {
  procedureCheckIds,
  type Candidate,
  type ProcedureCheckId,
  type CheckId,
  type CheckResult,
  type GroupResult,
  type Issue,
  type Result,
  type Target,
} from '../model.js';

/** For CSV: the exact percentage with two decimals and a point, whatever the language. */
export { percentFigure } from '../i18n/index.js';

export function measured(check: CheckResult, w: Words): string {
  if (check.denominator === 0) return '–';
  const { number, percent } = w.format;
  return `${number(check.numerator)}/${number(check.denominator)} = ${percent(check.numerator, check.denominator)}`;
}

export function targetText(target: Target | undefined, w: Words): string {
  if (!target) return '–';
  return `${target.op === '>=' ? '≥' : '>'} ${w.format.targetPercent(target.percent)}`;
}

/** The measured value, or why there is none. */
export function measuredOrReason(check: CheckResult, w: Words): string {
  return check.skipReason ? w.report.skipReasons[check.skipReason] : measured(check, w);
}

/** A check's outcome in words: `PASS`, `FAIL need +4`, `FAIL (not run)` under --require-all, `SKIP`, `info`. */
export function verdictText(check: CheckResult, w: Words): string {
  switch (check.status) {
    case 'pass':
      return w.report.pass;
    case 'fail':
      return check.skipReason ? w.report.failNotRun : w.report.failNeed(check.id, check.shortfall ?? 0);
    case 'skip':
      return w.report.skip;
    default:
      return w.report.info;
  }
}

/** A group's failing checks with what each needs: `level4 +7, code-match (not run)`, or `all pass`. */
export function failingText(group: GroupResult, w: Words): string {
  const failing = group.checks.filter((c) => c.status === 'fail');
  if (failing.length === 0) return w.report.allPass;
  return failing.map((c) => (c.skipReason ? w.report.groupNotRun(c.id) : w.report.groupFailing(c.id, c.shortfall ?? 0))).join(', ');
}

/** A group key as shown; rows with an empty agency, tier or field form a group of their own. */
export function groupName(key: string, w: Words): string {
  return key || w.report.noGroup;
}

/**
 * The findings of a result: errors and warnings found, those a reader counted past its limit per kind
 * included (a `more-issues` finding stands for them, and is not itself one), and how many are listed.
 */
export function issueTotals(issues: readonly Issue[]): { errors: number; warnings: number; listed: number } {
  const totals = { errors: 0, warnings: 0, listed: 0 };
  for (const issue of issues) {
    const count = issue.kind === 'more-issues' ? issue.count : 1;
    if (issue.severity === 'error') totals.errors += count;
    else totals.warnings += count;
    if (issue.kind !== 'more-issues') totals.listed++;
  }
  return totals;
}

/** `1 error, 12 warnings`: every finding, the unlisted ones included. */
export function issueCounts(issues: readonly Issue[], w: Words): string {
  const { errors, warnings } = issueTotals(issues);
  return w.report.issueCounts(errors, warnings);
}

/** The stderr line after a report: rows with errors, findings, and how many the report lists. */
export function issuesInInputs(result: Result, w: Words): string {
  const { errors, warnings, listed } = issueTotals(result.issues);
  const errorRows = result.inputs.reduce((sum, input) => sum + input.errorRows, 0);
  return w.cli.issuesInInputs(errorRows, w.report.issueCounts(errors, warnings), listed, errors + warnings);
}

/** What the verdict line says: `FAIL 3 of 7 checks: level4, code-match, national-portal`. */
export function summaryLine(result: Result, w: Words): string {
  const targeted = result.checks.filter((c) => c.status !== 'info');
  const failing = targeted.filter((c) => c.status === 'fail');
  const skipped = targeted.filter((c) => c.status === 'skip');
  const skipNote = skipped.length ? w.report.summarySkipped(skipped.length, skipped.map((c) => c.id).join(', ')) : '';
  if (failing.length === 0) return `${w.report.summaryPass(targeted.length - skipped.length, targeted.length)}${skipNote}`;
  return `${w.report.summaryFail(failing.length, targeted.length, failing.map((c) => c.id).join(', '))}${skipNote}`;
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Cuts text to at most `width` characters, never inside a letter and its marks, with an ellipsis. */
export function truncate(text: string, width: number): string {
  const graphemes = [...segmenter.segment(text)].map((s) => s.segment);
  if (graphemes.length <= width) return text;
  return `${graphemes
    .slice(0, Math.max(0, width - 1))
    .join('')
    .trimEnd()}…`;
}

/** `;` as `";"`, a tab as `tab`: how a delimiter reads in prose. */
export function describeDelimiter(delimiter: string, w: Words): string {
  return delimiter === '\t' ? w.report.tab : `"${delimiter}"`;
}

/** At most this many "move first" lines under a failing check (SPEC §7). */
export const moveFirstShown = 10;

/** The candidates that would pass a failing check, at most `moveFirstShown` of them, and how many more there are. */
export function moveFirst(check: CheckResult): { shown: Candidate[]; more: number } {
  const needed = check.candidates?.slice(0, check.shortfall ?? 0) ?? [];
  return { shown: needed.slice(0, moveFirstShown), more: Math.max(0, needed.length - moveFirstShown) };
}

/** The figure a candidate is ranked by: `48 online dossiers`, `120 dossiers`, `level 4`. */
export function candidateFigure(id: CheckId, value: number, w: Words): string {
  if (id === 'national-portal') return w.report.figureLevel(value);
  return id === 'online-uptake' ? w.report.figureDossiers(value) : w.report.figureOnlineDossiers(value);
}

/** A candidate's agencies: the first, and how many others list the code. */
export function agencyText(agencies: readonly string[]): string {
  if (agencies.length === 0) return '–';
  return agencies.length === 1 ? agencies[0]! : `${agencies[0]} (+${agencies.length - 1})`;
}

/** The per-procedure checks that any group has failing procedures for: the columns of a per-group table. */
export function failingColumns(groups: readonly GroupResult[]): ProcedureCheckId[] {
  return procedureCheckIds.filter((id) => groups.some((g) => g.failing[id]?.length));
}

/**
 * A group's cell for one check: how many of its procedures fail it, and `+k` when the group itself
 * fails the check and needs k more; `fail` marks the group's own verdict.
 */
export function failingCell(group: GroupResult, id: ProcedureCheckId, w: Words): { text: string; fail: boolean } {
  const n = group.failing[id]?.length ?? 0;
  const check = group.checks.find((c) => c.id === id);
  const fail = check?.status === 'fail';
  const need = fail ? (check!.skipReason ? ' !' : ` +${w.format.number(check!.shortfall ?? 0)}`) : '';
  return { text: `${n === 0 ? '·' : w.format.number(n)}${need}`, fail };
}

/** Greedy word wrap to `width` columns, for prose lines under a table. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
