/**
 * Online service levels: Decree 43/2011 (`Mức độ 1`–`4`) and Decree 42/2022 (`toàn trình` = 4,
 * `một phần` = 3, `cung cấp thông tin` = 2).
 */
import type { Level } from '../model.js';
import { normaliseKey } from './normalise.js';
import { classify, classified, vocabulary, type Classified } from './vocabulary.js';

const levelWords = vocabulary<Level>({ '1': 1, '2': 2, '3': 3, '4': 4 }, [
  ['toàn trình', 4],
  ['một phần', 3],
  ['cung cấp thông tin', 2],
]);

/** `mức độ 3`, `DVC mức độ 3`, `level 3`; `MĐ 3` only as the whole value, `md` being too short to seek inside words. */
const numberedLevel = /(?:mucdo|level)(\d+)/g;
const shortLevel = /^(?:dvc)?md(\d+)$/;

export type ParsedLevel = Classified<Level> | { kind: 'out-of-range'; number: number };

export function parseLevel(value: string): ParsedLevel {
  const byWords = classify(levelWords, value);
  if (byWords.kind === 'empty' || byWords.kind === 'ambiguous') return byWords;
  const key = normaliseKey(value);
  const found = new Set<Level>(byWords.kind === 'match' ? [byWords.cls] : []);
  const numbers = [...key.matchAll(numberedLevel)].map((m) => Number(m[1]));
  const short = shortLevel.exec(key);
  if (short) numbers.push(Number(short[1]));
  for (const number of numbers) {
    if (number < 1 || number > 4) return { kind: 'out-of-range', number };
    found.add(number as Level);
  }
  return classified(found);
}
