/** Lời của bảng điểm theo Quyết định 766/QĐ-TTg (SPEC §12.2), bằng tiếng Việt. */
import type { Messages } from '../index.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('vi');

export const score: Messages['score'] = {
  title: (a) => `Bảng điểm ${a.scheme} (cách tính điểm ${a.rules}${a.referenceDate ? `, hồ sơ xét đến ngày ${f.date(a.referenceDate)}` : ''})`,
  head: { number: '766', indicator: 'Chỉ số', measured: 'Kết quả', ratio: 'Tỷ lệ', points: 'Điểm', lost: 'Bị trừ', recover: 'Ưu tiên khắc phục' },
  counts: (numerator, denominator) => `${f.number(numerator)}/${f.number(denominator)}`,
  pointsOf: (points, max) => `${points}/${f.number(max)}`,
  recoverItem: (who, missing, points) => `${who} (còn thiếu ${f.number(missing)}, bị trừ ${points} điểm)`,
  recoverFirst: (item) => `ưu tiên khắc phục: ${item}`,
  notApplicable: 'không có đối tượng để tính',
  noInput: 'chưa đo được',
  estimatedMark: '≈',
  estimatedNote:
    '≈ ước tính: Cổng DVC quốc gia chưa công bố cách tính điểm các chỉ số về dịch vụ công trực tuyến (3.1–3.3); cách tính ở đây cho ra đúng tổng điểm cấp tỉnh đã công bố, nhưng chưa chắc đúng với cách phân bổ điểm cho từng chỉ số.',
  columnHints: {
    dossiers: 'sổ theo dõi hồ sơ (--dossiers)',
    synced: 'cột synced ("Đồng bộ DVCQG")',
    due_at: 'cột due_at ("Ngày hẹn trả")',
    fee: 'cột fee ("Lệ phí")',
    paid_online: 'cột paid_online ("Thanh toán trực tuyến")',
    e_result: 'cột e_result ("Kết quả điện tử")',
    digitised: 'cột digitised ("Đã số hóa")',
    decision_signed_at: 'cột decision_signed_at của danh mục TTHC ("Ngày ký QĐ công bố")',
    national_updated_at: 'cột national_updated_at của danh mục TTHC ("Ngày cập nhật CSDLQG")',
  },
  needs: (hint) => `cần ${hint}`,
  total: (a) =>
    `Đo được: ${a.points}/${f.number(a.max)} điểm${a.estimated ? ` (trong đó ${a.estimated} điểm là ước tính ≈)` : ''}, trên tổng số ${f.number(a.of)} điểm.`,
  change: (signed) => ` Thay đổi so với kỳ trước: ${signed} điểm.`,
  notEstimated: (points, list) => `Chưa ước tính được từ dữ liệu kết xuất (${f.number(points)} điểm): ${list}.`,
  notEstimatedItem: (number, name, max) => `${number ? `${number} ` : ''}${name} (${f.number(max)})`,
  groupLine: (points, max, worst) => `điểm ${points}/${f.number(max)}${worst ? `; bị trừ nhiều nhất: ${worst.number} −${worst.lost}` : ''}`,
  chartTitle: 'Điểm đạt được và điểm bị trừ của từng chỉ số đo được; độ dài mỗi thanh tương ứng với điểm tối đa của chỉ số',
  won: 'điểm đạt được',
  lostLegend: 'điểm bị trừ',
  sheet: 'Bảng điểm',
  status: { measured: 'đo được', 'no-input': 'chưa đo được', 'not-applicable': 'không có đối tượng để tính' },
  columns: {
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    max: 'Điểm tối đa',
    status: 'Tình trạng',
    estimated: 'Ước tính',
    change: 'Tăng/giảm điểm so với kỳ trước',
  },
};
