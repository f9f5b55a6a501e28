import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/i18n/index.js';
import { progressLine } from '../../src/report/progress.js';

const progress = { file: '/data/hoso.csv', bytesRead: 150e6, totalBytes: 600e6, rowsRead: 1_200_000, elapsedMs: 10_000 };

describe('the progress line', () => {
  it('says what was read and how long is left, in each language', () => {
    expect(progressLine(progress, wordsFor('en'))).toBe('hoso.csv: 1,200,000 rows, 150/600 MB, 15 MB/s, 30 s left');
    expect(progressLine(progress, wordsFor('vi'))).toBe('hoso.csv: 1.200.000 dòng, 150/600 MB, 15 MB/giây, còn 30 giây');
  });

  it('has no time left once the file is read', () => {
    expect(progressLine({ ...progress, bytesRead: 600e6 }, wordsFor('vi'))).toBe('hoso.csv: 1.200.000 dòng, 600/600 MB, 60 MB/giây');
  });
});
