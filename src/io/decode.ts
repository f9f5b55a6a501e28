/**
 * The decoding stream: a file's bytes into UTF-8 text, in the encoding detect.ts found (and settling a
 * provisional UTF-8 where the first non-ASCII bytes appear, as detect.ts explains).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { problem } from '../errors.js';
import {
  checkNotBinary,
  completeUtf8Length,
  decodeWindows1258,
  type Detected,
  EncodingProblem,
  firstInvalidUtf8,
  foreignCharacter,
  isCombiningMark,
  judgeEightBit,
  utf8Problem,
} from './detect.js';

type Mode = 'undecided' | 'utf-8' | 'windows-1258' | 'utf-16';

/** Turns a file's bytes into UTF-8 text, BOM removed; `encoding` is final once the stream has ended. */
export class TextDecoding extends Transform {
  private mode: Mode;
  private detected: Detected;
  /** File offset of the next byte written to the stream. */
  private offset = 0;
  /** The start of a UTF-8 character cut off at the end of the last chunk. */
  private carry: Buffer = Buffer.alloc(0);
  /** Windows-1258 text held back: the last letter may still receive combining marks. */
  private pendingText = '';
  /** UTF-16: the line the next decoded text starts on, and whether the text so far ended in a CR. */
  private utf16Line = 1;
  private utf16AfterCr = false;

  constructor(detected: Detected) {
    super();
    this.detected = { ...detected };
    if (detected.encoding === 'utf-16le' || detected.encoding === 'utf-16be') {
      this.mode = 'utf-16';
    } else if (detected.encoding === 'windows-1258') {
      this.mode = 'windows-1258';
    } else {
      this.mode = detected.bom ? 'utf-8' : 'undecided';
    }
  }

  get encoding(): Detected {
    return this.detected;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      const start = this.offset;
      this.offset += chunk.length;
      if (start === 0 && this.detected.bom && this.mode === 'utf-8') chunk = chunk.subarray(3);
      this.decode(chunk, start, false);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.decode(Buffer.alloc(0), this.offset, true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private decode(chunk: Buffer, start: number, end: boolean): void {
    if (this.mode === 'utf-16') {
      this.pushUtf16(chunk, start, end);
      return;
    }
    checkNotBinary(chunk, start);
    if (this.mode === 'windows-1258') {
      this.pushWindows1258(chunk, start, end);
      return;
    }
    const bytesStart = start - this.carry.length;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const body = bytes.subarray(0, end ? bytes.length : completeUtf8Length(bytes));
    this.carry = Buffer.from(bytes.subarray(body.length));
    if (this.mode === 'undecided' && !isAscii(body)) {
      if (judgeEightBit(body, bytesStart) === 'windows-1258') {
        this.mode = 'windows-1258';
        this.detected = { encoding: 'windows-1258', bom: false };
        this.carry = Buffer.alloc(0);
        this.pushWindows1258(bytes, bytesStart, end);
        return;
      }
      this.mode = 'utf-8';
    }
    if (this.mode === 'utf-8' && !isUtf8(body)) throw utf8Problem(body, firstInvalidUtf8(body), bytesStart);
    if (body.length) this.push(body);
  }

  /**
   * Decodes UTF-16, refusing what UTF-8 refuses too (issue 15): half of a surrogate pair without the
   * other, which would become U+FFFD in silence, and a file that ends on an odd byte (cut short).
   */
  private pushUtf16(chunk: Buffer, start: number, end: boolean): void {
    const bytesStart = start - this.carry.length;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    if (end && bytes.length % 2 === 1) {
      throw new EncodingProblem(bytesStart + bytes.length - 1, problem('utf16CutShort'), false, this.lineIn(utf16Text(bytes.subarray(0, -1), this.detected)));
    }
    let length = bytes.length - (bytes.length % 2);
    // A high surrogate at the end of the chunk waits for its other half in the next one.
    if (!end && length >= 2 && isHighSurrogate(unitAt(bytes, length - 2, this.detected))) length -= 2;
    this.carry = Buffer.from(bytes.subarray(length));
    let text = utf16Text(bytes.subarray(0, length), this.detected);
    let textStart = bytesStart;
    if (bytesStart === 0 && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
      textStart = 2;
    }
    const lone = loneSurrogate.exec(text);
    if (lone) {
      throw new EncodingProblem(textStart + 2 * lone.index, problem('utf16LoneSurrogate'), false, this.lineIn(text.slice(0, lone.index)));
    }
    this.utf16Line = this.lineIn(text);
    this.utf16AfterCr = text.length > 0 ? text.endsWith('\r') : this.utf16AfterCr;
    if (text) this.push(Buffer.from(text, 'utf8'));
  }

  /** The line at the end of `text`, the next text decoded: LF, CRLF and CR each end a line. */
  private lineIn(text: string): number {
    let line = this.utf16Line;
    const breaks = text.match(/\r\n|\r|\n/g) ?? [];
    line += breaks.length;
    // A CRLF cut between chunks: its LF ended no further line.
    if (this.utf16AfterCr && text.startsWith('\n')) line--;
    return line;
  }

  /** Decodes, refusing a chunk that no longer reads as Vietnamese (a file that switches encodings). */
  private pushWindows1258(bytes: Buffer, start: number, end: boolean): void {
    const decoded = iconv.decode(bytes, 'windows-1258');
    // One byte is one character here, so an index into the text is an offset into the chunk.
    const foreign = foreignCharacter(decoded);
    if (foreign !== -1) {
      throw new EncodingProblem(start + foreign, problem('windows1258Mixed'));
    }
    const text = this.pendingText + decoded;
    let cut = text.length;
    if (!end) {
      // Keep the last letter and its marks: the next chunk may start with more marks for it.
      while (cut > 0 && isCombiningMark(text.charCodeAt(cut - 1))) cut--;
      cut = Math.max(cut - 1, 0);
    }
    this.pendingText = text.slice(cut);
    const ready = text.slice(0, cut).normalize('NFC');
    if (ready) this.push(Buffer.from(ready, 'utf8'));
  }
}

/** A surrogate code unit that is not part of a pair. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

function unitAt(bytes: Buffer, at: number, detected: Detected): number {
  return detected.encoding === 'utf-16be' ? bytes.readUInt16BE(at) : bytes.readUInt16LE(at);
}

/** UTF-16 bytes (an even number) as text, lone surrogates kept as they are. */
function utf16Text(bytes: Buffer, detected: Detected): string {
  return detected.encoding === 'utf-16be' ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString('utf16le');
}

/** The start of a file as text, for sniffing (a character cut off at its end becomes U+FFFD, which sniffing ignores). */
export function decodeSample(sample: Buffer, detected: Detected): string {
  const text = detected.encoding === 'windows-1258' ? decodeWindows1258(sample) : iconv.decode(sample, detected.encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
