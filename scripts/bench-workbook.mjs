#!/usr/bin/env node
// Benchmark of the workbook reader on a dossier register in .xlsx (SPEC §9: under 300 MB for a million
// rows; the target: within 1.3x of a bare streaming read with the same libraries).
//
//   npm run build && node scripts/bench-workbook.mjs [rows] [--runs N]   (default 1 000 000 rows, 3 runs)
//
// Generates /tmp/tthc-register-<rows>.xlsx and .xls (an HTML table) once with
// scripts/make-workbook-fixtures.py (Python 3 and openpyxl: `pip install openpyxl`; never committed),
// then times, in a fresh process each time:
//   bare         yauzl + htmlparser2 over the shared strings and the sheet: every cell's text, into an
//                array per row, nothing else
//   module       readWorkbook (dist/io/workbook) with a header predicate, merges streamed, a handler
//                that only counts rows
//   bare-html    htmlparser2 over the HTML table: every cell's text, into an array per row
//   module-html  readWorkbook on the HTML table
// and prints the median wall time and the peak RSS of each (the child's process.resourceUsage().maxRSS),
// and the ratio of the medians. No figure here is asserted anywhere: the table is for people.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

const [mode, file] = process.argv.slice(2);
if (mode === '--bare') await bare(file);
else if (mode === '--module' || mode === '--module-html') await module(file);
else if (mode === '--bare-html') await bareHtml(file);
else main();

function report(result) {
  process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

async function bare(path) {
  const { default: yauzl } = await import('yauzl');
  const { Parser } = await import('htmlparser2');
  const { StringDecoder } = await import('node:string_decoder');
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  const entries = new Map();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  const parse = async (name, handlers) => {
    const parser = new Parser(handlers, { xmlMode: true, decodeEntities: true });
    const decoder = new StringDecoder('utf8');
    for await (const chunk of await zip.openReadStreamPromise(entries.get(name))) parser.write(decoder.write(chunk));
    parser.end();
  };
  const shared = [];
  let text = '';
  let inText = false;
  if (entries.has('xl/sharedStrings.xml')) {
    await parse('xl/sharedStrings.xml', {
      onopentag: (name) => {
        if (name === 'si') text = '';
        else if (name === 't') inText = true;
      },
      ontext: (chunk) => {
        if (inText) text += chunk;
      },
      onclosetag: (name) => {
        if (name === 'si') shared.push(text);
        else if (name === 't') inText = false;
      },
    });
  }
  let rows = 0;
  let cells = [];
  let type = '';
  let value = '';
  let inValue = false;
  await parse('xl/worksheets/sheet1.xml', {
    onopentag: (name, attributes) => {
      if (name === 'row') cells = [];
      else if (name === 'c') {
        type = attributes.t ?? 'n';
        value = '';
      } else if (name === 'v' || name === 't') inValue = true;
    },
    ontext: (chunk) => {
      if (inValue) value += chunk;
    },
    onclosetag: (name) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c') cells.push(type === 's' ? shared[Number(value)] : value);
      else if (name === 'row') rows++;
    },
  });
  zip.close();
  report({ rows: rows - 1 });
}

async function bareHtml(path) {
  const { createReadStream } = await import('node:fs');
  const { Parser } = await import('htmlparser2');
  const { StringDecoder } = await import('node:string_decoder');
  let rows = 0;
  let cells = [];
  let text;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === 'tr') cells = [];
        else if (name === 'td') text = '';
      },
      ontext: (chunk) => {
        if (text !== undefined) text += chunk;
      },
      onclosetag: (name) => {
        if (name === 'td') {
          cells.push(text);
          text = undefined;
        } else if (name === 'tr') rows++;
      },
    },
    { decodeEntities: true },
  );
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) parser.write(decoder.write(chunk));
  parser.end();
  report({ rows: rows - 2 });
}

async function module(path) {
  const { readWorkbook } = await import(join(root, 'dist', 'io', 'workbook', 'index.js'));
  let rows = 0;
  await readWorkbook(path, {
    isHeader: (cells) => cells.includes('Mã TTHC'),
    merges: 'stream',
    onHeader: () => () => rows++,
  });
  report({ rows });
}

function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1]);
  const rowCount = Number(args.find((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== '--runs') ?? 1_000_000);
  if (!existsSync(join(root, 'dist', 'io', 'workbook', 'index.js'))) {
    console.error('dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  const register = `/tmp/tthc-register-${rowCount}.xlsx`;
  const html = `/tmp/tthc-register-${rowCount}.xls`;
  for (const [file, option] of [
    [register, '--register'],
    [html, '--html-register'],
  ]) {
    if (existsSync(file)) continue;
    console.error(`generating ${file} (${rowCount.toLocaleString('en')} rows; a million takes about 3 minutes)…`);
    const made = spawnSync('python3', [join(root, 'scripts', 'make-workbook-fixtures.py'), option, file, String(rowCount)], { stdio: 'inherit' });
    if (made.status !== 0) {
      console.error('could not generate the register: it needs Python 3 and openpyxl (pip install openpyxl)');
      process.exit(2);
    }
  }
  for (const file of [register, html]) {
    console.log(`${file}: ${rowCount.toLocaleString('en')} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  }
  console.log(`${runs} runs each`);
  const results = {};
  const inputs = { bare: register, module: register, 'bare-html': html, 'module-html': html };
  for (const path of Object.keys(inputs)) {
    const times = [];
    let rss = 0;
    let rows;
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [self, `--${path}`, inputs[path]], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (child.status !== 0) {
        console.error(child.stderr);
        process.exit(1);
      }
      const result = JSON.parse(child.stdout.trim().split('\n').pop());
      times.push(seconds);
      rss = Math.max(rss, result.maxRssMb);
      rows = result.rows;
    }
    times.sort((a, b) => a - b);
    results[path] = { median: times[Math.floor(times.length / 2)], rss, rows };
    console.log(
      `${path.padEnd(12)} ${results[path].median.toFixed(2).padStart(7)} s  ${rss.toFixed(0).padStart(5)} MB peak RSS  ${rows.toLocaleString('en')} data rows`,
    );
  }
  console.log(
    `module / bare: ${(results.module.median / results.bare.median).toFixed(2)}x time (.xlsx), ${(results['module-html'].median / results['bare-html'].median).toFixed(2)}x time (HTML table)`,
  );
}
