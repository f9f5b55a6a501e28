/**
 * Matching of vocabulary values (levels, channels, statuses, yes/no) on normalised text (SPEC §2).
 * Words match when the value equals or contains them, on whole words; digit codes and yes/no words
 * must equal the whole value. A value that matches two different classes is ambiguous.
 */
import { normaliseKey, normaliseWords } from './normalise.js';

export interface Vocabulary<C extends string | number> {
  /** Whole-value matches, keyed by normalised value. */
  exact: ReadonlyMap<string, C>;
  /** Word sequences contained in the value; each entry is the phrase as people write it. */
  phrases: ReadonlyArray<{ words: string[]; joined: string; cls: C }>;
}

export type Classified<C> = { kind: 'empty' } | { kind: 'match'; cls: C } | { kind: 'unknown' } | { kind: 'ambiguous'; classes: C[] };

/** Words that, just before a phrase, deny it: `chưa hoàn thành` is not finished. */
const negations = new Set(['chua', 'khong', 'not', 'non']);

export function vocabulary<C extends string | number>(exact: Record<string, C>, phrases: ReadonlyArray<readonly [string, C]>): Vocabulary<C> {
  return {
    // Symbols (`√`) normalise to nothing and are kept as written.
    exact: new Map(Object.entries(exact).map(([value, cls]) => [normaliseKey(value) || value, cls])),
    phrases: phrases.map(([phrase, cls]) => {
      const words = normaliseWords(phrase);
      return { words, joined: words.join(''), cls };
    }),
  };
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  outer: for (let start = 0; start + phrase.length <= words.length; start++) {
    for (let i = 0; i < phrase.length; i++) {
      if (words[start + i] !== phrase[i]) continue outer;
    }
    const before = words[start - 1];
    if (before !== undefined && negations.has(before) && !negations.has(phrase[0]!)) continue;
    return true;
  }
  return false;
}

const minimumInnerPhrase = 6;

function containsJoined(key: string, joined: string): boolean {
  const negative = [...negations].some((negation) => joined.startsWith(negation));
  for (let at = key.indexOf(joined); at !== -1; at = key.indexOf(joined, at + 1)) {
    const before = key.slice(0, at);
    if (negative || ![...negations].some((negation) => before.endsWith(negation))) return true;
  }
  return false;
}

export function classify<C extends string | number>(vocab: Vocabulary<C>, value: string): Classified<C> {
  const key = normaliseKey(value);
  if (key === '') {
    // A cell of symbols only (`√`, `-`) has nothing left once normalised, but it is not empty.
    const symbols = value.trim();
    if (symbols === '') return { kind: 'empty' };
    const symbol = vocab.exact.get(symbols);
    return symbol === undefined ? { kind: 'unknown' } : { kind: 'match', cls: symbol };
  }
  const exact = vocab.exact.get(key);
  if (exact !== undefined) return { kind: 'match', cls: exact };
  const words = normaliseWords(value);
  const found = new Set<C>();
  for (const phrase of vocab.phrases) {
    if (key === phrase.joined || containsPhrase(words, phrase.words)) found.add(phrase.cls);
  }
  if (found.size === 0) {
    // Values written without spaces (`NộpTrựcTuyến`): look for the phrase inside the folded text, but only
    // phrases long enough not to turn up inside other words (`hủy` is inside `chuyển`).
    for (const phrase of vocab.phrases) {
      if (phrase.joined.length >= minimumInnerPhrase && containsJoined(key, phrase.joined)) found.add(phrase.cls);
    }
  }
  return classified(found);
}

export function classified<C>(found: Set<C>): Classified<C> {
  if (found.size === 0) return { kind: 'unknown' };
  if (found.size === 1) return { kind: 'match', cls: found.values().next().value as C };
  return { kind: 'ambiguous', classes: [...found] };
}

/**
 * Dossier registers repeat a handful of channel and status values millions of times: classify each
 * distinct value once. The cache is bounded so that a column of unique junk cannot grow it without end.
 */
export function memoised<C extends NonNullable<unknown>>(fn: (value: string) => C, limit = 10_000): (value: string) => C {
  const cache = new Map<string, C>();
  return (value) => {
    // One lookup per call: this runs several times per dossier row.
    let hit = cache.get(value);
    if (hit === undefined) {
      hit = fn(value);
      if (cache.size < limit) cache.set(value, hit);
    }
    return hit;
  };
}
