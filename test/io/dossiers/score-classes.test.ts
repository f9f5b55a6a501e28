/**
 * SPEC §12.3: the DuckDB engine classifies the score cells by look-ups made with the default reader's
 * parsers, keyed by few keys for cells that hardly repeat (fees, result links). Each key must read, in
 * the default reader's parser, as the cell it stands for.
 */
import { describe, expect, it } from 'vitest';
import { parseEResult, parseFee, parsePaidOnline, parseYesNoCell } from '../../../src/domain/score-words.js';
import { lookUpKeySql } from '../../../src/io/dossiers/duckdb/sql.js';
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
      '12.345.678 đ',
      '1.000.009',
      '9.000',
    ],
  },
  paid_online: { parse: parsePaidOnline, cells: ['1', '2', '0', '', ' 2 ', 'Có', 'không', '3', 'x', 'đã thanh toán'] },
  synced: { parse: parseYesNoCell, cells: ['1', '0', '', ' 1', 'Có', 'Không', 'x', '2', 'đã đồng bộ'] },
  digitised: { parse: parseYesNoCell, cells: ['1', '0', '', 'Có', 'Chưa', '✓', 'yes'] },
  e_result: {
    parse: parseEResult,
    cells: [
      'https://dichvucong.hanam.gov.vn/kq/1',
      'http://a/b',
      '',
      'Có',
      'Không',
      '0',
      '1',
      'kq.pdf',
      'HTTPS://A',
      'kq/HS-123.pdf',
      '2',
      '10',
      '01',
      '00',
      ' 1 ',
      'Có 1',
    ],
  },
};

describe.skipIf(!hasDuckdb)('score cells looked up by their keys (skipped: @duckdb/node-api is not installed)', () => {
  it.each(Object.keys(cases) as (keyof typeof cases)[])('%s: each key reads as the cell it stands for', async (field) => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const { parse, cells } = cases[field];
    await connection.run('CREATE TABLE t (i INTEGER, cell VARCHAR)');
    for (const [i, cell] of cells.entries()) await connection.run('INSERT INTO t VALUES ($1, $2)', [i, cell]);
    const rows = (await connection.runAndReadAll(`SELECT ${lookUpKeySql(field as ScoreFieldName, 'cell')} FROM t ORDER BY i`)).getRows();
    connection.closeSync();
    const keys = rows.map(([value]) => String(value ?? ''));
    cells.forEach((cell, i) => {
      expect(parse(keys[i]!), `${field} ${JSON.stringify(cell)} → ${JSON.stringify(keys[i])}`).toBe(parse(cell));
    });
  });

  it('keys the amounts of one writing by their number of digits, and every link as one', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const fees = (
      await connection.runAndReadAll(
        `SELECT DISTINCT ${lookUpKeySql('fee', 'cell')} FROM (SELECT CAST(range * 1000 AS VARCHAR) || ' đ' AS cell FROM range(1, 500))`,
      )
    ).getRows();
    const links = (
      await connection.runAndReadAll(`SELECT DISTINCT ${lookUpKeySql('e_result', 'cell')} FROM (SELECT 'https://kq/' || range AS cell FROM range(500))`)
    ).getRows();
    connection.closeSync();
    // 1,000 đ to 499,000 đ: four, five and six digits.
    expect(fees.map(([key]) => key).sort()).toEqual(['9999 đ', '99999 đ', '999999 đ']);
    expect(links).toEqual([['1']]);
  });
});
