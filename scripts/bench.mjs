#!/usr/bin/env node
// Benchmark of the dossier paths on a synthetic register.
//
//   npm run bench [rows …] [-- --runs N]      (default 1 000 000 and 5 000 000 rows, 3 runs of each path)
//
// Generates bench-data/register-2021-<rows>.csv once (git-ignored, never committed; the procedures are
// the demo's, the dates Hà Nam's 2021), then times, in a fresh process each time and interleaved (run 1
// of every path, then run 2 …, so that a slow minute of the machine hits every path alike):
//   check (auto)    `tthc-check check … --format json`, no --engine: what a user gets
//   check (js)      the same with --engine js (the default reader)
//   csv-parse bare  a bare csv-parse pass over the same file: parse and count rows, nothing else
//   duckdb bare     a bare DuckDB read_csv + GROUP BY code over the same file (when installed)
//   polars, pandas  the same group-by in Python (when installed)
//   duckdb bare+sc  the same grouped by code and agency, counting each 766 score column's cells
//   … + score       check (auto) and check (js) with --score 766: the register has the score's columns
//   … + 2nd file    check (auto) and check (js) given also a second register of the first 10,000 rows:
//                   with two registers every dossier id is hashed and compared (issue 15), the cost of it
// and prints the median wall time, rows/s, MB/s and peak RSS of each, and the ratios the targets are
// stated in (docs/scale.md).
//
//   npm run bench -- --workbook [rows]      (default 1 000 000 rows)
//
// times instead the register as an .xlsx (SPEC §9): `check … --dossiers register.xlsx` against a bare
// streaming read of the same workbook with the same libraries (yauzl + htmlparser2, every cell's text,
// scripts/bench-workbook.mjs --bare). The workbook is generated once in /tmp by
// scripts/make-workbook-fixtures.py (Python 3 and openpyxl; about 3 minutes for a million rows). Peak RSS comes from /usr/bin/time -v when present, else from the child's own
// process.resourceUsage().maxRSS. No figure here is asserted anywhere: the table is for people.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'tthc-check.js');
const procedures = join(root, 'fixtures', 'demo', 'procedures.csv');
const holidays = join(root, 'fixtures', 'holidays-2021.csv');
const self = fileURLToPath(import.meta.url);

const [mode, modeArg] = process.argv.slice(2);
if (mode === '--bare-csv') await bareCsvParse(modeArg);
else if (mode === '--bare-duckdb') await bareDuckdb(modeArg);
else if (mode === '--bare-duckdb-score') await bareDuckdb(modeArg, true);
else if (mode === '--duckdb-stage') await duckdbStage(modeArg, Number(process.argv[4]));
else await main();

/** A bare csv-parse pass: the same delimiter, rows as arrays, counted and dropped. */
async function bareCsvParse(file) {
  const { parse } = await import('csv-parse');
  let rows = 0;
  const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ delimiter: ';', bom: true }));
  parser.on('data', () => rows++);
  await once(parser, 'end');
  report({ rows: rows - 1 });
}

/** The bench register as DuckDB reads it, every cell as text. */
function registerSql(file) {
  return `read_csv('${file.replaceAll("'", "''")}', delim = ';', header = true, quote = '"', escape = '"', all_varchar = true)`;
}

/** With `score`, grouped by code and receiving agency, with a count of the non-empty cells of each score column. */
async function bareDuckdb(file, score = false) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const scoreColumns = ['Đồng bộ DVCQG', 'Lệ phí', 'Thanh toán trực tuyến', 'Kết quả điện tử', 'Đã số hóa'];
  const [keys, extra] = score ? ['1, 2', `, ${scoreColumns.map((name) => `count(nullif("${name}", ''))`).join(', ')}`] : ['1', ''];
  const reader = await connection.runAndReadAll(
    `SELECT "Mã TTHC", ${score ? '"Đơn vị tiếp nhận", ' : ''}count(*) AS n${extra} FROM ${registerSql(file)} GROUP BY ${keys}`,
  );
  const rows = reader.getRows().reduce((sum, row) => sum + Number(row[score ? 2 : 1]), 0);
  report({ rows });
}

/**
 * The steps from the bare pass to what the engine's query does, for the profile printed at a miss: group
 * by code (the bare pass); by code, channel and status; also by whether each date cell is empty; also by
 * each date read as a day.
 */

async function duckdbStage(file, stage) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const day = (column) => `CAST(try_strptime("${column}", ['%d/%m/%Y %H:%M', '%d/%m/%Y']) AS DATE)`;
  const keys = [
    '"Mã TTHC"',
    ...(stage >= 1 ? ['"Hình thức nộp"', '"Trạng thái"'] : []),
    ...(stage === 2 ? ['"Ngày tiếp nhận" = \'\'', '"Ngày hẹn trả" = \'\'', '"Ngày trả kết quả" = \'\''] : []),
    // The engine groups by what a date comes to (read or not, inside the period or not), not by the day.
    ...(stage >= 3 ? [`${day('Ngày tiếp nhận')} IS NULL`, `${day('Ngày hẹn trả')} IS NULL`, `${day('Ngày trả kết quả')} IS NULL`] : []),
  ];
  const reader = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${registerSql(file)} GROUP BY ${keys.join(', ')}`);
  report({ groups: reader.getRows().length });
}

/**
 * Where the time of a missed ratio goes. Each path is timed again on a register of one row (its fixed
 * cost: Node's start, loading the engine; for the check also the procedure list and the report), so that
 * what the rows cost is compared with what they cost the bare pass; for DuckDB, each step from the bare
 * GROUP BY towards what the engine's query does, and the rest.
 */
function printProfile(file, checkArgs, engine, bare, check, rows, timeV) {
  const tiny = join(root, 'bench-data', 'one-row.csv');
  writeFileSync(tiny, firstLines(file, 2));
  const time = (argv) => measure(process.execPath, argv, timeV).seconds;
  const fixed = time([...checkArgs.map((arg) => (arg === file ? tiny : arg)), '--engine', engine]);
  const bareMode = engine === 'duckdb' ? '--bare-duckdb' : '--bare-csv';
  const bareFixed = time([self, bareMode, tiny]);
  const line = (label, seconds) => console.log(`    ${label.padEnd(66)}${seconds.toFixed(2).padStart(6)} s`);
  console.log(`  where the time of check (${engine}) goes, ${check.toFixed(2)} s against the bare pass's ${bare.toFixed(2)} s:`);
  line('fixed cost of the check (the same on a register of one row)', fixed);
  line('fixed cost of the bare pass', bareFixed);
  line('the rows, in the bare pass', bare - bareFixed);
  if (engine === 'duckdb') {
    const stages = ['+ grouped by channel and status too', '+ by whether each date cell is empty', '+ by whether each date reads (not by its day)'];
    let before = bare - bareFixed;
    stages.forEach((name, i) => {
      const seconds = time([self, '--duckdb-stage', file, String(i + 1)]) - bareFixed;
      line(name, seconds - before);
      before = seconds;
    });
    line("the rest: the engine's date look-ups, the fold of the groups", check - fixed - before);
  } else {
    const beyond = check - fixed - (bare - bareFixed);
    line(`the rows, beyond the bare pass: every cell checked, ${((beyond / rows) * 1e9).toFixed(0)} ns a row`, beyond);
  }
  line(`the rows: check / bare pass = ${((check - fixed) / (bare - bareFixed)).toFixed(2)}×`, check - fixed);
}

function report(extra) {
  process.stderr.write(`BENCH ${JSON.stringify({ ...extra, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--workbook')) return workbookBench(args);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
  for (const rows of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) await benchOne(rows, runs);
}

function python(module) {
  return spawnSync('python3', ['-c', `import ${module}`]).status === 0;
}

/** The group-by of a Python library over the register, as a python3 -c program. */
function pythonGroupBy(module, file) {
  return {
    polars: (file) => `import polars as pl, sys
df = pl.scan_csv(${JSON.stringify(file)}, separator=';', infer_schema=False).group_by('Mã TTHC').len().collect()
sys.stderr.write('BENCH {"rows": %d}\\n' % df['len'].sum())`,
    pandas: (file) => `import pandas as pd, sys
rows = 0
for chunk in pd.read_csv(${JSON.stringify(file)}, sep=';', dtype=str, usecols=['Mã TTHC'], chunksize=1_000_000, encoding='utf-8-sig'):
    rows += int(chunk.groupby('Mã TTHC').size().sum())
sys.stderr.write('BENCH {"rows": %d}\\n' % rows)`,
  }[module](file);
}

async function benchOne(rows, runs) {
  const file = join(root, 'bench-data', `register-2021-${rows}.csv`);
  if (!existsSync(file)) await generate(file, rows);
  const megabytes = statSync(file).size / 1e6;
  const hasDuckdb = await import('@duckdb/node-api').then(
    () => true,
    () => false,
  );
  const timeV = existsSync('/usr/bin/time');
  const checkArgs = [bin, 'check', '--procedures', procedures, '--holidays', holidays, '--dossiers', file, '--as-of', '2021-12-31', '--format', 'json'];
  const second = join(root, 'bench-data', `register-2021-${rows}-first-10000.csv`);
  if (!existsSync(second)) writeFileSync(second, firstLines(file, 10_001));
  const paths = [
    { name: 'check (auto)', command: process.execPath, argv: checkArgs },
    { name: 'check (js)', command: process.execPath, argv: [...checkArgs, '--engine', 'js'] },
    { name: 'auto + score', command: process.execPath, argv: [...checkArgs, '--score', '766'] },
    { name: 'js + score', command: process.execPath, argv: [...checkArgs, '--score', '766', '--engine', 'js'] },
    { name: 'auto + 2nd file', command: process.execPath, argv: [...checkArgs, '--dossiers', second] },
    { name: 'js + 2nd file', command: process.execPath, argv: [...checkArgs, '--dossiers', second, '--engine', 'js'] },
    { name: 'csv-parse bare', command: process.execPath, argv: [self, '--bare-csv', file] },
    ...(hasDuckdb
      ? [
          { name: 'duckdb bare', command: process.execPath, argv: [self, '--bare-duckdb', file] },
          { name: 'duckdb bare+sc', command: process.execPath, argv: [self, '--bare-duckdb-score', file] },
        ]
      : []),
    ...['polars', 'pandas'].filter(python).map((module) => ({ name: module, command: 'python3', argv: ['-c', pythonGroupBy(module, file)] })),
  ];
  const cpu = /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\n${rows.toLocaleString('en')} rows, ${megabytes.toFixed(0)} MB — ${cpu}, ${cpus().length} cores, Node ${process.version}, ${runs} interleaved runs`,
  );
  if (!hasDuckdb) console.log('DuckDB paths skipped: @duckdb/node-api is not installed (npm install @duckdb/node-api)');
  const samples = new Map(paths.map((path) => [path.name, []]));
  let autoEngine;
  for (let i = 0; i < runs; i++) {
    for (const path of paths) {
      const sample = measure(path.command, path.argv, timeV);
      samples.get(path.name).push(sample);
      if (path.name === 'js + 2nd file') {
        const shared = JSON.parse(sample.stdout).issues.find((issue) => issue.kind === 'repeated-dossier-ids');
        if (shared?.count !== 10_000) throw new Error(`two registers sharing 10,000 dossiers gave ${JSON.stringify(shared)}`);
      }
      if (path.name === 'check (auto)') autoEngine = JSON.parse(sample.stdout).inputs.find((input) => input.role === 'dossiers')?.engine;
    }
  }
  const results = paths.map((path) => {
    const taken = samples.get(path.name);
    console.error(`  ${path.name}: ${taken.map((s) => s.seconds.toFixed(2)).join(' ')} s`);
    return { name: path.name, seconds: median(taken.map((s) => s.seconds)), rss: Math.max(...taken.map((s) => s.maxRssKb)) / 1024 };
  });
  console.log('');
  console.log(['path', 'median s', 'rows/s', 'MB/s', 'peak RSS MB'].map((h, i) => (i ? h.padStart(12) : h.padEnd(16))).join(''));
  for (const r of results) {
    console.log(
      r.name.padEnd(16) +
        r.seconds.toFixed(2).padStart(12) +
        Math.round(rows / r.seconds)
          .toLocaleString('en')
          .padStart(12) +
        (megabytes / r.seconds).toFixed(1).padStart(12) +
        r.rss.toFixed(0).padStart(12),
    );
  }
  const by = (name) => results.find((r) => r.name === name);
  const ratio = (label, a, b, target) => {
    const value = by(a).seconds / by(b).seconds;
    console.log(`${label.padEnd(34)}= ${value.toFixed(2)}×  (target ≤ ${target}×)${value <= target ? '' : '  MISSED'}`);
    return value <= target;
  };
  const rss = (name, target) => {
    const value = by(name).rss;
    console.log(`${`peak RSS ${name}`.padEnd(34)}= ${value.toFixed(0)} MB  (target < ${target} MB)${value < target ? '' : '  MISSED'}`);
  };
  console.log('');
  console.log(`check (auto) read the register with: ${autoEngine}`);
  if (!ratio('check (js) / csv-parse bare', 'check (js)', 'csv-parse bare', 1.15)) {
    printProfile(file, checkArgs, 'js', by('csv-parse bare').seconds, by('check (js)').seconds, rows, timeV);
  }
  if (hasDuckdb && !ratio('check (auto) / duckdb bare', 'check (auto)', 'duckdb bare', 1.5) && autoEngine === 'duckdb') {
    printProfile(file, checkArgs, 'duckdb', by('duckdb bare').seconds, by('check (auto)').seconds, rows, timeV);
  }
  ratio('js + score / csv-parse bare', 'js + score', 'csv-parse bare', 1.15);
  if (hasDuckdb) ratio('auto + score / duckdb bare+sc', 'auto + score', 'duckdb bare+sc', 1.5);
  rss('check (js)', 200);
  rss('js + score', 200);
  rss('auto + score', 350);
  rss('js + 2nd file', 200);
  rss('check (auto)', autoEngine === 'duckdb' ? 350 : 200);
}

/** The first `count` lines of a file (its header and rows), read from its first 8 MB. */
function firstLines(file, count) {
  const buffer = Buffer.alloc(8 << 20);
  const fd = openSync(file, 'r');
  const read = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return `${buffer.subarray(0, read).toString('utf8').split('\n', count).join('\n')}\n`;
}

function measure(command, argv, timeV) {
  const started = process.hrtime.bigint();
  const child = timeV
    ? spawnSync('/usr/bin/time', ['-v', command, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${argv.join(' ')} failed (${child.status}):\n${child.stderr}`);
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
  const fromChild = /BENCH (.*)/.exec(child.stderr)?.[1];
  const maxRssKb = fromTime ? Number(fromTime) : fromChild ? JSON.parse(fromChild).maxRssKb : NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
  const cpuSeconds = user && system ? Number(user) + Number(system) : NaN;
  return { seconds, maxRssKb, cpuSeconds, stdout: child.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Deterministic synthetic register in the demo's layout, with the vocabulary variants real exports use. */
async function generate(file, rows) {
  mkdirSync(dirname(file), { recursive: true });
  console.error(`generating ${file} (${rows.toLocaleString('en')} rows)…`);
  const codes = readFileSync(procedures, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(';')[1])
    .filter((code) => code && /^\d\./.test(code));
  codes.push('1.999999.000.00.00.H23', '2.000001');
  const channels = ['Trực tuyến', 'Trực tiếp', 'Qua bưu chính công ích', '2', '1', 'Nộp trực tuyến', 'Tại quầy'];
  const statuses = ['Đã trả kết quả', 'Đang xử lý', 'Từ chối tiếp nhận', '10', '4', 'Hoàn thành', 'Công dân rút hồ sơ'];
  let seed = 0x2026;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const two = (n) => String(n).padStart(2, '0');
  const out = createWriteStream(file);
  // The 766 scorecard's columns (SPEC §12.1) in the mix a portal export has: an agency per dossier, amounts
  // in several writings, a link per electronic result — cells that must not become groups of their own.
  const agencies = [
    ...['Tư pháp', 'Xây dựng', 'Y tế', 'Giáo dục và Đào tạo', 'Tài nguyên và Môi trường', 'Kế hoạch và Đầu tư', 'Công Thương', 'Giao thông vận tải'].map(
      (s) => `Sở ${s}`,
    ),
    ...Array.from({ length: 50 }, (_, n) => `UBND xã ${n + 1}`),
  ];
  const fees = () =>
    pick([
      '0',
      '',
      'Miễn phí',
      `${Math.floor(random() * 900 + 100)}.000 đ`,
      `${Math.floor(random() * 9 + 1)}.${Math.floor(random() * 900 + 100)}.000`,
      '50000',
    ]);
  out.write(
    '\uFEFFSố hồ sơ;Mã TTHC;Tên thủ tục;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái;Đơn vị tiếp nhận;Đồng bộ DVCQG;Lệ phí;Thanh toán trực tuyến;Kết quả điện tử;Đã số hóa\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const code = pick(codes);
    const month = 1 + Math.floor(random() * 10);
    const day = 1 + Math.floor(random() * 28);
    const dueDay = Math.min(28, day + 1 + Math.floor(random() * 10));
    const status = pick(statuses);
    const finished = /kết quả|10|Hoàn/.test(status) ? `${two(Math.min(28, day + Math.floor(random() * 12)))}/${two(month)}/2021` : '';
    const received = `${two(day)}/${two(month)}/2021 ${two(7 + Math.floor(random() * 10))}:${two(Math.floor(random() * 60))}`;
    const name = i % 5 === 0 ? '"Cấp giấy phép; đăng ký ""mẫu"""' : 'Thủ tục hành chính mẫu';
    const id = `000.00.${two(i % 60)}.H23-${i}`;
    const score = [
      pick(agencies),
      pick(['Có', 'Không', '1']),
      fees(),
      pick(['1', '2', '0', '']),
      finished ? `https://dichvucong.hanam.gov.vn/kq/${id}` : '',
      pick(['Có', 'Không']),
    ];
    chunk += `${id};${code};${name};${pick(channels)};${received};${two(dueDay)}/${two(month)}/2021;${finished};${status};${score.join(';')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The .xlsx register: the whole check against a bare streaming read (targets: 1.3×, 300 MB). */
function workbookBench(args) {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const rows = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 1_000_000);
  const file = `/tmp/tthc-register-${rows}.xlsx`;
  if (!existsSync(file)) {
    console.error(`generating ${file} (${rows.toLocaleString('en')} rows)…`);
    const made = spawnSync('python3', [join(root, 'scripts', 'make-workbook-fixtures.py'), '--register', file, String(rows)], { stdio: 'inherit' });
    if (made.status !== 0) throw new Error('could not generate the workbook: it needs Python 3 and openpyxl (pip install openpyxl)');
  }
  const timeV = existsSync('/usr/bin/time');
  const paths = [
    { name: 'check (xlsx)', argv: [bin, 'check', '--procedures', procedures, '--dossiers', file, '--as-of', '2025-12-31', '--format', 'json', '--quiet'] },
    { name: 'xlsx bare', argv: [join(root, 'scripts', 'bench-workbook.mjs'), '--bare', file] },
  ];
  const cpu = /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `${rows.toLocaleString('en')}-row register, ${(statSync(file).size / 1e6).toFixed(0)} MB .xlsx — ${cpu}, ${cpus().length} cores, Node ${process.version}, ${runs} runs each`,
  );
  // Runs alternate between the two, so that load from elsewhere on the machine weighs on both alike;
  // CPU time (user + system) is shown too, as it moves less than wall time under such load.
  const samples = paths.map(() => []);
  for (let i = 0; i < runs; i++) paths.forEach((path, k) => samples[k].push(measure(path.argv, timeV)));
  const results = paths.map((path, k) => {
    console.error(`  ${path.name}: ${samples[k].map((s) => s.seconds.toFixed(2)).join(' ')} s`);
    return {
      name: path.name,
      seconds: median(samples[k].map((s) => s.seconds)),
      cpu: median(samples[k].map((s) => s.cpuSeconds)),
      rss: Math.max(...samples[k].map((s) => s.maxRssKb)) / 1024,
    };
  });
  console.log('');
  console.log(['path', 'median s', 'CPU s', 'rows/s', 'peak RSS MB'].map((h, i) => (i ? h.padStart(12) : h.padEnd(16))).join(''));
  for (const r of results) {
    console.log(
      r.name.padEnd(16) +
        r.seconds.toFixed(2).padStart(12) +
        (r.cpu ?? NaN).toFixed(2).padStart(12) +
        Math.round(rows / r.seconds)
          .toLocaleString('en')
          .padStart(12) +
        r.rss.toFixed(0).padStart(12),
    );
  }
  console.log('');
  console.log(
    `check (xlsx) / xlsx bare         = ${(results[0].seconds / results[1].seconds).toFixed(2)}× wall, ${(results[0].cpu / results[1].cpu).toFixed(2)}× CPU  (target ≤ 1.3×; peak RSS < 300 MB)`,
  );
}
