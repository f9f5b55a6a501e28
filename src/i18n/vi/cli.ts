/** Lời của dòng lệnh bằng tiếng Việt: --help (cả các tiêu đề của commander) và các dòng in ra stderr. */
import type { Messages } from '../index.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('vi');

export const cli: Messages['cli'] = {
  description: 'Kiểm tra thủ tục hành chính (TTHC) của tỉnh theo các chỉ tiêu cung cấp dịch vụ công trực tuyến.',
  profiles: {
    'hanam-2021':
      'Công văn số 1697/UBND-NC năm 2021 của UBND tỉnh Hà Nam: DVCTT một phần trở lên ≥ 70%, toàn trình ≥ 30%, TTHC có phát sinh hồ sơ trực tuyến > 30%',
    '766': 'Quyết định số 766/QĐ-TTg năm 2022 của Thủ tướng Chính phủ, mức đạt điểm tối đa: DVCTT một phần trở lên ≥ 80%, hồ sơ trực tuyến ≥ 50%',
  },
  defaultMark: ' (mặc định)',
  options: {
    asOf: 'xét thời hạn công khai tính đến ngày này (mặc định: hôm nay, giờ Việt Nam)',
    profile: 'bộ chỉ tiêu áp dụng —',
    by: 'đánh giá thêm theo từng cơ quan (agency), cấp (tier) hoặc lĩnh vực (field)',
    format: 'định dạng báo cáo',
    output: 'ghi báo cáo vào tệp thay vì in ra màn hình (ghi an toàn, không để lại tệp dở dang)',
    baseline: 'báo cáo --format json của lần chạy trước, để so sánh: nêu thay đổi của từng chỉ tiêu và từng mã',
    quiet: 'chỉ in một dòng tóm tắt thay cho bảng; không in cảnh báo ra stderr',
    noColor: 'không tô màu, kể cả khi in ra màn hình',
    debug: 'in chi tiết lỗi (stack trace) khi gặp lỗi ngoài dự kiến',
    lang: 'ngôn ngữ của báo cáo và thông báo: vi hoặc en (mặc định: theo thiết lập ngôn ngữ LC_ALL, LC_MESSAGES hoặc LANG)',
    procedures: 'danh mục TTHC trên Cổng DVC tỉnh (CSV hoặc tệp Excel)',
    national: 'danh mục TTHC của tỉnh trên CSDLQG (CSV hoặc tệp Excel)',
    dossiers: 'sổ theo dõi hồ sơ (CSV, tệp Excel, hoặc Parquet khi đã cài gói @duckdb/node-api); có thể chỉ định nhiều tệp',
    dossierCounts: 'số liệu hồ sơ theo từng thủ tục (CSV do lệnh `aggregate` hoặc câu lệnh SQL tạo ra); có thể chỉ định nhiều tệp, số liệu được cộng dồn',
    engine:
      'bộ đọc --dossiers: auto (mặc định; dùng DuckDB cho tệp CSV UTF-8 từ 64 MB trở lên và tệp Parquet khi đã cài gói @duckdb/node-api), js (bộ đọc thông thường) hoặc duckdb',
    from: 'ngày đầu kỳ (yyyy-MM-dd), tính cả ngày này',
    to: 'ngày cuối kỳ (yyyy-MM-dd), tính cả ngày này',
    holidays: 'lịch nghỉ lễ và ngày làm bù chính thức (CSV date,kind[,note])',
    config: 'tệp cấu hình (mặc định: ./tthc-check.config.json nếu có)',
    requireAll: 'chỉ tiêu có mục tiêu mà không đánh giá được thì tính là không đạt',
    aggregateDossiers: 'sổ theo dõi hồ sơ (CSV, tệp Excel, hoặc Parquet khi đã cài gói @duckdb/node-api); có thể chỉ định nhiều tệp',
    aggregateOutput: 'tệp số liệu cần ghi (CSV, ghi an toàn, không để lại tệp dở dang)',
    aggregateConfig: 'tệp cấu hình, để lấy tên cột bổ sung (mặc định: ./tthc-check.config.json nếu có)',
    aggregateEngine: 'bộ đọc --dossiers: auto, js hoặc duckdb (như lệnh check)',
    score: 'thêm bảng điểm theo Quyết định 766/QĐ-TTg: điểm từng chỉ số và nơi bị trừ điểm (tự bật khi dùng --profile 766)',
    aggregateAsOf: 'xét chỉ số hồ sơ giải quyết đúng hạn của bảng điểm tại ngày sớm hơn trong hai ngày --to và ngày này (mặc định: hôm nay, giờ Việt Nam)',
    aggregateQuiet: 'không in dòng tóm tắt ra stderr',
    version: 'in số phiên bản',
    help: 'hiện hướng dẫn sử dụng lệnh',
  },
  commands: {
    check: 'tính các chỉ tiêu từ các tệp kết xuất và in kết quả đánh giá',
    aggregate: 'tổng hợp số liệu hồ sơ theo từng thủ tục từ sổ theo dõi hồ sơ, dùng cho check --dossier-counts',
    demo: 'chạy lệnh check trên dữ liệu mẫu đi kèm (fixtures/demo); luôn kết thúc với mã 0',
    help: 'hiện hướng dẫn sử dụng lệnh',
  },
  help: {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Arguments:': 'Tham số:',
    'Global Options:': 'Tùy chọn chung:',
    '[options]': '[tùy chọn]',
    '[command]': '[lệnh]',
    choices: 'giá trị',
    default: 'mặc định',
    preset: 'khi không ghi giá trị',
    then: '; ',
  },
  prefix: 'tthc-check: ',
  errorPrefix: 'lỗi: ',
  issuesInInputs: (errorRows, counts, listed, total) =>
    `số dòng có lỗi trong dữ liệu đầu vào: ${f.number(errorRows)}; phát hiện ${counts}, ${
      listed === total ? 'tất cả đều được liệt kê trong báo cáo' : `báo cáo liệt kê ${f.number(listed)} vấn đề, số còn lại chỉ được tính vào tổng số`
    }`,
  aggregateWrote: (file, codes, rows, counts) => `đã ghi ${file}: ${f.number(codes)} mã từ ${f.number(rows)} dòng (${counts})`,
  andMore: (n) => `… và ${f.number(n)} vấn đề khác`,
  internalError: (message) => `lỗi nội bộ: ${message}`,
  internalErrorHint: ' (hãy chạy lại với --debug để xem chi tiết và báo lỗi này)',
  usage: {
    requiredOption: (flags) => `lỗi: thiếu tùy chọn bắt buộc '${flags}'`,
    optionMissingArgument: (flags) => `lỗi: tùy chọn '${flags}' cần có giá trị`,
    invalidChoice: (flags, value, choices) => `lỗi: giá trị '${value}' của tùy chọn '${flags}' không hợp lệ. Các giá trị được chấp nhận: ${choices}.`,
    unknownOption: (flag) => `lỗi: không có tùy chọn '${flag}'`,
    unknownCommand: (name) => `lỗi: không có lệnh '${name}'`,
    tooManyArguments: (command, expected, received) =>
      `lỗi: thừa tham số${command ? ` cho lệnh '${command}'` : ''}: cần ${expected} tham số nhưng có ${received}.`,
    didYouMean: (suggestions) => `(Có phải là ${suggestions.join(' hoặc ')}?)`,
  },
};
