/**
 * The language by default (SPEC §8): the first of LC_ALL, LC_MESSAGES and LANG that is set, else the
 * system's locale (Windows has no LANG); Vietnamese when that locale starts with `vi`, English otherwise.
 * The caller passes the environment and the system locale in: this layer reads no process state.
 */
import type { Lang } from './types.js';

export function langFromLocale(env: Readonly<Record<string, string | undefined>>, systemLocale: string | undefined): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? systemLocale ?? '';
  return /^vi/i.test(locale) ? 'vi' : 'en';
}

/** The language a `--lang` on the command line asks for, before commander has read it: help is printed while it parses. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]!;
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
    if (arg === '--lang') return argv[i + 1];
  }
  return undefined;
}
