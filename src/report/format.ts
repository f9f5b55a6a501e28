/** Number and text formatting shared by the reporters. */
import type { CheckResult, GroupResult, Issue, Result, Target } from '../model.js';
import { skipReasons } from './messages.js';

export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `numerator / denominator` as a percentage with two decimals, rounded half up in integers: the float
 * quotient can land just below a half (3 / 4000 gives 0.07 through toFixed instead of 0.08).
 * There is no percentage of nothing: callers show `–` or leave the cell empty when the denominator is 0.
 */
export function percentFigure(numerator: number, denominator: number): string {
  const d = BigInt(denominator);
  const hundredths = (BigInt(numerator) * 20_000n + d) / (2n * d);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

export function percent(numerator: number, denominator: number): string {
  return `${percentFigure(numerator, denominator)} %`;
}

export function measured(check: CheckResult): string {
  if (check.denominator === 0) return '–';
  return `${grouped(check.numerator)}/${grouped(check.denominator)} = ${percent(check.numerator, check.denominator)}`;
}

export function targetText(target: Target | undefined): string {
  if (!target) return '–';
  return `${target.op === '>=' ? '≥' : '>'} ${target.percent} %`;
}

/** The measured value, or why there is none. */
export function measuredOrReason(check: CheckResult): string {
  return check.skipReason ? skipReasons[check.skipReason] : measured(check);
}

/** A check's outcome in words: `PASS`, `FAIL need +4`, `FAIL (not run)` under --require-all, `SKIP`, `info`. */
export function verdictText(check: CheckResult): string {
  switch (check.status) {
    case 'pass':
      return 'PASS';
    case 'fail':
      return check.skipReason ? 'FAIL (not run)' : `FAIL need +${grouped(check.shortfall ?? 0)}`;
    case 'skip':
      return 'SKIP';
    default:
      return 'info';
  }
}

/** A group's failing checks with what each needs: `level4 +7, code-match (not run)`, or `all pass`. */
export function failingText(group: GroupResult): string {
  const failing = group.checks.filter((c) => c.status === 'fail');
  if (failing.length === 0) return 'all pass';
  return failing.map((c) => (c.skipReason ? `${c.id} (not run)` : `${c.id} +${grouped(c.shortfall ?? 0)}`)).join(', ');
}

/** A group key as shown; rows with an empty agency, tier or field form a group of their own. */
export function groupName(key: string): string {
  return key || '(none)';
}

export function counted(n: number, word: string): string {
  return `${grouped(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** `Data issues: 1 error, 12 warnings`. */
export function issueCounts(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return `${counted(errors, 'error')}, ${counted(issues.length - errors, 'warning')}`;
}

/** What the verdict line says: `FAIL 3 of 7 checks: level4, code-match, national-portal`. */
export function summaryLine(result: Result): string {
  const targeted = result.checks.filter((c) => c.status !== 'info');
  const failing = targeted.filter((c) => c.status === 'fail');
  const skipped = targeted.filter((c) => c.status === 'skip');
  const skipNote = skipped.length ? ` (${skipped.length} skipped: ${skipped.map((c) => c.id).join(', ')})` : '';
  if (failing.length === 0) return `PASS ${targeted.length - skipped.length} of ${targeted.length} checks${skipNote}`;
  return `FAIL ${failing.length} of ${targeted.length} checks: ${failing.map((c) => c.id).join(', ')}${skipNote}`;
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
export function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}
