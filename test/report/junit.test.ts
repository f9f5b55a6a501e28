import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { junit } from '../../src/report/junit.js';
import { level4, online, options, portal, sampleResult } from './sample-result.js';

const sample = sampleResult;

interface Case {
  '@_classname': string;
  '@_name': string;
  failure?: { '@_message': string; '@_type': string; '#text'?: string };
  skipped?: { '@_message': string };
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_skipped': string;
  testcase?: Case[];
  properties?: { property: { '@_name': string; '@_value': string }[] };
  'system-out'?: string;
}
interface Report {
  testsuites: { '@_name': string; '@_tests': string; '@_failures': string; '@_skipped': string; testsuite: Suite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseAttributeValue: false,
  parseTagValue: false,
  // Numeric references (`&#10;`) are how newlines survive in attributes.
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

function parsed(result: Result): Report {
  const xml = junit(result, options);
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Report;
}

describe('junit reporter', () => {
  it('declares UTF-8 XML and totals every suite in <testsuites>', () => {
    expect(junit(sample(), options).split('\n')[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    const { testsuites } = parsed(sample());
    expect(testsuites).toMatchObject({ '@_name': 'tthc-check', '@_tests': '7', '@_failures': '2', '@_skipped': '1' });
    expect(testsuites.testsuite.map((s) => [s['@_name'], s['@_tests'], s['@_failures'], s['@_skipped']])).toEqual([
      ['tthc-check (hanam-2021)', '3', '1', '1'],
      ['agency: Sở Tư pháp', '2', '1', '0'],
      ['agency: Sở Văn hóa, Thể thao và Du lịch', '2', '0', '0'],
    ]);
  });

  it('makes each targeted check a test case named by its id, and info checks properties', () => {
    const [whole] = parsed(sample()).testsuites.testsuite;
    expect(whole!.testcase!.map((c) => [c['@_classname'], c['@_name']])).toEqual([
      ['tthc-check', 'level3'],
      ['tthc-check', 'level4'],
      ['tthc-check', 'national-portal'],
    ]);
    const properties = Object.fromEntries(whole!.properties!.property.map((p) => [p['@_name'], p['@_value']]));
    expect(properties).toEqual({ profile: 'hanam-2021', 'as-of': '2021-06-30', 'info:online-dossiers': '5,120/20,480 = 25.00 %' });
    expect(whole!['system-out']).toBe('FAIL 1 of 3 checks: level4 (1 skipped: national-portal)');
  });

  it('gives a failing check a threshold failure with the measured value, the target and the shortfall', () => {
    const [, level4Case, portalCase] = parsed(sample()).testsuites.testsuite[0]!.testcase!;
    expect(level4Case!.failure!['@_type']).toBe('threshold');
    expect(level4Case!.failure!['@_message']).toBe('50/200 = 25.00 %, target ≥ 30 %, need +10');
    expect(level4Case!.failure!['#text']).toContain('shortfall: 10 more needed');
    expect(portalCase!.skipped!['@_message']).toBe('no national-portal column');
  });

  it('fails a check that --require-all could not evaluate, saying why', () => {
    const result = sample();
    result.checks = [{ ...portal, status: 'fail' }];
    const [only] = parsed(result).testsuites.testsuite[0]!.testcase!;
    expect(only!.failure).toMatchObject({ '@_type': 'not-evaluated', '@_message': 'not evaluated: no national-portal column (--require-all)' });
  });

  it('gives each group its own classname so that CI tools do not merge them', () => {
    const [, justice] = parsed(sample()).testsuites.testsuite;
    expect(justice!.testcase!.map((c) => [c['@_classname'], c['@_name']])).toEqual([
      ['agency: Sở Tư pháp', 'level3'],
      ['agency: Sở Tư pháp', 'level4'],
    ]);
    expect(justice!.testcase![1]!.failure!['@_message']).toBe('10/40 = 25.00 %, target ≥ 30 %, need +2');
  });

  it('escapes markup characters so that a group key round-trips, and keeps its newline', () => {
    const key = `<Sở & "Tư" 'pháp'>\nHà Nam`;
    const result = sample();
    result.groups = [{ by: 'agency', key, checks: [level4], failing: {} }];
    const xml = junit(result, options);
    expect(xml).toContain('name="agency: &lt;Sở &amp; &quot;Tư&quot; &apos;pháp&apos;&gt;&#10;Hà Nam"');
    const suite = parser.parse(xml).testsuites.testsuite[1] as Suite;
    expect(suite['@_name']).toBe(`agency: ${key}`);
    expect(suite.testcase![0]!['@_classname']).toBe(`agency: ${key}`);
  });

  it('drops the control characters that XML 1.0 cannot carry', () => {
    const result = sample();
    result.profile = 'a\u0000b\u0007c\u001Fd\uFFFEe\uD800f';
    const { testsuites } = parsed(result);
    expect(testsuites.testsuite[0]!['@_name']).toBe('tthc-check (abcdef)');
  });

  it('writes an empty suite when every check is information only', () => {
    const { groups: _, ...ungrouped } = sample();
    const { testsuites } = parsed({ ...ungrouped, passed: true, checks: [online] });
    expect(testsuites).toMatchObject({ '@_tests': '0', '@_failures': '0', '@_skipped': '0' });
    expect(testsuites.testsuite[0]!.testcase).toBeUndefined();
  });

  it('renders the sample result as reviewed', async () => {
    await expect(junit(sample(), options)).toMatchFileSnapshot('./reviewed/sample.junit.xml');
  });
});
