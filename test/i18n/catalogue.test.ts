import { describe, expect, it } from 'vitest';
import { problem, wordProblem, type ErrorKey } from '../../src/errors.js';
import { en } from '../../src/i18n/en/index.js';
import { langs, wordsFor } from '../../src/i18n/index.js';
import { vi } from '../../src/i18n/vi/index.js';
import { issueKinds, type Issue } from '../../src/model.js';

/** Every path to a leaf of a catalogue, with the kind of the leaf. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) for (const [p, kind] of leaves(inner, `${path}.${key}`)) found.set(p, kind);
  } else found.set(path, Array.isArray(value) ? 'array' : typeof value);
  return found;
}

describe('the catalogue', () => {
  it('has every message in both languages, of the same kind', () => {
    // The type checker holds vi to en's shape; this says so again at run time, for a cast that would slip.
    const english = leaves(en);
    const vietnamese = leaves(vi);
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, kind] of english) expect(vietnamese.get(path), path).toBe(kind);
    expect(english.size).toBeGreaterThan(250);
  });

  it('words every kind of issue in both languages', () => {
    for (const lang of langs) {
      const w = wordsFor(lang);
      for (const kind of issueKinds) {
        const issue = {
          severity: 'warning',
          kind,
          field: 'level',
          value: '2021-03-04',
          detail: '2021-03-01',
          code: '1.000001',
          lines: [3, 9],
          count: 1234,
          codes: ['1.000002'],
          files: ['jan.csv'],
          cell: 'C17',
          position: 20,
        } as unknown as Issue;
        const text = (w.issues[kind] as (i: Issue) => string)(issue);
        expect(text, `${lang} ${kind}`).toMatch(/\S/);
        expect(text, `${lang} ${kind}`).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('gives errors in the language asked for, the English in Error.message', () => {
    const p = problem('notADate', { flag: '--from', value: '31/12/2021' });
    expect(wordProblem(p, en)).toBe('--from "31/12/2021" is not a date: write it as yyyy-MM-dd, e.g. 2026-01-31');
    expect(wordProblem(p, vi)).toBe('--from "31/12/2021" không phải là ngày: hãy ghi theo dạng yyyy-MM-dd, ví dụ 2026-01-31');
  });

  it('has an error for every key in both languages that says something', () => {
    const keys = Object.keys(en.errors) as ErrorKey[];
    expect(keys.sort()).toEqual((Object.keys(vi.errors) as ErrorKey[]).sort());
    // Errors that take no arguments can be worded as they are.
    for (const key of keys.filter((k) => en.errors[k].length === 0)) {
      expect((vi.errors[key] as () => string)(), key).toMatch(/[à-ỹđ]/i);
    }
  });

  it('writes the decree’s terms in Vietnamese', () => {
    const w = wordsFor('vi');
    expect(w.report.checkLabels.level3).toBe('DVCTT một phần trở lên');
    expect(w.report.checkLabels.level4).toBe('DVCTT toàn trình');
    expect(w.report.checkLabels['online-uptake']).toBe('Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến');
    expect(w.report.checkLabels['code-match']).toBe('Mã TTHC khớp CSDLQG');
    expect(w.report.checkLabels['national-portal']).toBe('Tích hợp Cổng DVC quốc gia');
    expect(w.report.publishedWithin(5)).toBe('Công khai trên CSDLQG trong 5 ngày làm việc');
    expect([w.report.pass, w.report.failNeed('level4', 7), w.report.skip, w.report.info]).toEqual([
      'Đạt',
      'Không đạt, cần thêm 7 thủ tục',
      'Bỏ qua',
      'Thông tin',
    ]);
    expect(w.report.failNeed('online-dossiers', 1200)).toBe('Không đạt, cần thêm 1.200 hồ sơ');
  });
});
