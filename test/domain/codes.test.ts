import { describe, expect, it } from 'vitest';
import { foreignCharacter, normaliseCode } from '../../src/domain/codes.js';

describe('normaliseCode', () => {
  it.each([
    ['zero-width space', '1.000894.\u200b000.00.00.H23'],
    ['zero-width non-joiner', '1.000894\u200c.000.00.00.H23'],
    ['zero-width joiner', '1.000894.000.00.00.H\u200d23'],
    ['word joiner', '\u20601.000894.000.00.00.H23'],
    ['BOM inside the cell', '1.000894.000\ufeff.00.00.H23'],
    ['no-break space', '1.000894.000.00.00.\u00a0H23'],
    ['zero-width space before the apostrophe', "\u200b'1.000894.000.00.00.H23"],
  ])('removes a %s, which would make a distinct code shown the same', (_, raw) => {
    expect(normaliseCode(raw)).toBe('1.000894.000.00.00.H23');
  });
});

describe('foreignCharacter', () => {
  it('is nothing for an ASCII code', () => {
    expect(foreignCharacter('1.000894.000.00.00.H23')).toBeUndefined();
  });

  it('names a Cyrillic look-alike, its code point and position', () => {
    expect(foreignCharacter('1.000894.000.00.00.\u041d23')).toEqual({ codePoint: 'U+041D', shown: 'Н', position: 20, count: 1 });
  });

  it('counts the others and shows an invisible one as nothing', () => {
    expect(foreignCharacter('1.00\u00ad0894.Н23')).toEqual({ codePoint: 'U+00AD', shown: '', position: 5, count: 2 });
  });

  it('shows a combining mark on a dotted circle, and counts a character outside the BMP once', () => {
    expect(foreignCharacter('1.0\u03010')).toMatchObject({ codePoint: 'U+0301', shown: '\u25cc\u0301', position: 4 });
    expect(foreignCharacter('\u{1d7cf}.000894.X')).toMatchObject({ codePoint: 'U+1D7CF', shown: '\u{1d7cf}', position: 1, count: 1 });
  });
});
