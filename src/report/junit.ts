/**
 * JUnit XML for CI test reports (GitLab, Jenkins, GitHub test-report actions): each targeted check is a
 * test case that passes, fails or is skipped. Information-only checks are never failures (SPEC), so
 * they are listed as properties instead of test cases. With --by, each group is one more test suite.
 */
import { wordsFor, type Words } from '../i18n/index.js';
import type { CheckResult, Result } from '../model.js';
import { groupName, measured, measuredOrReason, summaryLine, targetText } from './format.js';
import type { Reporter } from './types.js';

/** Characters XML 1.0 cannot carry at all, not even as references: they are dropped. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

function text(value: string): string {
  return value.replace(forbidden, '').replace(/[&<>"'\r]/g, (c) => entities[c]!);
}

/** Parsers turn a raw tab or newline inside an attribute into a space; references survive. */
function attr(value: string): string {
  return text(value).replace(/[\t\n]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${attr(String(value))}"`)
    .join('');
}

interface Suite {
  name: string;
  classname: string;
  checks: CheckResult[];
  properties: Record<string, string>;
  out?: string;
}

const targeted = (checks: CheckResult[]) => checks.filter((c) => c.status !== 'info');

function counts(checks: CheckResult[]) {
  return {
    tests: checks.length,
    failures: checks.filter((c) => c.status === 'fail').length,
    errors: 0,
    skipped: checks.filter((c) => c.status === 'skip').length,
  };
}

function failure(check: CheckResult, w: Words): string {
  if (check.skipReason) {
    const reason = w.report.skipReasons[check.skipReason];
    return `<failure${attrs({ message: w.report.junitNotEvaluated(reason), type: 'not-evaluated' })}/>`;
  }
  const shortfall = check.shortfall ?? 0;
  const message = w.report.junitFailure(measured(check, w), targetText(check.target, w), shortfall);
  const detail = [`${w.report.checkLabels[check.id]} (${check.id})`, ...w.report.junitDetail(measured(check, w), targetText(check.target, w), shortfall)].join(
    '\n',
  );
  return `<failure${attrs({ message, type: 'threshold' })}>${text(detail)}</failure>`;
}

function testcase(check: CheckResult, classname: string, w: Words): string {
  const open = `    <testcase${attrs({ classname, name: check.id })}`;
  if (check.status === 'pass') return `${open}/>`;
  const reason = check.skipReason ? w.report.skipReasons[check.skipReason] : w.report.junitSkipped;
  const body = check.status === 'fail' ? failure(check, w) : `<skipped${attrs({ message: reason })}/>`;
  return `${open}>\n      ${body}\n    </testcase>`;
}

function suite({ name, classname, checks, properties, out }: Suite, w: Words): string[] {
  const cases = targeted(checks);
  const lines = [`  <testsuite${attrs({ name, ...counts(cases) })}>`];
  const entries = Object.entries(properties);
  if (entries.length) {
    lines.push('    <properties>', ...entries.map(([key, value]) => `      <property${attrs({ name: key, value })}/>`), '    </properties>');
  }
  lines.push(...cases.map((c) => testcase(c, classname, w)));
  if (out) lines.push(`    <system-out>${text(out)}</system-out>`);
  lines.push('  </testsuite>');
  return lines;
}

function infoProperties(checks: CheckResult[], w: Words): Record<string, string> {
  return Object.fromEntries(checks.filter((c) => c.status === 'info').map((c) => [`info:${c.id}`, measuredOrReason(c, w)]));
}

function resultProperties(result: Result, w: Words): Record<string, string> {
  return {
    profile: result.profile,
    'as-of': result.asOf,
    ...(result.period?.from ? { 'period-from': result.period.from } : {}),
    ...(result.period?.to ? { 'period-to': result.period.to } : {}),
    ...infoProperties(result.checks, w),
  };
}

export const junit: Reporter = (result, options) => {
  const w = wordsFor(options.lang ?? 'en');
  const suites: Suite[] = [
    {
      name: `tthc-check (${result.profile})`,
      classname: 'tthc-check',
      checks: result.checks,
      properties: resultProperties(result, w),
      out: summaryLine(result, w),
    },
    // Jenkins files test cases by classname alone: with one shared classname the groups would merge.
    ...(result.groups ?? []).map((g) => {
      // The suite's name identifies it in CI and keeps the group's id, whatever the language.
      const name = `${g.by}: ${groupName(g.key, wordsFor('en'))}`;
      return { name, classname: name, checks: g.checks, properties: infoProperties(g.checks, w) };
    }),
  ];
  const total = counts(suites.flatMap((s) => targeted(s.checks)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'tthc-check', ...total })}>`,
    ...suites.flatMap((s) => suite(s, w)),
    '</testsuites>',
    '',
  ].join('\n');
};
