/** Vì sao không thể đánh giá, và cần làm gì: lời báo lỗi bằng tiếng Việt. */
import type { BaselineWant, ValueType, SheetInfo, WorkbookPart } from '../en/errors.js';
import type { Messages } from '../index.js';
import { fieldName } from './issues.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('vi');
const q = (value: unknown) => JSON.stringify(value);
const listed = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

const typeNames: Record<ValueType, string> = {
  null: 'null',
  array: 'một mảng',
  string: 'một chuỗi',
  number: 'một số',
  boolean: 'giá trị đúng/sai',
  object: 'một đối tượng',
  undefined: 'không có giá trị',
  other: 'một giá trị khác',
};

const baselineWants: Record<BaselineWant, string> = {
  object: 'một đối tượng',
  list: 'một danh sách',
  profile: 'tên một bộ chỉ tiêu',
  date: 'một ngày dạng yyyy-MM-dd',
  period: 'một đối tượng có "from" và "to"',
  checkId: 'mã một chỉ tiêu',
  status: 'một trong các giá trị pass, fail, skip, info',
  count: 'một số nguyên không âm',
  number: 'một số',
  procedureCode: 'mã một TTHC',
  indicatorId: 'mã một chỉ số',
  pointsOrNull: 'số điểm hoặc null',
};
const groupColumn = { agency: 'cơ quan thực hiện', tier: 'cấp thực hiện', field: 'lĩnh vực' } as const;
const unedited = 'hãy dùng báo cáo nguyên bản, chưa qua chỉnh sửa, đã xuất bằng --format json';

const saveAsUtf8 = 'hãy mở tệp bằng Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)"';
const saveAsXlsx = 'hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx (Excel Workbook) hoặc CSV UTF-8';
const resave = 'hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx, hoặc kết xuất lại';
const unprotect = 'hãy mở tệp bằng Excel, gỡ mật khẩu (File › Info › Protect Workbook) rồi lưu lại dưới dạng .xlsx, hoặc lưu dưới dạng CSV UTF-8';
const maxListed = 12;
const listOf = (cells: readonly string[]) => {
  const shown = cells.slice(0, maxListed).map((cell) => `"${cell}"`);
  return cells.length > maxListed ? `${shown.join(', ')} và ${cells.length - maxListed} tiêu đề khác` : shown.join(', ');
};
const sheetName = (sheet: SheetInfo) => `${sheet.number} "${sheet.name}"${sheet.hidden ? ' (đang ẩn)' : ''}${sheet.chart ? ' (biểu đồ)' : ''}`;
const sheetList = (sheets: SheetInfo[]) => sheets.map(sheetName).join(', ') || 'không có';
const partNames: Record<WorkbookPart, string> = {
  relationships: 'bảng liên kết',
  workbook: 'phần workbook',
  styles: 'phần định dạng',
  sharedStrings: 'bảng chuỗi dùng chung',
  worksheet: 'trang tính',
  type: 'loại tệp',
};
const kindWords = { off: 'off (ngày nghỉ)', working: 'working (ngày làm việc)' } as const;

export const errors: Messages['errors'] = {
  notADate: (a) => `${a.flag} ${q(a.value)} không phải là ngày: hãy ghi theo dạng yyyy-MM-dd, ví dụ 2026-01-31`,
  periodReversed: (a) => `--from ${a.from} sau --to ${a.to}: hãy ghi ngày đầu kỳ trước ngày cuối kỳ`,
  cannotWrite: (a) =>
    `không ghi được báo cáo vào ${a.path}: ${a.folder ? 'đây là một thư mục, hãy ghi tên tệp trong thư mục đó' : `${a.code}: hãy kiểm tra thư mục có tồn tại và được phép ghi`}`,
  writeFull: (a) =>
    `không ghi được báo cáo ${a.path === undefined ? 'ra đầu ra chuẩn (stdout)' : `vào ${a.path}`}: thiết bị đã hết dung lượng (ENOSPC): hãy giải phóng bớt dung lượng hoặc ghi vào nơi khác`,
  cannotWriteStdout: (a) =>
    `không ghi được báo cáo ra đầu ra chuẩn (stdout), mã lỗi ${a.code}: hãy kiểm tra nơi nhận đầu ra, hoặc dùng --output để ghi vào tệp`,
  outputIsInput: (a) => `--output ${a.output} chính là tệp đầu vào ${a.input}: ghi báo cáo vào đó sẽ làm mất dữ liệu gốc; hãy đặt tên tệp khác`,
  tooManyGroups: (a) =>
    `--by ${a.by} tạo ra ${f.number(a.groups)} nhóm, vượt quá giới hạn ${f.number(a.limit)} nhóm của một báo cáo: hãy kiểm tra xem đã chọn đúng cột ${groupColumn[a.by]} chưa (nếu mỗi thủ tục có một giá trị riêng thì có thể đã chọn sai cột), hoặc bỏ tùy chọn --by`,
  formatNeedsOutput: (a) => `--format ${a.format} tạo ra một tệp: hãy thêm --output TÊN_TỆP (ví dụ --output bao-cao.${a.format})`,
  duckdbWorkbook: (a: { format: 'xlsx' | 'html-table' }) =>
    `là ${a.format === 'xlsx' ? 'tệp Excel' : 'bảng HTML lưu dưới dạng .xls'}, loại tệp mà --engine duckdb không đọc được: hãy bỏ --engine duckdb để dùng bộ đọc mặc định`,
  csvHasNoSheets: (a: { sheet: string }) => `là tệp CSV, không có trang tính: hãy bỏ phần "#${a.sheet}"`,
  scoreCountsContradict: (a: { part: string; partValue: number; whole: string; wholeValue: number }) =>
    `${a.part} ${a.partValue} lớn hơn ${a.whole} ${a.wholeValue}: các số liệu mâu thuẫn nhau; hãy sửa câu truy vấn đã tạo ra tệp này`,
  referenceDateNotDate: (a: { value: string }) => `reference_date "${a.value}" không phải là ngày (yyyy-MM-dd): hãy sửa tệp kết xuất`,
  referenceDateChanges: (a: { value: string; earlier: string }) =>
    `reference_date ${a.value} khác với ${a.earlier} ở dòng trước: mỗi tệp số liệu chỉ được xét tại một ngày; hãy tổng hợp lại`,
  referenceDatesDiffer: (a: { date: string; other: string; otherFile: string }) =>
    `reference_date ${a.date} khác với ${a.other} trong tệp ${a.otherFile}: hãy tổng hợp mọi tệp số liệu với cùng --as-of và --to`,
  referenceDateNotRun: (a: { date: string; reference: string }) =>
    `reference_date ${a.date} khác với ngày xét của lần chạy này là ${a.reference} (ngày sớm hơn trong hai ngày --to và --as-of): hãy dùng đúng các ngày đã dùng khi tổng hợp tệp số liệu, hoặc tổng hợp lại`,
  duckdbMissing: () => '--engine duckdb cần gói tùy chọn @duckdb/node-api: hãy chạy `npm install @duckdb/node-api` (hoặc bỏ --engine để dùng bộ đọc mặc định)',
  parquetNeedsDuckdb: (a) =>
    `${a.file} là tệp Parquet: muốn đọc tệp này cần cài gói tùy chọn @duckdb/node-api — hãy chạy \`npm install @duckdb/node-api\`, hoặc kết xuất sổ theo dõi hồ sơ ra CSV`,

  configNotFound: () => 'không tìm thấy tệp cấu hình: hãy kiểm tra đường dẫn --config',
  configNotJson: (a) =>
    `không phải JSON hợp lệ${a.line === undefined ? '' : ` (lỗi ở dòng ${a.line}, cột ${a.column})`}: hãy sửa lại cú pháp (dấu phẩy, dấu ngoặc, dấu nháy kép)`,
  configNotObject: (a) => `phải chứa một đối tượng JSON, không phải ${typeNames[a.type]}`,
  configUnknownKey: (a) => `khóa không hợp lệ: các khóa hợp lệ là ${a.keys.join(', ')}`,
  oneOf: (a) => `phải là một trong các giá trị ${listed(a.allowed)}, không phải ${q(a.value)}`,
  targetsNotObject: (a) => `phải là một đối tượng có khóa là mã chỉ tiêu, không phải ${typeNames[a.type]}`,
  unknownCheckId: (a) => `mã chỉ tiêu không hợp lệ: các mã chỉ tiêu hợp lệ là ${a.ids.join(', ')}`,
  targetNotObject: (a) => `phải là một đối tượng như {"op": ">=", "percent": 70} hoặc null, không phải ${typeNames[a.type]}`,
  targetUnknownKey: () => 'khóa không hợp lệ: mục tiêu chỉ có hai khóa "op" và "percent"',
  percentRange: (a) => `phải là một số từ 0 đến 100, không phải ${q(a.value)}`,
  percentDecimals: (a) => `có quá 4 chữ số thập phân (${q(a.value)}): hãy làm tròn`,
  workingDaysRange: (a) => `phải là số ngày nguyên từ 0 đến 365, không phải ${q(a.value)}`,
  agencySuffixShape: (a) => `phải là mã đơn vị như "H23", không phải ${q(a.value)}`,
  aliasesNotObject: (a) => `phải là một đối tượng gồm tên trường → danh sách tiêu đề cột, không phải ${typeNames[a.type]}`,
  aliasUnknownField: (a) => `tên trường không hợp lệ: các trường hợp lệ là ${a.fields.join(', ')}`,
  aliasNotList: () => 'phải là danh sách tên cột, ví dụ ["Mã hiệu TTHC"]',
  holidaysNotPath: (a) => `phải là đường dẫn tới tệp CSV ngày nghỉ, không phải ${q(a.value)}`,
  holidaysNotFound: (a) => `không tìm thấy ${a.path} (đường dẫn trong tệp cấu hình được tính từ thư mục chứa tệp cấu hình)`,

  fileNotFound: () => 'không tìm thấy tệp: hãy kiểm tra đường dẫn (tính từ thư mục hiện tại)',
  permissionDenied: () => 'không đọc được (không có quyền truy cập): hãy kiểm tra quyền của tệp',
  isDirectory: () => 'là một thư mục, không phải tệp CSV: hãy ghi đường dẫn tới chính tệp kết xuất',
  cannotRead: (a) => `không đọc được (${a.code})`,
  emptyFile: () => 'là tệp rỗng (0 byte): hãy kết xuất lại danh sách, kèm dòng tiêu đề',
  blankLinesOnly: () => 'chỉ có các dòng trống (không có dòng tiêu đề): hãy kết xuất lại danh sách kèm tiêu đề các cột',
  zipNotCsv: () => `là tệp Excel (.xlsx) hoặc một tệp nén ZIP khác, không phải CSV: ${saveAsUtf8}`,
  emptyZipNotCsv: () => `là một tệp nén ZIP rỗng, không phải CSV: ${saveAsUtf8}`,
  xlsNotCsv: () => `là tệp Excel định dạng cũ (.xls), không phải CSV: ${saveAsUtf8}`,
  pdfNotCsv: () => 'là tài liệu PDF, không phải CSV: hãy kết xuất dữ liệu từ hệ thống nguồn dưới dạng CSV UTF-8',
  gzipNotCsv: () => 'là tệp nén gzip: hãy giải nén (gunzip) rồi dùng tệp CSV bên trong',
  htmlNotCsv: () => `là trang web (HTML), không phải CSV — một số cổng lưu bảng HTML với đuôi .xls: ${saveAsUtf8}`,
  xmlNotCsv: () => `là tài liệu XML (có thể là "XML Spreadsheet"), không phải CSV: ${saveAsUtf8}`,
  utf32: () => `là văn bản UTF-32, công cụ không đọc được bảng mã này: ${saveAsUtf8}`,
  zeroBytes: () => 'chứa byte 0, nên là tệp nhị phân hoặc tệp bị hỏng, không phải CSV: hãy kết xuất lại dữ liệu dưới dạng CSV UTF-8',
  utf8CutShort: () => 'kết thúc giữa chừng một ký tự UTF-8, tức là tệp bị cắt cụt (sao chép hoặc tải về bị gián đoạn?): hãy kết xuất lại dưới dạng CSV UTF-8',
  utf16CutShort: () => 'kết thúc giữa chừng một ký tự UTF-16 (số byte lẻ), tức là tệp bị cắt cụt (sao chép hoặc tải về bị gián đoạn?): hãy kết xuất lại tệp',
  utf16LoneSurrogate: () =>
    'có ký tự UTF-16 bị hỏng ở dòng này (một nửa của cặp surrogate mà thiếu nửa còn lại): một phần tệp bị hỏng: hãy kết xuất lại toàn bộ tệp',
  utf8Mixed: () =>
    'có byte không hợp lệ theo UTF-8 ở dòng này, dù phần trước đó là UTF-8: một phần tệp dùng bảng mã khác (Windows-1258?): hãy kết xuất lại toàn bộ tệp dưới dạng CSV UTF-8',
  notVietnamese: () =>
    `không phải văn bản UTF-8, đọc theo Windows-1258 cũng không ra tiếng Việt (có thể là bảng mã cũ TCVN3/VNI, hoặc không phải văn bản): ${saveAsUtf8}`,
  windows1258Mixed: () => `từ dòng này không còn đọc được theo bảng mã Windows-1258 như các dòng trước: một phần tệp dùng bảng mã khác: ${saveAsUtf8}`,
  garbled: (a) =>
    `có chữ bị lỗi phông ("${a.example}"): văn bản đã bị chuyển sang UTF-8 hai lần (mở bằng bảng mã khác rồi lưu lại): hãy kết xuất lại từ hệ thống nguồn dưới dạng CSV UTF-8`,
  quoteNotClosed: (a) =>
    `một ô mở dấu nháy kép ${a.located ? 'ở dòng này' : 'ở đâu đó'} nhưng không đóng (có " mà không có " đóng), nên phần còn lại của tệp sẽ thành một ô: hãy thêm dấu " còn thiếu hoặc xóa dấu " thừa`,
  fieldTooLarge: () =>
    'có một ô quá lớn (hàng trăm MB), không đọc được: nhiều khả năng dấu nháy kép mở ở dòng này không được đóng: hãy thêm dấu " còn thiếu hoặc xóa dấu " thừa',
  rowTooLong: (a) =>
    `một dòng dữ liệu bắt đầu ở dòng này dài quá ${f.number(a.megabytes)} MB (mức tối đa cho một dòng): nhiều khả năng có dấu nháy kép mở mà không đóng: hãy thêm dấu " còn thiếu hoặc xóa dấu " thừa`,
  notReadableCsv: (a) => `không đọc được dưới dạng CSV: ${a.detail}`,
  missingColumns: (a) => {
    const names = a.missing.map(({ field }) => `"${field}" (${fieldName(field)})`);
    const parts = [
      names.length === 1
        ? `không có cột cho trường bắt buộc ${names[0]}.`
        : `không có cột cho các trường bắt buộc ${names.slice(0, -1).join(', ')} và ${names.at(-1)}.`,
    ];
    for (const { field, aliases, near } of a.missing) {
      if (near) parts.push(`Có phải là cột ${listOf([near.header])} (gần giống tiêu đề được chấp nhận "${near.alias}")?`);
      parts.push(`Tiêu đề được chấp nhận cho "${field}": ${listOf(aliases)}.`);
    }
    parts.push(`Các cột có trong tệp (${f.number(a.found.length)}): ${a.found.length ? listOf(a.found) : 'không có'}.`);
    if (a.lookalike) {
      const kind = a.lookalike === 'procedures' ? 'danh mục TTHC (--procedures)' : 'sổ theo dõi hồ sơ (--dossiers)';
      parts.push(`Các tiêu đề này giống tiêu đề của ${kind}: hãy kiểm tra có chọn nhầm tệp không.`);
    }
    if (a.oneCell) {
      parts.push(
        'Trong 30 dòng đầu không có dòng nào chứa đủ các cột bắt buộc, và dòng đầu chỉ có một ô: nếu các cột được phân cách bằng ký tự khác, hãy lưu tệp với dấu "," hoặc ";"; nếu dòng tiêu đề cột nằm thấp hơn, hãy xóa các dòng tiêu đề văn bản phía trên.',
      );
    }
    const hinted = a.missing.filter(({ near }) => near);
    const example = hinted.length
      ? hinted.map(({ field, near }) => `"${field}": [${q(near!.written)}]`).join(', ')
      : a.missing.map(({ field }) => `"${field}": ["…"]`).join(', ');
    parts.push(`Hãy đổi tên cột thành một tiêu đề được chấp nhận, hoặc khai báo thêm trong tệp cấu hình ("aliases": {${example}}).`);
    return parts.join(' ');
  },
  proceduresNoRows: () => 'có dòng tiêu đề nhưng không có dòng dữ liệu: danh mục không có thủ tục nào thì không đánh giá được; hãy kết xuất lại',
  nationalNoRows: () =>
    'có dòng tiêu đề nhưng không có dòng dữ liệu: với danh mục CSDLQG rỗng, mọi thủ tục sẽ bị coi là không khớp; hãy kết xuất lại, hoặc bỏ --national',
  holidayBadDate: (a) => `"${a.value}" không phải là ngày: hãy ghi theo dạng yyyy-MM-dd hoặc dd/MM/yyyy`,
  holidayBadKind: (a) => `loại ngày "${a.value}" phải là "off" (ngày nghỉ) hoặc "working" (ngày làm việc)`,
  holidayConflict: (a) =>
    `ngày ${f.date(a.date)} được ghi là ${kindWords[a.earlier]} ở dòng ${a.earlierLine} nhưng lại là ${kindWords[a.kind]} ở dòng này: hãy chỉ giữ một dòng`,

  countsMissingColumns: (a) =>
    `không phải tệp số liệu hồ sơ: thiếu cột ${listed(a.missing)}. Dòng tiêu đề cần có ${a.expected} (rows và error_rows không bắt buộc); hãy tạo tệp bằng \`tthc-check aggregate\` hoặc câu lệnh SQL trong docs/scale.md`,
  notACount: (a) => `${a.column} ${q(a.value)} không phải số lượng (số nguyên ≥ 0): hãy sửa dữ liệu kết xuất`,
  countsContradict: () =>
    'các số liệu mâu thuẫn nhau (phải có online + postal + in_person ≤ counted, online_resolved ≤ online, finished_on_time ≤ finished_with_due ≤ counted): hãy sửa câu truy vấn đã tạo tệp',
  countsEmptyCode: () => 'có hồ sơ được tính cho mã TTHC để trống: hãy ghi mã TTHC cho mọi dòng có số liệu',
  duckdbEncoding: (a) =>
    `dùng bảng mã ${a.encoding}, bộ đọc duckdb không đọc được: hãy bỏ --engine duckdb (bộ đọc mặc định đọc được), hoặc lưu tệp dưới dạng UTF-8`,
  duckdbParquet: (a) =>
    `DuckDB không đọc được tệp dưới dạng Parquet (${a.reason}): hãy kiểm tra đây có đúng là tệp Parquet không, hoặc kết xuất sổ theo dõi hồ sơ ra CSV`,

  baselineNotFound: () => 'không tìm thấy báo cáo để so sánh: hãy ghi đường dẫn tới một báo cáo đã xuất trước đó bằng --format json',
  baselineNotJson: () => 'không phải JSON: --baseline cần một báo cáo đã xuất trước đó bằng --format json',
  baselineNotReport: () => 'không phải báo cáo JSON của tthc-check',
  baselineSchema: (a) => `có schemaVersion ${q(a.version)}; phiên bản công cụ này chỉ đọc được báo cáo có schemaVersion 1`,
  baselineNoLists: () => 'không có danh sách "checks" hoặc "mismatches": đây không phải báo cáo JSON của tthc-check',
  baselineField: (a) =>
    `${a.key} ${a.got === undefined ? `bị thiếu: trường này phải là ${baselineWants[a.want]}` : `phải là ${baselineWants[a.want]}, không phải ${a.got}`}: ${unedited}`,

  workbookDirectory: () => 'là một thư mục, không phải tệp: hãy ghi đường dẫn tới chính tệp kết xuất',
  workbookEncrypted: () => `là tệp Excel có mật khẩu (đã mã hóa): ${unprotect}`,
  workbookPasswordProtected: () => `có đặt mật khẩu: ${unprotect}`,
  workbookXls: () => `là tệp Excel nhị phân định dạng cũ (.xls, Excel 97–2003), công cụ không đọc được: ${saveAsXlsx}`,
  workbookXml2003: () => `là tệp "XML Spreadsheet 2003", công cụ không đọc được: ${saveAsXlsx}`,
  workbookXlsb: () => `là tệp Excel nhị phân (.xlsb), công cụ không đọc được: ${saveAsXlsx}`,
  workbookOds: () => 'là bảng tính OpenDocument (.ods): hãy mở bằng LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx (Excel 2007–365) hoặc CSV UTF-8',
  workbookZip: () => 'là tệp nén ZIP, không phải tệp Excel hay CSV: hãy giải nén và dùng tệp bên trong',
  workbookUnknown: () => 'không phải tệp Excel (.xlsx) hay bảng HTML: hãy dùng tệp CSV',
  workbookNoVisibleSheet: (a) =>
    `không có trang tính nào đang hiện và có dữ liệu (các trang: ${sheetList(a.sheets)}): hãy chỉ rõ trang cần đọc theo dạng ${a.file}#TÊN`,
  workbookNoSuchSheet: (a) =>
    `không có ${a.byNumber ? `trang tính số ${a.sheet}` : `trang tính tên "${a.sheet}"`} (các trang: ${sheetList(a.sheets)}): hãy kiểm tra tên hoặc số sau dấu #`,
  workbookChartSheet: (a) => `trang ${sheetName(a.sheet)} là biểu đồ, không phải bảng: hãy chỉ rõ trang khác sau dấu #`,
  workbookTooManyMerges: (a) => `có hơn ${f.number(a.max)} vùng ô gộp: hãy bỏ gộp ô (Home › Merge & Center) hoặc lưu trang tính dưới dạng CSV UTF-8`,
  workbookSheetEmpty: () => 'trống: hãy chỉ rõ trang tính chứa bảng sau dấu #',
  workbookNoHeader: (a) =>
    `không có trang tính nào có dòng tiêu đề đủ các cột bắt buộc trong ${a.rows} dòng đầu (các trang: ${sheetList(a.sheets)}): hãy chỉ rõ trang cần đọc theo dạng ${a.file}#TÊN hoặc ${a.file}#SỐ, hoặc kiểm tra xem có chọn nhầm tệp không`,
  workbookOverlappingMerges: (a) => `có ${f.number(a.count)} vùng ô gộp chồng lên nhau, điều mà Excel không bao giờ tạo ra: ${resave}`,
  workbookHtmlSheet: (a) => `là bảng HTML lưu với đuôi .xls, không có trang tính: hãy bỏ "#${a.sheet}"`,
  workbookHtmlNoRows: () => 'là trang web nhưng bảng không có dòng nào: hãy kết xuất lại sổ theo dõi hồ sơ dưới dạng .xlsx hoặc CSV UTF-8',
  workbookLongString: (a) => `có chuỗi dùng chung dài hơn ${f.number(a.max)} ký tự: ${resave}`,
  workbookLongCell: (a) => `có ô trong bảng dài hơn ${f.number(a.max)} ký tự: hãy kết xuất lại sổ theo dõi hồ sơ`,
  sheetMissingString: (a) => `ô ${a.cell} trỏ tới chuỗi dùng chung số ${a.index}, nhưng tệp không có chuỗi này: ${resave}`,
  sheetBadRow: (a) => `có dòng mang số hiệu không hợp lệ "${a.row}": ${resave}`,
  sheetCellOutside: (a) => `có ô ở vị trí "${a.ref}", nằm ngoài trang tính: ${resave}`,
  sheetCellTooLong: (a) => `ô ${a.cell} chứa hơn ${f.number(a.max)} ký tự: ${resave}`,
  workbookMissingPart: (a) => `thiếu ${a.part} (${partNames[a.what]}): ${resave}`,
  workbookPartTooLarge: (a) =>
    `có ${partNames[a.what]} dung lượng ${f.number(a.size)} MB, vượt mức ${f.number(a.limit)} MB mà bộ đọc chấp nhận: hãy lưu trang tính dưới dạng CSV UTF-8 và dùng tệp đó`,
  workbookDamaged: (a) => `là tệp Excel bị hỏng hoặc không đầy đủ (${a.reason}): ${resave}`,
};
