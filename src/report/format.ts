/** Number and text formatting shared by the reporters. */
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

/** At most this many "move first" lines under a failing check (SPEC §7). */
export const moveFirstShown = 10;

/** The candidates that would pass a failing check, at most `moveFirstShown` of them, and how many more there are. */
export function moveFirst(check: CheckResult): { shown: Candidate[]; more: number } {
  const needed = check.candidates?.slice(0, check.shortfall ?? 0) ?? [];
  return { shown: needed.slice(0, moveFirstShown), more: Math.max(0, needed.length - moveFirstShown) };
}

/** The figure a candidate is ranked by: `48 online dossiers`, `120 dossiers`, `level 4`. */
export function candidateFigure(id: CheckId, value: number): string {
  if (id === 'national-portal') return `level ${value}`;
  return counted(value, id === 'online-uptake' ? 'dossier' : 'online dossier');
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
export function failingCell(group: GroupResult, id: ProcedureCheckId): { text: string; fail: boolean } {
  const n = group.failing[id]?.length ?? 0;
  const check = group.checks.find((c) => c.id === id);
  const fail = check?.status === 'fail';
  const need = fail ? (check!.skipReason ? ' !' : ` +${grouped(check!.shortfall ?? 0)}`) : '';
  return { text: `${n === 0 ? '·' : grouped(n)}${need}`, fail };
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
