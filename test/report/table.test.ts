import { describe, expect, it } from 'vitest';
import { tableReporter } from '../../src/report/table.js';
import { options, sampleResult } from './sample-result.js';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('table reporter', () => {
  it('puts the verdict first, then the settings, then one row per check', () => {
    const out = tableReporter(sampleResult(), options);
    const lines = out.split('\n');
    expect(lines[0]).toBe('FAIL 1 of 3 checks: level4 (1 skipped: national-portal)');
    expect(lines[1]).toBe('profile hanam-2021 · as of 2021-06-30');
    expect(out).toMatch(/│ Level 4 online\s+│ 50\/200 = 25\.00 %\s+│ ≥ 30 %\s+│ FAIL need \+10 │/);
    expect(out).toMatch(/│ On national portal\s+│ no national-portal column\s+│ ≥ 100 % │ SKIP/);
  });

  it('keeps every table line within the width it is given, and writes no colour without a terminal', () => {
    const out = tableReporter(sampleResult(), options);
    const tableLines = out.split('\n').filter((line) => /^[│┌└├]/.test(line));
    expect(widest(tableLines.join('\n'))).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\x1b[');
    expect(tableReporter(sampleResult(), { ...options, color: true })).toContain('\x1b[');
  });

  it('lists under a failing check the candidates that would pass it, with their agency and figure', () => {
    const out = tableReporter(sampleResult(), options);
    expect(out).toContain('Move first: Level 4 online (level4, need +10)');
    expect(out).toMatch(/│ 1\.000010\.000\.00\.00\.H23\s+│ Sở Xây dựng \(\+1\)\s+│ 48 online dossiers\s+│/);
    expect(out).toContain('1.000019.000.00.00.H23'); // the tenth
    expect(out).not.toContain('1.000020.000.00.00.H23'); // not needed to pass
  });

  it('shows per group how many procedures fail each check, and +k where the group fails it', () => {
    const out = tableReporter(sampleResult(), options);
    expect(out).toContain('Procedures failing each check, by agency, worst first');
    expect(out).toMatch(/│ Sở Tư pháp\s+│ 1\s+│ 3 \+2\s+│/);
    expect(out).toMatch(/│ Sở Văn hóa, Thể thao và Du lịch\s+│ ·\s+│ 1\s+│/);
  });

  it('lists mismatches with their suggestion and late publications not yet updated', () => {
    const out = tableReporter(sampleResult(), options);
    expect(out).toMatch(/│ 17\s+│ 1\.004227\.000\.00\.00\.H32\s+│ 1\.004227\.000\.00\.00\.H23 │ other suffix │/);
    expect(out).toMatch(/│ 1\.000001\.000\.00\.00\.H23\s+│ 2021-04-26 │ 2021-05-05 │ not yet\s+│ 6\s+│/);
    expect(out).toContain('warning tthc.csv:41 [decision_signed_at]: decision_signed_at "31/02/2021" is not a date');
  });
});
