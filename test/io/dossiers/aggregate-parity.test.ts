/**
 * `aggregate` writes the same counts file whichever engine reads the registers (SPEC §11): on the demo
 * and on the registers of quirks DuckDB reads, with and without a period.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, demo, hasDuckdb, root, tempDir } from './helpers.js';

const registers = [
  join(demo, 'dossiers.csv'),
  ...['dossier-register.csv', 'dossiers-located.csv', 'dossiers-located-cr.csv', 'dossiers-located-crlf-bom.csv', 'dossiers-too-many-fields.csv'].map((name) =>
    join(root, 'fixtures', 'quirks', name),
  ),
];

/** The counts file as rows keyed by column, the columns both engines write. */
function counts(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

describe.skipIf(!hasDuckdb)('aggregate under each engine', () => {
  const dir = tempDir();
  it.each(registers.map((file) => [file.slice(root.length + 1)]))('%s gives the same counts file', (name) => {
    for (const period of [[], ['--from', '2021-03-01', '--to', '2021-09-30']]) {
      const written = (['js', 'duckdb'] as const).map((engine) => {
        const output = join(dir, `${engine}.csv`);
        const run = cli(['aggregate', '--engine', engine, '--dossiers', join(root, name), ...period, '--as-of', '2021-12-31', '--output', output]);
        expect(run.code, `${engine}: ${run.stderr}`).toBe(0);
        return counts(output);
      });
      const [js, duckdb] = written;
      expect(js!.length).toBeGreaterThan(0);
      // The §2.3 columns, which both engines write, summed per code: the default reader also writes the
      // score's columns, and with them a line per code and receiving agency.
      const shared = Object.keys(duckdb![0] ?? {}).filter((column) => column in (js![0] ?? {}) && column !== 'code');
      expect(shared).toEqual(expect.arrayContaining(['counted', 'online']));
      const perCode = (rows: Record<string, string>[]) => {
        const sums = new Map<string, Record<string, number>>();
        for (const row of rows) {
          const into = sums.get(row.code!) ?? Object.fromEntries(shared.map((c) => [c, 0]));
          for (const c of shared) into[c]! += Number(row[c]);
          sums.set(row.code!, into);
        }
        return Object.fromEntries([...sums].sort(([a], [b]) => a.localeCompare(b)));
      };
      expect(perCode(duckdb!)).toEqual(perCode(js!));
    }
  });
});
