import { describe, expect, it } from 'vitest';
import type { ProcedureEntry, Result } from '../../src/model.js';
import { json, jsonChunks } from '../../src/report/json.js';
import { escapeJsonControls } from '../../src/report/visible.js';
import { demoResult } from './demo-result.js';
import { options, sampleResult } from './sample-result.js';

/** The text JSON.stringify writes for the same value: the pieces must add up to it exactly. */
const asStringify = (text: string) => `${escapeJsonControls(JSON.stringify(JSON.parse(text), null, 2))}\n`;

describe('json report written in pieces', () => {
  it('is the text JSON.stringify writes, for the sample and the demo province with its score', async () => {
    for (const result of [sampleResult(), await demoResult({ score: '766' })]) {
      const text = json(result, options);
      expect(text).toBe(asStringify(text));
      expect(JSON.parse(text).checks).toEqual(JSON.parse(JSON.stringify(result.checks)));
    }
  });

  it('writes odd values as JSON.stringify does: undefined left out, empty lists, line breaks, nulls in arrays', () => {
    const odd = {
      issues: [],
      gone: undefined,
      empty: [],
      none: {},
      deep: { a: [1, { b: undefined, c: 'two\nlines\u2028' }], d: [undefined, null], e: {} },
      list: [{ x: [] }, [], {}],
      text: 'Sở\u009bTư pháp',
    } as unknown as Result;
    const text = json(odd, options);
    const expected = `${escapeJsonControls(JSON.stringify(odd, null, 2))}\n`;
    expect(text).toBe(expected);
    expect(text).toContain('\\u009b');
  });

  it('comes in pieces of about 64 KB for a large report, never one string of it all', () => {
    const base = sampleResult();
    const sampleProcedure: ProcedureEntry = {
      code: '',
      name: 'Cấp giấy phép xây dựng',
      agencies: ['Sở Xây dựng'],
      tier: 'province',
      field: 'Xây dựng',
      lines: [2],
      level: 4,
      nationalPortal: true,
      inNational: true,
      dossiers: { counted: 0, online: 0, postal: 0, inPerson: 0 },
      failing: ['online-uptake'],
    };
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...sampleProcedure, code: `1.${String(i).padStart(6, '0')}` }));
    const result = { ...base, procedures: many };
    const pieces = [...jsonChunks(result, options)];
    const text = pieces.join('');
    expect(text.length).toBeGreaterThan(500_000);
    expect(pieces.length).toBeGreaterThanOrEqual(Math.floor(text.length / 70_000));
    for (const piece of pieces) expect(piece.length).toBeLessThan(70_000);
    expect(text).toBe(json(result, options));
    expect(JSON.parse(text).procedures).toHaveLength(20_000);
  });
});
