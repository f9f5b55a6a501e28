/**
 * Procedure codes (SPEC §3): a national base code `d.dddddd`, optionally followed by the executing
 * agency's identifier under QCVN 102:2016/BTTTT (`1.000494.000.00.00.H29`) or a short suffix (`1.012753.H19`).
 */

const knownShape = /^[1-9]\.\d{6}(\..+)?$/;
const baseShape = /^[1-9]\.\d{6}$/;

/** Trim, drop a leading Excel apostrophe, remove inner whitespace, upper-case. */
export function normaliseCode(raw: string): string {
  return raw
    .trim()
    .replace(/^['‘’]/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
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
