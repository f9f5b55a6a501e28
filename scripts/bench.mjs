#!/usr/bin/env node
// Benchmark of the dossier paths on a synthetic register.
//
//   npm run bench [rows] [-- --runs N]      (default 2 000 000 rows, 3 runs of each path)
//
// Generates bench-data/dossiers-<rows>.csv once (git-ignored, never committed; the procedures are the
// demo's), then times, several times each, in a fresh process each time:
//   check        `tthc-check check … --format json` (the default, csv-parse path)
//   csv-parse    a bare csv-parse pass over the same file: parse and count rows, nothing else
//   check-duckdb `tthc-check check … --engine duckdb` (when @duckdb/node-api is installed)
//   duckdb       a bare DuckDB read_csv + GROUP BY code over the same file (when installed)
// and prints the median wall time, rows/s, MB/s and peak RSS of each, and the ratios the targets are
// stated in.
//
//   npm run bench -- --workbook [rows]      (default 1 000 000 rows)
//
// times instead the register as an .xlsx (SPEC §9): `check … --dossiers register.xlsx` against a bare
// streaming read of the same workbook with the same libraries (yauzl + htmlparser2, every cell's text,
// scripts/bench-workbook.mjs --bare). The workbook is generated once in /tmp by
// scripts/make-workbook-fixtures.py (Python 3 and openpyxl; about 3 minutes for a million rows). Peak RSS comes from /usr/bin/time -v when present, else from the child's own
// process.resourceUsage().maxRSS. No figure here is asserted anywhere: the table is for people.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'tthc-check.js');
const procedures = join(root, 'fixtures', 'demo', 'procedures.csv');
const self = fileURLToPath(import.meta.url);

const [mode, modeArg] = process.argv.slice(2);
if (mode === '--bare-csv') await bareCsvParse(modeArg);
else if (mode === '--bare-duckdb') await bareDuckdb(modeArg);
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

async function bareDuckdb(file) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await connection.runAndReadAll(
    `SELECT "Mã TTHC", count(*) AS n FROM read_csv('${file.replaceAll("'", "''")}', delim = ';', header = true, quote = '"', escape = '"', all_varchar = true) GROUP BY 1`,
  );
  const rows = reader.getRows().reduce((sum, [, n]) => sum + Number(n), 0);
  report({ rows });
}

function report(extra) {
  process.stderr.write(`BENCH ${JSON.stringify({ ...extra, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--workbook')) return workbookBench(args);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  const rows = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 2_000_000);
  const file = join(root, 'bench-data', `dossiers-${rows}.csv`);
  if (!existsSync(file)) await generate(file, rows);
  const megabytes = statSync(file).size / 1e6;
  const hasDuckdb = await import('@duckdb/node-api').then(
    () => true,
    () => false,
  );
  const timeV = existsSync('/usr/bin/time');
  const checkArgs = [bin, 'check', '--procedures', procedures, '--dossiers', file, '--as-of', '2026-11-27', '--format', 'json', '--quiet'];
  const paths = [
    { name: 'check (js)', argv: checkArgs },
    { name: 'csv-parse bare', argv: [self, '--bare-csv', file] },
    ...(hasDuckdb
      ? [
          { name: 'check (duckdb)', argv: [...checkArgs, '--engine', 'duckdb'] },
          { name: 'duckdb bare', argv: [self, '--bare-duckdb', file] },
        ]
      : []),
  ];
  const cpu = /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  console.log(`${rows.toLocaleString('en')} rows, ${megabytes.toFixed(0)} MB — ${cpu}, ${cpus().length} cores, Node ${process.version}, ${runs} runs each`);
  if (!hasDuckdb) console.log('DuckDB paths skipped: @duckdb/node-api is not installed (npm install @duckdb/node-api)');
  const results = [];
  for (const path of paths) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(measure(path.argv, timeV));
    const seconds = median(samples.map((s) => s.seconds));
    const rss = Math.max(...samples.map((s) => s.maxRssKb)) / 1024;
    results.push({ name: path.name, seconds, rss });
    console.error(`  ${path.name}: ${samples.map((s) => s.seconds.toFixed(2)).join(' ')} s`);
  }
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
  const by = (name) => results.find((r) => r.name === name)?.seconds;
  console.log('');
  console.log(`check (js) / csv-parse bare      = ${(by('check (js)') / by('csv-parse bare')).toFixed(2)}×  (target ≤ 1.15×)`);
  if (hasDuckdb) {
    console.log(`check (duckdb) / duckdb bare     = ${(by('check (duckdb)') / by('duckdb bare')).toFixed(2)}×  (target ≤ 1.5×)`);
    console.log(`check (js) / check (duckdb)      = ${(by('check (js)') / by('check (duckdb)')).toFixed(2)}×  (target ≥ 8× on 5 M rows)`);
  }
}

function measure(argv, timeV) {
  const started = process.hrtime.bigint();
  const child = timeV
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${argv.join(' ')} failed (${child.status}):\n${child.stderr}`);
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
  const fromChild = /BENCH (.*)/.exec(child.stderr)?.[1];
  const maxRssKb = fromTime ? Number(fromTime) : fromChild ? JSON.parse(fromChild).maxRssKb : NaN;
  const user = /User time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(child.stderr)?.[1];
  const cpuSeconds = user && system ? Number(user) + Number(system) : NaN;
  return { seconds, maxRssKb, cpuSeconds };
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
  out.write('\uFEFFSố hồ sơ;Mã TTHC;Tên thủ tục;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const code = pick(codes);
    const month = 1 + Math.floor(random() * 10);
    const day = 1 + Math.floor(random() * 28);
    const dueDay = Math.min(28, day + 1 + Math.floor(random() * 10));
    const status = pick(statuses);
    const finished = /kết quả|10|Hoàn/.test(status) ? `${two(Math.min(28, day + Math.floor(random() * 12)))}/${two(month)}/2026` : '';
    const received = `${two(day)}/${two(month)}/2026 ${two(7 + Math.floor(random() * 10))}:${two(Math.floor(random() * 60))}`;
    const name = i % 5 === 0 ? '"Cấp giấy phép; đăng ký ""mẫu"""' : 'Thủ tục hành chính mẫu';
    chunk += `000.00.${two(i % 60)}.H23-${i};${code};${name};${pick(channels)};${received};${two(dueDay)}/${two(month)}/2026;${finished};${status}\n`;
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
