/** Issue 15, item 15: dossier ids shared by registers are found (as hashes) and named in a warning. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idHash, IdHashes, repeatedIdIssues } from '../../../src/io/dossiers/ids.js';
import { idHashSql } from '../../../src/io/dossiers/duckdb/sql.js';
import { cli, hasDuckdb, readDossierInputs, tempDir } from './helpers.js';

const hashesOf = (...ids: string[]) => {
  const hashes = new IdHashes();
  ids.forEach((id) => hashes.add(id));
  return hashes.done();
};

describe('dossier id hashes', () => {
  it('are whole numbers under 2^52, the same for the same id, different for ids a character apart', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `000.00.01.H23-210101-${String(i).padStart(5, '0')}`);
    const hashes = new Set(ids.map(idHash));
    expect(hashes.size).toBe(ids.length);
    for (const hash of [...hashes].slice(0, 100)) expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 52).toBe(true);
    expect(idHash('Sở Tư pháp')).toBe(idHash('Sở Tư pháp'));
    expect(idHash('ab')).not.toBe(idHash('ba'));
  });

  it('keep each id of a register once, sorted, leaving blank cells out and spaces around an id', () => {
    const hashes = hashesOf('B-2', ' A-1 ', '', '  \t ', 'A-1\t', 'B-2', 'C-3');
    expect([...hashes]).toEqual([idHash('A-1'), idHash('B-2'), idHash('C-3')].sort((a, b) => a - b));
  });

  it('grow past their first size', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `id-${i}`);
    expect(hashesOf(...ids, ...ids)).toHaveLength(20_000);
  });
});

describe.skipIf(!hasDuckdb)('dossier id hashes made by DuckDB', () => {
  it('are those the default reader makes, so that registers read by either engine compare', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const ids = ['000.00.01.H23-210101-0001', ' HS-2\t', 'Hồ sơ số 7 / Sở Tư pháp', '12345', "O'Brien", '\t', ''];
    await connection.run('CREATE TABLE t (id VARCHAR)');
    for (const id of ids) await connection.run('INSERT INTO t VALUES ($1)', [id]);
    const from = 't';
    const rows = (await connection.runAndReadAll(idHashSql(from, 'id'))).getRows().map(([hash]) => hash);
    connection.closeSync();
    expect(rows).toEqual(ids.filter((id) => id.trim() !== '').map((id) => idHash(id.trim())));
  });
});

describe('registers that share ids', () => {
  it('give one warning per register sharing ids with those before it, counting each id once, the register sharing most first', () => {
    const issues = repeatedIdIssues([
      { file: 'jan.csv', ids: hashesOf('a', 'b', 'c') },
      { file: 'feb.csv', ids: hashesOf('c', 'd', 'e', 'f') },
      { file: 'none.csv' },
      { file: 'mar.csv', ids: hashesOf('a', 'c', 'd', 'e', 'z') },
    ]);
    expect(issues).toEqual([
      { severity: 'warning', kind: 'repeated-dossier-ids', file: 'feb.csv', field: 'dossier_id', count: 1, files: ['jan.csv'], detail: 'jan.csv' },
      { severity: 'warning', kind: 'dossier-ids-absent', file: 'none.csv', field: 'dossier_id' },
      {
        severity: 'warning',
        kind: 'repeated-dossier-ids',
        file: 'mar.csv',
        field: 'dossier_id',
        count: 4,
        files: ['feb.csv', 'jan.csv'],
        detail: 'feb.csv, jan.csv',
      },
    ]);
  });

  it('give none when no id repeats', () => {
    expect(
      repeatedIdIssues([
        { file: 'a.csv', ids: hashesOf('1', '2') },
        { file: 'b.csv', ids: hashesOf('3') },
      ]),
    ).toEqual([]);
  });
});

describe.each<'js' | 'duckdb'>(hasDuckdb ? ['js', 'duckdb'] : ['js'])('two registers with dossiers in common (engine %s)', (engine) => {
  function registers() {
    const dir = tempDir();
    const header = 'Số hồ sơ;Mã TTHC;Hình thức nộp\n';
    const row = (i: number) => `000.00.01.H23-2101-${String(i).padStart(4, '0')};1.000894;Trực tuyến\n`;
    const jan = join(dir, 'jan.csv');
    const feb = join(dir, 'feb.csv');
    const other = join(dir, 'other.csv');
    writeFileSync(jan, header + Array.from({ length: 30 }, (_, i) => row(i)).join(''));
    // Rows 25 to 39: five dossiers of January again, one of them twice.
    writeFileSync(feb, header + Array.from({ length: 15 }, (_, i) => row(25 + i)).join('') + row(26));
    writeFileSync(other, 'Mã TTHC;Hình thức nộp\n1.000894;Trực tuyến\n');
    return { jan, feb, other };
  }

  it('are both counted, and the later one is a warning with how many ids it shares and with which file', async () => {
    const { jan, feb, other } = registers();
    const read = await readDossierInputs({ dossiers: [jan, other, feb], engine });
    expect(read.tallies.get('1.000894')).toMatchObject({ counted: 47 });
    // The register without a dossier_id column cannot be compared: a warning of its own says so.
    expect(read.issues).toEqual([
      { severity: 'warning', kind: 'dossier-ids-absent', file: other, field: 'dossier_id' },
      { severity: 'warning', kind: 'repeated-dossier-ids', file: feb, field: 'dossier_id', count: 5, files: [jan], detail: jan },
    ]);
  });

  it('one register alone keeps no ids and gives no warning', async () => {
    const { jan } = registers();
    const read = await readDossierInputs({ dossiers: [jan], engine });
    expect(read.issues).toEqual([]);
  });
});

describe.skipIf(!hasDuckdb)('a register read by DuckDB and one by the default reader', () => {
  it('find the dossiers they share', async () => {
    const dir = tempDir();
    const header = 'Số hồ sơ;Mã TTHC;Hình thức nộp\n';
    writeFileSync(join(dir, 'big.csv'), `${header}HS-1;1.000894;Trực tuyến\n HS-2 ;1.000894;Trực tuyến\nHS-3;1.000894;Trực tuyến\n`);
    writeFileSync(join(dir, 'small.csv'), `${header}HS-2;1.000894;Trực tuyến\nHS-3\t;1.000894;Trực tuyến\nHS-4;1.000894;Trực tuyến\n`);
    const { readDossiersWithDuckdb } = await import('../../../src/io/dossiers/duckdb/read.js');
    const { readDossiers } = await import('../../../src/io/dossiers/read-js.js');
    const [big] = await readDossiersWithDuckdb([join(dir, 'big.csv')], { ids: true });
    const small = await readDossiers(join(dir, 'small.csv'), { ids: true });
    expect(big!.summary.engine).toBe('duckdb');
    expect(
      repeatedIdIssues([
        { file: 'big.csv', ids: big!.ids },
        { file: 'small.csv', ids: small.ids },
      ]),
    ).toMatchObject([{ file: 'small.csv', count: 2 }]);
  });
});

describe('the warning in a report', () => {
  it('names the register, the count and the register it shares dossiers with', () => {
    const dir = tempDir();
    const header = 'Số hồ sơ;Mã TTHC;Hình thức nộp\n';
    writeFileSync(join(dir, 'jan.csv'), `${header}HS-1;1.000894;Trực tuyến\nHS-2;1.000894;Trực tuyến\n`);
    writeFileSync(join(dir, 'feb.csv'), `${header}HS-2;1.000894;Trực tuyến\nHS-3;1.000894;Trực tuyến\n`);
    writeFileSync(join(dir, 'p.csv'), 'code,level\n1.000894,4\n');
    const { stdout } = cli(['check', '--procedures', join(dir, 'p.csv'), '--dossiers', join(dir, 'jan.csv'), '--dossiers', join(dir, 'feb.csv')]);
    expect(stdout).toContain(`1 dossier id of this register is probably also in ${join(dir, 'jan.csv')}: a dossier in two registers is counted twice`);
  });
});
