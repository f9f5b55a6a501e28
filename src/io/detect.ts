/**
 * Encodings (SPEC §2): UTF-8 with or without BOM, UTF-16 LE/BE with BOM (and without one, when the
 * zero bytes of ASCII text give the byte order away). A file with no BOM that is not valid UTF-8 is read
 * as Windows-1258, the Vietnamese Windows code page that Excel and old one-stop software write, through
 * iconv-lite (Node's own legacy decoders vary between builds) and composed to NFC — but only when the
 * result reads as Vietnamese: TCVN3 or VNI bytes decoded as 1258 would be mojibake, and are refused.
 *
 * The decision is made on the first bytes that are not ASCII, wherever they are: an export whose first
 * megabyte is plain ASCII is decided where its first accented letter appears, and since ASCII reads
 * the same in every candidate, nothing before that point was decoded wrongly. Once decided as UTF-8,
 * every chunk is still validated (a SIMD check, far cheaper than parsing), so invalid bytes later in
 * the file stop the run at their line instead of becoming U+FFFD.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { problem, wordProblem, type Problem } from '../errors.js';
import { en } from '../i18n/en/index.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Detected {
  encoding: Encoding;
  bom: boolean;
}

/** Bytes that cannot be read as text, at a byte offset of the file; the problem says what to do. */
export class EncodingProblem extends Error {
  override name = 'EncodingProblem';
  constructor(
    readonly offset: number,
    readonly problem: Problem,
    /** The bytes are not text at all. */
    readonly binary = false,
    /** The line, when the decoder counted it (UTF-16, whose line ends are two bytes). */
    readonly line?: number,
  ) {
    super(wordProblem(problem, en));
  }
}

const utf32le = Buffer.from([0xff, 0xfe, 0, 0]);
const utf32be = Buffer.from([0, 0, 0xfe, 0xff]);

/**
 * The encoding the first bytes declare or show. Files with no BOM and no zero-byte pattern come back as
 * provisional UTF-8; the decoding stream settles them (see above). Throws on binary content and on bytes
 * that read neither as UTF-8 nor as Vietnamese Windows-1258.
 */
export function detectEncoding(sample: Buffer, complete: boolean): Detected {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (sample.subarray(0, 4).equals(utf32le) || sample.subarray(0, 4).equals(utf32be)) {
    throw new EncodingProblem(0, problem('utf32'), true);
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const utf16 = utf16ByteOrder(sample);
  if (utf16) return { encoding: utf16, bom: false };
  checkNotBinary(sample, 0);
  const bytes = complete ? sample : sample.subarray(0, completeUtf8Length(sample));
  return { encoding: judgeEightBit(bytes, 0) === 'windows-1258' ? 'windows-1258' : 'utf-8', bom: false };
}

/** UTF-16 without a BOM: ASCII text leaves one byte of every pair zero, always on the same side. */
function utf16ByteOrder(sample: Buffer): Encoding | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.01) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.01) return 'utf-16be';
  return undefined;
}

/** Zero bytes never occur in 8-bit text: the file is binary, or damaged (a crash can pad it with zeros). */
export function checkNotBinary(bytes: Buffer, offset: number): void {
  const at = bytes.indexOf(0);
  if (at !== -1) {
    throw new EncodingProblem(offset + at, problem('zeroBytes'), true);
  }
}

type Verdict = 'ascii' | 'utf-8' | 'windows-1258';

/**
 * What 8-bit bytes (starting at file offset `offset`) are. Throws when they are neither: UTF-8 that
 * breaks off (a file partly in another encoding), or bytes that no candidate reads as Vietnamese.
 */
export function judgeEightBit(bytes: Buffer, offset: number): Verdict {
  if (isAscii(bytes)) return 'ascii';
  if (isUtf8(bytes)) return 'utf-8';
  if (foreignCharacter(iconv.decode(bytes, 'windows-1258')) === -1) return 'windows-1258';
  const invalid = firstInvalidUtf8(bytes);
  if (!isAscii(bytes.subarray(0, invalid))) throw utf8Problem(bytes, invalid, offset);
  throw notVietnamese(offset + firstNonAscii(bytes));
}

/** UTF-8 that breaks off at `invalid`: cut short at the very end, or mixed with another encoding. */
export function utf8Problem(bytes: Buffer, invalid: number, offset: number): EncodingProblem {
  if (invalid >= completeUtf8Length(bytes)) {
    return new EncodingProblem(offset + invalid, problem('utf8CutShort'));
  }
  return invalidUtf8(offset + invalid);
}

function invalidUtf8(offset: number): EncodingProblem {
  return new EncodingProblem(offset, problem('utf8Mixed'));
}

function notVietnamese(offset: number): EncodingProblem {
  return new EncodingProblem(offset, problem('notVietnamese'));
}

export const isCombiningMark = (code: number) => code >= 0x300 && code <= 0x36f;
const vietnameseLetter = /[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
const typography = new Set('\u00a0‘’“”–—…•°±×÷©®€₫№');

/**
 * Whether decoded 8-bit text is mojibake rather than Vietnamese: more than one in ten characters outside
 * ASCII are neither Vietnamese letters nor common typography (TCVN3 bytes read as 1258 give `µ ¸ ¶ · ¹`,
 * VNI gives `û ï ö`, UTF-8 gives `Ã£ á»™`). Returns the index of the first such character, or -1.
 */
export function foreignCharacter(text: string): number {
  let foreign = 0;
  let total = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    total++;
    const ch = text[i]!;
    if (!vietnameseLetter.test(ch) && !typography.has(ch) && !isCombiningMark(ch.charCodeAt(0))) {
      foreign++;
      if (first === -1) first = i;
    }
  }
  return foreign > Math.max(1, total / 10) ? first : -1;
}

function firstNonAscii(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return 0;
}

/** Windows-1258 writes tone marks as combining characters; NFC composes them into Vietnamese letters. */
export function decodeWindows1258(bytes: Buffer): string {
  return iconv.decode(bytes, 'windows-1258').normalize('NFC');
}

/** The length of `bytes` without a multi-byte UTF-8 character cut off at its end. */
export function completeUtf8Length(bytes: Buffer): number {
  const end = bytes.length;
  for (let back = 1; back <= Math.min(3, end); back++) {
    const byte = bytes[end - back]!;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? end - back : end;
    }
  }
  return end;
}

/** Offset of the first byte where `bytes` stops being valid UTF-8. */
export function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; a prefix may only end on a character boundary.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const prefix = bytes.subarray(0, middle);
    if (isUtf8(prefix.subarray(0, completeUtf8Length(prefix)))) low = middle;
    else high = middle - 1;
  }
  return completeUtf8Length(bytes.subarray(0, low));
}
