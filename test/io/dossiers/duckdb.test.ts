import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/domain/dates.js';
import { dateMacros, dateReading, writings, writtenDaysSql } from '../../../src/io/dossiers/duckdb/dates.js';
import { checkDemo, demo, hasDuckdb, tempDir } from './helpers.js';

const dossiers = join(demo, 'dossiers.csv');

describe.skipIf(!hasDuckdb)('--engine duckdb (skipped: @duckdb/node-api is not installed)', () => {
  it('gives the JSON report of the default reader on the demo', () => {
    const js = checkDemo(['--dossiers', dossiers, '--engine', 'js']);
    const duckdb = checkDemo(['--dossiers', dossiers, '--engine', 'duckdb']);
    expect(duckdb.code).toBe(js.code);
    expect((duckdb.json.inputs as { engine?: string }[]).map((input) => input.engine)).toEqual([undefined, undefined, 'duckdb']);
    expect(comparable(duckdb.json)).toEqual(comparable(js.json));
  });

  it('gives the JSON report of the default reader for a period', () => {
    const period = ['--from', '2021-03-01', '--to', '2021-06-30'];
    expect(comparable(checkDemo(['--dossiers', dossiers, '--engine', 'duckdb', ...period]).json)).toEqual(
      comparable(checkDemo(['--dossiers', dossiers, ...period]).json),
    );
  });

  it('counts row errors and the rows they are on as the default reader does', () => {
    const file = join(tempDir(), 'errors.csv');
    writeFileSync(
      file,
      'Mã TTHC;Hình thức nộp;Trạng thái;Ngày hẹn trả;Ngày trả kết quả\n' +
        '1.000094.000.00.00.H23;Fax;Đã trả kết quả;32/01/2026;02/01/2026\n' +
        '1.000094.000.00.00.H23;Fax;Đã trả kết quả;32/01/2026;02/01/2026\n' +
        '1.000094.000.00.00.H23;Trực tuyến;Đã trả kết quả;03/01/2026;02/01/2026 08:00\n' +
        ';Trực tuyến;;;\n',
    );
    const js = checkDemo(['--dossiers', file]);
    const duckdb = checkDemo(['--dossiers', file, '--engine', 'duckdb']);
    expect(comparable(duckdb.json)).toEqual(comparable(js.json));
  });

  it('reads a Parquet register', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const parquet = join(tempDir(), 'dossiers.parquet');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${dossiers}', delim = ';', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const js = checkDemo(['--dossiers', dossiers]);
    const fromParquet = checkDemo(['--dossiers', parquet, '--engine', 'duckdb']);
    expect(fromParquet.json.checks).toEqual(js.json.checks);
  });

  it('reads with the score a register that has none of its columns, CSV and Parquet alike', async () => {
    // Only the §2.3 columns: every indicator is no-input but handled-on-time's, which needs the due date.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const dir = tempDir();
    const csv = join(dir, 'plain.csv');
    const parquet = join(dir, 'plain.parquet');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const columns = '"Mã TTHC", "Hình thức nộp", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Trạng thái"';
    const source = `SELECT ${columns} FROM read_csv('${dossiers}', delim = ';', header = true, all_varchar = true)`;
    await connection.run(`COPY (${source}) TO '${csv}' (HEADER, DELIMITER ';')`);
    await connection.run(`COPY (${source}) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const byJs = checkDemo(['--dossiers', csv, '--score', '766', '--engine', 'js']);
    expect(byJs.json.score).toBeDefined();
    for (const file of [csv, parquet]) {
      const byDuckdb = checkDemo(['--dossiers', file, '--score', '766', '--engine', 'duckdb']);
      expect(engineOf(byDuckdb.json), byDuckdb.stderr).toBe('duckdb');
      expect(byDuckdb.json.score).toEqual(byJs.json.score);
    }
  });

  it('leaves to the default reader a register with a total row, and reads one whose rows only begin like one', () => {
    // A total row as wide as the header, at the end or as a subtotal in the middle: the default reader
    // skips it with a warning (SPEC §9). "Tổng hợp…" and "Công …" begin like one and are not.
    const header = 'STT;Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả';
    const row = (first: string, i: number) => `${first};1.000094.000.00.00.H23;Trực tuyến;Đã trả kết quả;0${1 + (i % 9)}/03/2021;10/03/2021;09/03/2021`;
    const rows = Array.from({ length: 40 }, (_, i) => row(String(i + 1), i));
    const cases: [string, string[], string][] = [
      ['at the end', [...rows, 'Tổng cộng;40;;;;;'], 'js'],
      ['in the middle', [...rows.slice(0, 20), ' ;\u00a0Cộng:;;;;;', ...rows.slice(20)], 'js'],
      // A vertical tab is blank to the default reader's trim(), as to SQL's.
      ['after a vertical tab', [...rows, '\v;Tổng cộng;;;;;'], 'js'],
      ['only alike', [...rows, row('Tổng hợp tháng 3', 41), row('Công dân tự nộp', 42)], 'duckdb'],
    ];
    for (const [name, lines, engine] of cases) {
      const file = join(tempDir(), 'totals.csv');
      writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
      const byDuckdb = checkDemo(['--dossiers', file, '--engine', 'duckdb']);
      expect(engineOf(byDuckdb.json), name).toBe(engine);
      expect(comparable(byDuckdb.json), name).toEqual(comparable(checkDemo(['--dossiers', file, '--engine', 'js']).json));
    }
    const scored = join(tempDir(), 'totals-score.csv');
    writeFileSync(scored, `${header};Đơn vị tiếp nhận\n${[...rows, 'Tổng cộng;40;;;;;'].map((line) => `${line};Sở Tư pháp`).join('\n')}\n`);
    expect(engineOf(checkDemo(['--dossiers', scored, '--engine', 'duckdb', '--score', '766']).json)).toBe('js');
  });

  // A pipe cannot be sniffed and then opened again by DuckDB: it is read whole by the default reader.
  it.skipIf(process.platform === 'win32')('reads a register given as a named pipe with the default reader', () => {
    const pipe = join(tempDir(), 'dossiers.fifo');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', dossiers, pipe]);
    const run = checkDemo(['--dossiers', pipe, '--engine', 'duckdb']);
    writer.kill();
    expect(run.code).not.toBe(2);
    expect(run.stderr).toMatch(/^tthc-check: 0 rows with errors/);
    expect(engineOf(run.json)).toBe('js');
    expect(run.json.checks).toEqual(checkDemo(['--dossiers', dossiers]).json.checks);
  });

  it('says clearly that it cannot read a UTF-16 export, which the default reader reads', () => {
    const file = join(tempDir(), 'unicode-text.csv');
    writeFileSync(file, iconv.encode('Mã TTHC;Hình thức nộp\n1.000094;Trực tuyến\n', 'utf16-le', { addBOM: true }));
    expect(checkDemo(['--dossiers', file]).code).not.toBe(2);
    const run = checkDemo(['--dossiers', file, '--engine', 'duckdb']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/utf-16le, which the duckdb engine cannot read: leave out --engine duckdb/);
  });

  it('reads with the score a large register whose agencies, due days and fees vary from row to row, values first seen late included', () => {
    // 60,000 dossiers, each with its own receiving agency and due day: grouped by their cells, a group a
    // row; the score's SQL sums them per code and agency instead. After the 50,000 rows whose values make
    // the look-up tables come a status, a channel and a yes/no word not seen before, an unreadable fee and
    // a due date before the received date: their rows are left to the fold, and reported at their lines.
    // A hundred statuses in progress: a look-up too large to be written into the query is a table.
    const rows = Array.from({ length: 60_000 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      const late = i >= 55_000 && i % 7 === 0;
      const status = late ? 'Công dân rút hồ sơ' : i % 3 === 0 ? `Đang xử lý (bước ${i % 100})` : 'Đã trả kết quả';
      const channel = late ? 'Qua bưu điện' : 'Trực tuyến';
      const synced = late ? 'Đã đồng bộ' : i % 2 === 0 ? 'Có' : 'Không';
      const fee = i === 59_000 ? 'năm chục' : `${(i % 13) * 1000} đ`;
      const due = i === 59_501 ? '01/01/2021' : `${day}/${month}/2021`;
      const finished = i % 3 === 0 ? '' : `${day}/${month}/2021`;
      const agency = i === 58_000 ? 'ubnd XÃ 5 ' : `UBND xã ${i % 997}`;
      return `1.000094.000.00.00.H23;${channel};${status};${day}/${month}/2021;${due};${finished};${agency};${synced};${fee};${i % 4 === 0 ? '1' : '0'}`;
    });
    const file = join(tempDir(), 'varied.csv');
    const head = 'Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Đơn vị tiếp nhận;Đồng bộ DVCQG;Lệ phí;Thanh toán trực tuyến';
    writeFileSync(file, `${head}\n${rows.join('\n')}\n`);
    const args = ['--dossiers', file, '--score', '766', '--by', 'agency', '--as-of', '2021-06-30'];
    const scored = checkDemo([...args, '--engine', 'duckdb']);
    expect(engineOf(scored.json)).toBe('duckdb');
    const byJs = checkDemo([...args, '--engine', 'js']);
    expect(comparable(scored.json)).toEqual(comparable(byJs.json));
    const kinds = (byJs.json.issues as { kind: string; line?: number }[]).map((issue) => `${issue.kind}:${issue.line ?? ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['unreadable-score-value:59002', 'due-before-received:59503']));
  });

  it('leaves to the default reader a register whose values after its first rows hardly repeat; reads one whose result files differ only in digits', () => {
    // After row 50,000 each dossier's status is its own ("Chờ bổ sung lần 50123"): 11,000 values no
    // look-up holds. Result cells that are file names, not links, are keyed by their shape.
    const rows = (unique: boolean) =>
      Array.from({ length: 61_000 }, (_, i) => {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const status = unique && i >= 50_000 ? `Chờ bổ sung lần ${i}` : 'Đã trả kết quả';
        return `1.000094.000.00.00.H23;Trực tuyến;${status};${day}/03/2021;${day}/03/2021;UBND xã ${i % 97};kq/HS-${i}.pdf`;
      });
    const header = 'Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Đơn vị tiếp nhận;Kết quả điện tử';
    for (const unique of [true, false]) {
      const file = join(tempDir(), 'late-values.csv');
      writeFileSync(file, `${header}\n${rows(unique).join('\n')}\n`);
      const scored = checkDemo(['--dossiers', file, '--engine', 'duckdb', '--score', '766']);
      expect(engineOf(scored.json)).toBe(unique ? 'js' : 'duckdb');
      expect(comparable(scored.json)).toEqual(comparable(checkDemo(['--dossiers', file, '--engine', 'js', '--score', '766']).json));
    }
  });

  it('leaves to the default reader a large register whose first rows the score would mostly leave to the fold', () => {
    // Every due date a year before its received date: each row is reported at its line with its due
    // date, so its day is given to the fold, and grouped by it, the rows are nearly a group each.
    // (Unreadable score values alone are not: such a row is given a day on its side of the reference date.)
    const rows = Array.from({ length: 60_000 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
      return `1.000094.000.00.00.H23;Trực tuyến;Đã trả kết quả;${day}/${month}/2021;${day}/${month}/2020;UBND xã ${i % 997};Có`;
    });
    const file = join(tempDir(), 'due-before.csv');
    writeFileSync(file, `Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Đơn vị tiếp nhận;Đồng bộ DVCQG\n${rows.join('\n')}\n`);
    const scored = checkDemo(['--dossiers', file, '--engine', 'duckdb', '--score', '766']);
    expect(engineOf(scored.json)).toBe('js');
    expect(comparable(scored.json)).toEqual(comparable(checkDemo(['--dossiers', file, '--engine', 'js', '--score', '766']).json));
    // Without the score its groups are few: DuckDB reads it.
    expect(engineOf(checkDemo(['--dossiers', file, '--engine', 'duckdb']).json)).toBe('duckdb');
  });
});

/**
 * The engine reads most date cells in SQL and leaves the rest to the fold (src/io/dossiers/duckdb/dates.ts):
 * whichever way a cell goes, the report must be the default reader's, issues and their lines included.
 * Only `inputs[].engine` says which engine read the register.
 */
function comparable(json: Record<string, unknown>) {
  const inputs = (json.inputs as Record<string, unknown>[] | undefined)?.map(({ engine: _engine, ...input }) => input);
  return { ...json, inputs };
}

/** The engine that read the (one) dossier register. */
export function engineOf(json: Record<string, unknown>): string | undefined {
  return (json.inputs as { role: string; engine?: string }[] | undefined)?.find((input) => input.role === 'dossiers')?.engine;
}

const header = 'Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Số hồ sơ';
const code = '1.000094.000.00.00.H23';

/** A register of the given rows (channel, status, received, due, finished), each with the demo code and an id. */
function register(rows: string[][], extra = ''): string {
  const file = join(tempDir(), 'dossiers.csv');
  writeFileSync(file, [header, ...rows.map((cells, i) => [code, ...cells, `id-${i}`].join(';')), extra].join('\n'));
  return file;
}

/** Date cells of every kind the readers meet, each in a received, a due and a finished column. */
const awkwardDates = [
  '05/03/2026',
  '05/03/2026 08:05',
  '05/03/2026 23:59:59',
  '5/3/2026',
  '5/3/2026 8:05',
  '05.03.2026',
  '05-03-2026 8:00:00',
  '05/03/2026 8:05 SA',
  '05/03/2026 2:30:00 CH',
  '05/03/2026 13:05 CH',
  '2026-03-05',
  '2026-03-05 23:30:00',
  '2026-03-05T23:30',
  '2026-03-05 23:30:00.123',
  '20260305081500',
  '20260305',
  '2026-03-05T20:30:00Z',
  '2026-03-05T16:59:59Z',
  '2026-03-06T00:30:00+07:00',
  '2026-03-05T23:59:00-01:00',
  '2026-02-28T23:00:00-05:00',
  '2026-03-01T06:59+14:00',
  '2026-03-01T07:00+14:01',
  '31/02/2026',
  '29/02/2024',
  '29/02/2025',
  '00/01/2026',
  '05/13/2026',
  '05/03/26',
  '05/03/2026 24:00',
  '05/03/2026 23:60',
  '05/03/2026  08:05',
  '05/03/2026 8:5',
  '2026-3-5',
  '2026/03/05',
  '31/12/9999',
  '01/01/1900',
  '31/12/1899',
  '2099-12-31T20:00Z',
  ' 05/03/2026 ',
  '\t06/03/2026',
  ' ',
  '',
  'x',
  '-',
  'N/A',
];

describe.skipIf(!hasDuckdb)('--engine duckdb on awkward registers (skipped: @duckdb/node-api is not installed)', () => {
  const channels = ['Trực tuyến', 'Trực tiếp', '2', 'Fax'];
  const statuses = ['Đã trả kết quả', 'Đang xử lý', 'Từ chối', '10'];
  // Each date in each column, against a plain date in the others, so that rows differ by one cell.
  const rows = awkwardDates.flatMap((date, i) => [
    [channels[i % 4]!, statuses[i % 4]!, date, '06/03/2026', '06/03/2026 17:00'],
    [channels[(i + 1) % 4]!, statuses[(i + 1) % 4]!, '05/03/2026 08:00', date, '04/03/2026'],
    [channels[(i + 2) % 4]!, statuses[(i + 2) % 4]!, '05/03/2026 08:00', '05/03/2026', date],
    [channels[(i + 3) % 4]!, statuses[(i + 3) % 4]!, date, date, date],
  ]);
  // Rows whose cells are all blank are skipped; a row with only an unmapped cell is a row without a code.
  const blank = ';;;;;;\n \t; ;;\u00a0;;;\n;;;;;;id-only\n';
  const awkward = register(rows, blank);
  // The national portal's sync format throughout, which the engine looks up as it is written.
  const portal = register(
    Array.from({ length: 30 }, (_, i) => ['2', '10', `202603${String(1 + (i % 28)).padStart(2, '0')}0${i % 10}1500`, `2026031${i % 10}`, '20260310235959']),
  );
  // Excel's `d/M/yyyy H:mm`, which no look-up reads, and a column of two writings: also read with every shape.
  const excel = register(
    Array.from({ length: 30 }, (_, i) => [
      '1',
      '4',
      `${1 + (i % 9)}/3/2026 ${i % 24}:05`,
      i % 2 ? `0${1 + (i % 9)}/03/2026` : `2026-03-0${1 + (i % 9)}`,
      `${i % 9}/3/2026`,
    ]),
  );
  const periods = [[], ['--from', '2026-03-05', '--to', '2026-03-05'], ['--from', '2026-03-06'], ['--to', '2026-03-04']];

  it.each(periods.map((period) => [period.join(' ') || 'no period', period]))('gives the report of the default reader (%s)', (_, period) => {
    for (const file of [awkward, portal, excel]) {
      const js = checkDemo(['--dossiers', file, ...period]);
      const duckdb = checkDemo(['--dossiers', file, '--engine', 'duckdb', ...period]);
      expect(duckdb.code).toBe(js.code);
      expect(engineOf(duckdb.json)).toBe('duckdb');
      expect(comparable(duckdb.json)).toEqual(comparable(js.json));
    }
  });

  it('reads the header as the default reader does: composed, and a repeated column reported', () => {
    const file = join(tempDir(), 'header.csv');
    writeFileSync(
      file,
      `${header.normalize('NFD').replace('Số hồ sơ', 'Mã TTHC')}\n${[code, '2', '10', '05/03/2026 08:00', '06/03/2026', '06/03/2026', 'x'].join(';')}\n`,
    );
    expect(comparable(checkDemo(['--dossiers', file, '--engine', 'duckdb']).json)).toEqual(comparable(checkDemo(['--dossiers', file]).json));
  });

  it('warns of a register with no rows, as the default reader does', () => {
    const file = register([]);
    expect(comparable(checkDemo(['--dossiers', file, '--engine', 'duckdb']).json)).toEqual(comparable(checkDemo(['--dossiers', file]).json));
  });
});

describe.skipIf(!hasDuckdb)('date cells read in SQL (skipped: @duckdb/node-api is not installed)', () => {
  let connection: import('@duckdb/node-api').DuckDBConnection;
  beforeAll(async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(dateMacros);
    for (const writing of writings) await connection.run(writtenDaysSql(writing));
  });
  afterAll(() => connection?.closeSync());

  /** Each cell with its date (an ISO string, or null) as read by each reading: each writing's look-up alone, then with every shape. */
  async function readInSql(cells: string[]): Promise<{ cell: string; dates: (string | null)[] }[]> {
    const readings = writings.flatMap((writing, i) => [false, true].map((everyShape) => dateReading('c.x', `j${i}`, writing, everyShape)));
    const list = cells.map((cell) => `'${cell.replaceAll("'", "''")}'`).join(', ');
    const reader = await connection.runAndReadAll(
      `SELECT c.x, ${readings.map((reading) => `CAST(${reading.date} AS VARCHAR)`).join(', ')}
       FROM (SELECT unnest([${list}]::VARCHAR[]) AS x, generate_subscripts([${list}]::VARCHAR[], 1) AS i) AS c
       ${writings.map((_, i) => readings[2 * i]!.join).join('\n')}
       ORDER BY c.i`,
    );
    return reader.getRows().map(([cell, ...dates]) => ({ cell: String(cell), dates: dates.map((date) => (date === null ? null : String(date))) }));
  }

  const digits = (min: number, max: number, width?: number) => fc.integer({ min, max }).map((n) => (width ? String(n).padStart(width, '0') : String(n)));
  const pad = fc.constantFrom('', '0');
  const day = fc.tuple(pad, digits(0, 32)).map(([p, n]) => (n.length === 1 ? p + n : n));
  const month = fc.tuple(pad, digits(0, 13)).map(([p, n]) => (n.length === 1 ? p + n : n));
  const year = fc.oneof(fc.constantFrom('1899', '1900', '2024', '2025', '2026', '2099', '2100', '0026', '26', '9999'), digits(1890, 2110));
  const hour = fc.oneof(digits(0, 25), digits(0, 25, 2));
  const twoDigits = (max: number) => digits(0, max, 2);
  const meridiem = fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('SA', 'CH', 'sa', 'Ch', 'AM', 'pm', 'XM'));
  const dayFirstTime = fc.oneof(
    fc.constant(''),
    fc
      .tuple(
        fc.constantFrom(' ', ' ', ' ', '  ', 'T'),
        hour,
        twoDigits(61),
        fc.option(twoDigits(61), { nil: undefined }),
        fc.option(meridiem, { nil: undefined }),
      )
      .map(([sep, h, m, s, ampm]) => `${sep}${h}:${m}${s === undefined ? '' : `:${s}`}${ampm ? ampm.join('') : ''}`),
  );
  const dayFirst = fc
    .tuple(day, fc.constantFrom('/', '.', '-'), month, fc.constantFrom('/', '.', '-', '/'), year, dayFirstTime)
    .map(([d, s1, m, s2, y, t]) => `${d}${s1}${m}${s2 === '/' && s1 !== '/' ? s1 : s2}${y}${t}`);
  const offset = fc.oneof(
    fc.constantFrom('', 'Z', 'z'),
    fc
      .tuple(fc.constantFrom('+', '-'), digits(0, 15, 2), fc.constantFrom('', ':'), fc.option(twoDigits(61), { nil: undefined }))
      .map(([sign, h, colon, m]) => `${sign}${h}${m === undefined ? '' : colon + m}`),
  );
  const iso = fc
    .tuple(
      year,
      month,
      day,
      fc.option(
        fc.tuple(fc.constantFrom('T', ' '), twoDigits(25), twoDigits(61), fc.option(twoDigits(61), { nil: undefined }), fc.constantFrom('', '.5', '.123456')),
        { nil: undefined },
      ),
      offset,
    )
    .map(([y, m, d, time, off]) => {
      const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      if (!time) return date;
      const [sep, h, min, s, fraction] = time;
      return `${date}${sep}${h}:${min}${s === undefined ? '' : `:${s}${fraction}`}${off}`;
    });
  const compact = fc
    .tuple(year, twoDigits(13), twoDigits(32), fc.option(fc.tuple(twoDigits(25), twoDigits(61), twoDigits(61)), { nil: undefined }))
    .map(([y, m, d, time]) => `${y}${m}${d}${time ? time.join('') : ''}`);
  // What the look-up reads: two-digit days and months, 24-hour times.
  const usual = fc
    .tuple(
      twoDigits(32),
      twoDigits(13),
      year,
      fc.constantFrom('', ' ', 'T'),
      twoDigits(25),
      twoDigits(61),
      fc.constantFrom('', ':00', ':59', ':60'),
      fc.boolean(),
    )
    .map(([d, m, y, sep, h, min, s, dayFirstWriting]) => `${dayFirstWriting ? `${d}/${m}/${y}` : `${y}-${m}-${d}`}${sep && `${sep}${h}:${min}${s}`}`);
  const padding = fc.oneof({ arbitrary: fc.constant(''), weight: 9 }, { arbitrary: fc.constantFrom(' ', '\t', '\u00a0', '\u3000'), weight: 1 });
  const cell = fc.tuple(padding, fc.oneof(usual, dayFirst, iso, compact, fc.string({ maxLength: 12 })), padding).map((parts) => parts.join(''));

  it('never gives a date parseDate does not give, and reads every date parseDate reads', async () => {
    const cells = [...awkwardDates, ...fc.sample(cell, { numRuns: 20_000, seed: 2026 })];
    for (const { cell: value, dates } of await readInSql(cells)) {
      const expected = parseDate(value.trim()) ?? null;
      // Sound: a date read in SQL is parseDate's date for the cell.
      for (const date of dates) if (date !== null) expect([value, date]).toEqual([value, expected]);
      // Complete with every shape: what the slow path is left with is bad or padded cells, and times
      // whose offset moves them past parseDate's last year.
      if (expected !== null && value === value.trim() && expected <= '2099-12-31') {
        for (const date of dates.filter((_, i) => i % 2 === 1)) expect([value, date]).toEqual([value, expected]);
      }
    }
  });

  it.each(writings.map((writing) => [writing.format, writing]))("looks up every day of parseDate's years written %s, and nothing else", async (_, writing) => {
    const table = /tthc_days_\w+/.exec(writtenDaysSql(writing))![0];
    const rows = (await connection.runAndReadAll(`SELECT written, CAST(day AS VARCHAR) FROM ${table}`)).getRows();
    expect(rows.length).toBe(73_049);
    for (const [written, iso] of rows) expect([written, parseDate(String(written))]).toEqual([written, iso]);
  });
});
