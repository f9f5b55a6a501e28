/**
 * SPEC §12.3: the DuckDB engine reduces the score cells to small classes in SQL before grouping. Each
 * class must read, in the default reader's parser, as the cell it stands for; a cell that is not plainly
 * of a class must come out as written (its warning quotes it).
 */
import { describe, expect, it } from 'vitest';
import { parseEResult, parseFee, parsePaidOnline, parseYesNoCell } from '../../../src/domain/score-words.js';
import { scoreCellSql } from '../../../src/io/dossiers/duckdb/sql.js';
import type { ScoreFieldName } from '../../../src/model.js';
import { hasDuckdb } from './helpers.js';

const cases: Record<'fee' | 'paid_online' | 'synced' | 'digitised' | 'e_result', { parse: (cell: string) => string; cells: string[] }> = {
  fee: {
    parse: parseFee,
    cells: [
      '0',
      '00',
      '',
      ' ',
      '500.000 đ',
      '500.000đ',
      '1,000,000',
      '1 000 000',
      '25000',
      'VNĐ 50.000',
      'vnd 1.000',
      '50.000 đồng',
      ' 50.000 VND ',
      '000.000',
      'Miễn phí',
      'không thu',
      '1.000,000',
      '1234.567',
      '12.34',
      '50k',
      '-5000',
      'đ',
      '1\u00a0000',
      'Vnđ 1.000',
      '1.000.00',
      'abc',
      '50.000 đ (nộp sau)',
      '1\t000',
    ],
  },
  paid_online: { parse: parsePaidOnline, cells: ['1', '2', '0', '', ' 2 ', 'Có', 'không', '3', 'x', 'đã thanh toán'] },
  synced: { parse: parseYesNoCell, cells: ['1', '0', '', ' 1', 'Có', 'Không', 'x', '2', 'đã đồng bộ'] },
  digitised: { parse: parseYesNoCell, cells: ['1', '0', '', 'Có', 'Chưa', '✓', 'yes'] },
  e_result: { parse: parseEResult, cells: ['https://dichvucong.hanam.gov.vn/kq/1', 'http://a/b', '', 'Có', 'Không', '0', '1', 'kq.pdf', 'HTTPS://A'] },
};

describe.skipIf(!hasDuckdb)('score cells reduced to classes in SQL (skipped: @duckdb/node-api is not installed)', () => {
  it.each(Object.keys(cases) as (keyof typeof cases)[])(
    '%s: each class reads as the cell it stands for; an unreadable cell stays as written',
    async (field) => {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const connection = await (await DuckDBInstance.create(':memory:')).connect();
      const { parse, cells } = cases[field];
      await connection.run('CREATE TABLE t (i INTEGER, cell VARCHAR)');
      for (const [i, cell] of cells.entries()) await connection.run('INSERT INTO t VALUES ($1, $2)', [i, cell]);
      const rows = (await connection.runAndReadAll(`SELECT ${scoreCellSql(field as ScoreFieldName, 'cell')} FROM t ORDER BY i`)).getRows();
      connection.closeSync();
      const reduced = rows.map(([value]) => String(value ?? ''));
      cells.forEach((cell, i) => {
        expect(parse(reduced[i]!), `${field} ${JSON.stringify(cell)} → ${JSON.stringify(reduced[i])}`).toBe(parse(cell));
        if (parse(cell) === 'unreadable') expect(reduced[i]).toBe(cell);
      });
    },
  );

  it('groups every amount and every link as one class each', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const fees = (
      await connection.runAndReadAll(
        `SELECT DISTINCT ${scoreCellSql('fee', 'cell')} FROM (SELECT CAST(range * 1000 AS VARCHAR) || ' đ' AS cell FROM range(1, 500))`,
      )
    ).getRows();
    const links = (
      await connection.runAndReadAll(`SELECT DISTINCT ${scoreCellSql('e_result', 'cell')} FROM (SELECT 'https://kq/' || range AS cell FROM range(500))`)
    ).getRows();
    connection.closeSync();
    expect(fees).toEqual([['1']]);
    expect(links).toEqual([['1']]);
  });
});
