#!/usr/bin/env node
// Builds the bundled demo province in fixtures/demo/ (the sample that `tthc-check demo` and
// `npm start` run on) from real CSDLQG records.
//
//   node scripts/make-demo.mjs [path/to/csdlqg-records.csv]
//
// The source defaults to ../shared/data/csdlqg-records.csv relative to the repository root.
//
// The demo is Hà Nam at the end of 2021, the year of directive 1697/UBND-NC that the default profile
// `hanam-2021` comes from: the departments of that year, three tiers (province, district, commune),
// the districts and some communes of Hà Nam by name, and the official holiday schedule of 2021
// (fixtures/holidays-2021.csv, which `demo` passes as --holidays and which this script reads).
// Procedure codes, names and fields come from the source records, restricted to codes that existed
// in 2021; the levels, dates, national-portal flags and dossiers are invented. The output is
// deterministic: a seeded PRNG and no clock, so re-running on the same source gives byte-identical
// files.
//
// Writes fixtures/demo/{procedures,national,dossiers}.csv and README.md, then re-reads the files
// it wrote, computes the figures the demo should produce (distinct codes, lowest level on
// conflicts, code matching per SPEC §3, working days per SPEC §4 under the 2021 schedule, as of
// 2021-12-31, and the dossier fields that the scorecard of SPEC §12.1 will read) and prints them;
// the same figures go into fixtures/demo/README.md.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.resolve(process.argv[2] ?? path.join(REPO, '../shared/data/csdlqg-records.csv'));
const OUT = path.join(REPO, 'fixtures', 'demo');
const HOLIDAY_FILE = path.join(REPO, 'fixtures', 'holidays-2021.csv');

// Hà Nam's suffix: its place in the alphabetical list of provinces of QCVN 102:2016/BTTTT as we read
// it (the codes seen in real exports, H30 Hậu Giang, H38 Lào Cai, H55 Thái Nguyên, fit that order).
const SUFFIX = 'H23';
const OTHER_SUFFIX = 'H32';
const AS_OF = '2021-12-31';
const DOSSIERS_FROM = '2021-01-01';
const DOSSIERS_TO = '2021-11-30';
const EXPORTED = '2021-12-30'; // the register's export date: the last day a dossier can be finished in it
const PORTAL = 'https://dichvucong.hanam.gov.vn';

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x7a23_2021);
const randInt = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function take(pool, n, what) {
  if (pool.length < n) throw new Error(`not enough ${what}: need ${n}, have ${pool.length}`);
  return pool.splice(0, n);
}
/** One item of `items`, drawn with probability proportional to `weight(item)`. */
function weighted(items, weight) {
  const total = items.reduce((s, x) => s + weight(x), 0);
  let r = rnd() * total;
  for (const x of items) {
    r -= weight(x);
    if (r < 0) return x;
  }
  return items[items.length - 1];
}
/** `n` distinct items of `items`, each draw proportional to `weight(item)`. */
function weightedSample(items, n, weight) {
  const left = items.slice();
  const out = [];
  while (out.length < n && left.length) {
    const x = weighted(left, weight);
    out.push(x);
    left.splice(left.indexOf(x), 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Calendar dates as day numbers (days since 1970-01-01, UTC); no time zones involved.

const dayOf = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
};
const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
const dmy = (day) => {
  const [y, m, d] = isoOf(day).split('-');
  return `${d}/${m}/${y}`;
};
// Code-point order: no locale data involved, so the output is the same on every machine.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const weekday = (day) => (day + 4) % 7; // 0 = Sunday
const isWeekend = (day) => weekday(day) === 0 || weekday(day) === 6;

// Days off that the default rules of SPEC §4 derive in the years the sample's dates touch
// (Tết Canh Tý eve 24/01/2020, Tết Tân Sửu eve 11/02/2021, Tết Nhâm Dần eve 31/01/2022), written out
// here so that the tool's own rules are checked, not reused. `movable`: the days the government moves
// by notice (Tết, the 2/9 extra day, in-lieu days), which a schedule file must list or the tool warns.
const RULE_DAYS = [
  ['2020-01-01'],
  ['2020-01-24', 1],
  ['2020-01-25', 1],
  ['2020-01-26', 1],
  ['2020-01-27', 1],
  ['2020-01-28', 1],
  ['2020-01-29', 1],
  ['2020-01-30', 1],
  ['2020-04-02'],
  ['2020-04-30'],
  ['2020-05-01'],
  ['2020-09-02'],
  ['2020-09-03', 1],
  ['2021-01-01'],
  ['2021-02-11', 1],
  ['2021-02-12', 1],
  ['2021-02-13', 1],
  ['2021-02-14', 1],
  ['2021-02-15', 1],
  ['2021-02-16', 1],
  ['2021-02-17', 1],
  ['2021-04-21'],
  ['2021-04-30'],
  ['2021-05-01'],
  ['2021-05-03', 1],
  ['2021-09-02'],
  ['2021-09-03', 1],
  ['2022-01-01'],
  ['2022-01-03', 1],
  ['2022-01-31', 1],
  ['2022-02-01', 1],
  ['2022-02-02', 1],
  ['2022-02-03', 1],
  ['2022-02-04', 1],
  ['2022-04-10'],
  ['2022-04-11', 1],
  ['2022-04-30'],
  ['2022-05-01'],
  ['2022-05-02', 1],
  ['2022-05-03', 1],
  ['2022-09-01', 1],
  ['2022-09-02'],
].map(([date, movable]) => ({ day: dayOf(date), movable: !!movable }));
const RULE_OFF = new Set(RULE_DAYS.map((r) => r.day));

// The official 2021 schedule, as shipped; its word is final on the days it lists (SPEC §4).
const holidayRows = parse(fs.readFileSync(HOLIDAY_FILE), { columns: true, bom: true, skip_empty_lines: true });
const OVERRIDES = new Map(holidayRows.map((r) => [dayOf(r.date), r.kind]));
{
  const years = new Set(holidayRows.map((r) => r.date.slice(0, 4)));
  const unlisted = RULE_DAYS.filter((r) => r.movable && !isWeekend(r.day) && years.has(isoOf(r.day).slice(0, 4)) && !OVERRIDES.has(r.day));
  if (unlisted.length) throw new Error(`${HOLIDAY_FILE} leaves rule days unlisted: ${unlisted.map((r) => isoOf(r.day)).join(', ')}`);
}

/** A calendar: the official one (the schedule file over the rules) or the rules alone. */
function calendar(withSchedule) {
  const isWorking = (day) => {
    if (withSchedule && OVERRIDES.has(day)) return OVERRIDES.get(day) === 'working';
    return !isWeekend(day) && !RULE_OFF.has(day);
  };
  return {
    isWorking,
    addWorkingDays(day, n) {
      let d = day;
      for (let k = 0; k < n;) {
        d += 1;
        if (isWorking(d)) k++;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      // working days in (from, to]
      let n = 0;
      for (let d = from + 1; d <= to; d++) if (isWorking(d)) n++;
      return n;
    },
  };
}
const OFFICIAL = calendar(true);
const RULES_ONLY = calendar(false);
const { isWorking, addWorkingDays } = OFFICIAL;

// ---------------------------------------------------------------------------------------------
// Normalisation as in SPEC §2/§3

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC');
const normWord = (s) => fold(String(s).normalize('NFC').toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
const normCode = (s) => String(s).trim().replace(/^'/, '').replace(/\s+/g, '').toUpperCase();
const baseOf = (code) => (code.match(/^[1-9]\.\d{6}/) ?? [code])[0];
const isBare = (code) => /^[1-9]\.\d{6}$/.test(code);
const hamming1 = (a, b) => {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
};
const nameWords = (s) =>
  new Set(
    fold(s.toLowerCase())
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
function dice(a, b) {
  const A = nameWords(a);
  const B = nameWords(b);
  if (A.size + B.size === 0) return 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return (2 * common) / (A.size + B.size);
}

// ---------------------------------------------------------------------------------------------
// The province's units in 2021

// Field → provincial department, as the departments were in 2021 (before the 2025 reorganisation
// merged several of them). Fields not listed here are not run by a province's departments (customs,
// tax, banking, radio frequencies …) and are left out. The order is the order of the procedure list.
const DEPARTMENTS = {
  'Sở Tư pháp': [
    'Hộ tịch',
    'Luật sư',
    'Giám định tư pháp',
    'Trọng tài thương mại',
    'Hòa giải thương mại',
    'Nuôi con nuôi',
    'Chứng thực',
    'Trợ giúp pháp lý',
    'Công chứng',
    'Thừa hành viên',
    'Quản tài viên',
    'Tư vấn pháp luật',
    'Đấu giá tài sản',
    'Quốc tịch',
    'Bồi thường nhà nước',
    'Hòa giải ở cơ sở',
    'Đăng ký biện pháp bảo đảm',
    'Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa',
    'Lý lịch tư pháp',
  ],
  'Sở Nội vụ': ['Thi đua – Khen thưởng', 'Quản lý nhà nước về hội, quỹ', 'Tín ngưỡng, tôn giáo', 'Công chức, viên chức', 'Văn thư và lưu trữ'],
  'Sở Kế hoạch và Đầu tư': [
    'Thành lập và hoạt động của doanh nghiệp',
    'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
    'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
    'Đầu tư tại Việt nam',
    'Đầu tư theo phương thức đối tác công tư',
    'Đấu thầu lựa chọn nhà đầu tư',
    'Hỗ trợ doanh nghiệp nhỏ và vừa',
    'Thành lập và hoạt động doanh nghiệp xã hội',
    'Thành lập và hoạt động của tổ hợp tác không đăng ký',
    'Hỗ trợ tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
  ],
  'Sở Tài chính': ['Quản lý giá', 'Tài chính đất đai', 'Quản lý công sản'],
  'Sở Lao động - Thương binh và Xã hội': [
    'Người có công',
    'Việc làm',
    'Giáo dục nghề nghiệp',
    'Giáo dục nghề nghiệp (G07-LĐ06)',
    'Quản lý lao động ngoài nước',
    'An toàn, vệ sinh lao động',
    'Lao động, tiền lương',
    'Lao động, tiền lương và bảo hiểm xã hội',
    'Bảo hiểm xã hội',
    'Bảo trợ xã hội',
    'Trẻ em',
    'Phòng, chống tệ nạn xã hội',
    'Tổ chức cai nghiên ma túy và quản lý sau cai nghiện',
    'Giảm nghèo',
  ],
  'Sở Tài nguyên và Môi trường': [
    'Đất đai',
    'Địa chất và khoáng sản',
    'Khoáng sản',
    'Tài nguyên nước',
    'Môi trường',
    'Biến đổi khí hậu',
    'Khí tượng, thủy văn',
    'Đo đạc, bản đồ và thông tin địa lý',
    'Bảo tồn thiên nhiên và Đa dạng sinh học',
  ],
  'Sở Nông nghiệp và Phát triển nông thôn': [
    'Thú y',
    'Thủy sản',
    'Thủy lợi',
    'Trồng trọt và Bảo vệ thực vật',
    'Trồng trọt',
    'Chăn nuôi',
    'Quản lý chất lượng nông lâm sản và thủy sản',
    'Lâm nghiệp và Kiểm lâm',
    'Kiểm lâm',
  ],
  'Sở Xây dựng': [
    'Hoạt động xây dựng',
    'Kinh doanh bất động sản',
    'Vật liệu xây dựng',
    'Nhà ở và công sở',
    'Quy hoạch đô thị và nông thôn',
    'Hạ tầng kỹ thuật',
  ],
  'Sở Giao thông vận tải': ['Đường bộ', 'Hàng hải và đường thủy nội địa'],
  'Sở Công Thương': [
    'Hóa chất',
    'Thương mại quốc tế',
    'Xúc tiến thương mại',
    'Điện',
    'Điện lực',
    'Vật liệu nổ công nghiệp, tiền chất thuốc nổ',
    'Công nghiệp tiêu dùng',
    'Lưu thông hàng hóa trong nước',
    'Quản lý bán hàng đa cấp',
    'Kinh doanh khí',
    'Cụm Công nghiệp',
    'Công nghiệp hỗ trợ',
    'bảo vệ quyền lợi người tiêu dùng',
    'Giám định thương mại',
    'Nghề thủ công mỹ nghệ',
  ],
  'Sở Y tế': ['Phòng bệnh', 'Khám bệnh, chữa bệnh', 'Dược phẩm', 'Thiết bị y tế', 'Y Dược cổ truyền', 'Mỹ phẩm', 'An toàn thực phẩm'],
  'Sở Giáo dục và Đào tạo': [
    'Giáo dục thường xuyên',
    'Giáo dục trung học',
    'Giáo dục mầm non',
    'Giáo dục tiểu học',
    'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
    'Các cơ sở giáo dục khác',
  ],
  'Sở Văn hóa, Thể thao và Du lịch': [
    'Du lịch',
    'Thể dục thể thao',
    'Văn hóa',
    'Gia đình',
    'Điện ảnh',
    'Nghệ thuật biểu diễn',
    'Mỹ thuật, nhiếp ảnh, triển lãm',
    'Bản quyền tác giả',
    'Quảng cáo',
    'Di sản văn hóa',
    'Thư viện',
  ],
  'Sở Thông tin và Truyền thông': [
    'Báo chí',
    'Xuất Bản, In và Phát hành',
    'Phát thanh, truyền hình và thông tin điện tử',
    'Bưu chính',
    'Viễn thông và Internet',
    'Công nghiệp công nghệ số, công nghệ thông tin, điện tử',
  ],
  'Sở Khoa học và Công nghệ': [
    'Hoạt động khoa học và công nghệ',
    'Tiêu chuẩn đo lường chất lượng',
    'An toàn bức xạ và hạt nhân',
    'Sở hữu trí tuệ',
    'Khoa học công nghệ',
  ],
};
const DEPT_OF_FIELD = new Map();
for (const [dept, fields] of Object.entries(DEPARTMENTS)) for (const f of fields) DEPT_OF_FIELD.set(f, dept);

// The six districts of 2021 and three communes or wards of each (five in the city). Identifiers under
// QCVN 102:2016/BTTTT (V1V2V3.Z1Z2.Y1Y2 before the suffix) are invented in its shape and used in
// dossier numbers. `weight`: a unit's share of the dossiers it could receive.
const DISTRICTS = [
  ['thành phố Phủ Lý', ['phường Lương Khánh Thiện', 'phường Minh Khai', 'phường Lam Hạ', 'xã Phù Vân', 'xã Kim Bình'], 1.6],
  ['thị xã Duy Tiên', ['phường Hòa Mạc', 'phường Đồng Văn', 'xã Mộc Bắc'], 1.2],
  ['huyện Kim Bảng', ['thị trấn Quế', 'xã Thanh Sơn', 'xã Tượng Lĩnh'], 1],
  ['huyện Thanh Liêm', ['thị trấn Kiện Khê', 'xã Thanh Hà', 'xã Liêm Cần'], 1],
  ['huyện Bình Lục', ['thị trấn Bình Mỹ', 'xã Bồ Đề', 'xã Tiêu Động'], 0.9],
  ['huyện Lý Nhân', ['thị trấn Vĩnh Trụ', 'xã Chân Lý', 'xã Bắc Lý'], 1],
];
const UNITS = new Map(); // agency name → { name, tier, id, weight, district? }
Object.keys(DEPARTMENTS).forEach((name, i) => {
  UNITS.set(name, { name, tier: 'Cấp tỉnh', id: `000.00.${String(i + 1).padStart(2, '0')}`, weight: 1 });
});
const districtUnits = [];
const communeUnits = [];
DISTRICTS.forEach(([district, communes, weight], i) => {
  const y = String(41 + i);
  const d = { name: `UBND ${district}`, tier: 'Cấp huyện', id: `000.00.${y}`, weight };
  UNITS.set(d.name, d);
  districtUnits.push(d);
  communes.forEach((commune, j) => {
    const c = { name: `UBND ${commune}`, tier: 'Cấp xã', id: `000.${String(21 + j).padStart(2, '0')}.${y}`, weight, district: d };
    UNITS.set(c.name, c);
    communeUnits.push(c);
  });
});
const unit = (name) => UNITS.get(name);

// ---------------------------------------------------------------------------------------------
// Source records, as they were in 2021

const records = parse(fs.readFileSync(SOURCE), { columns: true, bom: true, skip_empty_lines: true });
const sourceCodes = new Set(records.map((r) => r.code));

// Codes the national database had issued by the end of 2021 (the 1.00xxxx and 2.000xxx–2.0025xx
// series; later series belong to procedures published since).
const CODE_2021 = /^(1\.00\d{4}|2\.00[01]\d{3}|2\.002[0-5]\d{2})$/;
const LOCAL_TIERS = new Set(['Cấp tỉnh', 'Cấp xã', 'Cấp xã, Cấp tỉnh']);
const PLACE = /Hà Nội|Hồ Chí Minh|Cần Thơ|Hải Phòng|Đà Nẵng|Huế|TPCT|Thanh Hóa|Nghệ An|Khánh Ho|[Tt]ỉnh [A-ZĐ]|[Tt]hành phố [A-ZĐ]/;
const NOT_INLAND = /biển|tàu cá|cảng cá|hải đảo|biên giới|láng giềng|cửa khẩu|thủy điện/i; // Hà Nam has no coast, border or dam
// Until 1 July 2025 these were district procedures; the reform moved them to the communes.
const DISTRICT_FIELDS = new Set([
  'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
  'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
  'Giáo dục mầm non',
  'Giáo dục tiểu học',
  'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
  'Thủy lợi',
  'Tài nguyên nước',
  'Thủy sản',
  'Hàng hải và đường thủy nội địa',
  'Giáo dục nghề nghiệp (G07-LĐ06)',
]);
const isDistrict2021 = (r) =>
  DISTRICT_FIELDS.has(r.field) || /yếu tố nước ngoài/.test(r.name) || (r.field === 'Bảo trợ xã hội' && /trợ cấp xã hội hàng tháng|mai táng/.test(r.name));
// A procedure of both a department and the local People's Committees: which local tier in 2021.
const COMMUNE_SIDE = new Set(['Người có công', 'Phòng, chống tệ nạn xã hội', 'Bảo trợ xã hội', 'Trẻ em']);
function tier2021(r) {
  if (r.tier === 'Cấp tỉnh') return 'Cấp tỉnh';
  if (r.tier === 'Cấp xã') return isDistrict2021(r) ? 'Cấp huyện' : 'Cấp xã';
  return COMMUNE_SIDE.has(r.field) ? 'Cấp tỉnh, Cấp xã' : 'Cấp tỉnh, Cấp huyện';
}

const seenNames = new Set();
const candidates = records
  .filter((r) => LOCAL_TIERS.has(r.tier) && r.kind === 'TTHC Tiêu chuẩn' && /^(Bộ|Ngân hàng)/.test(r.publisher))
  .filter((r) => DEPT_OF_FIELD.has(r.field) && CODE_2021.test(r.code))
  .filter((r) => !/[\r\n]/.test(r.name) && r.name.length <= 300)
  .filter((r) => !PLACE.test(r.name) && !PLACE.test(r.agency) && !NOT_INLAND.test(r.name))
  .map((r) => {
    const tier = tier2021(r);
    let name = r.name.trim().replace(/\s{2,}/g, ' ');
    // The 2025 reform renamed the district's powers the commune's; in 2021 the name said district.
    if (tier === 'Cấp huyện') name = name.replace(/(UBND|Ủy ban nhân dân|Uỷ ban nhân dân) cấp xã/g, '$1 cấp huyện');
    return { ...r, name, tier21: tier };
  })
  .sort((a, b) => cmp(a.code, b.code))
  .filter((r) => {
    // one procedure per name: the name-similarity suggestion must have a clear answer
    const k = [...nameWords(r.name)].sort().join(' ');
    if (seenNames.has(k)) return false;
    seenNames.add(k);
    return true;
  });

const byTier = (t) => shuffle(candidates.filter((r) => r.tier21 === t));
const poolProvince = byTier('Cấp tỉnh');
const poolDistrict = byTier('Cấp huyện');
const poolCommune = byTier('Cấp xã');
const poolMixed = shuffle(candidates.filter((r) => r.tier21.includes(',')));

// ---------------------------------------------------------------------------------------------
// The portal's procedures (one object per distinct code, one row per agency listing it)

const N_PROVINCE = 235;
const N_DISTRICT = 30;
const N_COMMUNE = 30;
const DUPLICATES = 5; // codes of a department and a district or commune
const DISTINCT = N_PROVINCE + N_DISTRICT + N_COMMUNE + DUPLICATES; // 300
const N_LEVEL4 = 81; // 27.0 % (fails ≥ 30 %: shortfall 9)
const N_LEVEL3 = 142; // level ≥ 3: 223 = 74.3 % (passes ≥ 70 %)
const N_LEVEL1 = 5; // "Mức độ 1": information only
const N_NOT_INTEGRATED = 11; // level ≥ 3 but not on the national portal
const N_NATIONAL_EXTRA = 25;

const provRecs = take(poolProvince, N_PROVINCE, 'province-tier records');
const distRecs = take(poolDistrict, N_DISTRICT, 'district-tier records');
const commRecs = take(poolCommune, N_COMMUNE, 'commune-tier records');
const dupRecs = take(poolMixed, DUPLICATES, 'mixed-tier records (duplicates)');
const extraPool = shuffle([...poolProvince, ...poolDistrict, ...poolCommune, ...poolMixed]);

const dept = (rec) => DEPT_OF_FIELD.get(rec.field);
// How often a procedure is asked for: civil status, certification, household businesses and the like
// every day, lawyers' and bailiffs' affairs seldom; commune procedures more than the others; and
// within that, the short names more than the long. Drawn once (lower is busier), it orders both the
// number of local units that list a procedure and its dossier volume.
const EVERYDAY = new Set([
  'Hộ tịch',
  'Chứng thực',
  'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
  'Thành lập và hoạt động của doanh nghiệp',
  'Bảo trợ xã hội',
  'Người có công',
  'An toàn thực phẩm',
  'Đường bộ',
  'Lưu thông hàng hóa trong nước',
  'Khám bệnh, chữa bệnh',
  'Dược phẩm',
  'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
]);
const SELDOM = new Set([
  'Thừa hành viên',
  'Quản tài viên',
  'Trọng tài thương mại',
  'Hòa giải thương mại',
  'Giám định tư pháp',
  'Luật sư',
  'Đấu giá tài sản',
  'Quốc tịch',
  'Bồi thường nhà nước',
  'Nuôi con nuôi',
  'Quản lý bán hàng đa cấp',
  'Vật liệu nổ công nghiệp, tiền chất thuốc nổ',
  'Hàng hải và đường thủy nội địa',
]);
const popularity = (rec) =>
  (rec.name.length * (0.7 + 0.6 * rnd())) / (EVERYDAY.has(rec.field) ? 4 : SELDOM.has(rec.field) ? 0.3 : 1) / (rec.tier21 === 'Cấp xã' ? 2 : 1);

/** distinct code → { rec, code, level, integrated, pop, rows: [{ tier, agency, levelText }] } */
const procs = [];
const mk = (rec, rows) => {
  const p = { rec, code: `${rec.code}.000.00.00.${SUFFIX}`, level: null, integrated: null, pop: popularity(rec), rows };
  procs.push(p);
  return p;
};
for (const r of provRecs) mk(r, [{ tier: 'Cấp tỉnh', agency: dept(r) }]);
// Local procedures are listed by the units that run them: the everyday ones by many districts or
// communes, the rare ones by one. Each row of a code says the same level and integration.
function listLocal(recs, units, counts) {
  const ps = recs.map((r) => mk(r, []));
  [...ps]
    .sort((a, b) => a.pop - b.pop)
    .forEach((p, i) => {
      const n = counts[Math.min(i, counts.length - 1)];
      const chosen = weightedSample(units, n, (u) => u.weight).sort((a, b) => cmp(a.id, b.id));
      p.rows = chosen.map((u) => ({ tier: u.tier, agency: u.name }));
    });
}
listLocal(distRecs, districtUnits, [6, 6, 6, 6, 6, 5, 3, 3, 3, 2, 2, 2, 1]);
listLocal(commRecs, communeUnits, [10, 8, 8, 6, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1]);

// Duplicates: a department and a district or commune People's Committee list the same procedure.
const dupSpec = [
  { texts: ['Mức độ 4', 'Mức độ 3'], level: 3 }, // conflicting levels: the lowest counts
  { texts: ['Toàn trình', 'Mức độ 4'], level: 4 }, // same level, two vocabularies
  { texts: ['Một phần', 'DVC mức độ 3'], level: 3 },
  { texts: ['Mức độ 2', 'Mức độ 2'], level: 2 },
  { texts: ['Mức độ 3', 'Một phần'], level: 3 },
];
const dupProcs = dupRecs.map((r, i) => {
  const local = r.tier21.endsWith('Cấp xã') ? pick(communeUnits) : pick(districtUnits);
  const p = mk(r, [
    { tier: 'Cấp tỉnh', agency: dept(r) },
    { tier: local.tier, agency: local.name },
  ]);
  p.level = dupSpec[i].level;
  p.rows.forEach((row, k) => {
    row.levelText = dupSpec[i].texts[k];
  });
  p.integrated = p.level >= 3;
  p.dup = true;
  return p;
});

// Levels for the other codes: fill the quotas left after the duplicates. The words are those of the
// 2021 exports: mostly Decree 43's "Mức độ N" (some written "DVC mức độ N"), with the newer
// "Toàn trình" / "Một phần" beside them.
{
  const rest = procs.filter((p) => p.level === null);
  const used = { 4: 0, 3: 0, 2: 0 };
  for (const p of dupProcs) used[p.level]++;
  const levels = [...Array(N_LEVEL4 - used[4]).fill(4), ...Array(N_LEVEL3 - used[3]).fill(3), ...Array(DISTINCT - N_LEVEL4 - N_LEVEL3 - used[2]).fill(2)];
  if (levels.length !== rest.length) throw new Error('level quotas do not add up');
  const shuffled = shuffle(levels);
  rest.forEach((p, i) => {
    p.level = shuffled[i];
  });
  let lowest = 0;
  for (const p of rest) {
    const x = rnd();
    const text =
      p.level === 4
        ? x < 0.25
          ? 'Toàn trình'
          : x < 0.4
            ? 'DVC mức độ 4'
            : 'Mức độ 4'
        : p.level === 3
          ? x < 0.25
            ? 'Một phần'
            : x < 0.45
              ? 'DVC mức độ 3'
              : 'Mức độ 3'
          : lowest < N_LEVEL1 && x < 0.1
            ? (lowest++, 'Mức độ 1')
            : 'Mức độ 2';
    for (const row of p.rows) row.levelText = text;
  }
  for (const p of rest) {
    if (lowest >= N_LEVEL1) break;
    if (p.rows[0].levelText === 'Mức độ 2') {
      for (const row of p.rows) row.levelText = 'Mức độ 1';
      lowest++;
    }
  }
  const high = shuffle(rest.filter((p) => p.level >= 3));
  high.forEach((p, i) => {
    p.integrated = i >= N_NOT_INTEGRATED;
  });
  for (const p of rest) if (p.level < 3) p.integrated = false;
}

// ---------------------------------------------------------------------------------------------
// Code mismatches against the national list

const singles = shuffle(procs.filter((p) => !p.dup && p.rows[0].tier === 'Cấp tỉnh'));
const mmSuffix = singles[0]; // (a) another province's suffix
const mmTypo = singles[1]; // (b) one digit off
const mmOld = singles[2]; // (c) abolished code, replaced by a new code with the same name
const apostrophe = singles[3]; // written as Excel text: leading apostrophe, trailing space

// (a) the national list holds this one with the province's full code.
const nationalFull = `${mmSuffix.rec.code}.000.00.00.${SUFFIX}`;
mmSuffix.code = `${mmSuffix.rec.code}.000.00.00.${OTHER_SUFFIX}`;

// The national list: the portal's procedures (bare base codes), + the new code of (c), + extras.
// (c): the portal keeps an old code under the name of a procedure whose current national code
// it does not list; the new code's record is a real one from the source.
// The new code is of the latest series (1.008xxx–1.009xxx, 2020–2021), the old one of the first.
const newRec = extraPool.splice(
  extraPool.findIndex((r) => r.tier21 === 'Cấp tỉnh' && /^1\.00[89]/.test(r.code)),
  1,
)[0];
const extras = take(extraPool, N_NATIONAL_EXTRA, 'national-only records');
mmOld.rec = newRec; // the portal row shows the new record's name, field and agency
mmOld.rows[0].agency = dept(newRec);
const nationalRecs = [...procs.map((p) => p.rec), ...extras];
const nationalBases = nationalRecs.map((r) => r.code);

// (b) typo: one digit of the real base changed; exactly one national base is one digit away.
{
  const real = mmTypo.rec.code;
  let typo = null;
  for (const pos of shuffle([3, 4, 5, 6, 7])) {
    for (const digit of shuffle([...'0123456789'])) {
      const t = real.slice(0, pos) + digit + real.slice(pos + 1);
      if (t === real || sourceCodes.has(t)) continue;
      if (nationalBases.filter((b) => hamming1(b, t)).length === 1) {
        typo = t;
        break;
      }
    }
    if (typo) break;
  }
  if (!typo) throw new Error('no unambiguous one-digit typo found');
  mmTypo.code = `${typo}.000.00.00.${SUFFIX}`;
}

// (c) old code: an older-series code, unknown to the source, at least two digits from every
// national base (so the suggestion is by name).
{
  let old = null;
  for (let i = 0; i < 1000 && !old; i++) {
    const t = `1.00${String(randInt(1000, 4999))}`;
    if (sourceCodes.has(t) || nationalBases.some((b) => b === t || hamming1(b, t))) continue;
    old = t;
  }
  mmOld.code = `${old}.000.00.00.${SUFFIX}`;
  const best = Math.max(...nationalRecs.filter((r) => r !== newRec).map((r) => dice(r.name, newRec.name)));
  if (best >= 1) throw new Error('the new code of (c) has a name twin');
}

// ---------------------------------------------------------------------------------------------
// Decision dates: signed from October 2020 to December 2021, updated within 1–4 working days of
// the 2021 schedule; a few late or pending, some of them across the holidays.

const SIGN_FIRST = dayOf('2020-10-01'); // no public holiday from here to 31/12/2020
const SIGN_LAST = dayOf('2021-12-17');
const LATE = [
  // [signed, updated or null]
  ['2021-02-08', '2021-02-24'], // across Tết Tân Sửu: off 10–16/02, 17/02 a working day
  ['2021-04-19', '2021-05-04'], // across 21/04 (Hùng Kings), 30/04, 01/05 and 03/05 in lieu
  ['2021-08-27', '2021-09-10'], // across National Day 02–03/09/2021
  ['2020-12-28', '2021-01-08'], // across New Year's Day
  ['2021-06-14', '2021-06-25'],
  ['2021-10-12', '2021-10-22'],
  ['2021-03-15', null], // never updated
  ['2021-11-09', null], // never updated
];
// On time only by the official schedule: 5 working days to 17/02, which the rules would give off.
const ON_TIME_BY_NOTICE = ['2021-02-03', '2021-02-17'];
// Deadline not passed on 31/12/2021: the first on that very day, the second across New Year 2022
// (01/01/2022 is a Saturday, so Monday 03/01 is off in lieu).
const PENDING = [
  ['2021-12-24', null],
  ['2021-12-28', null],
];

{
  const special = shuffle(procs.filter((p) => !p.dup && p !== apostrophe));
  const lateOnes = special.slice(0, LATE.length);
  const pendingOnes = special.slice(LATE.length, LATE.length + PENDING.length);
  const byNotice = special[LATE.length + PENDING.length];
  lateOnes.forEach((p, i) => {
    p.signed = dayOf(LATE[i][0]);
    p.updated = LATE[i][1] && dayOf(LATE[i][1]);
  });
  pendingOnes.forEach((p, i) => {
    p.signed = dayOf(PENDING[i][0]);
    p.updated = null;
  });
  byNotice.signed = dayOf(ON_TIME_BY_NOTICE[0]);
  byNotice.updated = dayOf(ON_TIME_BY_NOTICE[1]);
  for (const p of procs) {
    if (p.signed !== undefined) continue;
    // Signed on a working day; updated 1–4 working days later.
    let s;
    do s = randInt(SIGN_FIRST, SIGN_LAST);
    while (!isWorking(s));
    p.signed = s;
    p.updated = addWorkingDays(s, randInt(1, 4));
  }
}

// ---------------------------------------------------------------------------------------------
// Write procedures.csv (Excel "CSV UTF-8": BOM, ';', CRLF)

function csvLine(values, delim) {
  return values
    .map((v) => {
      const s = v == null ? '' : String(v);
      return s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delim);
}
function writeCsv(file, header, rows, { delim, eol, bom }) {
  const text = [header, ...rows].map((r) => csvLine(r, delim)).join(eol) + eol;
  fs.writeFileSync(file, (bom ? '\uFEFF' : '') + text, 'utf8');
}

const TIER_ORDER = { 'Cấp tỉnh': 0, 'Cấp huyện': 1, 'Cấp xã': 2 };
const AGENCY_ORDER = [...UNITS.keys()];
const portalRows = [];
for (const p of procs) {
  for (const row of p.rows) portalRows.push({ p, ...row });
}
portalRows.sort(
  (a, b) =>
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    AGENCY_ORDER.indexOf(a.agency) - AGENCY_ORDER.indexOf(b.agency) ||
    cmp(a.p.rec.field, b.p.rec.field) ||
    cmp(a.p.code, b.p.code),
);

fs.mkdirSync(OUT, { recursive: true });
const PROC_HEADER = [
  'STT',
  'Mã TTHC',
  'Tên thủ tục',
  'Lĩnh vực',
  'Cơ quan thực hiện',
  'Cấp thực hiện',
  'Mức độ DVC',
  'Tích hợp DVCQG',
  'Ngày ký QĐ công bố',
  'Ngày cập nhật CSDLQG',
];
writeCsv(
  path.join(OUT, 'procedures.csv'),
  PROC_HEADER,
  portalRows.map((r, i) => [
    i + 1,
    r.p === apostrophe ? `'${r.p.code} ` : r.p.code,
    r.p.rec.name,
    r.p.rec.field,
    r.agency,
    r.tier,
    r.levelText,
    r.p.integrated ? 'Có' : 'Không',
    dmy(r.p.signed),
    r.p.updated ? dmy(r.p.updated) : '',
  ]),
  { delim: ';', eol: '\r\n', bom: true },
);

// ---------------------------------------------------------------------------------------------
// Write national.csv (UTF-8 without BOM, ',', LF): bare base codes + the one full code of (a)

const LOCAL_AGENCY = { 'Cấp huyện': 'Ủy ban nhân dân cấp huyện', 'Cấp xã': 'Ủy ban nhân dân cấp xã' };
const nationalAgency = (r) =>
  r.tier21
    .split(', ')
    .map((t) => (t === 'Cấp tỉnh' ? dept(r) : LOCAL_AGENCY[t]))
    .join(', ');
const nationalRows = nationalRecs
  .map((r) => [r === mmSuffix.rec ? nationalFull : r.code, r.name, r.tier21, r.field, nationalAgency(r)])
  .sort((a, b) => cmp(a[0], b[0]));
writeCsv(path.join(OUT, 'national.csv'), ['Mã thủ tục', 'Tên thủ tục', 'Cấp thực hiện', 'Lĩnh vực', 'Cơ quan thực hiện'], nationalRows, {
  delim: ',',
  eol: '\n',
  bom: false,
});

// ---------------------------------------------------------------------------------------------
// Dossiers: the one-stop register of 01/01–30/11/2021, exported on 30/12/2021

const D_FROM = dayOf(DOSSIERS_FROM);
const D_TO = dayOf(DOSSIERS_TO);
const D_EXPORTED = dayOf(EXPORTED);
const TARGET_DOSSIERS = 4900;
const UPTAKE_SHARE = 0.38; // share of level ≥ 3 procedures with online dossiers
const ONLINE_SHARE = 0.28; // online share of counted dossiers of level ≥ 3 procedures
const N_UNMATCHED = 7;
const N_NO_DUE = 6; // due date left empty
const N_RESOLVED_UNDATED = 4; // "Đã trả kết quả" with no result date

const high = shuffle(procs.filter((p) => p.level >= 3));
const low = shuffle(procs.filter((p) => p.level < 3));
const uptake = new Set(high.slice(0, Math.round(UPTAKE_SHARE * high.length)));
const inPersonHigh = high.slice(uptake.size, uptake.size + 66);
const inPersonLow = low.slice(0, 36);
// Two level ≥ 3 procedures whose only online dossier was cancelled (it does not count).
const cancelledOnline = new Set(inPersonHigh.slice(0, 2));

// Volumes: heavy-tailed, the largest going to the most asked-for procedures.
const active = [...uptake, ...inPersonHigh, ...inPersonLow].sort((a, b) => a.pop - b.pop);
const weights = Array.from({ length: active.length }, () => 1 / (0.02 + rnd()) ** 1.5).sort((a, b) => b - a);
const wsum = weights.reduce((a, b) => a + b, 0);
const unmatchedRec = extras.find((r) => r.tier21 === 'Cấp tỉnh');
const volume = new Map(active.map((p, i) => [p, Math.max(1, Math.round(((TARGET_DOSSIERS - N_UNMATCHED) * weights[i]) / wsum))]));
const processing = new Map(active.map((p) => [p, pick(p.rows[0].tier === 'Cấp xã' ? [1, 1, 3, 3, 5, 7] : [3, 5, 5, 7, 10, 12, 15, 20, 30, 45])]));

// What each unit does with the fields of SPEC §12.1, drawn once per unit; a few units lag well
// behind the others, as scorecards find.
const LAGGARDS = {
  'UBND huyện Lý Nhân': { sync: 0.41 },
  'Sở Giao thông vận tải': { sync: 0.45, digitised: 0.02 },
  'UBND xã Chân Lý': { digitised: 0, eResult: 0 },
  'Sở Y tế': { eResult: 0.02 },
};
const profiles = new Map(
  [...UNITS.values()].map((u) => {
    const p = {
      sync: 0.72 + 0.24 * rnd(),
      digitised: 0.06 + 0.3 * rnd(),
      eResult: 0.08 + 0.35 * rnd(),
      payOnline: 0.1 + 0.35 * rnd(),
      feeStyle: pick(['plain', 'dong']), // "50.000" / "0", or "50.000 đ" / "Miễn phí"
      unpaid: pick(['0', '']),
      ...LAGGARDS[u.name],
    };
    return [u.name, p];
  }),
);
if (Object.keys(LAGGARDS).some((name) => !UNITS.has(name))) throw new Error('a laggard is no unit');

// Fees: civil status, legal aid, social protection and the like charge none by law; of the others,
// nearly half charge none and the rest one amount, by tier.
const FREE = /khai sinh|khai tử|đăng ký kết hôn$|trợ cấp|hỗ trợ|trợ giúp|giám hộ|mai táng|khuyết tật|chăm sóc thay thế|hòa giải viên|bồi thường/i;
const FREE_FIELDS = new Set([
  'Trợ giúp pháp lý',
  'Bảo trợ xã hội',
  'Người có công',
  'Trẻ em',
  'Phòng, chống tệ nạn xã hội',
  'Hòa giải ở cơ sở',
  'Bồi thường nhà nước',
  'Giáo dục mầm non',
  'Giáo dục tiểu học',
  'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân',
  'Thành lập và hoạt động của tổ hợp tác không đăng ký',
]);
const FEES = {
  'Cấp tỉnh': [50000, 100000, 150000, 200000, 300000, 500000, 1000000, 1500000],
  'Cấp huyện': [20000, 30000, 50000, 100000, 150000],
  'Cấp xã': [2000, 5000, 10000, 20000, 30000, 50000],
};
const feeOf = new Map(
  [...procs].map((p) => {
    const fee = rnd() < 0.45 ? 0 : pick(FEES[p.rows[0].tier]);
    return [p, FREE_FIELDS.has(p.rec.field) || FREE.test(p.rec.name) ? 0 : fee];
  }),
);
const money = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const dossierSeeds = []; // { p | null, online?, drop? }
for (const p of active) {
  for (let i = 0; i < volume.get(p); i++) dossierSeeds.push({ p });
}
for (let i = 0; i < N_UNMATCHED; i++) dossierSeeds.push({ p: null });

// Status first (refused / cancelled / withdrawn ≈ 3 %), then channels.
const NOT_COUNTED = ['Đã hủy', 'Từ chối', 'Công dân rút hồ sơ'];
for (const d of dossierSeeds) d.drop = rnd() < 0.03 ? pick(NOT_COUNTED) : null;
// Online dossiers: each uptake procedure gets at least one counted online dossier; the number per
// procedure follows its own propensity, scaled so the total is ONLINE_SHARE of the counted ones.
{
  const byProc = new Map();
  for (const d of dossierSeeds) if (d.p) (byProc.get(d.p) ?? byProc.set(d.p, []).get(d.p)).push(d);
  for (const list of byProc.values()) {
    if (!list.some((d) => !d.drop)) list[0].drop = null; // every active procedure has a counted dossier
  }
  const countedHigh = dossierSeeds.filter((d) => d.p && d.p.level >= 3 && !d.drop).length;
  const target = Math.round(ONLINE_SHARE * countedHigh);
  const prop = new Map([...uptake].map((p) => [p, 0.1 + 0.9 * rnd()]));
  const alloc = (s) =>
    new Map(
      [...uptake].map((p) => {
        const n = byProc.get(p).filter((d) => !d.drop).length;
        return [p, Math.min(n, Math.max(1, Math.round(n * Math.min(1, prop.get(p) * s))))];
      }),
    );
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const sum = [...alloc(mid).values()].reduce((a, b) => a + b, 0);
    if (sum < target) lo = mid;
    else hi = mid;
  }
  const plan = alloc(hi);
  for (const p of uptake) {
    const counted = shuffle(byProc.get(p).filter((d) => !d.drop));
    counted.forEach((d, i) => {
      d.online = i < plan.get(p);
    });
    for (const d of byProc.get(p)) if (d.drop) d.online = rnd() < 0.5;
  }
  for (const p of cancelledOnline) {
    const list = byProc.get(p);
    const extra = { p, drop: 'Đã hủy', online: true };
    dossierSeeds.push(extra);
    list.push(extra);
  }
}

function receivedDay(online) {
  for (;;) {
    const d = randInt(D_FROM, D_TO);
    if (online || isWorking(d)) return d; // the counters open on working days only
  }
}
const dossiers = [];
for (const d of dossierSeeds) {
  const online = !!d.online;
  const day = receivedDay(online);
  const minutes = online && rnd() < 0.3 ? randInt(0, 24 * 60 - 1) : randInt(7 * 60 + 30, 16 * 60 + 59);
  const channel = online ? 'Trực tuyến' : rnd() < 0.06 ? 'Bưu chính công ích' : 'Trực tiếp';
  const code = d.p ? d.p.code : `${unmatchedRec.code}.000.00.00.${SUFFIX}`;
  const name = d.p ? d.p.rec.name : unmatchedRec.name;
  // The unit that received it: one of the agencies that list its procedure.
  const agency = d.p ? weighted(d.p.rows, (row) => unit(row.agency).weight).agency : dept(unmatchedRec);
  const start = isWorking(day) ? day : addWorkingDays(day, 1) - 1;
  const due = addWorkingDays(start, d.p ? processing.get(d.p) : 10);
  let status;
  let finished = null;
  if (d.drop) {
    status = d.drop;
  } else {
    const late = rnd() < 0.08;
    const f = late ? addWorkingDays(due, randInt(1, 8)) : Math.max(day, start + Math.floor((due - start) * (0.2 + 0.8 * rnd())));
    const fin = isWorking(f) ? f : addWorkingDays(f, 1);
    // Dossiers due after the export are mostly still being handled when it is taken.
    if (fin > D_EXPORTED || (due > D_EXPORTED && rnd() < 0.7) || rnd() < 0.015) status = rnd() < 0.2 ? 'Chờ bổ sung hồ sơ' : 'Đang xử lý';
    else {
      status = 'Đã trả kết quả';
      finished = Math.min(fin, D_EXPORTED);
    }
  }
  dossiers.push({ unit: unit(agency), agency, day, minutes, code, name, channel, due, finished, status, online, p: d.p });
}
dossiers.sort((a, b) => a.day - b.day || a.minutes - b.minutes || cmp(a.code, b.code));
// A handful of rows as real registers have them: a due date never entered, a result returned but
// its date not recorded.
{
  const finishedOnes = dossiers.filter((d) => d.finished != null);
  for (const d of shuffle(dossiers).slice(0, N_NO_DUE)) d.due = null;
  for (const d of shuffle(finishedOnes).slice(0, N_RESOLVED_UNDATED)) {
    d.finished = null;
    d.undated = true;
  }
}
{
  const seq = new Map();
  const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const rows = dossiers.map((d) => {
    const yymmdd = isoOf(d.day).slice(2).replace(/-/g, '');
    const key = `${d.unit.id}-${yymmdd}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    const id = `${d.unit.id}.${SUFFIX}-${yymmdd}-${String(n).padStart(4, '0')}`;
    const pr = profiles.get(d.agency);
    const fee = d.p ? feeOf.get(d.p) : 100000;
    const paid = fee > 0 && d.online && rnd() < pr.payOnline;
    const feeText = fee > 0 ? (pr.feeStyle === 'dong' ? `${money(fee)} đ` : money(fee)) : pr.feeStyle === 'dong' ? 'Miễn phí' : '0';
    const done = d.finished != null || d.undated;
    const eResult = done && rnd() < Math.min(1, pr.eResult * (d.online ? 1.5 : 1));
    const syncedCell = rnd() < pr.sync ? 'Có' : 'Không';
    const feeLeftEmpty = rnd() < 0.04; // no amount entered: no fee as far as the register says
    const paidWhere = paid ? (rnd() < 0.6 ? '1' : '2') : null;
    return [
      id,
      d.code,
      d.name,
      d.channel,
      `${dmy(d.day)} ${hhmm(d.minutes)}`,
      d.due == null ? '' : dmy(d.due),
      d.finished ? dmy(d.finished) : '',
      d.status,
      d.agency,
      syncedCell,
      feeLeftEmpty ? '' : feeText,
      feeLeftEmpty ? '' : (paidWhere ?? (fee > 0 ? pr.unpaid : '')),
      eResult ? `${PORTAL}/kq/${id}` : '',
      rnd() < pr.digitised * (d.online ? 1.3 : 1) ? 'Có' : 'Không',
    ];
  });
  writeCsv(
    path.join(OUT, 'dossiers.csv'),
    [
      'Số hồ sơ',
      'Mã TTHC',
      'Tên thủ tục',
      'Hình thức nộp',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày trả kết quả',
      'Trạng thái',
      'Đơn vị tiếp nhận',
      'Đồng bộ DVCQG',
      'Lệ phí',
      'Thanh toán trực tuyến',
      'Kết quả điện tử',
      'Đã số hóa',
    ],
    rows,
    { delim: ';', eol: '\r\n', bom: true },
  );
}

// ---------------------------------------------------------------------------------------------
// Figures, computed from the files as written

const readBack = (name, delimiter) =>
  parse(fs.readFileSync(path.join(OUT, name)), { columns: true, bom: true, delimiter, relax_column_count: false, skip_empty_lines: true });
const P = readBack('procedures.csv', ';');
const N = readBack('national.csv', ',');
const D = readBack('dossiers.csv', ';');

function levelOf(text) {
  const v = normWord(text);
  if (v.includes('toantrinh')) return 4;
  if (v.includes('motphan')) return 3;
  const m = v.match(/^(dvc)?mucdo([1-4])$/);
  if (!m) throw new Error(`unexpected level ${text}`);
  return Number(m[2]);
}
const parseDmy = (s) => {
  const m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})/);
  return m ? dayOf(`${m[3]}-${m[2]}-${m[1]}`) : null;
};

// Distinct portal codes: lowest level, integrated only if every row says so.
const codes = new Map();
P.forEach((r, i) => {
  const code = normCode(r['Mã TTHC']);
  const e = codes.get(code) ?? { code, name: r['Tên thủ tục'], levels: [], integrated: true, lines: [], agencies: [], signed: [], updated: [] };
  e.levels.push(levelOf(r['Mức độ DVC']));
  e.integrated &&= r['Tích hợp DVCQG'] === 'Có';
  e.lines.push(i + 2);
  e.agencies.push(r['Cơ quan thực hiện']);
  e.signed.push(parseDmy(r['Ngày ký QĐ công bố']));
  e.updated.push(r['Ngày cập nhật CSDLQG'] ? parseDmy(r['Ngày cập nhật CSDLQG']) : null);
  codes.set(code, e);
});
for (const e of codes.values()) e.level = Math.min(...e.levels);
const all = [...codes.values()];
const conflicts = all.filter((e) => new Set(e.levels).size > 1);
const multi = all.filter((e) => e.lines.length > 1);
const multiMixed = multi.filter((e) => e.agencies.some((a) => a.startsWith('Sở ')));
const lvl3 = all.filter((e) => e.level >= 3);
const lvl4 = all.filter((e) => e.level === 4);
const integ = lvl3.filter((e) => e.integrated);
const tierRows = (t) => P.filter((r) => r['Cấp thực hiện'] === t).length;
const tierCodes = (t) => new Set(P.filter((r) => r['Cấp thực hiện'] === t).map((r) => normCode(r['Mã TTHC']))).size;
const agenciesListed = new Set(P.map((r) => r['Cơ quan thực hiện']));

const pct = (n, d) => `${((100 * n) / d).toFixed(1)} %`;
const ratio = (n, d) => `${n}/${d} = ${pct(n, d)}`;
const shortGe = (n, d, p) => Math.max(0, Math.ceil((p * d) / 100) - n);
const shortGt = (n, d, p) => Math.max(0, Math.floor((p * d) / 100) + 1 - n);

// Matching (SPEC §3).
const natCodes = N.map((r) => ({ code: normCode(r['Mã thủ tục']), name: r['Tên thủ tục'] }));
const natFull = new Set(natCodes.map((c) => c.code));
const natBareBases = new Set(natCodes.filter((c) => isBare(c.code)).map((c) => c.code));
const portalBareBases = new Set(all.filter((e) => isBare(e.code)).map((e) => e.code));
const portalFull = new Set(all.map((e) => e.code));
const portalBases = new Set(all.map((e) => baseOf(e.code)));
const matches = (code) => natFull.has(code) || natBareBases.has(baseOf(code)) || (isBare(code) && natCodes.some((c) => baseOf(c.code) === code));
function suggest(code) {
  const base = baseOf(code);
  const sameBase = natCodes.filter((c) => baseOf(c.code) === base && c.code !== code);
  if (sameBase.length) return { code: sameBase[0].code, reason: 'suffix' };
  const near = natCodes.filter((c) => hamming1(baseOf(c.code), base));
  if (near.length === 1) return { code: near[0].code, reason: 'one-char' };
  const name = codes.get(code).name;
  let best = null;
  for (const c of [...natCodes].sort((a, b) => cmp(a.code, b.code))) {
    const s = dice(name, c.name);
    if (s >= 0.8 && (!best || s > best.s)) best = { code: c.code, s };
  }
  return best ? { code: best.code, reason: 'name', similarity: best.s } : null;
}
const mismatches = all.filter((e) => !matches(e.code)).map((e) => ({ code: e.code, line: e.lines[0], suggestion: suggest(e.code) }));
const natListed = natCodes.filter((c) => portalFull.has(c.code) || portalBareBases.has(baseOf(c.code)) || (isBare(c.code) && portalBases.has(c.code)));
const nationalOnly = natCodes.filter((c) => !natListed.includes(c));

// Publication deadline (SPEC §4, as of AS_OF), under the official schedule and under the rules alone.
const asOf = dayOf(AS_OF);
function publication(cal) {
  const pub = { onTime: [], late: [], pending: [] };
  for (const e of all) {
    const states = e.signed.map((s, i) => {
      const deadline = cal.addWorkingDays(s, 5);
      const u = e.updated[i];
      if (u != null) return { state: u <= deadline ? 'on-time' : 'late', s, deadline, u };
      return { state: asOf > deadline ? 'late' : 'pending', s, deadline, u };
    });
    const late = states.find((x) => x.state === 'late');
    const onTime = states.find((x) => x.state === 'on-time');
    if (late) pub.late.push({ e, ...late, wd: cal.workingDaysBetween(late.s, late.u ?? asOf) });
    else if (onTime) pub.onTime.push({ e, ...onTime, wd: cal.workingDaysBetween(onTime.s, onTime.u) });
    else pub.pending.push({ e, ...states[0] });
  }
  pub.den = pub.onTime.length + pub.late.length;
  return pub;
}
const pub = publication(OFFICIAL);
const pubRules = publication(RULES_ONLY);
const maxOnTimeWd = Math.max(...pub.onTime.map((x) => x.wd));
const onlyByNotice = pub.onTime.filter((x) => pubRules.late.some((l) => l.e === x.e));
const lateOnlyByNotice = pub.late.filter((x) => pubRules.onTime.some((o) => o.e === x.e));

// Dossiers.
const procOf = (code) => {
  const c = normCode(code);
  if (codes.has(c)) return codes.get(c);
  const same = all.filter((e) => baseOf(e.code) === baseOf(c));
  return same.length === 1 ? same[0] : null;
};
const isCounted = (st) => !/huy|tuchoi|khongtiepnhan|ruthoso|dungxuly/.test(normWord(st));
const isResolvedStatus = (st) => /hoanthanh|datraketqua|daxulyxong/.test(normWord(st));
const readFee = (s) => {
  const v = s.trim();
  if (v === '' || /^(0|miễn phí|không thu)$/i.test(v)) return 0;
  const m = v.match(/^([\d.]+)( đ)?$/);
  if (!m) throw new Error(`unexpected fee ${s}`);
  return Number(m[1].replace(/\./g, ''));
};
let unmatched = 0;
let notCounted = 0;
let postal = 0;
let finishedN = 0;
let finishedOnTime = 0;
let countedHigh = 0;
let onlineHigh = 0;
const withOnline = new Set();
const counted = []; // counted dossiers of a known procedure: the base of the §12.1 figures
for (const r of D) {
  const e = procOf(r['Mã TTHC']);
  if (!e) {
    unmatched++;
    continue;
  }
  if (!isCounted(r['Trạng thái'])) {
    notCounted++;
    continue;
  }
  counted.push(r);
  const online = r['Hình thức nộp'] === 'Trực tuyến';
  if (r['Hình thức nộp'].startsWith('Bưu chính')) postal++;
  if (r['Ngày trả kết quả'] && r['Ngày hẹn trả']) {
    finishedN++;
    if (parseDmy(r['Ngày trả kết quả']) <= parseDmy(r['Ngày hẹn trả'])) finishedOnTime++;
  }
  if (e.level >= 3) {
    countedHigh++;
    if (online) {
      onlineHigh++;
      withOnline.add(e.code);
    }
  }
}
const uptakeN = lvl3.filter((e) => withOnline.has(e.code)).length;
const rowsRead = P.length + N.length + D.length;
const receivedDays = D.map((r) => parseDmy(r['Ngày tiếp nhận']));

// The fields of SPEC §12.1, over the counted dossiers of a known procedure, at the reference date.
const ref = asOf;
const handled = { early: 0, lateFinished: 0, inProgress: 0, overdue: 0, noDue: 0, undated: 0 };
for (const r of counted) {
  const due = r['Ngày hẹn trả'] ? parseDmy(r['Ngày hẹn trả']) : null;
  const fin = r['Ngày trả kết quả'] ? parseDmy(r['Ngày trả kết quả']) : null;
  if (due == null) {
    handled.noDue++;
    continue;
  }
  if (fin == null && isResolvedStatus(r['Trạng thái'])) {
    handled.undated++;
    continue;
  }
  if (fin != null && fin <= ref) {
    if (fin <= due) handled.early++;
    else handled.lateFinished++;
  } else if (due >= ref) handled.inProgress++;
  else handled.overdue++;
}
const handledNum = handled.early + handled.inProgress;
const handledDen = handledNum + handled.lateFinished + handled.overdue;
const yes = (r, col) => r[col] === 'Có';
const synced = counted.filter((r) => yes(r, 'Đồng bộ DVCQG')).length;
const withFee = counted.filter((r) => readFee(r['Lệ phí']) > 0);
const paidOnline = withFee.filter((r) => ['1', '2'].includes(r['Thanh toán trực tuyến'])).length;
const eResults = counted.filter((r) => r['Kết quả điện tử'] !== '').length;
const digitised = counted.filter((r) => yes(r, 'Đã số hóa')).length;
const byAgency = new Map();
for (const r of counted) {
  const a = byAgency.get(r['Đơn vị tiếp nhận']) ?? { n: 0, synced: 0, digitised: 0 };
  a.n++;
  if (yes(r, 'Đồng bộ DVCQG')) a.synced++;
  if (yes(r, 'Đã số hóa')) a.digitised++;
  byAgency.set(r['Đơn vị tiếp nhận'], a);
}
const worst = (key, k) =>
  [...byAgency.entries()]
    .filter(([, a]) => a.n >= 30)
    .sort((x, y) => x[1][key] / x[1].n - y[1][key] / y[1].n || cmp(x[0], y[0]))
    .slice(0, k)
    .map(([name, a]) => `${name} ${ratio(a[key], a.n)}`)
    .join('; ');
const receivingUnits = new Set(D.map((r) => r['Đơn vị tiếp nhận']));
const codesSeveralUnits = new Set(
  [...new Set(D.map((r) => `${normCode(r['Mã TTHC'])}|${r['Đơn vị tiếp nhận']}`))].map((k) => k.split('|')[0]).filter((c, i, a) => a.indexOf(c) !== i),
);

const mmKind = (code) =>
  code === mmSuffix.code ? "(a) another province's suffix" : code === mmTypo.code ? '(b) one-digit typo' : code === mmOld.code ? '(c) abolished code' : '?';
const pubLine = (p) =>
  `${ratio(p.onTime.length, p.den)}, shortfall ${p.den - p.onTime.length}; on time ${p.onTime.length}, late ${p.late.length}, pending ${p.pending.length}`;
const figures = [
  ['procedures.csv rows', `${P.length}: ${tierRows('Cấp tỉnh')} cấp tỉnh, ${tierRows('Cấp huyện')} cấp huyện, ${tierRows('Cấp xã')} cấp xã`],
  [
    'distinct procedure codes',
    `${all.length}: ${tierCodes('Cấp tỉnh')} listed by a department, ${tierCodes('Cấp huyện')} by districts, ${tierCodes('Cấp xã')} by communes`,
  ],
  [
    'agencies listing procedures',
    `${agenciesListed.size}: ${[...agenciesListed].filter((a) => a.startsWith('Sở ')).length} departments, ${[...agenciesListed].filter((a) => unit(a)?.tier === 'Cấp huyện').length} districts, ${[...agenciesListed].filter((a) => unit(a)?.tier === 'Cấp xã').length} communes and wards`,
  ],
  [
    'codes on several rows',
    `${multi.length}; by a department and a district or commune: ${multiMixed.map((e) => e.code).join(', ')}; the other ${multi.length - multiMixed.length} by several districts or communes, at one level`,
  ],
  [
    'conflicting levels (lowest counts)',
    conflicts.map((e) => `${e.code} (lines ${e.lines.join(', ')}: levels ${e.levels.join(' / ')} → ${e.level})`).join('; '),
  ],
  ['level3: level ≥ 3 (≥ 70 %)', `${ratio(lvl3.length, all.length)}: pass, shortfall ${shortGe(lvl3.length, all.length, 70)}`],
  ['level4: level 4 (≥ 30 %)', `${ratio(lvl4.length, all.length)}: fail, shortfall ${shortGe(lvl4.length, all.length, 30)}`],
  ['national-portal: level ≥ 3 integrated (≥ 100 %)', `${ratio(integ.length, lvl3.length)}: fail, shortfall ${shortGe(integ.length, lvl3.length, 100)}`],
  [
    'national.csv codes',
    `${natCodes.length} (${natCodes.filter((c) => !isBare(c.code)).length} with a full code: ${natCodes
      .filter((c) => !isBare(c.code))
      .map((c) => c.code)
      .join(', ')})`,
  ],
  ['code-match (100 %)', `${ratio(all.length - mismatches.length, all.length)}: fail, shortfall ${mismatches.length}`],
  ...mismatches.map((m) => [`mismatch ${mmKind(m.code)}`, `${m.code} (line ${m.line}) → ${m.suggestion.code} [${m.suggestion.reason}]`]),
  ['Excel-apostrophe code (matches)', `line ${codes.get(apostrophe.code).lines[0]}: '${apostrophe.code} (leading apostrophe, trailing space)`],
  ['national-coverage (info)', `${ratio(natListed.length, natCodes.length)}; nationalOnly ${nationalOnly.length}`],
  [
    `publication-deadline (≥ 100 %, as of ${AS_OF}, --holidays fixtures/holidays-2021.csv)`,
    `${pubLine(pub)}: fail; on-time updates take ≤ ${maxOnTimeWd} working days`,
  ],
  ...pub.late.map((l) => [
    `late ${l.e.code}`,
    `signed ${isoOf(l.s)}, deadline ${isoOf(l.deadline)}, updated ${l.u ? isoOf(l.u) : 'none'}, ${l.wd} working days${l.u ? '' : ' to ' + AS_OF}`,
  ]),
  ...pub.pending.map((l) => [`pending ${l.e.code}`, `signed ${isoOf(l.s)}, deadline ${isoOf(l.deadline)}`]),
  ...onlyByNotice.map((x) => [
    `on time by the notice only ${x.e.code}`,
    `signed ${isoOf(x.s)}, deadline ${isoOf(x.deadline)}, updated ${isoOf(x.u)}, ${x.wd} working days (17/02/2021 a working day)`,
  ]),
  [
    'publication-deadline without --holidays (default rules)',
    `${pubLine(pubRules)}${onlyByNotice.length ? `: ${onlyByNotice.map((x) => x.e.code).join(', ')} late by the rules, whose deadline would be ${onlyByNotice.map((x) => isoOf(pubRules.late.find((l) => l.e === x.e).deadline)).join(', ')}` : ''}`,
  ],
  [
    'holidays-2021.csv',
    `${holidayRows.length} days (${holidayRows.filter((r) => r.kind === 'off').length} off, ${holidayRows.filter((r) => r.kind === 'working').length} working); every rule-derived day of 2021 listed, so no holiday-rule-unlisted warning`,
  ],
  ['dossiers.csv rows', `${D.length} (received ${isoOf(Math.min(...receivedDays))} … ${isoOf(Math.max(...receivedDays))}, exported ${EXPORTED})`],
  ['dossiers counted / not counted / unmatched', `${counted.length} / ${notCounted} / ${unmatched} (unmatched code ${unmatchedRec.code}.000.00.00.${SUFFIX})`],
  ['online-uptake: level ≥ 3 with a counted online dossier (> 30 %)', `${ratio(uptakeN, lvl3.length)}: pass, shortfall ${shortGt(uptakeN, lvl3.length, 30)}`],
  ['online-dossiers (info)', `${ratio(onlineHigh, countedHigh)}`],
  ['postal share of counted dossiers (info)', `${ratio(postal, counted.length)}`],
  ['finished on or before due (info)', `${ratio(finishedOnTime, finishedN)}`],
  ['data-quality: rows read (procedures + national + dossiers)', `${rowsRead} (${P.length} + ${N.length} + ${D.length}), 0 errors expected`],
];
// Figures of the columns that no check reads today (SPEC §12.1), over the counted dossiers above.
const scoreFigures = [
  ['Đơn vị tiếp nhận', `${receivingUnits.size} units; ${codesSeveralUnits.size} codes received by more than one unit`],
  [
    'handled on time at 2021-12-31',
    `${ratio(handledNum, handledDen)}: finished by the due date ${handled.early}, in progress within it ${handled.inProgress}, finished late ${handled.lateFinished}, unfinished and overdue ${handled.overdue}; not judged: no due date ${handled.noDue}, "Đã trả kết quả" without a date ${handled.undated}`,
  ],
  ['Đồng bộ DVCQG = Có', `${ratio(synced, counted.length)}; lowest: ${worst('synced', 3)}`],
  ['Lệ phí above 0, paid online (1 or 2)', `${ratio(paidOnline, withFee.length)}`],
  ['Kết quả điện tử (a link)', `${ratio(eResults, counted.length)}`],
  ['Đã số hóa = Có', `${ratio(digitised, counted.length)}; lowest: ${worst('digitised', 3)}`],
];

const sizes = ['procedures.csv', 'national.csv', 'dossiers.csv'].map((f) => `${f} ${fs.statSync(path.join(OUT, f)).size} bytes`);
for (const [k, v] of [...figures, ...scoreFigures]) console.log(`${k}: ${v}`);
console.log(sizes.join(', '));
if (lateOnlyByNotice.length) throw new Error('a publication is late by the notice and on time by the rules');

// ---------------------------------------------------------------------------------------------
// README

const md = (s) => String(s).replace(/\|/g, '\\|');
const table = (rows) => `| figure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${md(k)} | ${md(v)} |`).join('\n')}`;
const readme = `# Demo province

Hà Nam at the end of 2021 (agency suffix \`${SUFFIX}\`), for \`tthc-check demo\` and \`npm start\`: the year of
directive 1697/UBND-NC, on which the default profile \`hanam-2021\` rests. The province still has three tiers
(cấp tỉnh, cấp huyện, cấp xã), its departments under their 2021 names (Sở Kế hoạch và Đầu tư, Sở Lao động -
Thương binh và Xã hội, Sở Tài nguyên và Môi trường …), its six districts (thành phố Phủ Lý, thị xã Duy Tiên,
huyện Kim Bảng, Thanh Liêm, Bình Lục, Lý Nhân) and some of their communes and wards by name. Procedure codes,
names and fields are real records of the National Database on Administrative Procedures (CSDLQG), limited
to codes that existed in 2021; procedures that the 2025 reform moved from the districts to the communes are
listed under the districts again, with "cấp huyện" in their names as then. The levels, dates,
national-portal flags and dossiers are invented. Two departments list no procedure here (Sở Nội vụ, Sở Tài
chính): none of their procedures in the source records still carries a code of 2021.

| file | what | shape |
| --- | --- | --- |
| \`procedures.csv\` | the provincial portal's procedure list, one row per agency that runs a procedure | Excel "CSV UTF-8": BOM, \`;\`, CRLF, Vietnamese headers; levels in Decree 43's words ("Mức độ 3", "DVC mức độ 4") and the newer ones ("Một phần", "Toàn trình") |
| \`national.csv\` | the CSDLQG list for the province | UTF-8, \`,\`, LF; bare base codes and one full code |
| \`dossiers.csv\` | the one-stop register, ${DOSSIERS_FROM} … ${DOSSIERS_TO}, exported ${EXPORTED} | BOM, \`;\`, CRLF, \`dd/MM/yyyy HH:mm\`; after the status, six columns that no check reads yet (below) |
| \`../holidays-2021.csv\` | the official 2021 schedule of days off, which \`demo\` passes as \`--holidays\` | \`date,kind,note\` |

Regenerate (deterministic, byte-identical output) with

\`\`\`
node scripts/make-demo.mjs [path/to/csdlqg-records.csv]
\`\`\`

The figures below are what the generator computed from the files it wrote: profile \`hanam-2021\`,
\`--as-of ${AS_OF}\`, \`--holidays fixtures/holidays-2021.csv\` (as \`demo\` runs). The schedule matters: in 2021
the notice gave Tết off from Wednesday 10/2 to Tuesday 16/2 and kept Wednesday 17/2 a working day, where the
default rules would give 11–17/2 off; one publication is on time only by the notice. To run \`check\` by hand:

\`\`\`
tthc-check check --procedures fixtures/demo/procedures.csv --national fixtures/demo/national.csv \\
  --dossiers fixtures/demo/dossiers.csv --holidays fixtures/holidays-2021.csv --as-of ${AS_OF}
\`\`\`

${table(figures)}

Expected verdicts: \`level3\`, \`online-uptake\` and \`data-quality\` pass; \`level4\`, \`code-match\`,
\`national-portal\` and \`publication-deadline\` fail, so \`check\` exits 1 on this sample (\`demo\` exits 0).
Besides the conflicting-level warning, expect a warning for the ${unmatched} dossiers whose code is on no procedure
(and, with \`agencySuffix: "${SUFFIX}"\`, one for the \`${OTHER_SUFFIX}\` code).

## Columns for the scorecard

The register's last six columns are the fields that the 766 scorecard (SPEC §12.1) will read: \`Đơn vị tiếp nhận\`
(the unit that received the dossier: the agency that lists its procedure, or, for a procedure listed by several,
the one that took it in), \`Đồng bộ DVCQG\` (Có/Không), \`Lệ phí\` (\`50.000\`, \`100.000 đ\`, \`0\`, \`Miễn phí\`, empty),
\`Thanh toán trực tuyến\` (\`1\` national portal, \`2\` the province's platform, \`0\` or empty: not paid online),
\`Kết quả điện tử\` (a link to the result, or empty) and \`Đã số hóa\` (Có/Không). No check reads them today:
columns that no field claims are ignored. Over the ${counted.length} counted dossiers of a known procedure:

${table(scoreFigures)}
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme, 'utf8');
