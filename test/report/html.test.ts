/**
 * The HTML report as markup: self-contained, escaped, with a chart and its figure per targeted check, in
 * both languages. How it looks and prints is the browser test's (test/browser/).
 */
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { renderHtml } from '../../src/report/html/index.js';
import { demoResult } from './demo-result.js';
import { options, sampleResult } from './sample-result.js';

const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';

function hostileResult(): Result {
  const result = sampleResult();
  result.mismatches[0]!.name = hostile;
  result.groups![0]!.key = `"'><b>${hostile}`;
  result.inputs.push({ role: 'procedures', path: `exports/${hostile}.csv`, encoding: 'utf-8', delimiter: ';', rows: 3, errorRows: 0, columns: {} });
  return result;
}

describe('html report', () => {
  it('is one page that asks for nothing: no script, no link, no remote source, and a policy forbidding requests', () => {
    const html = renderHtml(sampleResult(), options);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
  });

  it('writes text from the inputs as text, never as markup', () => {
    const html = renderHtml(hostileResult(), options);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('&quot;&#39;&gt;&lt;b&gt;');
  });

  it('puts the verdict first, then a chart with its figure for every targeted check', () => {
    const result = sampleResult();
    const html = renderHtml(result, options);
    expect(html.indexOf('class="verdict fail"')).toBeLessThan(html.indexOf('<figure'));
    for (const check of result.checks.filter((c) => c.target && c.denominator > 0 && !c.skipReason)) {
      const figure = html.match(new RegExp(`<figure class="check ${check.status}" data-check="${check.id}"[^>]*>.*?</figure>`, 's'))?.[0];
      expect(figure, check.id).toBeDefined();
      expect(figure).toContain('<svg class="chart"');
      expect(figure).toContain('<line class="target"');
    }
    expect(html).toContain('data-check="level4" data-figure="25.00\u00a0%"');
    expect(html).toContain('needs 10 more procedures');
  });

  it('says why a skipped check has no chart', () => {
    const html = renderHtml(sampleResult(), options);
    const figure = html.match(/<figure class="check skip" data-check="national-portal"[^>]*>.*?<\/figure>/s)?.[0];
    expect(figure).toContain('no national-portal column');
    expect(figure).not.toContain('<svg');
  });

  it('lists the move-first procedures, the groups worst first, mismatches with suggestions, late publications and issues', () => {
    const html = renderHtml(sampleResult(), options);
    expect(html).toContain('Level 4 online: the 10 procedures that would pass it, best first');
    for (let i = 10; i < 20; i++) expect(html).toContain(`1.0000${i}.000.00.00.H23`);
    expect(html).not.toContain('1.000020.000.00.00.H23</td>');
    expect(html.indexOf('Sở Tư pháp</td>')).toBeLessThan(html.indexOf('Sở Văn hóa, Thể thao và Du lịch</td>'));
    // 25 % against a 30 % target: within 5 points below it.
    expect(html).toMatch(/<td class="num near">25\.00\u00a0%<span class="sub">\+2<\/span><\/td>/);
    expect(html).toContain('1.004227.000.00.00.H23');
    expect(html).toContain('same code, other agency suffix');
    expect(html).toContain('not yet');
    expect(html).toContain('is not a date');
  });

  it('speaks Vietnamese with Vietnamese numbers and dates under lang vi', () => {
    const html = renderHtml(sampleResult(), { ...options, lang: 'vi' });
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Không đạt');
    expect(html).toContain('25,00%'); // as the terminal report writes it
    expect(html).toContain('cần thêm 10 thủ tục');
    expect(html).toMatch(/tính đến ngày \d{2}\/\d{2}\/\d{4}/);
  });

  it('shows the 766 scorecard with --score, each indicator with its points, in the language asked for', async () => {
    const scored = await demoResult({ score: '766' });
    const html = renderHtml(scored, { ...options, lang: 'vi' });
    const section = html.slice(html.indexOf('<section id="score">'), html.indexOf('</section>', html.indexOf('<section id="score">')));
    expect(section).toContain('Bảng điểm 766');
    // A bar per measured indicator in the chart, its points won drawn inside the indicator's maximum.
    const measured = scored.score!.indicators.filter((i) => i.status === 'measured');
    expect(section.match(/<rect class="won"/g)).toHaveLength(measured.length);
    for (const indicator of scored.score!.indicators) {
      expect(section).toContain(indicator.name.vi);
      if (indicator.points !== null) expect(section).toContain(`${indicator.points.toFixed(2).replace('.', ',')}/${indicator.max}`);
    }
    expect(renderHtml(await demoResult(), options)).not.toContain('<section id="score">');
  });
});
