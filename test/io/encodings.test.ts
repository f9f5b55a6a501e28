/**
 * Encodings and files that are not CSVs. The binary fixtures (UTF-16, Windows-1258, workbooks) are made
 * here in a temporary folder rather than committed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readProcedures } from '../../src/io/procedures.js';
import { expectInputError, quirks, tempDir, utf16, windows1258 } from './helpers.js';

const dir = tempDir();
afterAll(() => dir.remove());

const list = [
  'Mã TTHC;Tên thủ tục;Mức độ DVC;Cơ quan thực hiện',
  '1.000001;Cấp giấy phép xây dựng;Toàn trình;Sở Xây dựng',
  '1.000002;Đăng ký kết hôn có yếu tố nước ngoài;Một phần;Sở Tư pháp',
  '1.000003;Chứng thực bản sao từ bản chính;Mức độ 9;Ủy ban nhân dân cấp xã',
].join('\r\n');

const expectedRows = [
  [2, '1.000001', 4, 'Cấp giấy phép xây dựng', 'Sở Xây dựng'],
  [3, '1.000002', 3, 'Đăng ký kết hôn có yếu tố nước ngoài', 'Sở Tư pháp'],
  [4, '1.000003', 0, 'Chứng thực bản sao từ bản chính', 'Ủy ban nhân dân cấp xã'],
];

async function readBytes(name: string, bytes: Uint8Array) {
  const read = await readProcedures(dir.write(name, bytes));
  return {
    rows: read.rows.map((r) => [r.line, r.code, r.level, r.name, r.agency]),
    issues: read.issues.map((i) => [i.kind, i.line, i.field, i.value]),
    summary: read.summary,
  };
}

describe('encodings', () => {
  it.each([
    ['UTF-16LE with BOM (Excel "Unicode Text", tab-separated)', utf16(list.replaceAll(';', '\t'), 'le'), 'utf-16le', '\t'],
    ['UTF-16BE with BOM', utf16(list, 'be'), 'utf-16be', ';'],
    ['UTF-16LE without BOM', utf16(list, 'le', false), 'utf-16le', ';'],
    ['Windows-1258, tone marks as combining characters', windows1258(list), 'windows-1258', ';'],
    ['Windows-1258, every tone mark combining', windows1258(list, { precomposed: false }), 'windows-1258', ';'],
  ])('reads %s', async (_, bytes, encoding, delimiter) => {
    const { rows, issues, summary } = await readBytes(`${encoding}-${delimiter}.csv`, bytes);
    expect(summary).toMatchObject({ encoding, delimiter, rows: 3 });
    expect(summary.columns).toMatchObject({ code: 'Mã TTHC', level: 'Mức độ DVC', agency: 'Cơ quan thực hiện' });
    expect(rows).toEqual(expectedRows);
    expect(issues).toEqual([['unknown-level', 4, 'level', 'Mức độ 9']]);
  });

  it('Windows-1258 really has combining marks, and the reader composes them', () => {
    const bytes = windows1258('Mức độ');
    expect(bytes.includes(0xf2)).toBe(true); // U+0323 combining dot below, as 1258 writes it
    expect(iconv.decode(bytes, 'windows-1258')).not.toBe('Mức độ');
    expect(iconv.decode(bytes, 'windows-1258').normalize('NFC')).toBe('Mức độ');
  });

  it('reads an Excel "Unicode Text" export', async () => {
    const read = await readProcedures(quirks('excel-unicode-text.txt'));
    expect(read.summary).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rows: 20 });
  });

  it('decides Windows-1258 where the first accented letter appears, even after a megabyte of ASCII', async () => {
    let ascii = 'Ma TTHC;Ten thu tuc;Muc do DVC\r\n';
    let n = 0;
    while (ascii.length < 1_500_000) ascii += `1.${String(100000 + (n++ % 800000))};Cap giay phep ${n};4\r\n`;
    const bytes = Buffer.concat([Buffer.from(ascii), windows1258('1.999999;Đăng ký kết hôn;Mức độ 9\r\n')]);
    const read = await readProcedures(dir.write('late-1258.csv', bytes));
    expect(read.summary).toMatchObject({ encoding: 'windows-1258', rows: n + 1 });
    expect(read.rows.at(-1)).toMatchObject({ line: n + 2, code: '1.999999', name: 'Đăng ký kết hôn', level: 0 });
    expect(read.issues.map((i) => [i.kind, i.line, i.value])).toEqual([['unknown-level', n + 2, 'Mức độ 9']]);
  });

  function utf8Rows(minBytes: number): { text: string; lines: number } {
    const parts = ['Mã TTHC,Tên thủ tục,Mức độ\n'];
    let bytes = 0;
    while (bytes < minBytes) {
      parts.push(`1.${String(100000 + parts.length)},Cấp giấy phép số ${parts.length},4\n`);
      bytes += Buffer.byteLength(parts.at(-1)!);
    }
    return { text: parts.join(''), lines: parts.length };
  }

  it.each([
    ['inside the first sample', 100_000],
    ['after the first megabyte', 2_100_000],
  ])('stops at invalid UTF-8 %s, naming its line, instead of reading U+FFFD', async (_, size) => {
    const { text, lines } = utf8Rows(size);
    const file = dir.write(
      `mixed-${size}.csv`,
      Buffer.concat([Buffer.from(text), windows1258('1.999998,Đăng ký kết hôn,3\n'), Buffer.from('1.999997,Khai sinh,3\n')]),
    );
    await expectInputError(readProcedures(file), {
      file,
      line: lines + 1,
      message:
        'has bytes that are not valid UTF-8 on this line, though the text before it is UTF-8: part of the file is in another encoding (Windows-1258?): export the whole file again as CSV UTF-8',
    });
  });

  it('says so when a UTF-8 file is cut short in the middle of a character', async () => {
    const bytes = Buffer.from('Mã TTHC,Tên thủ tục,Mức độ\n1.000001,Đăng ký,4\n1.000002,Đ');
    const file = dir.write('cut.csv', bytes.subarray(0, -1));
    await expectInputError(readProcedures(file), { file, line: 3, message: /^.*ends in the middle of a UTF-8 character, so the file was cut short/ });
  });

  describe('UTF-16 damage, refused as the same damage in UTF-8 is (issue 15)', () => {
    /** A list of `rows` rows, CRLF, each name with a character outside the BMP (a surrogate pair). */
    function utf16Rows(rows: number): string {
      const lines = ['Mã TTHC;Tên thủ tục;Mức độ'];
      for (let i = 0; i < rows; i++) lines.push(`1.${String(100000 + i).padStart(6, '0')};Đăng ký kết hôn \u{1f4dd} số ${i};4`);
      return `${lines.join('\r\n')}\r\n`;
    }

    it.each(['le', 'be'] as const)('reads pairs cut between chunks (UTF-16%s, a few megabytes)', async (order) => {
      const read = await readProcedures(dir.write(`pairs-${order}.txt`, utf16(utf16Rows(40_000), order)));
      expect(read.rows).toHaveLength(40_000);
      expect(read.rows[39_999]).toMatchObject({ line: 40_001, name: 'Đăng ký kết hôn \u{1f4dd} số 39999' });
      expect(read.rows.every((row) => !row.name.includes('\ufffd'))).toBe(true);
    });

    it.each([
      ['a high surrogate alone, early', 'le', 3, '\ud83d'],
      ['a low surrogate alone, after megabytes', 'le', 30_002, '\udcdd'],
      ['a high surrogate alone, big-endian, after megabytes', 'be', 30_002, '\ud83d'],
    ] as const)('stops at %s, naming its line, instead of reading U+FFFD', async (_, order, line, unit) => {
      const rows = utf16Rows(40_000).split('\r\n');
      rows[line - 1] = `1.999999;Khai sinh ${unit} lỗi;4`;
      const file = dir.write(`lone-${order}-${line}.txt`, utf16(rows.join('\r\n'), order));
      await expectInputError(readProcedures(file), {
        file,
        line,
        message:
          'has a broken UTF-16 character on this line (one half of a surrogate pair without the other): part of the file is damaged: export the whole file again',
      });
    });

    it('says so when a UTF-16 file is cut short at an odd byte', async () => {
      const bytes = utf16('Mã TTHC\tTên thủ tục\tMức độ\r\n1.000001\tĐăng ký\t4\r\n1.000002\tKhai sinh\t3', 'le');
      const file = dir.write('cut-utf16.txt', bytes.subarray(0, -1));
      await expectInputError(readProcedures(file), {
        file,
        line: 3,
        message: /^.*ends in the middle of a UTF-16 character \(an odd number of bytes\), so the file was cut short/,
      });
    });
  });

  it('refuses TCVN3 bytes rather than reading them as Windows-1258 mojibake', async () => {
    // "Mã TTHC,Tên thủ tục,Mức độ" in the TCVN3 (ABC) font encoding.
    const tcvn3 = Buffer.from('M\xb7 TTHC,T\xaan th\xf1 t\xf5c,M\xad\xeac \xae\xe9\n1.000001,\xae\xb8ng k\xfd,4\n', 'latin1');
    const file = dir.write('tcvn3.csv', tcvn3);
    await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message:
        'is not UTF-8 text, and read as Windows-1258 it is not Vietnamese either (an old TCVN3/VNI font encoding, or not text): open it in Excel and save it as "CSV UTF-8 (Comma delimited)"',
    });
  });

  it('refuses text that was converted to UTF-8 twice', async () => {
    const file = quirks('double-encoded.csv');
    await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message:
        'looks garbled ("MÃ£ TTHC,TÃªn"): its text was converted to UTF-8 twice (opened as another encoding and saved again): export it again from the source as CSV UTF-8',
    });
  });
});

describe('files that are not CSVs', () => {
  const excel = 'open it in Excel and save it as "CSV UTF-8 (Comma delimited)"';
  it.each([
    [
      'book.csv',
      Buffer.from('PK\x03\x04\x14\x00\x06\x00 workbook', 'latin1'),
      /: is a damaged or incomplete workbook \(.*\): open it in Excel and save it again as \.xlsx, or export it again$/,
    ],
    [
      'old.xls',
      Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex'),
      'is an old binary Excel workbook (.xls, Excel 97–2003), which this tool does not read: open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8',
    ],
    ['report.csv', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'is a PDF document, not a CSV: export the data from its source as CSV UTF-8'],
    ['export.csv.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'is gzip-compressed: decompress it first (gunzip) and give the CSV inside'],
    [
      'image.csv',
      Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex'),
      'contains zero bytes, so it is a binary file or a damaged one, not a CSV: export the data again as CSV UTF-8',
    ],
    ['utf32.csv', Buffer.from('fffe00004d000000', 'hex'), `is UTF-32 text, which tthc-check does not read: ${excel}`],
    [
      'spreadsheet.xml',
      Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\n'),
      'is an "XML Spreadsheet 2003" file, which this tool does not read: open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8',
    ],
  ])('refuses %s', async (name, bytes, message) => {
    const file = dir.write(name, bytes);
    await expectInputError(readProcedures(file), { file, message });
  });

  it('reads an HTML table saved under an .xls name as a table, whose missing column it names', async () => {
    const file = quirks('html-table.xls');
    await expectInputError(readProcedures(file), { file, line: 1, message: /:1: no column for the required field "level"\./ });
  });

  it('names the line of zero bytes that come after the first megabyte (a damaged file)', async () => {
    let text = 'Mã TTHC,Tên thủ tục,Mức độ\n';
    let lines = 1;
    while (text.length < 1_200_000) text += `1.${String(100000 + lines++)},Cấp phép,4\n`;
    const file = dir.write('padded.csv', Buffer.concat([Buffer.from(text), Buffer.alloc(32)]));
    await expectInputError(readProcedures(file), { file, line: lines + 1, message: /contains zero bytes/ });
  });

  it('reads a file whose only content is a BOM as blank', async () => {
    const file = dir.write('bom.csv', Buffer.from([0xef, 0xbb, 0xbf]));
    await expectInputError(readProcedures(file), { file, message: /contains nothing but blank lines/ });
  });
});
