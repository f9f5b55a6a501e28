import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model.js';
import { issueLine } from '../../src/report/messages.js';

describe('an issue on one line', () => {
  const unmatched: Issue = { severity: 'warning', kind: 'unmatched-dossiers', field: 'code', count: 7, codes: ['2.000027'] };

  it('has no empty place for a file when the finding is about all the inputs together', () => {
    expect(issueLine(unmatched, wordsFor('en'))).toBe(
      'warning [code]: 7 counted dossiers belong to no listed procedure (codes 2.000027): not counted in any ratio',
    );
    expect(issueLine(unmatched, wordsFor('vi'))).toMatch(/^cảnh báo \[Mã TTHC\]: 7 hồ sơ/);
  });

  it('names the file and line, then the field', () => {
    const issue: Issue = { severity: 'error', kind: 'unknown-level', file: 'tthc.csv', line: 41, field: 'level', value: 'Mức độ 5' };
    expect(issueLine(issue, wordsFor('en'))).toMatch(/^error tthc\.csv:41 \[level\]: /);
  });
});

describe('an unknown channel', () => {
  it('says an empty cell is empty, rather than quoting nothing', () => {
    const issue: Issue = { severity: 'error', kind: 'unknown-channel', file: 'd.csv', line: 2, field: 'channel', value: ' ' };
    expect(issueLine(issue, wordsFor('en'))).toMatch(/: channel is empty \(/);
    expect(issueLine(issue, wordsFor('vi'))).toMatch(/: hình thức nộp để trống \(/);
    expect(issueLine({ ...issue, value: 'Fax' }, wordsFor('en'))).toMatch(/: channel "Fax" is not known \(/);
  });
});
