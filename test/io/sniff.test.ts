import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findUnclosedQuote, sniffDelimiter, sniffLineEnding } from '../../src/io/sniff.js';

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\r\n1;2;3\r\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    // Delimiters inside quotes do not count, in the header or after it.
    ['"Mã; TTHC","Tên; thủ tục",Mức độ\n"1;2;3","x;y",4\n', ','],
    ['"a,b";"c,d";e\n"1,2,3";"4,5";6\n', ';'],
    // Commas in unquoted names of a ";" file: the header decides, the rows confirm.
    ['Mã;Tên;Mức độ\n1;Cấp phép, gia hạn, sửa đổi;4\n2;Đăng ký;3\n', ';'],
    // A header with one comma that the rows do not repeat loses to the one the rows agree with.
    ['Mã|Tên, mô tả|Mức độ\n1|Cấp phép|4\n2|Đăng ký|3\n', '|'],
    // A stray quote inside a field does not open a quoted field.
    ['Mã;Tên;Mức độ\n1;Màn hình 5" , cảm ứng;4\n2;Đăng ký;3\n', ';'],
    // Blank lines before the header are skipped; a trailing delimiter still agrees.
    ['\n\na;b;c;\n1;2;3;\n', ';'],
    ['single column\nvalue\n', ','],
    // Title lines with no delimiter above the header say nothing; the header and rows decide.
    ['DANH SÁCH THỦ TỤC HÀNH CHÍNH\n\nMã;Tên;Mức độ\n1;Cấp phép, gia hạn;4\n2;Đăng ký;3\n', ';'],
    ['', ','],
  ])('%j → %j', (text, expected) => {
    expect(sniffDelimiter(text, true)).toBe(expected);
  });

  it('ignores a last line cut off by the end of the sample', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n4;5,6,7,8,9,10', false)).toBe(';');
  });
});

describe('sniffLineEnding', () => {
  it.each([
    ['a\nb\r\n', '\n'],
    ['a\r\nb\n', '\r\n'],
    ['a\rb\r', '\r'],
    ['"x\ny"\r\nb', '\r\n'],
    ['no line end', undefined],
  ])('%j → %j', (text, expected) => {
    expect(sniffLineEnding(text)).toBe(expected);
  });
});

describe('findUnclosedQuote', () => {
  const chunks = (text: string, size = 3) =>
    Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => Buffer.from(text.slice(i * size, (i + 1) * size))));

  it.each([
    ['a,b\n1,"x\n2,3\n', 2],
    ['a,b\r\n1,"x""y"\r\n2,"open\r\n3,4\r\n', 3],
    ['a,b\r1,"ok\rstill"\r2,"open\r3,4\r', 4],
    ['a,b\n1,x"y\n2,"z\n', 3],
  ])('%j → line %d', async (text, line) => {
    expect(await findUnclosedQuote(chunks(text), ',')).toBe(line);
  });

  it('finds nothing when every quote is closed', async () => {
    expect(await findUnclosedQuote(chunks('a,b\n1,"x\ny"\n2,"""z"""\n'), ',')).toBeUndefined();
  });

  it('finds a quoted field that grows past a limit', async () => {
    expect(await findUnclosedQuote(chunks(`a;b\n1;2\n3;"${'x'.repeat(50)}"\n`), ';', 20)).toBe(3);
  });
});
