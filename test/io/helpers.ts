/** Temporary files and encoders for the reader tests: binary fixtures are made here, not committed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { InputError } from '../../src/errors.js';

export const quirks = (name: string) => fileURLToPath(new URL(`../../fixtures/quirks/${name}`, import.meta.url));

export interface TempDir {
  path: (name: string) => string;
  write: (name: string, content: string | Uint8Array) => string;
  remove: () => void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-io-'));
  const path = (name: string) => join(dir, name);
  return {
    path,
    write: (name, content) => {
      writeFileSync(path(name), content);
      return path(name);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Vietnamese text as Windows writes it in code page 1258: letters the code page has are single bytes,
 * the others are a base letter followed by a combining tone mark (ế → ê + U+0301). With `precomposed`
 * false, every tone mark is written combining (á → a + U+0301), as some converters do.
 */
export function windows1258(text: string, { precomposed = true } = {}): Buffer {
  const written = [...text.normalize('NFC')]
    .map((ch) => {
      if (ch === '?' || (precomposed && !iconv.encode(ch, 'windows-1258').includes(0x3f))) return ch;
      const parts = ch.normalize('NFD');
      const tone = parts.match(toneMarks)?.[0];
      if (!tone) return ch;
      return parts.replace(tone, '').normalize('NFC') + tone;
    })
    .join('');
  return iconv.encode(written, 'windows-1258');
}

export function utf16(text: string, byteOrder: 'le' | 'be', bom = true): Buffer {
  const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return byteOrder === 'be' ? bytes.swap16() : bytes;
}

/** Awaits a rejection and checks it is an InputError with this file, line and message. */
export async function expectInputError(promise: Promise<unknown>, expected: { file: string; line?: number; message: RegExp | string }): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const inputError = error as InputError;
  expect(inputError.file).toBe(expected.file);
  expect(inputError.line).toBe(expected.line);
  const prefix = expected.line === undefined ? `${expected.file}: ` : `${expected.file}:${expected.line}: `;
  expect(inputError.message.startsWith(prefix)).toBe(true);
  if (typeof expected.message === 'string') expect(inputError.message).toBe(prefix + expected.message);
  else expect(inputError.message).toMatch(expected.message);
  expect(inputError.message).not.toContain('\n');
  return inputError;
}
