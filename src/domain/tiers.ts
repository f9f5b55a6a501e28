/** Tiers of government (SPEC §2.1): `tỉnh` / `huyện` / `xã`, `Cấp tỉnh`, `province` / `district` / `commune`. */
import type { Tier } from '../model.js';
import { classify, vocabulary } from './vocabulary.js';

const tiers = vocabulary<Tier>({}, [
  ['tỉnh', 'province'],
  ['thành phố trực thuộc trung ương', 'province'],
  ['province', 'province'],
  ['provincial', 'province'],
  ['huyện', 'district'],
  ['district', 'district'],
  ['xã', 'commune'],
  ['phường', 'commune'],
  ['commune', 'commune'],
]);

/** The tier a value names, or undefined for anything else (several tiers, another body). */
export function parseTier(value: string): Tier | undefined {
  const parsed = classify(tiers, value);
  return parsed.kind === 'match' ? parsed.cls : undefined;
}
