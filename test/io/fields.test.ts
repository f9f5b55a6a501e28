/** Header aliases: the missing-column message, near misses, duplicated columns. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { dossierFields, mapColumns, procedureFields } from '../../src/io/fields.js';
import { readDossiers } from '../../src/io/dossiers/read-js.js';
import { readProcedures } from '../../src/io/procedures.js';
import { expectInputError, quirks, tempDir } from './helpers.js';

const levelAliases = '"level", "Mức độ", "Mức độ DVC", "Mức độ DVCTT", "Mức độ dịch vụ công", "Hình thức DVCTT"';
const codeAliases = '"code", "procedure_code", "Mã TTHC", "Mã thủ tục", "Mã số TTHC", "Mã số"';

describe('missing columns', () => {
  it('suggests the header one slip away from an alias: an extra letter', async () => {
    const file = quirks('typo-header.csv');
    await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message:
        `no column for the required field "code". Did you mean "Ma TTHCC" (close to the accepted header "Mã TTHC")? ` +
        `Accepted for "code": ${codeAliases}. Headers found (4): "STT", "Ma TTHCC", "Tên thủ tục", "Mức độ DVC". ` +
        'Rename the column to an accepted header, or add an alias in the config file ("aliases": {"code": ["Ma TTHCC"]}).',
    });
  });

  it('suggests the header one slip away from an alias: two letters swapped', async () => {
    const file = quirks('typo-level.csv');
    const error = await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message: /Did you mean "Muc do DCV" \(close to the accepted header "Mức độ DVC"\)\?/,
    });
    expect(error.message).toContain(`Accepted for "level": ${levelAliases}.`);
  });

  it('needs no suggestion for a slip in the diacritics: headers are compared without them', async () => {
    const read = await readProcedures(quirks('utf8-no-bom.csv'));
    expect(mapColumns('f.csv', ['Mã TTHC', 'Mức đô DVC'], procedureFields).index).toEqual({ code: 0, level: 1 });
    expect(read.rows).toHaveLength(2);
  });

  it('keeps a header of 61 long columns to one readable line', async () => {
    const file = quirks('wide-header.csv');
    const error = await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message: /Headers found \(61\): "Mã TTHC", "Cột phụ số 1 có tên rất dài để thử việc…", .* and 49 more\. /,
    });
    expect(error.message.length).toBeLessThan(1000);
  });

  it('finds the header below a title row, and keeps the lines physical', async () => {
    const read = await readProcedures(quirks('title-row.csv'));
    expect(read.rows.map((row) => [row.line, row.code, row.level])).toEqual([[3, '1.000001', 4]]);
    expect(read.summary).toMatchObject({ format: 'csv', headerRow: 2, rows: 1 });
  });

  it('lists every missing field when no row has them, and says what a lone cell may mean', async () => {
    const dir = tempDir();
    const file = dir.write('title-only.csv', 'DANH SÁCH THỦ TỤC HÀNH CHÍNH TỈNH HÀ NAM\n');
    await expectInputError(readProcedures(file), {
      file,
      line: 1,
      message:
        `no columns for the required fields "code" and "level". Accepted for "code": ${codeAliases}. Accepted for "level": ${levelAliases}. ` +
        'Headers found (1): "DANH SÁCH THỦ TỤC HÀNH CHÍNH TỈNH HÀ NAM". ' +
        'No row among the first 30 has the required columns, and the first row has one cell: if the columns are separated by another character, save the file with "," or ";"; if the headers are further down, delete the title rows above them. ' +
        'Rename the column to an accepted header, or add an alias in the config file ("aliases": {"code": ["…"], "level": ["…"]}).',
    });
    dir.remove();
  });

  it('says when the file is another kind of input', async () => {
    const dossiers = quirks('dossier-register.csv');
    await expectInputError(readProcedures(dossiers), {
      file: dossiers,
      line: 1,
      message: /These look like the headers of a dossier register \(--dossiers\): is this the right file\?/,
    });
    const procedures = quirks('utf8-no-bom.csv');
    await expectInputError(readDossiers(procedures), {
      file: procedures,
      line: 1,
      message: /^.*no column for the required field "channel"\..*These look like the headers of a procedure list \(--procedures\): is this the right file\?/,
    });
  });

  it('names the physical line of a header that follows blank lines', () => {
    const header = Object.assign(['', 'Mã TTHC'], { line: 3 });
    const error = (() => {
      try {
        mapColumns('f.csv', header, procedureFields);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.line).toBe(3);
  });
});

describe('several columns for one field', () => {
  it('uses the column of the earliest alias and warns about the others', async () => {
    const file = quirks('duplicate-headers.csv');
    const read = await readProcedures(file);
    expect(read.summary.columns).toEqual({ code: 'Mã TTHC', level: 'level', name: 'Tên thủ tục' });
    expect(read.rows.map((r) => [r.code, r.level])).toEqual([['1.000001', 4]]);
    expect(read.issues).toEqual([
      { severity: 'warning', kind: 'duplicated-header', file, line: 1, field: 'code', value: 'Mã thủ tục', detail: 'Mã TTHC' },
      { severity: 'warning', kind: 'duplicated-header', file, line: 1, field: 'level', value: 'Mức độ', detail: 'level' },
    ]);
  });

  it('does not offer a column that another field claimed as the near miss', () => {
    const header = ['Mã TTHCX', 'Mức độ'];
    expect(() => mapColumns('f.csv', header, procedureFields)).toThrow(/Did you mean "Mã TTHCX"/);
    expect(() => mapColumns('f.csv', header, procedureFields, { name: ['Mã TTHCX'] })).toThrow(/^f\.csv:1: no column for the required field "code"\. Accepted/);
    expect(() => mapColumns('f.csv', ['MaTTHC', 'Kênh nộp'], dossierFields)).not.toThrow();
  });
});
