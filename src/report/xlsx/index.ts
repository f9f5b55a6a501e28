/**
 * `--format xlsx` (SPEC §10): a workbook for analysts who filter and forward — Summary (the checks),
 * Procedures (the worklist of SPEC §7: a row per procedure, a column per per-procedure check marked ✗
 * where it fails, the dossier counts), Groups (with --by), Mismatches, Late, Issues. Values only.
 */
import { procedureCheckIds, type CheckResult, type ProcedureEntry, type Result, type Score } from '../../model.js';
import { checkLabels, describeIssue } from '../messages.js';
import { indicatorName, needsText, recoverText, scoreFooter } from '../score.js';
import { wordsFor, type Messages, type Words } from '../../i18n/index.js';
import type { ReportOptions } from '../types.js';
import { writeWorkbook, type CellValue, type Column, type Sheet } from './writer.js';

/** The mark of a failing check in the worklist: one character, easy to filter on. */
export const failMark = '✗';

const ratio = (c: { numerator: number; denominator: number }) => (c.denominator > 0 ? c.numerator / c.denominator : null);
const date = (iso: string | null | undefined) => (iso ? { date: iso } : null);
const yesNo = (value: boolean | null, text: Messages['people']) => (value === null ? null : value ? text.yes : text.no);

function checkColumns(text: Messages['people']): Column[] {
  return [
    { header: text.check, width: 30 },
    { header: 'id', width: 20 },
    { header: text.result, width: 12 },
    { header: text.columns.numerator, width: 12, format: 'integer' },
    { header: text.columns.denominator, width: 12, format: 'integer' },
    { header: text.columns.percent, width: 10, format: 'percent' },
    { header: text.target, width: 10 },
    { header: text.columns.shortfall, width: 11, format: 'integer' },
  ];
}

function checkRow(check: CheckResult, text: Messages['people']): CellValue[] {
  const target = check.target ? `${check.target.op === '>=' ? '≥' : '>'} ${check.target.percent} %` : null;
  return [
    text.checks[check.id],
    check.id,
    text.status[check.status],
    check.numerator,
    check.denominator,
    check.skipReason ? null : ratio(check),
    target,
    check.shortfall ?? null,
  ];
}

function summarySheet(result: Result, text: Messages['people']): Sheet {
  const columns = [...checkColumns(text), ...(result.trend ? [{ header: text.change, width: 12, format: 'percent' as const }] : [])];
  function* rows(): Generator<CellValue[]> {
    for (const check of result.checks) {
      const change = result.trend?.checks.find((c) => c.id === check.id);
      yield [...checkRow(check, text), ...(result.trend ? [change?.points === undefined ? null : change.points / 100] : [])];
    }
    yield [];
    yield [text.result, result.passed ? text.status.pass : text.status.fail];
    yield [text.profile(result.profile)];
    yield [text.asOf(result.asOf)];
    if (result.period) yield [text.period(result.period.from ?? '…', result.period.to ?? '…')];
    for (const input of result.inputs) yield [text.inputRoles[input.role], input.path, text.units.rows, input.rows];
  }
  return { name: text.sheets.summary, columns, rows: rows() };
}

function procedureRow(p: ProcedureEntry, text: Messages['people']): CellValue[] {
  const failing = new Set(p.failing);
  return [
    p.code,
    p.name,
    p.agencies.join('; '),
    p.tier,
    p.field,
    p.level,
    yesNo(p.nationalPortal, text),
    yesNo(p.inNational, text),
    ...procedureCheckIds.map((id) => (failing.has(id) ? failMark : null)),
    p.failing.length,
    p.dossiers?.counted ?? null,
    p.dossiers?.online ?? null,
    p.dossiers?.postal ?? null,
    p.dossiers?.inPerson ?? null,
    p.publication ? text.publication[p.publication.status] : null,
    date(p.publication?.signedAt),
    date(p.publication?.deadline),
    date(p.publication?.updatedAt),
    p.publication?.workingDays ?? null,
    p.lines.join(', '),
  ];
}

function proceduresSheet(result: Result, text: Messages['people']): Sheet {
  const c = text.columns;
  const columns: Column[] = [
    { header: text.code, width: 25 },
    { header: text.name, width: 50 },
    { header: text.agency, width: 34 },
    { header: c.tier, width: 10 },
    { header: c.fieldOfLaw, width: 24 },
    { header: c.level, width: 8, format: 'integer' },
    { header: c.nationalPortal, width: 12 },
    { header: c.inNational, width: 11 },
    ...procedureCheckIds.map((id): Column => ({ header: text.checkColumn(id), width: 12 })),
    { header: c.failingCount, width: 10, format: 'integer' },
    { header: c.counted, width: 10, format: 'integer' },
    { header: c.online, width: 10, format: 'integer' },
    { header: c.postal, width: 10, format: 'integer' },
    { header: c.inPerson, width: 10, format: 'integer' },
    { header: c.publication, width: 12 },
    { header: text.signed, width: 12, format: 'date' },
    { header: text.deadline, width: 12, format: 'date' },
    { header: text.updated, width: 12, format: 'date' },
    { header: text.workingDays, width: 10, format: 'integer' },
    { header: c.lines, width: 12 },
  ];
  return { name: text.sheets.procedures, columns, rows: result.procedures.map((p) => procedureRow(p, text)), freezeColumns: 1, autoFilter: true };
}

function groupsSheet(result: Result, text: Messages['people']): Sheet {
  const by = result.groups?.[0]?.by ?? 'agency';
  const columns: Column[] = [
    { header: text.groupByTitle[by] ?? by, width: 40 },
    ...checkColumns(text),
    { header: text.columns.failingCount, width: 12, format: 'integer' },
    { header: text.code, width: 60 },
  ];
  function* rows(): Generator<CellValue[]> {
    for (const group of result.groups ?? []) {
      for (const check of group.checks) {
        const failing = (group.failing as Record<string, string[] | undefined>)[check.id];
        yield [group.key || text.noGroupKey, ...checkRow(check, text), failing?.length ?? null, failing?.join(', ') ?? null];
      }
    }
  }
  return { name: text.sheets.groups, columns, rows: rows(), freezeColumns: 1, autoFilter: true };
}

function listSheets(result: Result, words: Words): Sheet[] {
  const text = words.people;
  const mismatches: Sheet = {
    name: text.sheets.mismatches,
    columns: [
      { header: text.line, width: 8, format: 'integer' },
      { header: text.code, width: 25 },
      { header: text.name, width: 50 },
      { header: text.suggested, width: 25 },
      { header: text.why, width: 28 },
    ],
    rows: result.mismatches.map((m) => [m.line, m.code, m.name, m.suggestion?.code, m.suggestion ? text.suggestionReasons[m.suggestion.reason] : null]),
    autoFilter: true,
  };
  const late: Sheet = {
    name: text.sheets.late,
    columns: [
      { header: text.code, width: 25 },
      { header: text.name, width: 50 },
      { header: text.columns.publication, width: 14 },
      { header: text.signed, width: 12, format: 'date' },
      { header: text.deadline, width: 12, format: 'date' },
      { header: text.updated, width: 12, format: 'date' },
      { header: text.workingDays, width: 10, format: 'integer' },
    ],
    rows: [
      ...result.late.map((l) => [l.code, l.name, text.publication.late, date(l.signedAt), date(l.deadline), date(l.updatedAt), l.workingDays]),
      ...result.pending.map((p) => [p.code, p.name, text.publication.pending, date(p.signedAt), date(p.deadline), null, null]),
    ],
    autoFilter: true,
  };
  const c = text.columns;
  const issues: Sheet = {
    name: text.sheets.issues,
    columns: [
      { header: c.severity, width: 10 },
      { header: c.file, width: 36 },
      { header: text.line, width: 8, format: 'integer' },
      { header: text.field, width: 14 },
      { header: c.value, width: 24 },
      { header: c.message, width: 90 },
    ],
    rows: result.issues.map((i) => [text.severity[i.severity], i.file, i.line, i.field && words.fieldName(i.field), i.value, describeIssue(i, words)]),
    autoFilter: true,
  };
  return [mismatches, late, issues];
}

/** The 766 scorecard: a row per indicator with its counts and points, the agencies to recover from first. */
function scoreSheet(score: Score, words: Words): Sheet {
  const s = words.score;
  const h = s.head;
  const columns: Column[] = [
    { header: h.number, width: 8 },
    { header: h.indicator, width: 44 },
    { header: s.columns.status, width: 16 },
    { header: s.columns.numerator, width: 12, format: 'integer' },
    { header: s.columns.denominator, width: 12, format: 'integer' },
    { header: h.ratio, width: 10, format: 'percent' },
    { header: h.points, width: 10, format: 'decimal' },
    { header: s.columns.max, width: 10, format: 'integer' },
    { header: h.lost, width: 10, format: 'decimal' },
    // With --baseline: the points gained (or lost, negative) per indicator measured in both runs.
    ...(score.change === undefined ? [] : [{ header: s.columns.change, width: 14, format: 'decimal' as const }]),
    { header: h.recover, width: 70 },
  ];
  function* rows(): Generator<CellValue[]> {
    for (const i of score.indicators) {
      const measured = i.status === 'measured';
      yield [
        i.number,
        indicatorName(i, words),
        i.status === 'no-input' ? needsText(i, words) : s.status[i.status],
        measured ? i.numerator : null,
        measured ? i.denominator : null,
        measured ? ratio({ numerator: i.numerator!, denominator: i.denominator! }) : null,
        i.points,
        i.max,
        measured ? (i.lost ?? 0) : null,
        ...(score.change === undefined ? [] : [i.change ?? null]),
        (i.recover ?? []).map((item) => recoverText(item, words)).join('; ') || null,
      ];
    }
    yield [];
    for (const line of scoreFooter(score, words)) yield [null, line];
  }
  return { name: s.sheet, columns, rows: rows(), freezeColumns: 2 };
}

/** The workbook as a stream of bytes; the modified date of its parts is the report's as-of date. */
export function renderXlsx(result: Result, options: ReportOptions): AsyncIterable<Uint8Array> {
  const words = wordsFor(options.lang ?? 'en');
  const text = { ...words.people, checks: checkLabels(words, result.settings) };
  const sheets = [
    summarySheet(result, text),
    proceduresSheet(result, text),
    ...(result.groups ? [groupsSheet(result, text)] : []),
    ...(result.score ? [scoreSheet(result.score, words)] : []),
    ...listSheets(result, words),
  ];
  return writeWorkbook(sheets, new Date(`${result.asOf}T00:00:00Z`));
}
