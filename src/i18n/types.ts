/** The languages the tool speaks (SPEC §8). */
export const langs = ['vi', 'en'] as const;
export type Lang = (typeof langs)[number];

export function isLang(value: unknown): value is Lang {
  return (langs as readonly unknown[]).includes(value);
}
