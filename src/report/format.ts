/** Number and text formatting shared by the human-readable reporters. */
import type { CheckResult, Result, Target } from '../model.js';

export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function percent(numerator: number, denominator: number): string {
  return `${((numerator * 100) / denominator).toFixed(2)} %`;
}

export function measured(check: CheckResult): string {
  if (check.denominator === 0) return '–';
  return `${grouped(check.numerator)}/${grouped(check.denominator)} = ${percent(check.numerator, check.denominator)}`;
}

export function targetText(target: Target | undefined): string {
  if (!target) return '–';
  return `${target.op === '>=' ? '≥' : '>'} ${target.percent} %`;
}

export function statusWord(check: CheckResult): string {
  return check.status.toUpperCase();
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
  return `${graphemes.slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
}
