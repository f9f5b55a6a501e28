/** Từng loại vấn đề dữ liệu, nói bằng tiếng Việt. */
import type { Messages } from '../index.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('vi');

const quoted = (value: string | undefined) => `"${value ?? ''}"`;

/** The columns' usual Vietnamese headers, for the canonical field names that issues and errors carry. */
const fieldNames: Record<string, string> = {
  code: 'Mã TTHC',
  level: 'Mức độ',
  name: 'Tên TTHC',
  agency: 'Cơ quan thực hiện',
  tier: 'Cấp thực hiện',
  field: 'Lĩnh vực',
  national_portal: 'Tích hợp Cổng DVCQG',
  decision_signed_at: 'Ngày ký QĐ công bố',
  national_updated_at: 'Ngày cập nhật CSDLQG',
  channel: 'Hình thức nộp',
  received_at: 'Ngày tiếp nhận',
  status: 'Trạng thái',
  due_at: 'Ngày hẹn trả',
  finished_at: 'Ngày có kết quả',
  dossier_id: 'Mã hồ sơ',
  date: 'Ngày',
  kind: 'Loại ngày',
  note: 'Ghi chú',
};

/** A canonical field by its Vietnamese header; a header as written in the file stays as written. */
export const fieldName = (field: string): string => fieldNames[field] ?? field;

/** The default rules' holidays (src/domain/calendar.ts) by their Vietnamese names. */
const holidayNames: Record<string, string> = {
  "New Year's Day": 'Tết Dương lịch',
  "Tết, lunar New Year's Eve": 'Tết Âm lịch, ngày cuối năm',
  'Tết, 1st day': 'Tết Âm lịch, mùng 1',
  'Tết, 2nd day': 'Tết Âm lịch, mùng 2',
  'Tết, 3rd day': 'Tết Âm lịch, mùng 3',
  'Tết, 4th day': 'Tết Âm lịch, mùng 4',
  "Hùng Kings' Commemoration Day": 'Giỗ Tổ Hùng Vương',
  'Reunification Day': 'Ngày Chiến thắng 30/4',
  "International Workers' Day": 'Ngày Quốc tế Lao động 1/5',
  'National Day': 'Quốc khánh 2/9',
  'National Day, adjacent day': 'Quốc khánh, ngày liền kề',
};
const holidayName = (name: string): string => {
  const inLieu = /^In lieu of (.+)$/.exec(name);
  if (inLieu) return `nghỉ bù ${holidayName(inLieu[1]!)}`;
  return holidayNames[name] ?? name;
};

function abbreviate(items: readonly string[], max = 5): string {
  const listed = items.slice(0, max).join(', ');
  return items.length <= max ? listed : `${listed} và ${items.length - max} mã khác`;
}

const levelWords = (level: string | undefined) => (level === '4' ? 'toàn trình' : level === '3' ? 'một phần' : `mức độ ${level ?? ''}`);

export const issues: Messages['issues'] = {
  'unknown-level': (i) =>
    `mức độ ${quoted(i.value)} không hợp lệ (hãy ghi 1–4, "Mức độ N", "Một phần" hoặc "Toàn trình"): được tính là dưới mức DVCTT một phần`,
  'empty-level': () => 'chưa ghi mức độ: được tính là chưa cung cấp DVCTT (dưới mức một phần)',
  'ambiguous-value': (i) => `giá trị ${quoted(i.value)} ở cột ${fieldName(i.field ?? '')} chứa từ của hai giá trị khác nhau: hãy chỉ ghi một giá trị`,
  'unknown-yes-no': (i) =>
    `giá trị ${quoted(i.value)} ở cột ${fieldName(i.field ?? '')} không phải giá trị có/không hợp lệ (có/không, x/để trống, yes/no, 1/0): được tính là "không"`,
  'unknown-channel': (i) =>
    `${i.value?.trim() ? `hình thức nộp ${quoted(i.value)} không xác định được` : 'hình thức nộp để trống'} (trực tuyến / trực tiếp / bưu chính, hoặc 1/2/3): hồ sơ vẫn được tính, nhưng không tính là hồ sơ trực tuyến`,
  'bad-date': (i) => `giá trị ${quoted(i.value)} ở cột ${fieldName(i.field ?? '')} không phải là ngày (dd/MM/yyyy, yyyy-MM-dd hoặc yyyyMMddHHmmss)`,
  'updated-before-signed': (i) =>
    `ngày cập nhật ${f.date(i.value ?? '')} trước ngày ký quyết định ${f.date(i.detail)}: quyết định này không được xét thời hạn công khai`,
  'field-count': (i) => `dòng có ${i.value} cột trong khi dòng tiêu đề có ${i.detail} cột: cột thiếu được coi là để trống, cột thừa bị bỏ qua`,
  'quote-spans-rows': (i) =>
    `một bản ghi kéo dài từ dòng ${i.lines.join(' đến dòng ')}, có vẻ là nhiều dòng bị gộp lại: có thể thiếu dấu " đóng (hoặc tệp dùng lẫn các kiểu xuống dòng), nên các dòng đó không được đọc thành từng dòng — hãy sửa lại tệp`,
  'no-data-rows': () => 'tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào: không đọc được gì từ tệp',
  'empty-code': () => 'không có mã TTHC: dòng này không được tính là một thủ tục',
  'unusual-code-shape': (i) => `mã ${quoted(i.value)} không đúng dạng d.dddddd[.mã đơn vị]`,
  'non-ascii-code': (i) =>
    `mã ${i.code} có ký tự ngoài bảng mã ASCII ở vị trí thứ ${i.position}: ${i.detail}${i.value ? ` "${i.value}"` : ' (ký tự không hiển thị)'}${i.count > 1 ? `, cùng ${i.count - 1} ký tự khác như vậy` : ''} — ký tự này có thể trông giống chữ cái, chữ số Latinh hoặc không hiển thị, nhưng làm mã trở thành một mã khác: hãy nhập lại mã`,
  'foreign-suffix': (i) => `mã ${i.code} mang mã đơn vị của nơi khác (${i.detail})`,
  'conflicting-levels': (i) => `mã ${i.code} có ở các dòng ${i.lines.join(', ')} với mức độ khác nhau: được tính theo mức thấp nhất (${levelWords(i.value)})`,
  'conflicting-portal': (i) =>
    `mã ${i.code} có ở các dòng ${i.lines.join(', ')} với thông tin tích hợp Cổng DVC quốc gia khác nhau: được tính là chưa tích hợp`,
  'duplicated-header': (i) => `cột ${quoted(i.value)} cũng ứng với trường "${fieldName(i.field ?? '')}": dùng cột ${quoted(i.detail)} và bỏ qua cột này`,
  'unmatched-dossiers': (i) =>
    `${f.number(i.count)} hồ sơ được tính không thuộc thủ tục nào trong danh mục (mã ${abbreviate(i.codes)}): không được tính vào tỷ lệ nào`,
  'undated-dossiers': (i) => `${f.number(i.count)} hồ sơ không có ngày tiếp nhận nên không được tính vào kỳ báo cáo`,
  'same-input': (i) =>
    `là cùng một tệp với ${i.detail} (được nêu hai lần, hoặc nêu lại qua một liên kết): chỉ đọc một lần để hồ sơ trong tệp không bị tính hai lần`,
  'repeated-dossier-ids': (i) =>
    `${f.number(i.count)} mã hồ sơ trong tệp này nhiều khả năng trùng với mã hồ sơ trong tệp ${i.files.join(', ')}: hồ sơ có trong cả hai tệp sổ theo dõi sẽ bị tính trùng; hãy bảo đảm mỗi hồ sơ chỉ có trong một tệp, hoặc dùng một tệp duy nhất cho cả kỳ báo cáo`,
  'dossier-ids-absent': () =>
    'không có cột mã hồ sơ (Số hồ sơ, Mã hồ sơ): không kiểm tra được hồ sơ trùng với các tệp sổ theo dõi khác; hồ sơ có trong cả hai tệp sẽ bị tính trùng',
  'period-not-applied': () =>
    'số liệu hồ sơ đã được tổng hợp theo kỳ khi chạy lệnh aggregate nên --from/--to không thu hẹp được (hãy ghi kỳ báo cáo khi chạy lệnh aggregate)',
  'holiday-rule-unlisted': (i) =>
    `ngày ${f.date(i.value)} là ngày nghỉ theo quy tắc mặc định (${holidayName(i.detail)}) nhưng tệp ngày nghỉ không liệt kê: vẫn tính là ngày nghỉ; nếu thông báo nghỉ lễ năm nay không cho nghỉ ngày này, hãy ghi ngày đó là "working"`,
  'unreadable-score-value': (i) =>
    `không đọc được giá trị ${quoted(i.value)} ở cột ${fieldName(i.field ?? '')}: hồ sơ không được tính vào chỉ số tương ứng của bảng điểm`,
  'due-before-received': (i) => `ngày hẹn trả ${f.date(i.value ?? '')} sớm hơn ngày tiếp nhận: hồ sơ không được xét giải quyết đúng hạn`,
  'unjudged-dossiers': (i) =>
    i.detail === 'no-due-date'
      ? `${f.number(i.count)} hồ sơ được tính không có ngày hẹn trả: không được xét giải quyết đúng hạn`
      : `${f.number(i.count)} hồ sơ được tính có trạng thái đã giải quyết nhưng không có ngày trả kết quả: không được xét giải quyết đúng hạn`,
  'ungrouped-dossiers': (i) =>
    i.detail === 'several-agencies'
      ? `${f.number(i.count)} hồ sơ được tính thuộc thủ tục do nhiều cơ quan thực hiện, mà sổ theo dõi hồ sơ không có cột cơ quan tiếp nhận: chỉ tính vào điểm của tỉnh, không tính cho cơ quan nào`
      : `${f.number(i.count)} hồ sơ được tính có cơ quan tiếp nhận không có thủ tục nào trong danh mục: chỉ tính vào điểm của tỉnh, không tính cho cơ quan nào`,
  'total-row': (i) => `bỏ qua dòng tổng ${quoted(i.value)}: dòng này cộng các dòng phía trên, không phải một thủ tục hay hồ sơ`,
  'footer-rows': (i) => `bỏ qua ${f.number(i.count)} dòng không có mã sau dòng tổng, kể từ dòng này (phần ký tên hoặc ghi chú dưới bảng)`,
  'merged-cells-not-applied': (i) =>
    `có ${f.number(i.count)} vùng ô gộp trong các dòng dữ liệu, vùng đầu tiên là ${i.cell}: sổ theo dõi hồ sơ được đọc lần lượt từng dòng nên chỉ ô trên cùng bên trái của mỗi vùng có giá trị — hãy bỏ gộp ô trong Excel (Home › Merge & Center › Unmerge Cells, rồi điền đủ các ô), hoặc lưu trang tính dưới dạng CSV UTF-8`,
  'formula-without-value': (i) =>
    `có ${f.number(i.count)} ô công thức không có kết quả đã lưu, ô đầu tiên là ${i.cell} (phần mềm tạo ra tệp không tính giá trị công thức): được đọc là ô trống — hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại`,
  'more-issues': (i) =>
    `còn ${f.number(i.count)} vấn đề khác cùng loại "${i.detail}" trong tệp này không được liệt kê (vẫn được tính trong tổng số lỗi, cảnh báo)`,
};
