import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { csv } from '../../src/report/csv.js';
import { level3, level4, options, sampleResult } from './sample-result.js';

function sample(): Result {
  const result = sampleResult();
  return {
    ...result,
    groups: [
      result.groups![0]!,
      {
        by: 'agency',
        key: 'Sở Văn hóa, Thể thao và Du lịch',
        checks: [{ ...level3, status: 'fail', numerator: 3, denominator: 4000, shortfall: 2797 }],
        failing: {},
      },
    ],
  };
}

type Row = Record<string, string>;
const rows = (text: string): Row[] => parse(text, { columns: true }) as Row[];

describe('csv reporter', () => {
  it('writes a header, one row per check, then one per check per group', () => {
    const parsed = rows(csv(sample(), options));
    expect(parsed.map((r) => [r.scope, r.key, r.check])).toEqual([
      ['all', '', 'level3'],
      ['all', '', 'level4'],
      ['all', '', 'national-portal'],
      ['all', '', 'online-dossiers'],
      ['agency', 'Sở Tư pháp', 'level3'],
      ['agency', 'Sở Tư pháp', 'level4'],
      ['agency', 'Sở Tư pháp', 'online-dossiers'],
      ['agency', 'Sở Văn hóa, Thể thao và Du lịch', 'level3'],
    ]);
  });

  it('ends every record with CRLF, the last one included', () => {
    const out = csv(sample(), options);
    expect(out.startsWith('scope,key,check,status,numerator,denominator,percent,op,target,shortfall,skip_reason\r\n')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes numbers plainly, and leaves empty what does not apply', () => {
    const [pass, fail, skip, info] = rows(csv(sample(), options));
    expect(pass).toMatchObject({
      status: 'pass',
      numerator: '142',
      denominator: '200',
      percent: '71.00',
      op: '>=',
      target: '70',
      shortfall: '0',
      skip_reason: '',
    });
    expect(fail).toMatchObject({ status: 'fail', percent: '25.00', shortfall: '10' });
    expect(skip).toMatchObject({ status: 'skip', denominator: '0', percent: '', target: '100', shortfall: '', skip_reason: 'no-column' });
    expect(info).toMatchObject({ status: 'info', percent: '25.00', op: '', target: '', shortfall: '' });
  });

  it('rounds the percent half up exactly, where the float quotient would round down', () => {
    const last = rows(csv(sample(), options)).at(-1)!;
    expect(last.percent).toBe('0.08');
  });

  it('quotes a key holding a comma, a quote or a newline, and it reads back unchanged', () => {
    const result = sample();
    const key = 'UBND "Phủ Lý", TP.\r\nHà Nam';
    result.groups = [{ by: 'agency', key, checks: [level3], failing: {} }];
    const out = csv(result, options);
    expect(out).toContain('agency,"UBND ""Phủ Lý"", TP.\r\nHà Nam",level3,');
    expect(rows(out).at(-1)!.key).toBe(key);
  });

  it('keeps a key that a spreadsheet would run as a formula as text, and leaves numbers alone', () => {
    const result = sample();
    result.groups = ['=HYPERLINK("x")', '+84', '-', '@SUM(A1)'].map((key) => ({ by: 'field', key, checks: [level4], failing: {} }));
    const parsed = rows(csv(result, options)).filter((r) => r.scope === 'field');
    expect(parsed.map((r) => r.key)).toEqual(['\'=HYPERLINK("x")', "'+84", "'-", "'@SUM(A1)"]);
    expect(parsed.every((r) => r.numerator === '50' && r.shortfall === '10')).toBe(true);
  });

  it('writes only the overall rows without --by', () => {
    const { groups: _, ...ungrouped } = sample();
    expect(rows(csv(ungrouped, options))).toHaveLength(4);
  });

  // The snapshot file stores line ends as LF; the CRLF test above is what guards them.
  it('renders the sample result as reviewed', async () => {
    await expect(csv(sample(), options)).toMatchFileSnapshot('./reviewed/sample.csv');
  });
});
