/**
 * A suggested national code for each portal code that is not in the national database (SPEC §3), in
 * order of confidence: the same base with another agency suffix; a base one character away, when only
 * one national code is; the most similar name (Dice coefficient of word sets, at least 0.8).
 */
import type { Mismatch, NationalRow } from '../model.js';
import { baseOf, type CodeIndex } from '../domain/codes.js';
import { foldDiacritics } from '../domain/normalise.js';
import type { Procedure } from '../checks/types.js';

const minimumNameSimilarity = 0.8;

function nameWords(name: string): Set<string> {
  const folded = foldDiacritics(name.toLowerCase());
  return new Set(folded.split(/[^\p{L}]+/u).filter((w) => w.length > 0));
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function differsByOneChar(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

export class Suggester {
  private readonly byBase = new Map<string, string[]>();
  private readonly codes: string[];
  private readonly names: { code: string; words: Set<string> }[];

  constructor(national: readonly NationalRow[]) {
    const byCode = new Map<string, NationalRow>();
    for (const row of national) if (row.code !== '' && !byCode.has(row.code)) byCode.set(row.code, row);
    this.codes = [...byCode.keys()].sort();
    for (const code of this.codes) {
      const base = baseOf(code);
      this.byBase.set(base, [...(this.byBase.get(base) ?? []), code]);
    }
    this.names = this.codes.map((code) => ({ code, words: nameWords(byCode.get(code)!.name) }));
  }

  suggest(code: string, name: string): Mismatch['suggestion'] {
    const base = baseOf(code);
    const sameBase = this.byBase.get(base)?.find((candidate) => candidate !== code);
    if (sameBase) return { code: sameBase, reason: 'suffix' };
    const near = this.codes.filter((candidate) => differsByOneChar(baseOf(candidate), base));
    if (near.length === 1) return { code: near[0]!, reason: 'one-char' };
    const words = nameWords(name);
    if (words.size === 0) return undefined;
    let best: { code: string; score: number } | undefined;
    for (const candidate of this.names) {
      const score = dice(words, candidate.words);
      // Codes are visited in ascending order, so a tie keeps the lower code.
      if (score >= minimumNameSimilarity && (!best || score > best.score)) best = { code: candidate.code, score };
    }
    return best && { code: best.code, reason: 'name' };
  }
}

export function findMismatches(procedures: readonly Procedure[], index: CodeIndex, suggester: Suggester): Mismatch[] {
  return procedures
    .filter((p) => !index.matches(p.code))
    .map((p) => {
      const suggestion = suggester.suggest(p.code, p.name);
      return { code: p.code, name: p.name, line: p.rows[0]!.line, ...(suggestion ? { suggestion } : {}) };
    });
}
