import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../src/model.js';
import { markdown } from '../../src/report/markdown.js';
import { level3, options, sampleResult } from './sample-result.js';

const sample = sampleResult;

function empty(): Result {
  const { groups: _, ...ungrouped } = sample();
  return { ...ungrouped, passed: true, checks: [level3], mismatches: [], nationalOnly: [], late: [], issues: [] };
}

/** Pipes that separate cells: those not escaped by an odd run of backslashes. */
function unescapedPipes(line: string): number {
  let count = 0;
  let backslashes = 0;
  for (const c of line) {
    if (c === '|' && backslashes % 2 === 0) count++;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return count;
}

/** Each run of consecutive lines that start with a pipe. */
function tables(text: string): string[][] {
  const found: string[][] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      if (!previous.startsWith('|')) found.push([]);
      found.at(-1)!.push(line);
    }
    previous = line;
  }
  return found;
}

function expectWellFormedTables(text: string): void {
  for (const rows of tables(text)) {
    const columns = unescapedPipes(rows[0]!);
    expect(rows.map(unescapedPipes), rows.join('\n')).toEqual(rows.map(() => columns));
    expect(rows[1]).toMatch(/^\| --- (\| --- )*\|$/);
  }
}

const issue = (n: number, severity: Issue['severity']): Issue => ({ severity, kind: 'empty-level', file: 'tthc.csv', line: n + 2 });

describe('markdown reporter', () => {
  it('puts the verdict in the heading and one row per check in the table', () => {
    const out = markdown(sample(), options);
    expect(out.split('\n')[0]).toBe('## tthc-check: FAIL 1 of 3 checks: level4 (1 skipped: national-portal)');
    const [checks] = tables(out);
    expect(checks).toHaveLength(2 + 4);
    expect(checks![0]).toBe('| Check | Measured | Target | Result |');
    expect(checks).toContain('| Level 4 online (`level4`) | 50/200 = 25.00 % | ≥ 30 % | FAIL need +10 |');
    expect(checks).toContain('| On national portal (`national-portal`) | no national-portal column | ≥ 100 % | SKIP |');
    expect(checks).toContain('| Online dossiers (`online-dossiers`) | 5,120/20,480 = 25.00 % | – | info |');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('writes every section as a table whose rows all have the same number of cells', () => {
    const out = markdown(sample(), options);
    expect(tables(out)).toHaveLength(7);
    expectWellFormedTables(out);
  });

  it('escapes pipes, backslashes, newlines and markup in cells', () => {
    const result = sample();
    result.mismatches = [{ code: 'X|1', name: 'a | b \\| c\r\nd\ne *f* <b>', line: 3 }];
    const out = markdown(result, options);
    expectWellFormedTables(out);
    expect(out).toContain('| X\\|1 | 3 | a \\| b \\\\\\| c<br>d<br>e \\*f\\* \\<b> | none |  |');
  });

  it('lists each mismatch with its suggestion, and a late procedure not yet updated', () => {
    const out = markdown(sample(), options);
    expect(out).toContain('| 1.004227.000.00.00.H32 | 17 | Cấp giấy phép \\| hành nghề | 1.004227.000.00.00.H23 | other suffix |');
    expect(out).toContain('| 1.000001.000.00.00.H23 | Cấp phiếu lý lịch tư pháp | 2021-04-26 | 2021-05-05 | **not yet** | 6 |');
  });

  it('shows each group with its failing checks and their shortfall, in the order given', () => {
    const out = markdown(sample(), options);
    const groups = tables(out)[5]!;
    expect(groups[0]).toBe('| Agency | Failing checks (need +k) | `level3` | `level4` |');
    expect(groups.slice(2)).toEqual(['| Sở Tư pháp | level4 +2 | 1 | 3 +2 |', '| Sở Văn hóa, Thể thao và Du lịch | all pass | 0 | 1 |']);
  });

  it('lists under a failing check the candidates that would pass it, at most ten, then how many more', () => {
    const result = sample();
    const out = markdown(result, options);
    const moveFirst = tables(out)[1]!;
    expect(out).toContain('### Move first: Level 4 online (`level4`, need +10)');
    expect(moveFirst).toHaveLength(2 + 10);
    expect(moveFirst[2]).toBe('| 1.000010.000.00.00.H23 | Cấp giấy phép xây dựng \\| nhà ở riêng lẻ | Sở Xây dựng (+1) | 48 online dossiers |');
    expect(out).not.toContain('1.000020.000.00.00.H23 |'); // the 11th candidate is not needed to pass
    result.checks[1] = { ...result.checks[1]!, shortfall: 12 };
    const longer = markdown(result, options);
    expect(tables(longer)[1]).toHaveLength(2 + 10);
    expect(longer).toContain('… and 2 more (`--format json` lists them all).');
  });

  it('leaves out the sections that have nothing to say', () => {
    const out = markdown(empty(), options);
    expect(out).not.toContain('###');
    expect(out.split('\n')[0]).toBe('## tthc-check: PASS 1 of 1 checks');
  });

  it('lists at most 50 national-only codes, then how many more there are', () => {
    const result = empty();
    result.nationalOnly = Array.from({ length: 1234 }, (_, i) => ({ code: `2.${String(i).padStart(6, '0')}`, name: `N${i}` }));
    const out = markdown(result, options);
    expect(tables(out)[1]).toHaveLength(2 + 50);
    expect(out).toContain('… and 1,184 more (`--format json` lists them all).');
  });

  it('lists the first 50 data issues, errors first, then how many more there are', () => {
    const result = empty();
    result.issues = [...Array.from({ length: 53 }, (_, i) => issue(i, 'warning')), issue(99, 'error')];
    const out = markdown(result, options);
    const rows = tables(out)[1]!;
    expect(rows).toHaveLength(2 + 50);
    expect(rows[2]).toMatch(/^\| error \| tthc\.csv:101 \|/);
    expect(out).toContain('### Data issues: 1 error, 53 warnings');
    expect(out).toContain('… and 4 more');
  });

  it('renders the sample result as reviewed', async () => {
    await expect(markdown(sample(), options)).toMatchFileSnapshot('./reviewed/sample.md');
  });
});
