/** Issue 15, item 15: a register given twice — or once more through a link — is read once, with a warning. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDuckdb, readDossierInputs, tempDir } from './helpers.js';

function registers() {
  const dir = tempDir();
  const register = join(dir, 'd.csv');
  writeFileSync(register, 'Số hồ sơ;Mã TTHC;Hình thức nộp\nHS-1;1.000894;Trực tuyến\nHS-2;1.000894;Trực tiếp\n');
  const other = join(dir, 'e.csv');
  writeFileSync(other, 'Số hồ sơ;Mã TTHC;Hình thức nộp\nHS-3;1.000894;Trực tuyến\n');
  mkdirSync(join(dir, 'sub'));
  const link = join(dir, 'sub', 'link.csv');
  symlinkSync(register, link);
  return { register, other, link, spelled: join(dir, 'sub', '..', 'd.csv') };
}

describe.each<'js' | 'duckdb'>(hasDuckdb ? ['js', 'duckdb'] : ['js'])('the same register given again (engine %s)', (engine) => {
  it('is read once, and each repeat is a warning naming the file it repeats', async () => {
    const { register, other, link, spelled } = registers();
    const read = await readDossierInputs({ dossiers: [register, other, link, spelled], engine });
    expect(read.tallies.get('1.000894')).toMatchObject({ counted: 3, online: 2 });
    expect(read.inputs.map((input) => input.path)).toEqual([register, other]);
    expect(read.issues).toEqual([
      { severity: 'warning', kind: 'same-input', file: link, detail: register },
      { severity: 'warning', kind: 'same-input', file: spelled, detail: register },
    ]);
  });

  it('leaves a missing path to its reader, which names it', async () => {
    const { register } = registers();
    await expect(readDossierInputs({ dossiers: [register, `${register}.missing`, `${register}.missing`], engine })).rejects.toThrow(/missing/);
  });
});
