/**
 * Normalisation of headers and vocabulary values (SPEC §2): NFC, lower case, Vietnamese diacritics
 * removed (đ → d included), everything but letters and digits removed.
 */

const combiningMarks = /[\u0300-\u036f]/g;

/** Vietnamese diacritics removed, đ and Đ read as d: `đăng ký` → `dang ky`. */
export function foldDiacritics(value: string): string {
  // NFD splits a precomposed letter into base + marks; đ has no decomposition, so it is mapped by hand.
  return value.normalize('NFD').replace(combiningMarks, '').replace(/đ/g, 'd').replace(/Đ/g, 'd');
}

/** `Mã TTHC`, `MA_TTHC` and `MaTTHC` all become `matthc`. */
export function normaliseKey(value: string): string {
  return foldDiacritics(value.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A value as a list of words: `Đã hủy` → ['da', 'huy']. Vocabulary words match on whole words so
 * that `chuyển` never reads as `hủy`, which a plain substring match on `chuyen` would.
 */
export function normaliseWords(value: string): string[] {
  return foldDiacritics(value.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
