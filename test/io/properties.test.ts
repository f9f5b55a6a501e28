/**
 * Property tests of the reader (fast-check): (1) any bytes give a result or an InputError, never another
 * exception and never a hang; (2) one table written in any supported encoding, delimiter, quoting, line
 * end and Unicode form reads back exactly as its plain UTF-8, comma, LF version does.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { readProcedures } from '../../src/io/procedures.js';
import { tempDir, utf16, windows1258 } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());
let files = 0;
const write = (bytes: Uint8Array) => dir.write(`case-${files++}.csv`, bytes);

/** What a read says, without the file name (each case has its own temporary file). */
async function outcome(file: string) {
  try {
    const read = await readProcedures(file);
    return {
      rows: read.rows,
      issues: read.issues.map(({ file: _, ...issue }) => issue),
      summary: { rows: read.summary.rows, errorRows: read.summary.errorRows, columns: read.summary.columns },
    };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message.slice(file.length), line: error.line };
    throw error;
  }
}

describe('any bytes', () => {
  const interesting = [
    0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0x20, 0x31, 0x2e, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xa1, 0xe1, 0xbb, 0x87, 0x50, 0x4b,
  ];
  const header = Buffer.from('Mã TTHC,Tên thủ tục,Mức độ\n');
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    fc.array(fc.constantFrom(...interesting), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
    fc
      .array(fc.oneof(fc.constantFrom(...interesting), fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 300 })
      .map((a) => Buffer.concat([header, Uint8Array.from(a)])),
    fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.concat([Buffer.from([0xff, 0xfe]), a])),
  );

  it('give a result or an InputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        const file = write(content);
        try {
          const read = await readProcedures(file);
          expect(read.rows.length).toBeGreaterThan(0);
          for (const row of read.rows) expect(row.line).toBeGreaterThan(1);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message).toMatch(/^.+: \S/);
          expect(error.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('one table in every supported form', () => {
  const vietnamese = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠÂÊÔ '];
  const special = [',', ';', '|', '\t', '"', '\n', ' ', "'"];
  // A value that starts with a quote and holds a whole line with a row's worth of delimiters reads as rows
  // run together by a stray quote (a finding that depends on the delimiter, by design): names do not start
  // with a quote here, so every form must read exactly alike.
  const name = fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...vietnamese) }, { weight: 1, arbitrary: fc.constantFrom(...special) }), { maxLength: 24 })
    .map((chars) => chars.join('').replace(/^"/, "'"));
  const code = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 999999 }), fc.constantFrom('', '.000.00.00.H23', '.H19'))
    .map(([base, number, suffix]) => `${base}.${String(number).padStart(6, '0')}${suffix}`);
  const level = fc.constantFrom('1', '2', '3', '4', 'Mức độ 3', 'Mức độ 4', 'Toàn trình', 'Một phần', 'Cung cấp thông tin', '', 'Mức độ 5', 'không rõ');
  const row = fc.record({ code, name, level, blankBefore: fc.boolean() });
  const table = fc.array(row, { minLength: 1, maxLength: 8 });
  const form = fc.record({
    encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    quoting: fc.constantFrom('minimal', 'all'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    unicode: fc.constantFrom('NFC', 'NFD'),
  });
  type Form = { encoding: string; delimiter: string; quoting: string; lineEnd: string; unicode: string };
  type Row = { code: string; name: string; level: string; blankBefore: boolean };

  function serialise(rows: Row[], { encoding, delimiter, quoting, lineEnd, unicode }: Form): Uint8Array {
    const cell = (value: string) => (quoting === 'all' || /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value);
    const lines = [['Mã TTHC', 'Tên thủ tục', 'Mức độ'].map(cell).join(delimiter)];
    for (const r of rows) {
      if (r.blankBefore) lines.push('');
      lines.push([r.code, r.name, r.level].map(cell).join(delimiter));
    }
    const text = (lines.join(lineEnd) + lineEnd).normalize(unicode as 'NFC' | 'NFD');
    if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${text}`);
    if (encoding === 'utf-16le') return utf16(text, 'le');
    if (encoding === 'utf-16be') return utf16(text, 'be');
    if (encoding === 'windows-1258') return windows1258(text);
    return Buffer.from(text);
  }

  const plain: Form = { encoding: 'utf-8', delimiter: ',', quoting: 'minimal', lineEnd: '\n', unicode: 'NFC' };

  it('reads the same rows, lines and issues', async () => {
    await fc.assert(
      fc.asyncProperty(table, form, async (rows, variant) => {
        const expected = await outcome(write(serialise(rows, plain)));
        expect(expected).toHaveProperty('rows');
        expect(await outcome(write(serialise(rows, variant)))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives names in NFC, whatever form the file is in', async () => {
    const [r] = [{ code: '1.000001', name: 'Đăng ký kết hôn\nlần đầu', level: 'Toàn trình', blankBefore: true }];
    const read = await readProcedures(write(serialise([r], { ...plain, encoding: 'windows-1258', unicode: 'NFD', lineEnd: '\r' })));
    expect(read.rows.map((x) => [x.line, x.name, x.level])).toEqual([[3, 'Đăng ký kết hôn\nlần đầu', 4]]);
    expect(read.rows[0]!.name).toBe(read.rows[0]!.name.normalize('NFC'));
  });
});
