/**
 * Procedure codes (SPEC §3): a national base code `d.dddddd`, optionally followed by the executing
 * agency's identifier under QCVN 102:2016/BTTTT (`1.000494.000.00.00.H29`) or a short suffix (`1.012753.H19`).
 */

const knownShape = /^[1-9]\.\d{6}(\..+)?$/;
const baseShape = /^[1-9]\.\d{6}$/;

/**
 * Characters that show as nothing but make a distinct code: zero-width space, non-joiner, joiner, word
 * joiner and a BOM inside a cell (the no-break space and the BOM are also `\s`).
 */
const invisible = /[\u200b-\u200d\u2060\ufeff]/g;

/** Remove invisible characters, trim, drop a leading Excel apostrophe, remove inner whitespace (no-break spaces too), upper-case. */
export function normaliseCode(raw: string): string {
  return raw
    .replace(invisible, '')
    .trim()
    .replace(/^['‘’]/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The first character outside ASCII left in a normalised code: a look-alike (Cyrillic `Н` in `H23`) or an invisible one. */
export interface ForeignCharacter {
  /** `U+041D`. */
  codePoint: string;
  /** The character as it can be shown: itself, a combining mark on a dotted circle, or '' when it has no glyph. */
  shown: string;
  /** Its position in the code, counted in characters from 1. */
  position: number;
  /** How many characters of the code are outside ASCII, this one included. */
  count: number;
}

// eslint-disable-next-line no-control-regex -- ASCII is the point
const nonAscii = /[^\u0000-\u007f]/;

export function foreignCharacter(code: string): ForeignCharacter | undefined {
  if (!nonAscii.test(code)) return undefined;
  const characters = [...code];
  const index = characters.findIndex((character) => nonAscii.test(character));
  const character = characters[index]!;
  const point = character.codePointAt(0)!;
  const shown = /\p{M}/u.test(character) ? `\u25cc${character}` : /[\p{L}\p{N}\p{P}\p{S}]/u.test(character) ? character : '';
  return {
    codePoint: `U+${point.toString(16).toUpperCase().padStart(4, '0')}`,
    shown,
    position: index + 1,
    count: characters.filter((c) => nonAscii.test(c)).length,
  };
}

export function hasKnownShape(code: string): boolean {
  return knownShape.test(code);
}

export function isBareBase(code: string): boolean {
  return baseShape.test(code);
}

/** The base code of a well-formed code; a code of unknown shape is its own base. */
export function baseOf(code: string): string {
  return knownShape.test(code) ? code.slice(0, 8) : code;
}

/** The agency suffix's last part (`H23` of `1.000494.000.00.00.H23`), when there is one. */
export function agencySuffixOf(code: string): string | undefined {
  if (!knownShape.test(code) || code.length === 8) return undefined;
  const parts = code.slice(9).split('.');
  return parts[parts.length - 1] || undefined;
}

/**
 * Codes of one list, indexed for SPEC §3 matching: the same full code, or a bare base code on either
 * side matching any code with that base on the other.
 */
export class CodeIndex {
  private readonly full = new Set<string>();
  private readonly bases = new Set<string>();
  private readonly bare = new Set<string>();

  constructor(codes: Iterable<string>) {
    for (const code of codes) {
      this.full.add(code);
      this.bases.add(baseOf(code));
      if (isBareBase(code)) this.bare.add(code);
    }
  }

  matches(code: string): boolean {
    if (this.full.has(code)) return true;
    if (isBareBase(code)) return this.bases.has(code);
    return hasKnownShape(code) && this.bare.has(baseOf(code));
  }
}
