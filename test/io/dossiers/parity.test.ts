/**
 * SPEC §11: both engines give the same report on every input both can read. Every file under fixtures/
 * is read as a dossier register by each engine, and what the report is made of — tallies, input summary,
 * issues with their lines, rows per code, the 766 score's tallies (SPEC §12.3), or the one-line error —
 * must be the same. (The CLI's whole JSON is compared on the demo and on awkward registers in
 * duckdb.test.ts, and the scorecard's here.)
 */
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseEngine, autoMinBytes } from '../../../src/io/dossiers/engine.js';
import type { DossierRead } from '../../../src/io/dossiers/fold.js';
import { readDossiers } from '../../../src/io/dossiers/read-js.js';
import { checkDemo, cli, demo, hasDuckdb, root, tempDir } from './helpers.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.md') ? [] : [path];
  });
}

const fixtures = filesUnder(join(root, 'fixtures')).map((file) => relative(root, file));

type Outcome = { read: Omit<DossierRead, 'summary'> & { summary: Omit<DossierRead['summary'], 'engine'> } } | { error: string };

async function outcome(read: () => Promise<DossierRead>): Promise<Outcome> {
  try {
    const { summary, ...rest } = await read();
    const { engine: _engine, ...plain } = summary;
    return { read: { ...rest, summary: plain } };
  } catch (error) {
    return { error: String((error as Error).message) };
  }
}

describe.skipIf(!hasDuckdb)('both engines on every fixture (skipped: @duckdb/node-api is not installed)', () => {
  it.each(fixtures.map((file) => [file]))('%s', async (file) => {
    const path = join(root, file);
    // What DuckDB cannot read at all — workbooks, UTF-16 and Windows-1258 exports — `auto` never gives it.
    const refused = await chooseEngine(path, 'duckdb').then(
      () => false,
      () => true,
    );
    if (refused) return;
    const { readDossiersWithDuckdb } = await import('../../../src/io/dossiers/duckdb/read.js');
    for (const score of [undefined, { referenceDate: '2021-12-31' }]) {
      for (const period of [{}, { from: '2021-01-02', to: '2021-01-05' }]) {
        const options = { period, rowsPerCode: true, ...(score ? { score } : {}) };
        const byJs = await outcome(() => readDossiers(path, options));
        const byDuckdb = await outcome(async () => (await readDossiersWithDuckdb([path], options))[0]!);
        if ('error' in byDuckdb && /duckdb engine cannot read/.test(byDuckdb.error)) return;
        expect(byDuckdb).toEqual(byJs);
      }
    }
  });

  it('folds the 766 score alike on cells and dates chosen to tell the engines apart', async () => {
    // Due dates before, on and after the received, finished and reference dates; dates SQL reads and
    // dates it leaves to the fold (a padded cell, Excel's writing, an invalid day); unreadable values.
    const header =
      'Mã TTHC;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái;Đơn vị tiếp nhận;Đồng bộ DVCQG;Lệ phí;Thanh toán trực tuyến;Kết quả điện tử;Đã số hóa';
    const received = ['03/01/2021 08:10', '10/01/2021', '20/01/2021 16:00', ' 05/01/2021', '5/1/2021 8:05', '', '31/02/2021'];
    const due = ['15/01/2021', '05/01/2021', '10/01/2021', '', '31/12/2021', '02/01/2022', ' 12/01/2021', '31/04/2021'];
    const finished = ['', '14/01/2021', '20/01/2021', '02/01/2022', '31/12/2021', ' 09/01/2021'];
    const status = ['Đã trả kết quả', 'Đang xử lý', 'Từ chối'];
    const agency = ['Sở Tư pháp', ' sở tư pháp ', 'UBND xã Hy Cương', ''];
    const yesNo = ['Có', 'Không', '', 'có lẽ'];
    const fee = ['500.000 đ', '0', 'Miễn phí', '12,5', ''];
    const paid = ['1', '2', '0', '', 'x'];
    const eResult = ['https://dvc.example/kq/1', 'http://dvc.example/kq/2', 'Có', 'Không', '', 'kq.pdf'];
    const pick = <T>(values: readonly T[], i: number, step: number) => values[Math.floor(i / step) % values.length]!;
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      [
        pick(['1.000894.000.00.00.H23', '2.002041.000.00.00.H23', ''], i, 1),
        pick(['Trực tuyến', 'Trực tiếp', 'Fax'], i, 2),
        pick(received, i, 1),
        pick(due, i, 3),
        pick(finished, i, 5),
        pick(status, i, 7),
        pick(agency, i, 11),
        pick(yesNo, i, 13),
        pick(fee, i, 17),
        pick(paid, i, 19),
        pick(eResult, i, 23),
        pick(yesNo, i, 29),
      ].join(';'),
    );
    const file = join(tempDir(), 'score.csv');
    writeFileSync(file, [header, ...rows].join('\n'));
    const { readDossiersWithDuckdb } = await import('../../../src/io/dossiers/duckdb/read.js');
    for (const referenceDate of ['2021-01-10', '2021-12-31']) {
      for (const period of [{}, { from: '2021-01-04', to: '2021-01-15' }, { to: '2021-01-12' }]) {
        const options = { period, rowsPerCode: true, score: { referenceDate } };
        const byJs = await outcome(() => readDossiers(file, options));
        const byDuckdb = await outcome(async () => (await readDossiersWithDuckdb([file], options))[0]!);
        expect('read' in byDuckdb && byDuckdb.read.score?.byCode.size).toBeGreaterThan(0);
        expect(byDuckdb).toEqual(byJs);
      }
    }
  });

  it("gives the demo's whole scorecard alike with --engine js and --engine duckdb", () => {
    const score = (engine: string) => checkDemo(['--dossiers', join(demo, 'dossiers.csv'), '--score', '766', '--engine', engine, '--by', 'agency']);
    const byJs = score('js');
    const byDuckdb = score('duckdb');
    expect(byDuckdb.code, byDuckdb.stderr).toBe(byJs.code);
    expect(byJs.json.score).toBeDefined();
    expect(byDuckdb.json.score).toEqual(byJs.json.score);
    expect((byDuckdb.json.groups as { score: unknown }[]).map((group) => group.score)).toEqual(
      (byJs.json.groups as { score: unknown }[]).map((group) => group.score),
    );
    expect((byDuckdb.json.inputs as { engine?: string }[]).map((input) => input.engine)).toContain('duckdb');
  });

  it('writes the same counts file, score columns included, from either engine', () => {
    const dir = tempDir();
    const counts = (engine: string) => {
      const output = join(dir, `${engine}.csv`);
      const run = cli(['aggregate', '--engine', engine, '--dossiers', join(demo, 'dossiers.csv'), '--as-of', '2021-12-31', '--output', output]);
      expect(run.code, run.stderr).toBe(0);
      return readFileSync(output, 'utf8');
    };
    const byJs = counts('js');
    expect(byJs.split('\n')[0]).toContain('handled_on_time');
    expect(counts('duckdb')).toBe(byJs);
  });

  it('reads the registers of quirks with DuckDB itself, not by handing them to the default reader', async () => {
    const { readDossiersWithDuckdb } = await import('../../../src/io/dossiers/duckdb/read.js');
    const located = ['dossiers-located.csv', 'dossiers-located-crlf-bom.csv', 'dossiers-located-cr.csv'].map((name) => join(root, 'fixtures', 'quirks', name));
    const reads = await readDossiersWithDuckdb([...located, join(demo, 'dossiers.csv'), join(root, 'fixtures', 'quirks', 'dossiers-too-many-fields.csv')]);
    expect(reads.map((read) => read.summary.engine)).toEqual(['duckdb', 'duckdb', 'duckdb', 'duckdb', 'js']);
    // The row of too many fields is a located row error, as from the default reader.
    expect(reads[4]!.issues).toContainEqual(expect.objectContaining({ kind: 'field-count', line: 8 }));
  });

  it('lists the first findings of a kind at their lines and counts the rest, as the default reader does', async () => {
    const file = join(tempDir(), 'many-errors.csv');
    const rows = Array.from({ length: 2_500 }, (_, i) => `1.000894.000.00.00.H23;${i % 2 ? 'Fax' : 'Trực tuyến'};${i % 3 ? '' : '31/02/2021'}`);
    writeFileSync(file, ['Mã TTHC;Hình thức nộp;Ngày tiếp nhận', ...rows].join('\n'));
    const { readDossiersWithDuckdb } = await import('../../../src/io/dossiers/duckdb/read.js');
    const byDuckdb = await outcome(async () => (await readDossiersWithDuckdb([file]))[0]!);
    expect(byDuckdb).toEqual(await outcome(() => readDossiers(file)));
  });

  it('reads a path as that one file: `g[12].csv` is not g1.csv and g2.csv', () => {
    const dir = tempDir();
    const register = (rows: number) => ['Mã TTHC;Hình thức nộp', ...Array.from({ length: rows }, () => '1.000894.000.00.00.H23;Trực tuyến')].join('\n');
    writeFileSync(join(dir, 'g1.csv'), register(1));
    writeFileSync(join(dir, 'g2.csv'), register(2));
    writeFileSync(join(dir, 'g[12].csv'), register(5));
    writeFileSync(join(dir, 'all*?.csv'), register(7));
    for (const [name, rows] of [
      ['g[12].csv', 5],
      ['all*?.csv', 7],
    ] as const) {
      const run = cli(['aggregate', '--engine', 'duckdb', '--dossiers', join(dir, name), '--output', join(dir, 'counts.csv')]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`${rows} rows`);
    }
  });
});

describe('--engine auto', () => {
  const dir = tempDir();
  // Rows past the first chunk the sniffer reads (1 MB): the rest of the file is a hole it never reads.
  const header = `Mã TTHC;Hình thức nộp\n${'1.000894.000.00.00.H23;Trực tuyến\n'.repeat(40_000)}`;
  /** A register of the given size: its first bytes are a CSV, the rest a hole. */
  const sized = (name: string, bytes: number, encoding = 'utf8') => {
    const file = join(dir, name);
    writeFileSync(file, iconv.encode(header, encoding, { addBOM: encoding !== 'utf8' }));
    truncateSync(file, bytes);
    return file;
  };

  it('gives small registers, other encodings and workbooks to the default reader', async () => {
    expect(await chooseEngine(join(demo, 'dossiers.csv'), 'auto')).toBe('js');
    expect(await chooseEngine(sized('small.csv', autoMinBytes - 1), 'auto')).toBe('js');
    expect(await chooseEngine(sized('utf16.csv', autoMinBytes, 'utf16-le'), 'auto')).toBe('js');
    expect(await chooseEngine(join(root, 'fixtures', 'workbooks', 'procedures-ha-nam.xlsx'), 'auto')).toBe('js');
    expect(await chooseEngine(sized('big.csv', autoMinBytes), 'js')).toBe('js');
  });

  it.skipIf(!hasDuckdb)('gives a UTF-8 register of 64 MB or more, and Parquet, to DuckDB', async () => {
    expect(await chooseEngine(sized('big.csv', autoMinBytes), 'auto')).toBe('duckdb');
    expect(await chooseEngine(join(dir, 'register.parquet'), 'auto')).toBe('duckdb');
  });

  it('refuses a workbook under --engine duckdb with one line, exit 2', () => {
    const run = cli(['aggregate', '--engine', 'duckdb', '--dossiers', join(root, 'fixtures', 'workbooks', 'two-sheets.xlsx'), '--output', join(dir, 'c.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/two-sheets\.xlsx: is an Excel workbook, which --engine duckdb does not read: leave out --engine duckdb/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names the engine in the input line', () => {
    const run = cli(['check', '--procedures', join(demo, 'procedures.csv'), '--dossiers', join(demo, 'dossiers.csv'), '--no-color', '--as-of', '2021-12-31']);
    expect(run.stdout).toMatch(/dossiers: .*dossiers\.csv \(utf-8 with BOM, ";", 4,908 rows, read by js\)/);
  });
});
