/**
 * Workbooks and HTML tables as users hand them over (fixtures/workbooks/, written by openpyxl or as a
 * one-stop system writes them): the rows, their Excel row numbers, the sheet chosen, and the refusals.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, problem } from '../../../src/errors.js';
import {
  detectWorkbook,
  readWorkbook,
  splitSheetSelector,
  type WorkbookIssue,
  type WorkbookReadOptions,
  type WorkbookShape,
} from '../../../src/io/workbook/index.js';
import { expectInputError, tempDir, windows1258 } from '../helpers.js';

const workbook = (name: string) => fileURLToPath(new URL(`../../../fixtures/workbooks/${name}`, import.meta.url));
const temp = tempDir();
afterAll(() => temp.remove());

const hasCode = (cells: string[]) => cells.includes('Mã TTHC');

async function read(file: string, options: Partial<WorkbookReadOptions> = {}) {
  const rows: [number, string[]][] = [];
  const issues: WorkbookIssue[] = [];
  let header: string[] & { line: number } = Object.assign([], { line: 0 });
  let seen: WorkbookShape | undefined;
  const shape = await readWorkbook(file, {
    isHeader: hasCode,
    onIssue: (issue) => issues.push(issue),
    ...options,
    onHeader(cells, shapeAtHeader) {
      header = cells;
      seen = shapeAtHeader;
      return (fields, row) => rows.push([row, fields]);
    },
  });
  expect(seen).toEqual(shape);
  return { shape, header, rows, issues };
}

const header = [
  'STT',
  'Mã TTHC',
  'Tên thủ tục',
  'Cơ quan thực hiện',
  'Cấp thực hiện',
  'Mức độ DVC',
  'Tích hợp DVCQG',
  'Ngày ký QĐ công bố',
  'Ngày cập nhật CSDLQG',
];

describe('a provincial procedure list as portals export it', () => {
  it('skips the title rows, finds the header on row 4 and gives Excel row numbers', async () => {
    const { shape, header: found, rows, issues } = await read(workbook('procedures-ha-nam.xlsx'));
    expect(shape).toMatchObject({ format: 'xlsx', sheet: 'Danh mục TTHC', headerRow: 4 });
    expect(shape.location).toBe(`${workbook('procedures-ha-nam.xlsx')}#Danh mục TTHC`);
    expect(shape.sheets).toEqual([{ name: 'Danh mục TTHC', number: 1, hidden: false }]);
    expect([...found]).toEqual(header);
    expect(found.line).toBe(4);
    expect(rows.map(([row]) => row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16]);
    expect(issues).toEqual([]);
  });

  it('reads shared strings (rich text joined, phonetic guide left out), formulas by their result, dates in UTC+7', async () => {
    const { rows } = await read(workbook('procedures-ha-nam.xlsx'));
    expect(rows[0]).toEqual([
      5,
      [
        '1',
        '1.116555.000.00.00.H23',
        'Chấm dứt hoạt động văn phòng giám định tư pháp',
        'Sở Tư pháp',
        'Cấp tỉnh',
        'Toàn trình',
        'Có',
        '2025-03-05',
        '2025-03-12',
      ],
    ]);
    expect(rows[1]).toEqual([
      6,
      [
        '2',
        '1.116554.000.00.00.H23',
        'Tạm ngừng hoạt động của văn phòng giám định tư pháp',
        'Sở Tư pháp',
        'Cấp tỉnh',
        'Một phần',
        'Có',
        '2025-03-05',
        '2025-03-11T14:30:00',
      ],
    ]);
    expect(rows[2]![1][8]).toBe('');
    // A base code typed as a number in a 0.000000 cell keeps its trailing zero.
    expect(rows[7]).toEqual([
      12,
      [
        '8',
        '3.000620',
        'Điều chỉnh Quyết định chấp thuận nhà đầu tư dự án lưới điện',
        'Ủy ban nhân dân cấp tỉnh',
        'Cấp tỉnh',
        'Một phần',
        'Có',
        '2024-12-27',
        '2025-01-06',
      ],
    ]);
  });

  it('gives merged agency cells to every row they cover', async () => {
    const { rows } = await read(workbook('procedures-ha-nam.xlsx'));
    expect(rows.slice(0, 7).map(([, cells]) => cells[3])).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp', 'Sở Y tế', 'Sở Y tế', 'Sở Y tế', 'Sở Xây dựng']);
  });

  it('hands the total row and the signature footer on as rows, at the header width', async () => {
    const { rows } = await read(workbook('procedures-ha-nam.xlsx'));
    expect(rows.slice(8)).toEqual([
      [13, ['Tổng cộng', '', '8 thủ tục', '', '', '', '', '', '']],
      [15, ['', '', 'Người lập biểu', '', '', '', '', 'Hà Nam, ngày 15 tháng 3 năm 2025', '']],
      [16, ['', '', '(Ký, ghi rõ họ tên)', '', '', '', '', '', '']],
    ]);
  });

  it('streamed, leaves merges alone and warns once, naming the first range over the data rows', async () => {
    const { rows, issues } = await read(workbook('procedures-ha-nam.xlsx'), { merges: 'stream' });
    expect(rows.slice(0, 4).map(([, cells]) => cells[3])).toEqual(['Sở Tư pháp', '', '', 'Sở Y tế']);
    expect(issues).toEqual([
      {
        severity: 'warning',
        kind: 'merged-cells-not-applied',
        file: `${workbook('procedures-ha-nam.xlsx')}#Danh mục TTHC`,
        line: 5,
        cell: 'D5:D7',
        count: 2,
      },
    ]);
  });

  it('reads the 1904 date system to the same calendar dates', async () => {
    const { rows, shape } = await read(workbook('procedures-1904.xlsx'));
    expect(shape.headerRow).toBe(4);
    expect(rows.slice(0, 3).map(([, cells]) => cells.slice(7))).toEqual([
      ['2025-03-05', '2025-03-12'],
      ['2025-03-05', '2025-03-11T14:30:00'],
      ['2025-03-05', ''],
    ]);
  });

  it('reports progress up to the size of the sheet', async () => {
    const reports: [number, number][] = [];
    await read(workbook('procedures-ha-nam.xlsx'), { onProgress: (done, total) => reports.push([done, total]) });
    const [done, total] = reports.at(-1)!;
    expect(done).toBe(total);
    expect(total).toBeGreaterThan(0);
  });

  it('lets an InputError from the row handler through, with its line', async () => {
    const file = workbook('procedures-ha-nam.xlsx');
    await expectInputError(
      readWorkbook(file, {
        isHeader: hasCode,
        onHeader: () => (_cells, row) => {
          if (row === 7) throw new InputError(`${file}#Danh mục TTHC`, problem('countsEmptyCode'), row);
        },
      }),
      { file: `${file}#Danh mục TTHC`, line: 7, message: /dossiers counted under an empty code/ },
    );
  });
});

describe('choosing the sheet', () => {
  it('skips a hidden sheet even when its header fits, and says which formulas have no stored result', async () => {
    const { shape, rows, issues } = await read(workbook('hidden-sheet-first.xlsx'));
    expect(shape.sheet).toBe('Danh mục');
    expect(shape.sheets).toEqual([
      { name: 'Dữ liệu cũ', number: 1, hidden: true },
      { name: 'Danh mục', number: 2, hidden: false },
      { name: '2025', number: 3, hidden: false },
    ]);
    expect(rows[0]![1].slice(0, 2)).toEqual(['1', '3.000449.000.00.00.H23']);
    expect(rows[1]![1].slice(0, 2)).toEqual(['', '2.000655.000.00.00.H23']);
    expect(issues).toEqual([
      { severity: 'warning', kind: 'formula-without-value', file: `${workbook('hidden-sheet-first.xlsx')}#Danh mục`, line: 6, cell: 'A6', count: 2 },
    ]);
  });

  it('reads a hidden sheet when it is asked for', async () => {
    const { shape, rows } = await read(workbook('hidden-sheet-first.xlsx'), { sheet: 1 });
    expect(shape.sheet).toBe('Dữ liệu cũ');
    expect(rows).toEqual([[2, ['1.000001.000.00.00.H23', 'Mức độ 3']]]);
  });

  it('reads #2025 as the sheet named 2025 when there is no 2025th sheet', async () => {
    const { shape, rows } = await read(workbook('hidden-sheet-first.xlsx'), { sheet: 2025 });
    expect(shape.sheet).toBe('2025');
    expect(rows).toEqual([[2, ['1.014102.000.00.00.H23', 'Đã rà soát']]]);
  });

  it('takes the first fitting sheet; #2 and a name pick another', async () => {
    const file = workbook('two-sheets.xlsx');
    expect((await read(file)).shape.sheet).toBe('Cấp tỉnh');
    const second = await read(file, { sheet: 2 });
    expect(second.shape).toMatchObject({ sheet: 'Cấp xã', location: `${file}#Cấp xã`, headerRow: 1 });
    expect(second.rows).toEqual([
      [2, ['2.000635.000.00.00.H23', 'Cấp bản sao trích lục hộ tịch', 'Toàn trình']],
      [3, ['1.001193.000.00.00.H23', 'Thủ tục đăng ký khai sinh', 'Một phần']],
    ]);
    expect((await read(file, { sheet: 'cấp xã' })).shape.sheet).toBe('Cấp xã');
  });

  it('names the sheets there are when the one asked for does not exist', async () => {
    const file = workbook('two-sheets.xlsx');
    await expectInputError(read(file, { sheet: 3 }), {
      file,
      message: 'has no sheet 3 (sheets: 1 "Cấp tỉnh", 2 "Cấp xã"): check the name or number after #',
    });
    await expectInputError(read(file, { sheet: 'Cấp huyện' }), { file, message: /has no sheet named "Cấp huyện" \(sheets: 1 "Cấp tỉnh", 2 "Cấp xã"\)/ });
  });

  it('lists the sheets seen when none has the header', async () => {
    const file = workbook('procedures-ha-nam.xlsx');
    const other = workbook('two-sheets.xlsx');
    await expectInputError(read(other, { isHeader: () => false }), {
      file: other,
      message: `no sheet has a header row with the required columns among its first 30 rows (sheets: 1 "Cấp tỉnh", 2 "Cấp xã"): name the sheet to read as ${other}#NAME or ${other}#NUMBER, or check that this is the right file`,
    });
    // One visible sheet: its first row goes to the caller, whose column check says what is missing.
    const { header: first, rows } = await read(file, { isHeader: () => false });
    // The title is merged across the nine columns, so the merge fills them all.
    expect([...first]).toEqual(Array(9).fill('ỦY BAN NHÂN DÂN TỈNH HÀ NAM'));
    expect(first.line).toBe(1);
    expect(rows[0]![0]).toBe(2);
  });

  it('splits FILE#SHEET, but never a path that exists as written', async () => {
    const file = workbook('two-sheets.xlsx');
    expect(await splitSheetSelector(`${file}#2`)).toEqual({ path: file, sheet: 2 });
    expect(await splitSheetSelector(`${file}#Cấp xã`)).toEqual({ path: file, sheet: 'Cấp xã' });
    expect(await splitSheetSelector(file)).toEqual({ path: file });
    const hashed = temp.path('báo cáo #2.xlsx');
    copyFileSync(file, hashed);
    expect(await splitSheetSelector(hashed)).toEqual({ path: hashed });
    expect(await splitSheetSelector(`${hashed}#Cấp xã`)).toEqual({ path: hashed, sheet: 'Cấp xã' });
    expect(await splitSheetSelector(temp.path('missing.xlsx#2'))).toEqual({ path: temp.path('missing.xlsx#2') });
  });
});

describe('an HTML table saved as .xls', () => {
  it('reads the table below its title row: entities, line breaks, rowspans carried down', async () => {
    const file = workbook('dossiers-one-stop.xls');
    expect(await detectWorkbook(file)).toBe('html-table');
    const { shape, header: found, rows } = await read(file);
    expect(shape).toEqual({ format: 'html-table', sheets: [], location: file, headerRow: 2, size: readFileSync(file).length });
    expect([...found]).toEqual(['STT', 'Mã hồ sơ', 'Mã TTHC', 'Tên thủ tục', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái']);
    expect(rows.map(([row]) => row)).toEqual([3, 4, 5, 6, 7]);
    expect(rows[1]).toEqual([
      4,
      [
        '2',
        '000.00.30.H23-250303-0002',
        '1.116555.000.00.00.H23',
        'Chấm dứt hoạt động văn phòng giám định tư pháp',
        'Trực tiếp',
        '03/03/2025 09:40',
        '10/03/2025',
        'Đang xử lý',
      ],
    ]);
    expect(rows[2]![1][5]).toBe('04/03/2025\n14:05');
  });

  it('reads UTF-16 and a declared Windows-1258 page, with colspans and nested tables', async () => {
    const page = (meta: string) =>
      `<html><head>${meta}</head><body><table><tr><td colspan="2">Danh sách</td></tr><tr><th>Mã TTHC</th><th>Kênh nộp</th></tr>` +
      '<tr><td>1.116555</td><td><table><tr><td>Trực</td><td>tuyến</td></tr></table></td></tr></table></body></html>';
    const expected = [[3, ['1.116555', 'Trực tuyến']]];
    const utf16 = temp.write('utf16.xls', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]));
    expect((await read(utf16)).rows).toEqual(expected);
    const { header: utf16Header } = await read(utf16);
    expect([...utf16Header]).toEqual(['Mã TTHC', 'Kênh nộp']);
    const cp1258 = temp.write('cp1258.xls', windows1258(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')));
    // Code page 1258 writes most tone marks combining: the caller composes values it compares.
    expect((await read(cp1258)).rows.map(([row, cells]) => [row, cells.map((cell) => cell.normalize('NFC'))])).toEqual(expected);
  });

  it('has no sheets to pick', async () => {
    const file = workbook('dossiers-one-stop.xls');
    await expectInputError(read(file, { sheet: 2 }), { file, message: 'is an HTML table saved as .xls, which has no sheets: leave out "#2"' });
  });
});

describe('files that are refused, each with what to do', () => {
  const refusals: [string, () => string, string | RegExp][] = [
    ['an OpenDocument spreadsheet', () => workbook('spreadsheet.ods'), /: is an OpenDocument spreadsheet \(\.ods\): .* save it as \.xlsx/],
    ['a ZIP that holds no workbook', () => workbook('csv-in-a-zip.xlsx'), 'is a ZIP archive, not a workbook or a CSV: unzip it and give the file inside'],
    [
      'a binary Excel 97–2003 workbook',
      () => temp.write('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2040)])),
      /: is an old binary Excel workbook \(\.xls, Excel 97–2003\), which this tool does not read: open it in Excel and save it as \.xlsx/,
    ],
    [
      'a password-protected workbook',
      () => {
        const bytes = Buffer.alloc(4096);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
        Buffer.from('EncryptionInfo\0', 'utf16le').copy(bytes, 1536);
        return temp.write('protected.xlsx', bytes);
      },
      /: is a password-protected \(encrypted\) workbook: open it in Excel, remove the password/,
    ],
    [
      'an XML Spreadsheet 2003',
      () => temp.write('xml.xls', '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      /: is an "XML Spreadsheet 2003" file/,
    ],
    [
      'a truncated workbook',
      () => temp.write('truncated.xlsx', readFileSync(workbook('procedures-ha-nam.xlsx')).subarray(0, 3000)),
      /: is a damaged or incomplete workbook \(.+\): open it in Excel and save it again as \.xlsx, or export it again$/,
    ],
  ];
  for (const [what, make, message] of refusals) {
    it(what, async () => {
      const file = make();
      await expectInputError(read(file), { file, message });
    });
  }

  it('a workbook whose compressed data is corrupt', async () => {
    const bytes = Buffer.from(readFileSync(workbook('procedures-ha-nam.xlsx')));
    // Inside the sheet's deflate stream (the fourth entry's data starts after three small parts).
    for (let i = 1500; i < 1900; i++) bytes[i] = (bytes[i]! * 7 + 13) & 0xff;
    const file = temp.write('corrupt.xlsx', bytes);
    await expectInputError(read(file), { file, message: /: is a damaged or incomplete workbook \(.+\): open it in Excel/ });
  });

  it('a shared-string table past the bound, before reading it', async () => {
    const file = workbook('procedures-ha-nam.xlsx');
    await expectInputError(read(file, { sharedStringsLimit: 1000 }), {
      file,
      message: 'has a shared-strings table of 0 MB, more than the 0 MB this reader accepts: save the sheet as CSV UTF-8 and give that file',
    });
  });

  it('a file that is not there', async () => {
    const file = temp.path('absent.xlsx');
    await expectInputError(read(file), { file, message: 'file not found: check the path (it is relative to the current directory)' });
  });

  it('leaves CSV files to the CSV reader', async () => {
    const csv = temp.write('list.csv', 'Mã TTHC;Mức độ DVC\n1.116555;Toàn trình\n');
    expect(await detectWorkbook(csv)).toBeUndefined();
    await expectInputError(read(csv), { file: csv, message: 'is not an Excel workbook (.xlsx) nor an HTML table: give it as a CSV file' });
  });

  it('any damage to a workbook gives an InputError, never another error', async () => {
    const original = readFileSync(workbook('procedures-ha-nam.xlsx'));
    for (let seed = 1; seed <= 40; seed++) {
      const bytes = Buffer.from(original);
      const at = (seed * 2654435761) % bytes.length;
      for (let i = at; i < Math.min(bytes.length, at + 64); i++) bytes[i] = (bytes[i]! ^ (seed * 31 + i)) & 0xff;
      const file = temp.write(`damaged-${seed}.xlsx`, bytes);
      const outcome = await read(file).then(
        () => 'read',
        (error: unknown) => (error instanceof InputError && !error.message.includes('\n') ? 'refused' : error),
      );
      expect(['read', 'refused']).toContain(outcome);
    }
  });
});
