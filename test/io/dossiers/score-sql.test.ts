/**
 * The 766 score in the DuckDB engine's SQL (src/io/dossiers/duckdb/score-sql.ts, score.ts): values the
 * look-ups did not see in the first rows are found by the aggregate, and once classified, the rows that
 * had them are summed in SQL, not left to the fold a group a row. (That both engines give the same
 * report is parity.test.ts's and duckdb.test.ts's.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Query, Register } from '../../../src/io/dossiers/duckdb/query.js';
import { hasDuckdb, tempDir } from './helpers.js';

/** A register sorted by received date, as portals export it: dossiers still in progress only at its end. */
function sortedRegister(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const recent = i >= rows - 5_000;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const status = recent ? 'Đang xử lý' : 'Đã trả kết quả';
    return `1.000094.000.00.00.H23;Trực tuyến;${status};${day}/03/2021;${day}/03/2021;${recent ? '' : `${day}/03/2021`};UBND xã ${i % 400};${recent ? 'Không' : 'Có'}`;
  });
  const file = join(tempDir(), 'sorted.csv');
  writeFileSync(file, `Mã TTHC;Hình thức nộp;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Đơn vị tiếp nhận;Đồng bộ DVCQG\n${lines.join('\n')}\n`);
  return file;
}

describe.skipIf(!hasDuckdb)('the score in SQL (skipped: @duckdb/node-api is not installed)', () => {
  it('finds the values its look-ups missed, and with them sums every row in SQL', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const { dateMacros, writings, writtenDaysSql } = await import('../../../src/io/dossiers/duckdb/dates.js');
    const { csvSource } = await import('../../../src/io/dossiers/duckdb/sql.js');
    const { headRows, makeLookUps, missedKeys, scoreAggregate } = await import('../../../src/io/dossiers/duckdb/score.js');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const query: Query = async (sql) => (await connection.runAndReadAll(sql)).getRows();
    await connection.run(dateMacros);
    const dayFirst = writings.find((writing) => writing.name === 'day_first')!;
    await connection.run(writtenDaysSql(dayFirst));
    const file = sortedRegister(headRows + 10_000);
    const column = (i: number) => `CAST(c${i} AS VARCHAR)`;
    const register: Omit<Register, 'notBlank'> = {
      source: { from: csvSource(file, ';', '\n', 8), header: [], columns: [], shape: undefined },
      cells: {
        code: column(0),
        channel: column(1),
        status: column(2),
        received: column(3),
        due: column(4),
        finished: column(5),
        score: { fields: ['agency', 'synced'], cells: [column(6), column(7)], referenceDate: '2021-12-31' },
      },
      readings: { r: { writing: dayFirst, everyShape: false }, f: { writing: dayFirst, everyShape: false }, d: { writing: dayFirst, everyShape: false } },
      period: {},
    };
    const score = register.cells.score!;
    score.lookUps = await makeLookUps(query, register);
    const first = await scoreAggregate(query, register, true);
    // The status and the synced word of the last 5,000 rows are not in the first 50,000.
    expect(first.missed).toBe(true);
    expect(first.leftover).toEqual([]);
    const missed = await missedKeys(query, register);
    expect(missed?.flat().sort()).toEqual(['Không', 'Đang xử lý']);
    score.lookUps = await makeLookUps(query, register, missed);
    const again = await scoreAggregate(query, register, true);
    connection.closeSync();
    expect(again.missed).toBe(false);
    expect(again.leftover).toEqual([]);
    const total = (key: 'counted' | 'judged' | 'synced' | 'syncKnown') => again.scored.reduce((sum, group) => sum + group[key], 0);
    expect(total('counted')).toBe(headRows + 10_000);
    expect(total('synced')).toBe(headRows + 5_000);
    expect(again.scored).toHaveLength(400);
  });
});
