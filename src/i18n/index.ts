/**
 * The message catalogue: every sentence a person reads, in each language (SPEC §8). A catalogue is a
 * plain typed object; English gives the shape and the type checker holds Vietnamese to it, key by key
 * and argument by argument, so a missing or extra message fails the build. No library: lookups are
 * property accesses, and plurals and number formats are the few functions that need them.
 */
import { en } from './en/index.js';
import { formatsFor, type Formats } from './numbers.js';
import type { Lang } from './types.js';
import { vi } from './vi/index.js';

export type Messages = typeof en;

const catalogues: Record<Lang, Messages> = { en, vi };

/** A language's catalogue, with its number and date formats. */
export interface Words extends Messages {
  lang: Lang;
  format: Formats;
}

const words = Object.fromEntries(
  Object.entries(catalogues).map(([lang, messages]) => [lang, { ...messages, lang, format: formatsFor(lang as Lang) }]),
) as Record<Lang, Words>;

export function wordsFor(lang: Lang): Words {
  return words[lang];
}

export { langs, isLang, type Lang } from './types.js';
export { langFromArgv, langFromLocale } from './locale.js';
export { percentFigure, type Formats } from './numbers.js';
