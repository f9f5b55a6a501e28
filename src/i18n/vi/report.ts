/** Lời của báo cáo, bằng tiếng Việt, theo thuật ngữ của Nghị định 42/2022/NĐ-CP và Cổng Dịch vụ công. */
import type { CheckId, GroupBy, TrendDifference } from '../../model.js';
import type { Messages } from '../index.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('vi');
const groupWords: Record<GroupBy, string> = { agency: 'cơ quan', tier: 'cấp thực hiện', field: 'lĩnh vực' };
const groupHeads: Record<GroupBy, string> = { agency: 'Cơ quan', tier: 'Cấp thực hiện', field: 'Lĩnh vực' };
/** What a check's shortfall counts: dossiers for the dossier shares, rows for data quality, procedures otherwise. */
const unitOf = (id: CheckId) =>
  id === 'online-dossiers' || id === 'postal-dossiers' || id === 'on-time-dossiers' ? 'hồ sơ' : id === 'data-quality' ? 'dòng dữ liệu' : 'thủ tục';
const need = (id: CheckId, n: number) => `cần thêm ${f.number(n)} ${unitOf(id)}`;
const differenceWords: Record<TrendDifference['key'], string> = { profile: 'bộ chỉ tiêu', period: 'kỳ báo cáo', asOf: 'thời điểm tính' };

export const report: Messages['report'] = {
  checkLabels: {
    level3: 'DVCTT một phần trở lên',
    level4: 'DVCTT toàn trình',
    'online-uptake': 'Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến',
    'code-match': 'Mã TTHC khớp CSDLQG',
    'national-portal': 'Tích hợp Cổng DVC quốc gia',
    'publication-deadline': 'Công khai trên CSDLQG đúng hạn',
    'data-quality': 'Dòng dữ liệu không có lỗi',
    'online-dossiers': 'Tỷ lệ hồ sơ trực tuyến',
    'national-coverage': 'Mã CSDLQG có trên Cổng tỉnh',
    'postal-dossiers': 'Hồ sơ qua dịch vụ bưu chính',
    'on-time-dossiers': 'Hồ sơ giải quyết đúng hạn',
  },
  level3Exactly: 'DVCTT một phần (không tính toàn trình)',
  publishedWithin: (days) => `Công khai trên CSDLQG trong ${f.number(days)} ngày làm việc`,
  checkShortLabels: {
    level3: 'MP+',
    level4: 'TT',
    'online-uptake': 'P.sinh',
    'code-match': 'Mã',
    'national-portal': 'DVCQG',
    'publication-deadline': 'C.khai',
  },
  skipReasons: {
    'no-national': 'không có --national',
    'no-dossiers': 'không có --dossiers',
    'no-dates': 'không có ngày ký quyết định',
    'no-column': 'không có cột tích hợp Cổng DVC quốc gia',
    'no-update-column': 'không có cột ngày cập nhật CSDLQG',
    'zero-denominator': 'mẫu số bằng 0',
  },
  suggestionReasons: { suffix: 'khác mã đơn vị', 'one-char': 'lệch một ký tự', name: 'tên gần giống' },
  severity: { error: 'lỗi', warning: 'cảnh báo' },

  pass: 'Đạt',
  failNotRun: 'Không đạt (chưa đánh giá được)',
  failNeed: (id, n) => `Không đạt, ${need(id, n)}`,
  skip: 'Bỏ qua',
  info: 'Thông tin',
  need,
  groupFailing: (id, n) => `${id} +${f.number(n)}`,
  groupNotRun: (id) => `${id} (chưa đánh giá được)`,
  allPass: 'đạt tất cả',
  noGroup: '(để trống)',
  summaryPass: (passed, targeted) => `ĐẠT ${f.number(passed)}/${f.number(targeted)} chỉ tiêu`,
  summaryFail: (failing, targeted, ids) => `KHÔNG ĐẠT ${f.number(failing)}/${f.number(targeted)} chỉ tiêu: ${ids}`,
  summarySkipped: (skipped, ids) => ` (bỏ qua ${f.number(skipped)}: ${ids})`,
  issueCounts: (errors, warnings) => `${f.number(errors)} lỗi, ${f.number(warnings)} cảnh báo`,
  profileLine: (profile, asOf) => `bộ chỉ tiêu ${profile} · tính đến ngày ${f.date(asOf)}`,
  profileLineMarkdown: (profile, asOf) => `Bộ chỉ tiêu \`${profile}\` · tính đến ngày ${f.date(asOf)}`,
  periodPart: (from, to) => ` · kỳ báo cáo ${from ? `từ ngày ${f.date(from)}` : ''}${from && to ? ' ' : ''}${to ? `đến ngày ${f.date(to)}` : ''}`,
  roles: { procedures: 'Danh mục TTHC', national: 'Danh mục CSDLQG', dossiers: 'Sổ theo dõi hồ sơ', 'dossier-counts': 'Số liệu hồ sơ' },
  inputLine: (role, input, delimiter) => {
    const rows = `${f.number(input.rows)} dòng${input.engine ? `, bộ đọc ${input.engine}` : ''}`;
    if (input.format === 'xlsx' || input.format === 'html-table') {
      const what = input.format === 'xlsx' ? `trang tính "${input.sheet ?? ''}"` : 'bảng HTML';
      return `${role}: ${input.path} (${what}, dòng tiêu đề cột là dòng ${input.headerRow ?? 1}, ${rows})`;
    }
    const header = input.headerRow !== undefined && input.headerRow > 1 ? `, dòng tiêu đề cột là dòng ${input.headerRow}` : '';
    return `${role}: ${input.path} (${input.encoding}${input.bom ? ' có BOM' : ''}${delimiter ? `, phân cách bằng ${delimiter}` : ''}${header}, ${rows})`;
  },
  tab: 'ký tự tab',

  checksHead: { check: 'Chỉ tiêu', measured: 'Kết quả', measuredChange: 'Kết quả, thay đổi', target: 'Mục tiêu', result: 'Đánh giá' },
  changeNew: 'mới',
  changePoints: (points) => `${points > 0 ? '▲ +' : '▼ '}${f.fixed(points, 2)} điểm %`,
  moveFirstTitle: (label, id, needed) => `Ưu tiên xử lý trước: ${label} (${id}, ${needed})`,
  moveFirstTitleMarkdown: (label, id, needed) => `Ưu tiên xử lý trước: ${label} (\`${id}\`, ${needed})`,
  moveFirstHead: { codeName: 'Mã, tên thủ tục', code: 'Mã TTHC', name: 'Tên thủ tục', agency: 'Cơ quan thực hiện', rankedBy: 'Căn cứ xếp thứ tự' },
  figureOnlineDossiers: (n) => `${f.number(n)} hồ sơ trực tuyến`,
  figureDossiers: (n) => `${f.number(n)} hồ sơ`,
  figureLevel: (level) => (level >= 4 ? 'toàn trình' : level === 3 ? 'một phần' : `mức độ ${level}`),
  andMoreJson: (n) => `… và ${f.number(n)} mục khác (xem đầy đủ bằng --format json)`,
  andMoreJsonMarkdown: (n) => `… và ${f.number(n)} mục khác (xem đầy đủ bằng \`--format json\`).`,
  andMore: (n) => ` và ${f.number(n)} mã khác`,

  groupBy: groupWords,
  groupHead: (by) => groupHeads[by],
  groupFailingHead: 'Chỉ tiêu không đạt (cần thêm k)',
  byWorstFirst: (by) => `Theo ${groupWords[by]}, kém nhất xếp trước`,
  failingByWorstFirst: (by) => `Số thủ tục không đạt từng chỉ tiêu, theo ${groupWords[by]}, kém nhất xếp trước`,
  legendEntry: (short, id) => `${short}: ${report.checkLabels[id]}`,
  legend: (entries, by) => `${entries}. +k: ${groupWords[by]} không đạt chỉ tiêu, cần thêm k thủ tục; danh sách mã xem bằng --format json.`,
  groupNoteMarkdown: 'Mỗi cột chỉ tiêu: số thủ tục của nhóm không đạt chỉ tiêu đó; `+k`: nhóm không đạt chỉ tiêu, cần thêm k thủ tục.',

  since: (baseline, asOf) => `So với ${baseline}${asOf ? ` (tính đến ngày ${f.date(asOf)})` : ''}`,
  caution: (key, baseline, current) =>
    `lưu ý: ${differenceWords[key]} của báo cáo trước là ${baseline}, của lần chạy này là ${current}: số liệu có thể không so sánh được với nhau`,
  newlyMismatched: 'mới không khớp',
  noNewlyMismatched: 'không có mã mới không khớp',
  fixed: 'đã khắc phục',
  noneFixed: 'chưa khắc phục được mã nào',
  noLongerListed: 'không còn trong danh mục',

  mismatchesTitle: (n) => `Mã TTHC không có trong CSDLQG (${f.number(n)})`,
  mismatchesHead: {
    line: 'Dòng',
    portalCode: 'Mã trên Cổng tỉnh',
    suggested: 'Mã đề xuất',
    suggestedCode: 'Mã đề xuất',
    why: 'Lý do',
    code: 'Mã TTHC',
    name: 'Tên thủ tục',
  },
  none: 'không có',
  lateTitle: (n) => `Công khai trên CSDLQG quá hạn (${f.number(n)})`,
  lateHead: {
    code: 'Mã TTHC',
    name: 'Tên thủ tục',
    signed: 'Ngày ký',
    deadline: 'Hạn',
    updated: 'Cập nhật',
    taken: 'Số ngày',
    workingDaysTaken: 'Số ngày làm việc',
  },
  notYet: 'chưa',
  takenNote: (asOf, limit) =>
    `Số ngày: số ngày làm việc từ ngày ký quyết định đến ngày cập nhật (hoặc đến ngày ${f.date(asOf)} nếu chưa cập nhật); thời hạn là ${f.number(limit)} ngày làm việc.`,
  pendingTitle: (n) => `Chưa cập nhật lên CSDLQG, còn trong thời hạn (${f.number(n)})`,
  pendingTitleMarkdown: (n) => `Chưa cập nhật, còn trong thời hạn (${f.number(n)})`,
  pendingLine: (code, signed, deadline) => `${code}  ký ngày ${f.date(signed)}, hạn ${f.date(deadline)}`,
  nationalOnlyTitle: (n) => `Mã trên CSDLQG chưa có trên Cổng tỉnh (${f.number(n)})`,
  issuesTitle: (counts) => `Vấn đề dữ liệu: ${counts}`,
  issuesHead: { severity: 'Loại', where: 'Vị trí', field: 'Cột', issue: 'Nội dung' },

  junitNotEvaluated: (reason) => `chưa đánh giá được: ${reason} (--require-all)`,
  junitFailure: (measured, target, n) => `${measured}, mục tiêu ${target}, cần thêm ${f.number(n)}`,
  junitDetail: (measured, target, shortfall) => [`kết quả:   ${measured}`, `mục tiêu:  ${target}`, `còn thiếu: ${f.number(shortfall)} (giữ nguyên mẫu số)`],
  junitSkipped: 'bỏ qua',

  progress: (file, rows, readMb, totalMb, mbPerSecond, secondsLeft) =>
    `${file}: ${f.number(rows)} dòng, ${f.number(Math.round(readMb))}/${f.number(Math.round(totalMb))} MB, ${f.number(Math.round(mbPerSecond))} MB/giây${secondsLeft === undefined ? '' : `, còn ${f.number(secondsLeft)} giây`}`,
};
