import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { normaliseCode } from '../../../src/domain/codes.js';
import { cli, demo, hasDuckdb, root, tempDir } from './helpers.js';

const dossiers = join(demo, 'dossiers.csv');

/** The SQL of docs/scale.md, pointed at the demo register and the given output and period. */
function documentedSql(output: string, from = 'NULL', to = 'NULL', reference = "DATE '2021-12-31'"): string {
  const doc = readFileSync(join(root, 'docs', 'scale.md'), 'utf8');
  const sql = /```sql\n([\s\S]*?)```/.exec(doc)![1]!;
  return sql
    .replace("read_csv('dossiers.csv'", `read_csv('${dossiers}'`)
    .replace("TO 'counts.csv'", `TO '${output}'`)
    .replace('period_from = NULL::DATE', `period_from = ${from}`)
    .replace('period_to = NULL::DATE', `period_to = ${to}`)
    .replace("reference_date = DATE '2021-12-31'", `reference_date = ${reference}`);
}

/** The named columns per code: `aggregate` splits a code's lines by receiving agency (SPEC §12.3), summed here. */
function columns(file: string, names: string[]): string[][] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
  const byCode = new Map<string, number[]>();
  for (const row of rows) {
    const sums = byCode.get(row.code!) ?? names.slice(1).map(() => 0);
    byCode.set(
      row.code!,
      sums.map((sum, i) => sum + Number(row[names[i + 1]!])),
    );
  }
  return [...byCode].map(([code, sums]) => [code, ...sums.map(String)]);
}

const compared = ['code', 'counted', 'online', 'online_resolved', 'postal', 'in_person', 'finished_with_due', 'finished_on_time', 'rows'];
/** The 766 score's columns (SPEC §12.3), judged at the reference date. */
const scoreCompared = [
  'judged',
  'handled_on_time',
  'synced_known',
  'synced',
  'with_fee',
  'with_fee_paid_online',
  'e_result_known',
  'e_result',
  'digitised_known',
  'digitised',
];

describe.skipIf(!hasDuckdb)('the SQL of docs/scale.md, run by DuckDB (skipped: @duckdb/node-api is not installed)', () => {
  // The score is judged at the earlier of --to and --as-of: the period's end when there is one.
  it.each([
    ['no period', [], 'NULL::DATE', 'NULL::DATE', "DATE '2021-12-31'"],
    ['a period', ['--from', '2021-03-01', '--to', '2021-06-30'], "DATE '2021-03-01'", "DATE '2021-06-30'", "DATE '2021-06-30'"],
  ])("writes the counts that aggregate writes, the score's included, for %s", async (_name, period, from, to, reference) => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const dir = tempDir();
    const fromSql = join(dir, 'sql.csv');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(documentedSql(fromSql, from, to, reference));
    connection.closeSync();
    const fromTool = join(dir, 'tool.csv');
    const run = cli(['aggregate', '--dossiers', dossiers, '--output', fromTool, '--as-of', '2021-12-31', ...period]);
    expect(run.code, run.stderr).toBe(0);
    expect(columns(fromSql, [...compared, ...scoreCompared])).toEqual(columns(fromTool, [...compared, ...scoreCompared]));
    // The demo's score columns are not all zero: the comparison above compares something.
    const handled = columns(fromSql, ['code', 'handled_on_time', 'with_fee_paid_online']).map(([, a, b]) => Number(a) + Number(b));
    expect(handled.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(100);
  });

  it("normalises codes as the tool does, spaces that DuckDB's \\s does not know included", async () => {
    const doc = readFileSync(join(root, 'docs', 'scale.md'), 'utf8');
    const expression = /\n\s+(upper\(.*\)) AS code,/.exec(doc)![1]!;
    const codes = [
      ' 1.000894.000.00.00.H23 ',
      "'1.000894",
      "\u00a0'1.000894\u00a0",
      '1.000\u00a0894',
      '1.000\u200b894',
      '1.000\u3000894.h23',
      '\ufeff1.000894\t',
      "' ' 1.000894",
      '',
    ];
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const list = codes.map((code) => `'${code.replaceAll("'", "''")}'`).join(', ');
    const rows = (
      await connection.runAndReadAll(`SELECT ${expression} FROM (SELECT unnest([${list}]) AS code, generate_subscripts([${list}], 1) AS i) ORDER BY i`)
    ).getRows();
    connection.closeSync();
    expect(rows.map(([code]) => code)).toEqual(codes.map(normaliseCode));
  });
});
