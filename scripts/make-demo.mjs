#!/usr/bin/env node
// Builds the bundled demo province in fixtures/demo/ (the sample that `tthc-check demo` and
// `npm start` run on) from real CSDLQG records.
//
//   node scripts/make-demo.mjs [path/to/csdlqg-records.csv]
//
// The source defaults to ../shared/data/csdlqg-records.csv relative to the repository root.
// Procedure codes, names, fields and tiers come from the source records; the province (agency
// suffix H23), its agencies, levels, dates and dossiers are invented. The output is deterministic:
// a seeded PRNG and no clock, so re-running on the same source gives byte-identical files.
//
// Writes fixtures/demo/{procedures,national,dossiers}.csv and README.md, then re-reads the files
// it wrote, computes the figures the demo should produce (distinct codes, lowest level on
// conflicts, code matching per SPEC §3, working days per the default rules of SPEC §4, as of
// 2026-11-27) and prints them; the same figures go into fixtures/demo/README.md.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.resolve(process.argv[2] ?? path.join(REPO, '../shared/data/csdlqg-records.csv'));
const OUT = path.join(REPO, 'fixtures', 'demo');

const SUFFIX = 'H23';
const OTHER_SUFFIX = 'H32';
const AS_OF = '2026-11-27';
const DOSSIERS_FROM = '2026-01-01';
const DOSSIERS_TO = '2026-10-31';
const EXPORTED = '2026-11-26'; // last day a dossier can be finished in the register

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
const rnd = mulberry32(0x7a23_2026);
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

// Public holidays of 2025–2026 as the default rules of SPEC §4 derive them (Tết Ất Tỵ 29/01/2025,
// Tết Bính Ngọ 17/02/2026; Hùng Kings' day 07/04/2025 and Sun 26/04/2026 → in lieu Mon 27/04).
const HOLIDAYS = new Set([
  '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-03',
  '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02',
  '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02', '2026-09-03',
].map(dayOf));
// Days that an official schedule may add on top of the rules (bridges, swapped days). Dates chosen
// for the sample keep clear of them, so the figures hold whichever schedule a user loads.
const MAYBE_OFF = new Set([
  '2025-01-27', '2025-05-02', '2026-01-02', '2026-02-13', '2026-02-23', '2026-04-29',
  '2026-09-01', '2026-09-04',
].map(dayOf));

const isWeekend = (day) => weekday(day) === 0 || weekday(day) === 6;
const isWorking = (day) => !isWeekend(day) && !HOLIDAYS.has(day);
const isSafeWorking = (day) => isWorking(day) && !MAYBE_OFF.has(day);
function addWorkingDays(day, n) {
  let d = day;
  for (let k = 0; k < n; ) {
    d += 1;
    if (isWorking(d)) k++;
  }
  return d;
}
function workingDaysBetween(from, to) { // working days in (from, to]
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (isWorking(d)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Normalisation as in SPEC §2/§3

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').normalize('NFC');
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
const nameWords = (s) => new Set(fold(s.toLowerCase()).split(/[^\p{L}]+/u).filter(Boolean));
function dice(a, b) {
  const A = nameWords(a);
  const B = nameWords(b);
  if (A.size + B.size === 0) return 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return (2 * common) / (A.size + B.size);
}

// ---------------------------------------------------------------------------------------------
// Source records

const records = parse(fs.readFileSync(SOURCE), { columns: true, bom: true, skip_empty_lines: true });
const sourceCodes = new Set(records.map((r) => r.code));

// Field → provincial department (names after the 2025 reorganisation). Fields not listed here are
// not run by a province's departments (customs, tax, banking, radio frequencies …) and are left out.
const DEPARTMENTS = {
  'Sở Tư pháp': ['Hộ tịch', 'Luật sư', 'Giám định tư pháp', 'Trọng tài thương mại', 'Hòa giải thương mại',
    'Nuôi con nuôi', 'Chứng thực', 'Trợ giúp pháp lý', 'Công chứng', 'Thừa hành viên', 'Quản tài viên',
    'Tư vấn pháp luật', 'Đấu giá tài sản', 'Quốc tịch', 'Bồi thường nhà nước', 'Hòa giải ở cơ sở',
    'Đăng ký biện pháp bảo đảm'],
  'Sở Nội vụ': ['Người có công', 'Việc làm', 'Giáo dục nghề nghiệp', 'Giáo dục nghề nghiệp (G07-LĐ06)',
    'Quản lý lao động ngoài nước', 'An toàn, vệ sinh lao động', 'Lao động, tiền lương',
    'Lao động, tiền lương và bảo hiểm xã hội', 'Bảo hiểm xã hội', 'Thi đua – Khen thưởng',
    'Quản lý nhà nước về hội, quỹ'],
  'Sở Y tế': ['Phòng bệnh', 'Khám bệnh, chữa bệnh', 'Dược phẩm', 'Thiết bị y tế', 'Y Dược cổ truyền', 'Mỹ phẩm',
    'Bảo trợ xã hội', 'Trẻ em', 'Phòng, chống tệ nạn xã hội', 'Tổ chức cai nghiên ma túy và quản lý sau cai nghiện',
    'An toàn thực phẩm'],
  'Sở Tài chính': ['Thành lập và hoạt động của doanh nghiệp', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
    'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', 'Đầu tư tại Việt nam',
    'Đầu tư theo phương thức đối tác công tư', 'Đấu thầu lựa chọn nhà đầu tư', 'Hỗ trợ doanh nghiệp nhỏ và vừa',
    'Thành lập và hoạt động doanh nghiệp xã hội', 'Thành lập và hoạt động của tổ hợp tác không đăng ký',
    'Hỗ trợ tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã', 'Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa'],
  'Sở Nông nghiệp và Môi trường': ['Đất đai', 'Địa chất và khoáng sản', 'Thú y', 'Thủy sản', 'Thủy lợi',
    'Trồng trọt và Bảo vệ thực vật', 'Chăn nuôi', 'Tài nguyên nước', 'Biển và hải đảo',
    'Bảo tồn thiên nhiên và Đa dạng sinh học', 'Môi trường', 'Biến đổi khí hậu',
    'Quản lý chất lượng nông lâm sản và thủy sản', 'Lâm nghiệp và Kiểm lâm', 'Khí tượng, thủy văn',
    'Đo đạc, bản đồ và thông tin địa lý', 'Giảm nghèo', 'Trồng trọt', 'Khoáng sản', 'Kiểm lâm'],
  'Sở Xây dựng': ['Hoạt động xây dựng', 'Kinh doanh bất động sản', 'Đường bộ', 'Vật liệu xây dựng',
    'Nhà ở và công sở', 'Quy hoạch đô thị và nông thôn', 'Hạ tầng kỹ thuật', 'Hàng hải và đường thủy nội địa'],
  'Sở Công Thương': ['Hóa chất', 'Thương mại quốc tế', 'Xúc tiến thương mại', 'Điện', 'Điện lực',
    'Vật liệu nổ công nghiệp, tiền chất thuốc nổ', 'Công nghiệp tiêu dùng', 'Lưu thông hàng hóa trong nước',
    'Quản lý bán hàng đa cấp', 'Kinh doanh khí', 'An toàn đập, hồ chứa thuỷ điện', 'Cụm Công nghiệp',
    'Công nghiệp hỗ trợ', 'bảo vệ quyền lợi người tiêu dùng', 'Giám định thương mại', 'Nghề thủ công mỹ nghệ'],
  'Sở Giáo dục và Đào tạo': ['Giáo dục thường xuyên', 'Giáo dục trung học', 'Giáo dục mầm non', 'Giáo dục tiểu học',
    'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân', 'Các cơ sở giáo dục khác'],
  'Sở Văn hóa, Thể thao và Du lịch': ['Du lịch', 'Thể dục thể thao', 'Văn hóa', 'Báo chí', 'Xuất Bản, In và Phát hành',
    'Gia đình', 'Điện ảnh', 'Nghệ thuật biểu diễn', 'Mỹ thuật, nhiếp ảnh, triển lãm', 'Bản quyền tác giả',
    'Quảng cáo', 'Phát thanh, truyền hình và thông tin điện tử'],
  'Sở Khoa học và Công nghệ': ['Hoạt động khoa học và công nghệ', 'Tiêu chuẩn đo lường chất lượng',
    'An toàn bức xạ và hạt nhân', 'Sở hữu trí tuệ', 'Bưu chính', 'Viễn thông và Internet',
    'Công nghiệp công nghệ số, công nghệ thông tin, điện tử', 'Khoa học công nghệ'],
  'Sở Dân tộc và Tôn giáo': ['Tín ngưỡng, tôn giáo'],
};
const DEPT_OF_FIELD = new Map();
for (const [dept, fields] of Object.entries(DEPARTMENTS)) for (const f of fields) DEPT_OF_FIELD.set(f, dept);

// Identifiers of the province's units under QCVN 102:2016/BTTTT, used in dossier numbers.
const DEPT_ID = {
  'Sở Nội vụ': '000.00.01', 'Sở Tư pháp': '000.00.02', 'Sở Tài chính': '000.00.03',
  'Sở Công Thương': '000.00.04', 'Sở Nông nghiệp và Môi trường': '000.00.05', 'Sở Xây dựng': '000.00.06',
  'Sở Khoa học và Công nghệ': '000.00.07', 'Sở Giáo dục và Đào tạo': '000.00.08', 'Sở Y tế': '000.00.09',
  'Sở Văn hóa, Thể thao và Du lịch': '000.00.10', 'Sở Dân tộc và Tôn giáo': '000.00.11',
};
const DISTRICT_IDS = ['000.00.41', '000.00.42', '000.00.43', '000.00.44', '000.00.45', '000.00.46'];
const COMMUNE_IDS = Array.from({ length: 24 }, (_, i) => `000.${String(10 + i * 3).padStart(2, '0')}.${41 + (i % 6)}`);

const LOCAL_TIERS = new Set(['Cấp tỉnh', 'Cấp xã', 'Cấp xã, Cấp tỉnh']);
const PLACE = /Hà Nội|Hồ Chí Minh|Cần Thơ|Hải Phòng|Đà Nẵng|Huế|TPCT|Thanh Hóa|Nghệ An|Khánh Ho|[Tt]ỉnh [A-ZĐ]|[Tt]hành phố [A-ZĐ]/;
const seenNames = new Set();
const candidates = records
  .filter((r) => LOCAL_TIERS.has(r.tier) && r.kind === 'TTHC Tiêu chuẩn' && /^(Bộ|Ngân hàng)/.test(r.publisher))
  .filter((r) => DEPT_OF_FIELD.has(r.field))
  .filter((r) => /^[1-3]\.\d{6}$/.test(r.code) && !/[\r\n]/.test(r.name) && r.name.length <= 300)
  .filter((r) => !PLACE.test(r.name) && !PLACE.test(r.agency))
  .map((r) => ({ ...r, name: r.name.trim().replace(/\s{2,}/g, ' ') }))
  .sort((a, b) => cmp(a.code, b.code))
  .filter((r) => { // one procedure per name: the name-similarity suggestion must have a clear answer
    const k = [...nameWords(r.name)].sort().join(' ');
    if (seenNames.has(k)) return false;
    seenNames.add(k);
    return true;
  });

const byTier = (t) => shuffle(candidates.filter((r) => r.tier === t));
const poolProvince = byTier('Cấp tỉnh');
const poolCommune = byTier('Cấp xã');
const poolMixed = byTier('Cấp xã, Cấp tỉnh');

// ---------------------------------------------------------------------------------------------
// The portal's procedures (one object per row) and the levels of its distinct codes

const N_PROVINCE = 200;
const N_DISTRICT = 30;
const N_COMMUNE = 65;
const DUPLICATES = 5; // codes on two rows
const DISTINCT = N_PROVINCE + N_DISTRICT + N_COMMUNE + DUPLICATES; // 300
const N_LEVEL4 = 83; // 27.7 % (fails ≥ 30 %: shortfall 7)
const N_LEVEL3 = 139; // level ≥ 3: 222 = 74 % (passes ≥ 70 %)
const N_INFO = 6; // "Cung cấp thông tin"
const N_NOT_INTEGRATED = 12; // level ≥ 3 but not on the national portal
const N_NATIONAL_EXTRA = 25;

const provRecs = take(poolProvince, N_PROVINCE, 'province-tier records');
const commRecs = take(poolCommune, N_COMMUNE, 'commune-tier records');
const distRecs = take(poolMixed, N_DISTRICT, 'mixed-tier records (district)');
const dupRecs = take(poolMixed, DUPLICATES, 'mixed-tier records (duplicates)');
const extraPool = shuffle([...poolProvince, ...poolCommune, ...poolMixed]);

const dept = (rec) => DEPT_OF_FIELD.get(rec.field);
/** distinct code → { rec, level, integrated, rows: [{tier, agency, levelText}] } */
const procs = [];
const mk = (rec, tier, agency) => {
  const p = { rec, code: `${rec.code}.000.00.00.${SUFFIX}`, level: null, integrated: null, rows: [{ tier, agency }] };
  procs.push(p);
  return p;
};
for (const r of provRecs) mk(r, 'Cấp tỉnh', dept(r));
for (const r of distRecs) mk(r, 'Cấp huyện', 'UBND cấp huyện');
for (const r of commRecs) mk(r, 'Cấp xã', 'UBND cấp xã');

// Duplicates: a department and a district or commune People's Committee list the same procedure.
const dupSpec = [
  { second: ['Cấp xã', 'UBND cấp xã'], texts: ['Mức độ 4', 'Mức độ 3'], level: 3 }, // conflicting levels
  { second: ['Cấp xã', 'UBND cấp xã'], texts: ['Toàn trình', 'Mức độ 4'], level: 4 }, // same level, two vocabularies
  { second: ['Cấp huyện', 'UBND cấp huyện'], texts: ['Một phần', 'Một phần'], level: 3 },
  { second: ['Cấp xã', 'UBND cấp xã'], texts: ['Mức độ 2', 'Mức độ 2'], level: 2 },
  { second: ['Cấp huyện', 'UBND cấp huyện'], texts: ['Mức độ 3', 'Một phần'], level: 3 },
];
const dupProcs = dupRecs.map((r, i) => {
  const p = mk(r, 'Cấp tỉnh', dept(r));
  p.rows.push({ tier: dupSpec[i].second[0], agency: dupSpec[i].second[1] });
  p.level = dupSpec[i].level;
  p.rows.forEach((row, k) => { row.levelText = dupSpec[i].texts[k]; });
  p.integrated = p.level >= 3;
  p.dup = true;
  return p;
});

// Levels for the other codes: fill the quotas left after the duplicates.
{
  const rest = procs.filter((p) => p.level === null);
  const used = { 4: 0, 3: 0, 2: 0 };
  for (const p of dupProcs) used[p.level]++;
  const levels = [
    ...Array(N_LEVEL4 - used[4]).fill(4),
    ...Array(N_LEVEL3 - used[3]).fill(3),
    ...Array(DISTINCT - N_LEVEL4 - N_LEVEL3 - used[2]).fill(2),
  ];
  if (levels.length !== rest.length) throw new Error('level quotas do not add up');
  const shuffled = shuffle(levels);
  rest.forEach((p, i) => { p.level = shuffled[i]; });
  let info = 0;
  for (const p of rest) {
    const text = p.level === 4 ? (rnd() < 0.4 ? 'Toàn trình' : 'Mức độ 4')
      : p.level === 3 ? (rnd() < 0.35 ? 'Một phần' : 'Mức độ 3')
        : (info < N_INFO && rnd() < 0.2 ? (info++, 'Cung cấp thông tin') : 'Mức độ 2');
    p.rows[0].levelText = text;
  }
  if (info < N_INFO) {
    for (const p of rest) {
      if (info >= N_INFO) break;
      if (p.rows[0].levelText === 'Mức độ 2') { p.rows[0].levelText = 'Cung cấp thông tin'; info++; }
    }
  }
  const high = shuffle(rest.filter((p) => p.level >= 3));
  high.forEach((p, i) => { p.integrated = i >= N_NOT_INTEGRATED; });
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
const newRec = extraPool.splice(extraPool.findIndex((r) => r.tier === 'Cấp tỉnh'), 1)[0];
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
      if (nationalBases.filter((b) => hamming1(b, t)).length === 1) { typo = t; break; }
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
    const t = `1.00${String(randInt(1000, 9999))}`;
    if (sourceCodes.has(t) || nationalBases.some((b) => b === t || hamming1(b, t))) continue;
    old = t;
  }
  mmOld.code = `${old}.000.00.00.${SUFFIX}`;
  const best = Math.max(...nationalRecs.filter((r) => r !== newRec).map((r) => dice(r.name, newRec.name)));
  if (best >= 1) throw new Error('the new code of (c) has a name twin');
}

// ---------------------------------------------------------------------------------------------
// Decision dates: signing in 2025–2026, updates within 1–4 working days; a few late or pending.

const SIGN_FIRST = dayOf('2025-01-06');
const SIGN_LAST = dayOf('2026-11-13');
const LATE = [ // [signed, updated or null]: all ≥ 7 working days whichever holiday schedule applies
  ['2026-02-09', '2026-03-02'], // across Tết Bính Ngọ (16–20/02/2026)
  ['2026-04-23', '2026-05-11'], // across 27/04 (in lieu of the Hùng Kings' day), 30/04, 01/05
  ['2026-08-28', '2026-09-15'], // across National Day 02–03/09/2026
  ['2025-12-24', '2026-01-07'], // across New Year's Day
  ['2026-06-15', '2026-07-02'],
  ['2025-10-14', '2025-10-24'],
  ['2025-03-12', null], // never updated
  ['2026-08-18', null], // never updated
];
const PENDING = [['2026-11-24', null], ['2026-11-25', null]]; // deadline not passed on 2026-11-27

{
  const special = shuffle(procs.filter((p) => !p.dup && p !== apostrophe));
  const lateOnes = special.slice(0, LATE.length);
  const pendingOnes = special.slice(LATE.length, LATE.length + PENDING.length);
  lateOnes.forEach((p, i) => { p.signed = dayOf(LATE[i][0]); p.updated = LATE[i][1] && dayOf(LATE[i][1]); });
  pendingOnes.forEach((p, i) => { p.signed = dayOf(PENDING[i][0]); p.updated = null; });
  for (const p of procs) {
    if (p.signed !== undefined) continue;
    // Signed on a working day; updated k weekdays later (k in 1..4), which is at most 4 working days
    // whatever the holidays, on a working day.
    let s;
    let u;
    do {
      s = randInt(SIGN_FIRST, SIGN_LAST);
      u = s;
      for (let k = randInt(1, 4); k > 0; ) { u += 1; if (!isWeekend(u)) k--; }
    } while (!isSafeWorking(s) || !isSafeWorking(u));
    p.signed = s;
    p.updated = u;
  }
}

// ---------------------------------------------------------------------------------------------
// Write procedures.csv (Excel "CSV UTF-8": BOM, ';', CRLF)

function csvLine(values, delim) {
  return values.map((v) => {
    const s = v == null ? '' : String(v);
    return s.includes(delim) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(delim);
}
function writeCsv(file, header, rows, { delim, eol, bom }) {
  const text = [header, ...rows].map((r) => csvLine(r, delim)).join(eol) + eol;
  fs.writeFileSync(file, (bom ? '\uFEFF' : '') + text, 'utf8');
}

const TIER_ORDER = { 'Cấp tỉnh': 0, 'Cấp huyện': 1, 'Cấp xã': 2 };
const AGENCY_ORDER = Object.keys(DEPT_ID);
const portalRows = [];
for (const p of procs) {
  for (const row of p.rows) portalRows.push({ p, ...row });
}
portalRows.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier]
  || AGENCY_ORDER.indexOf(a.agency) - AGENCY_ORDER.indexOf(b.agency)
  || cmp(a.p.rec.field, b.p.rec.field)
  || cmp(a.p.code, b.p.code));

fs.mkdirSync(OUT, { recursive: true });
const PROC_HEADER = ['STT', 'Mã TTHC', 'Tên thủ tục', 'Lĩnh vực', 'Cơ quan thực hiện', 'Cấp thực hiện', 'Mức độ DVC',
  'Tích hợp DVCQG', 'Ngày ký QĐ công bố', 'Ngày cập nhật CSDLQG'];
writeCsv(path.join(OUT, 'procedures.csv'), PROC_HEADER, portalRows.map((r, i) => [
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
]), { delim: ';', eol: '\r\n', bom: true });

// ---------------------------------------------------------------------------------------------
// Write national.csv (UTF-8 without BOM, ',', LF): bare base codes + the one full code of (a)

const cleanAgency = (r) => (r.agency && !/^,|,\s*,|,\s*$/.test(r.agency) ? r.agency : dept(r) ?? 'Ủy ban nhân dân cấp xã');
const nationalRows = nationalRecs
  .map((r) => [r === mmSuffix.rec ? nationalFull : r.code, r.name, r.tier, r.field, cleanAgency(r)])
  .sort((a, b) => cmp(a[0], b[0]));
writeCsv(path.join(OUT, 'national.csv'), ['Mã thủ tục', 'Tên thủ tục', 'Cấp thực hiện', 'Lĩnh vực', 'Cơ quan thực hiện'],
  nationalRows, { delim: ',', eol: '\n', bom: false });

// ---------------------------------------------------------------------------------------------
// Dossiers: a one-stop register, 01/01–31/10/2026

const D_FROM = dayOf(DOSSIERS_FROM);
const D_TO = dayOf(DOSSIERS_TO);
const D_EXPORTED = dayOf(EXPORTED);
const TARGET_DOSSIERS = 4800;
const UPTAKE_SHARE = 0.4; // share of level ≥ 3 procedures with online dossiers
const ONLINE_SHARE = 0.35; // online share of counted dossiers of level ≥ 3 procedures

const high = shuffle(procs.filter((p) => p.level >= 3));
const low = shuffle(procs.filter((p) => p.level < 3));
const uptake = new Set(high.slice(0, Math.round(UPTAKE_SHARE * high.length)));
const inPersonHigh = high.slice(uptake.size, uptake.size + 64);
const inPersonLow = low.slice(0, 36);
// Two level ≥ 3 procedures whose only online dossier was cancelled (it does not count).
const cancelledOnline = new Set(inPersonHigh.slice(0, 2));

// Volumes: heavy-tailed, and the busiest procedures are the short everyday ones: the largest
// weights go to the shortest names (with some noise).
const drawn = Array.from({ length: uptake.size + inPersonHigh.length + inPersonLow.length }, () => 1 / (0.02 + rnd()) ** 1.5)
  .sort((a, b) => b - a);
const active = [...uptake, ...inPersonHigh, ...inPersonLow]
  .map((p) => ({ p, key: p.rec.name.length * (0.8 + 0.4 * rnd()) }))
  .sort((a, b) => a.key - b.key)
  .map((x) => x.p);
const weights = drawn;
const wsum = weights.reduce((a, b) => a + b, 0);
const unmatchedRec = extras[0];
const N_UNMATCHED = 7;
const volume = new Map(active.map((p, i) => [p, Math.max(1, Math.round(((TARGET_DOSSIERS - N_UNMATCHED) * weights[i]) / wsum))]));
const processing = new Map(active.map((p) => [p, pick([1, 3, 3, 5, 5, 7, 10, 12, 15, 20, 30])]));

const dossierSeeds = []; // { p | null, code, name, online?, cancel? }
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
  const prop = new Map([...uptake].map((p) => [p, 0.15 + 0.85 * rnd()]));
  const alloc = (s) => new Map([...uptake].map((p) => {
    const n = byProc.get(p).filter((d) => !d.drop).length;
    return [p, Math.min(n, Math.max(1, Math.round(n * Math.min(1, prop.get(p) * s))))];
  }));
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const sum = [...alloc(mid).values()].reduce((a, b) => a + b, 0);
    if (sum < target) lo = mid; else hi = mid;
  }
  const plan = alloc(hi);
  for (const p of uptake) {
    const counted = shuffle(byProc.get(p).filter((d) => !d.drop));
    counted.forEach((d, i) => { d.online = i < plan.get(p); });
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
    if (online || isWorking(d)) return d;
  }
}
const dossiers = [];
for (const d of dossierSeeds) {
  const online = !!d.online;
  const day = receivedDay(online);
  const minutes = online && rnd() < 0.3 ? randInt(0, 24 * 60 - 1) : randInt(7 * 60 + 30, 16 * 60 + 59);
  const channel = online ? 'Trực tuyến' : rnd() < 0.07 ? 'Bưu chính công ích' : 'Trực tiếp';
  const code = d.p ? d.p.code : `${unmatchedRec.code}.000.00.00.${SUFFIX}`;
  const name = d.p ? d.p.rec.name : unmatchedRec.name;
  const row = d.p ? pick(d.p.rows) : { tier: 'Cấp tỉnh', agency: dept(unmatchedRec) };
  const unit = row.tier === 'Cấp tỉnh' ? DEPT_ID[row.agency] : row.tier === 'Cấp huyện' ? pick(DISTRICT_IDS) : pick(COMMUNE_IDS);
  const start = isWorking(day) ? day : addWorkingDays(day, 1) - 1;
  const due = addWorkingDays(start, d.p ? processing.get(d.p) : 10);
  let status;
  let finished = null;
  if (d.drop) {
    status = d.drop;
  } else {
    const late = rnd() < 0.08;
    const f = late ? addWorkingDays(due, randInt(1, 8))
      : Math.max(day, start + Math.floor((due - start) * (0.2 + 0.8 * rnd())));
    const fin = isWorking(f) ? f : addWorkingDays(f, 1);
    if (fin > D_EXPORTED || rnd() < 0.015) status = 'Đang xử lý';
    else { status = 'Đã trả kết quả'; finished = Math.min(fin, D_EXPORTED); }
  }
  dossiers.push({ unit, day, minutes, code, name, channel, due, finished, status });
}
dossiers.sort((a, b) => a.day - b.day || a.minutes - b.minutes || cmp(a.code, b.code));
{
  const seq = new Map();
  const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const rows = dossiers.map((d) => {
    const yymmdd = isoOf(d.day).slice(2).replace(/-/g, '');
    const key = `${d.unit}-${yymmdd}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return [`${d.unit}.${SUFFIX}-${yymmdd}-${String(n).padStart(4, '0')}`, d.code, d.name, d.channel,
      `${dmy(d.day)} ${hhmm(d.minutes)}`, dmy(d.due), d.finished ? dmy(d.finished) : '', d.status];
  });
  writeCsv(path.join(OUT, 'dossiers.csv'),
    ['Số hồ sơ', 'Mã TTHC', 'Tên thủ tục', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
    rows, { delim: ';', eol: '\r\n', bom: true });
}

// ---------------------------------------------------------------------------------------------
// Figures, computed from the files as written

const readBack = (name, delimiter) => parse(fs.readFileSync(path.join(OUT, name)),
  { columns: true, bom: true, delimiter, relax_column_count: false, skip_empty_lines: true });
const P = readBack('procedures.csv', ';');
const N = readBack('national.csv', ',');
const D = readBack('dossiers.csv', ';');

function levelOf(text) {
  const v = normWord(text);
  if (v.includes('toantrinh')) return 4;
  if (v.includes('motphan')) return 3;
  if (v.includes('cungcapthongtin')) return 2;
  const m = v.match(/^mucdo([1-4])$/);
  if (!m) throw new Error(`unexpected level ${text}`);
  return Number(m[1]);
}
const parseDmy = (s) => {
  const m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})/);
  return m ? dayOf(`${m[3]}-${m[2]}-${m[1]}`) : null;
};

// Distinct portal codes: lowest level, integrated only if every row says so.
const codes = new Map();
P.forEach((r, i) => {
  const code = normCode(r['Mã TTHC']);
  const e = codes.get(code) ?? { code, name: r['Tên thủ tục'], levels: [], integrated: true, lines: [], signed: [], updated: [] };
  e.levels.push(levelOf(r['Mức độ DVC']));
  e.integrated &&= r['Tích hợp DVCQG'] === 'Có';
  e.lines.push(i + 2);
  e.signed.push(parseDmy(r['Ngày ký QĐ công bố']));
  e.updated.push(r['Ngày cập nhật CSDLQG'] ? parseDmy(r['Ngày cập nhật CSDLQG']) : null);
  codes.set(code, e);
});
for (const e of codes.values()) e.level = Math.min(...e.levels);
const all = [...codes.values()];
const conflicts = all.filter((e) => new Set(e.levels).size > 1);
const dupCodes = all.filter((e) => e.lines.length > 1);
const lvl3 = all.filter((e) => e.level >= 3);
const lvl4 = all.filter((e) => e.level === 4);
const integ = lvl3.filter((e) => e.integrated);

const ratio = (n, d) => `${n}/${d} = ${((100 * n) / d).toFixed(1)} %`;
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
const natListed = natCodes.filter((c) => portalFull.has(c.code) || portalBareBases.has(baseOf(c.code))
  || (isBare(c.code) && portalBases.has(c.code)));
const nationalOnly = natCodes.filter((c) => !natListed.includes(c));

// Publication deadline (default holiday rules, as of AS_OF).
const asOf = dayOf(AS_OF);
const pub = { onTime: 0, late: [], pending: [] };
for (const e of all) {
  const states = e.signed.map((s, i) => {
    const deadline = addWorkingDays(s, 5);
    const u = e.updated[i];
    if (u != null) return { state: u <= deadline ? 'on-time' : 'late', s, deadline, u };
    return { state: asOf > deadline ? 'late' : 'pending', s, deadline, u };
  });
  const late = states.find((x) => x.state === 'late');
  if (late) pub.late.push({ e, ...late, wd: workingDaysBetween(late.s, late.u ?? asOf) });
  else if (states.some((x) => x.state === 'on-time')) pub.onTime++;
  else pub.pending.push({ e, ...states[0] });
}
const pubDen = pub.onTime + pub.late.length;
const maxOnTimeWd = Math.max(...all.filter((e) => !pub.late.some((l) => l.e === e) && e.updated[0] != null)
  .map((e) => workingDaysBetween(e.signed[0], e.updated[0])));

// Dossiers.
const procOf = (code) => {
  const c = normCode(code);
  if (codes.has(c)) return codes.get(c);
  const same = all.filter((e) => baseOf(e.code) === baseOf(c));
  return same.length === 1 ? same[0] : null;
};
const isCounted = (st) => !/huy|tuchoi|khongtiepnhan|ruthoso|dungxuly/.test(normWord(st));
let unmatched = 0;
let counted = 0;
let countedHigh = 0;
let onlineHigh = 0;
let postal = 0;
let finishedN = 0;
let finishedOnTime = 0;
let notCounted = 0;
const withOnline = new Set();
for (const r of D) {
  const e = procOf(r['Mã TTHC']);
  if (!e) { unmatched++; continue; }
  if (!isCounted(r['Trạng thái'])) { notCounted++; continue; }
  counted++;
  const online = r['Hình thức nộp'] === 'Trực tuyến';
  if (r['Hình thức nộp'].startsWith('Bưu chính')) postal++;
  if (r['Ngày trả kết quả']) {
    finishedN++;
    if (parseDmy(r['Ngày trả kết quả']) <= parseDmy(r['Ngày hẹn trả'])) finishedOnTime++;
  }
  if (e.level >= 3) {
    countedHigh++;
    if (online) { onlineHigh++; withOnline.add(e.code); }
  }
}
const uptakeN = lvl3.filter((e) => withOnline.has(e.code)).length;
const rowsRead = P.length + N.length + D.length;

const mmKind = (code) => (code === mmSuffix.code ? '(a) another province\'s suffix' : code === mmTypo.code ? '(b) one-digit typo'
  : code === mmOld.code ? '(c) abolished code' : '?');
const figures = [
  ['procedures.csv rows', `${P.length}`],
  ['distinct procedure codes', `${all.length}`],
  ['codes on two rows', `${dupCodes.length}: ${dupCodes.map((e) => e.code).join(', ')}`],
  ['conflicting levels (lowest counts)', conflicts.map((e) => `${e.code} (lines ${e.lines.join(', ')}: levels ${e.levels.join(' / ')} → ${e.level})`).join('; ')],
  ['level3: level ≥ 3 (≥ 70 %)', `${ratio(lvl3.length, all.length)}: pass, shortfall ${shortGe(lvl3.length, all.length, 70)}`],
  ['level4: level 4 (≥ 30 %)', `${ratio(lvl4.length, all.length)}: fail, shortfall ${shortGe(lvl4.length, all.length, 30)}`],
  ['national-portal: level ≥ 3 integrated (≥ 100 %)', `${ratio(integ.length, lvl3.length)}: fail, shortfall ${shortGe(integ.length, lvl3.length, 100)}`],
  ['national.csv codes', `${natCodes.length} (${natCodes.filter((c) => !isBare(c.code)).length} with a full code: ${natCodes.filter((c) => !isBare(c.code)).map((c) => c.code).join(', ')})`],
  ['code-match (100 %)', `${ratio(all.length - mismatches.length, all.length)}: fail, shortfall ${mismatches.length}`],
  ...mismatches.map((m) => [`mismatch ${mmKind(m.code)}`, `${m.code} (line ${m.line}) → ${m.suggestion.code} [${m.suggestion.reason}]`]),
  ['Excel-apostrophe code (matches)', `line ${codes.get(apostrophe.code).lines[0]}: '${apostrophe.code} (leading apostrophe, trailing space)`],
  ['national-coverage (info)', `${ratio(natListed.length, natCodes.length)}; nationalOnly ${nationalOnly.length}`],
  ['publication-deadline (≥ 100 %, as of ' + AS_OF + ')', `${ratio(pub.onTime, pubDen)}: fail, shortfall ${pubDen - pub.onTime}; on time ${pub.onTime}, late ${pub.late.length}, pending ${pub.pending.length}; on-time updates take ≤ ${maxOnTimeWd} working days`],
  ...pub.late.map((l) => [`late ${l.e.code}`, `signed ${isoOf(l.s)}, deadline ${isoOf(l.deadline)}, updated ${l.u ? isoOf(l.u) : 'none'}, ${l.wd} working days${l.u ? '' : ' to ' + AS_OF}`]),
  ...pub.pending.map((l) => [`pending ${l.e.code}`, `signed ${isoOf(l.s)}, deadline ${isoOf(l.deadline)}`]),
  ['dossiers.csv rows', `${D.length} (received ${DOSSIERS_FROM} … ${DOSSIERS_TO})`],
  ['dossiers counted / not counted / unmatched', `${counted} / ${notCounted} / ${unmatched} (unmatched code ${unmatchedRec.code}.000.00.00.${SUFFIX})`],
  ['online-uptake: level ≥ 3 with a counted online dossier (> 30 %)', `${ratio(uptakeN, lvl3.length)}: pass, shortfall ${shortGt(uptakeN, lvl3.length, 30)}`],
  ['online-dossiers (info)', `${ratio(onlineHigh, countedHigh)}`],
  ['postal share of counted dossiers (info)', `${ratio(postal, counted)}`],
  ['finished on or before due (info)', `${ratio(finishedOnTime, finishedN)}`],
  ['data-quality: rows read (procedures + national + dossiers)', `${rowsRead} (${P.length} + ${N.length} + ${D.length}), 0 errors expected`],
];

const sizes = ['procedures.csv', 'national.csv', 'dossiers.csv'].map((f) => `${f} ${fs.statSync(path.join(OUT, f)).size} bytes`);
for (const [k, v] of figures) console.log(`${k}: ${v}`);
console.log(sizes.join(', '));

// ---------------------------------------------------------------------------------------------
// README

const md = (s) => String(s).replace(/\|/g, '\\|');
const readme = `# Demo province

A fictional province (agency suffix \`${SUFFIX}\`) for \`tthc-check demo\` and \`npm start\`. Procedure codes,
names, fields and tiers are real records of the National Database on Administrative Procedures (CSDLQG);
the agencies, levels, dates, national-portal flags and dossiers are invented.

| file | what | shape |
| --- | --- | --- |
| \`procedures.csv\` | the provincial portal's procedure list | Excel "CSV UTF-8": BOM, \`;\`, CRLF, Vietnamese headers, levels in both vocabularies |
| \`national.csv\` | the CSDLQG list for the province | UTF-8, \`,\`, LF; bare base codes and one full code |
| \`dossiers.csv\` | a one-stop register, ${DOSSIERS_FROM} … ${DOSSIERS_TO} | BOM, \`;\`, CRLF, \`dd/MM/yyyy HH:mm\` |

Regenerate (deterministic, byte-identical output) with

\`\`\`
node scripts/make-demo.mjs [path/to/csdlqg-records.csv]
\`\`\`

The figures below are what the generator computed from the files it wrote: profile \`hanam-2021\`,
\`--as-of ${AS_OF}\`, the default holiday rules (no \`--holidays\` file). On-time updates take at most
${maxOnTimeWd} working days and late ones at least 7, so the verdicts hold under an official holiday schedule too.

| figure | value |
| --- | --- |
${figures.map(([k, v]) => `| ${md(k)} | ${md(v)} |`).join('\n')}

Expected verdicts: \`level3\`, \`online-uptake\` and \`data-quality\` pass; \`level4\`, \`code-match\`,
\`national-portal\` and \`publication-deadline\` fail, so \`check\` exits 1 on this sample (\`demo\` exits 0).
Besides the conflicting-level warning, expect a warning for the ${unmatched} dossiers whose code is on no procedure
(and, with \`agencySuffix: "${SUFFIX}"\`, one for the \`${OTHER_SUFFIX}\` code).
`;
fs.writeFileSync(path.join(OUT, 'README.md'), readme, 'utf8');
