/**
 * The XLSX report read back: by the project's own workbook reader, by the ZIP's XML itself (values, never
 * formulas; frozen header; autofilter), and by openpyxl when Python has it — a second reader, written by
 * other people. Its Procedures sheet agrees with the JSON `procedures`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/io/workbook/index.js';
import { procedureCheckIds, type Result } from '../../src/model.js';
import { renderXlsx, failMark } from '../../src/report/xlsx/index.js';
import { json } from '../../src/report/json.js';
import { tempDir } from '../io/helpers.js';
import { demoResult } from './demo-result.js';
import { options, sampleResult } from './sample-result.js';

const temp = tempDir();
afterAll(() => temp.remove());

async function bytesOf(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Every entry of the ZIP as text. */
function entries(file: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const out = new Map<string, string>();
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          bytesOf(stream).then((bytes) => {
            out.set(entry.fileName, bytes.toString('utf8'));
            zip.readEntry();
          }, reject);
        });
      });
      zip.readEntry();
    });
  });
}

async function readSheet(file: string, sheet: string): Promise<string[][]> {
  const rows: string[][] = [];
  await readWorkbook(file, {
    sheet,
    isHeader: () => true,
    merges: 'apply',
    onHeader: (header) => {
      rows.push([...header]);
      return (cells) => rows.push([...cells]);
    },
  });
  return rows;
}

let result: Result;
let file: string;

beforeAll(async () => {
  result = await demoResult();
  file = temp.path('demo.xlsx');
  writeFileSync(file, await bytesOf(renderXlsx(result, options)));
});

describe('xlsx report', () => {
  it('has the sheets of SPEC §10, Groups with --by', async () => {
    const xml = await entries(file);
    const names = [...xml.get('xl/workbook.xml')!.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['Summary', 'Procedures', 'Groups', 'Mismatches', 'Late', 'Issues']);
  });

  it('holds values, never formulas, with a frozen header and an autofilter on the worklist', async () => {
    const xml = await entries(file);
    const sheets = [...xml.entries()].filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheets).toHaveLength(6);
    for (const [, sheet] of sheets) expect(sheet).not.toMatch(/<f[ >]/);
    const procedures = xml.get('xl/worksheets/sheet2.xml')!;
    expect(procedures).toContain('state="frozen"');
    expect(procedures).toContain(`<autoFilter ref="A1:Y${result.procedures.length + 1}"/>`);
    expect(procedures).toMatch(/<col min="2" max="2" width="50" customWidth="1"\/>/);
  });

  it('has a Procedures row per procedure that agrees with the JSON procedures, failing checks marked', async () => {
    const rows = await readSheet(file, 'Procedures');
    const [header, ...data] = rows;
    expect(header!.slice(0, 3)).toEqual(['Code', 'Name', 'Agency']);
    const checkColumn = Object.fromEntries(procedureCheckIds.map((id) => [id, header!.indexOf(id)]));
    expect(Object.values(checkColumn).every((i) => i > 0)).toBe(true);
    const counted = header!.indexOf('Dossiers');
    expect(data).toHaveLength(result.procedures.length);
    result.procedures.forEach((p, i) => {
      const row = data[i]!;
      expect(row[0]).toBe(p.code);
      expect(row[1]).toBe(p.name);
      expect(row[2]).toBe(p.agencies.join('; '));
      expect(Number(row[5])).toBe(p.level);
      const marked = procedureCheckIds.filter((id) => row[checkColumn[id]!] === failMark);
      expect(marked).toEqual(p.failing);
      expect(Number(row[counted])).toBe(p.dossiers!.counted);
    });
    // Dates are date cells, read back as the same calendar day.
    const late = result.procedures.find((p) => p.publication?.status === 'late')!;
    const lateRow = data[result.procedures.indexOf(late)]!;
    expect(lateRow).toContain(late.publication!.signedAt);
  });

  it('keeps a text that looks like a formula as text', async () => {
    const sample = sampleResult();
    sample.mismatches[0]!.name = '=HYPERLINK("http://example.invalid","x")';
    sample.late[0]!.name = '+1+2';
    const path = temp.path('formula.xlsx');
    writeFileSync(path, await bytesOf(renderXlsx(sample, options)));
    const xml = await entries(path);
    expect([...xml.values()].join('')).not.toMatch(/<f[ >]/);
    expect((await readSheet(path, 'Mismatches'))[1]).toContain('=HYPERLINK("http://example.invalid","x")');
    expect((await readSheet(path, 'Late'))[1]).toContain('+1+2');
  });

  it('reads the same in openpyxl, when Python has it', (context) => {
    const python = spawnSync('python3', ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (python.status !== 0) {
      context.skip();
      return;
    }
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Procedures"]
rows = [[c.value for c in row] for row in ws.iter_rows()]
print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "header": rows[0], "codes": [r[0] for r in rows[1:]], "failing": [r[rows[0].index("level4")] for r in rows[1:]]}, default=str))
`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { sheets: string[]; freeze: string; filter: string; header: string[]; codes: string[]; failing: (string | null)[] };
    expect(read.sheets).toEqual(['Summary', 'Procedures', 'Groups', 'Mismatches', 'Late', 'Issues']);
    expect(read.freeze).toBe('B2');
    expect(read.filter).toBe(`A1:Y${result.procedures.length + 1}`);
    expect(read.codes).toEqual(result.procedures.map((p) => p.code));
    expect(read.failing).toEqual(result.procedures.map((p) => (p.failing.includes('level4') ? failMark : null)));
  });

  it('has a Score sheet with --score that agrees with the JSON score, indicator by indicator', async () => {
    const scored = await demoResult({ score: '766' });
    const path = temp.path('score.xlsx');
    writeFileSync(path, await bytesOf(renderXlsx(scored, options)));
    const rows = await readSheet(path, 'Score');
    expect(rows[0]).toEqual(['766', 'Indicator', 'Status', 'Numerator', 'Denominator', 'Ratio', 'Points', 'Max', 'Lost', 'Recover first from']);
    for (const indicator of scored.score!.indicators) {
      const row = rows.find((r) => r[0] === indicator.number)!;
      expect(row, indicator.number).toBeDefined();
      expect(row[6] === '' ? null : Number(row[6])).toBe(indicator.points);
      expect(Number(row[7])).toBe(indicator.max);
      if (indicator.status === 'measured') expect([Number(row[3]), Number(row[4])]).toEqual([indicator.numerator, indicator.denominator]);
    }
    expect(rows.some((r) => r[1]?.startsWith(`Measured: ${scored.score!.points.toFixed(2)} of`))).toBe(true);
  });

  it('gives the change of each indicator since a baseline in a column of the Score sheet', async () => {
    // Last month's report, the same but for one indicator two points lower and its total with it.
    const last = JSON.parse(json(await demoResult({ score: '766' }), options)) as Result;
    const measured = last.score!.indicators.find((i) => i.status === 'measured' && i.points! >= 2)!;
    measured.points! -= 2;
    last.score!.points -= 2;
    const baseline = temp.path('last-month.json');
    writeFileSync(baseline, JSON.stringify(last));
    const scored = await demoResult({ score: '766', baseline });
    const path = temp.path('score-change.xlsx');
    writeFileSync(path, await bytesOf(renderXlsx(scored, options)));
    const rows = await readSheet(path, 'Score');
    expect(rows[0]).toEqual([
      '766',
      'Indicator',
      'Status',
      'Numerator',
      'Denominator',
      'Ratio',
      'Points',
      'Max',
      'Lost',
      'Change since baseline',
      'Recover first from',
    ]);
    for (const indicator of scored.score!.indicators) {
      const row = rows.find((r) => r[0] === indicator.number)!;
      expect(row[9] === '' ? undefined : Number(row[9]), indicator.number).toBe(indicator.change === undefined ? undefined : indicator.change);
    }
    expect(Number(rows.find((r) => r[0] === measured.number)![9])).toBe(2);
    expect(rows.some((r) => r[1]?.includes('Change since the baseline: +2.00.'))).toBe(true);
  });
});
