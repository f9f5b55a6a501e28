/**
 * Encodings (SPEC §2): UTF-8 with or without BOM, UTF-16 LE/BE with BOM. A file that is not valid
 * UTF-8 and has no BOM is read as Windows-1258, the Vietnamese Windows code page that Excel and old
 * one-stop software write; iconv-lite decodes it (Node's own legacy decoders vary between builds).
 */
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Detected {
  encoding: Encoding;
  bom: boolean;
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Why the bytes are not a CSV at all, or undefined when they may be one. */
export function notCsvReason(sample: Buffer): string | undefined {
  if (sample.subarray(0, 4).equals(zipMagic)) {
    return 'is an Excel workbook (.xlsx) or another ZIP archive, not a CSV: open it in Excel and save it as "CSV UTF-8 (Comma delimited)"';
  }
  if (sample.subarray(0, 4).equals(oleMagic)) {
    return 'is an old Excel workbook (.xls), not a CSV: open it in Excel and save it as "CSV UTF-8 (Comma delimited)"';
  }
  return undefined;
}

export function detectEncoding(sample: Buffer): Detected {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  return { encoding: isUtf8(sample) ? 'utf-8' : 'windows-1258', bom: false };
}

/** Valid UTF-8, allowing the sample to end inside a multi-byte character. */
function isUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function decodeSample(sample: Buffer, detected: Detected): string {
  const text = iconv.decode(sample, detected.encoding);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A stream that turns the file's bytes into UTF-8 text, BOM removed. */
export function toUtf8Stream(detected: Detected): Transform {
  if (detected.encoding === 'utf-8') return stripUtf8Bom();
  const decoder = iconv.getDecoder(detected.encoding, { stripBOM: true });
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.write(chunk);
      done(null, text ? Buffer.from(text, 'utf8') : undefined);
    },
    flush(done) {
      const text = decoder.end();
      done(null, text ? Buffer.from(text, 'utf8') : undefined);
    },
  });
}

function stripUtf8Bom(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (first) {
        first = false;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      done(null, chunk);
    },
  });
}
