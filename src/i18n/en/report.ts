/** The words of the reports, in English: the shape every language's catalogue must have. */
import type { CheckId, GroupBy, InputSummary, ProcedureCheckId, Severity, SkipReason, SuggestionReason, TrendDifference } from '../../model.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('en');
const counted = (n: number, word: string) => `${f.number(n)} ${word}${n === 1 ? '' : 's'}`;
const groupWords: Record<GroupBy, string> = { agency: 'agency', tier: 'tier', field: 'field' };
const groupHeads: Record<GroupBy, string> = { agency: 'Agency', tier: 'Tier', field: 'Field' };

export const report = {
  checkLabels: {
    level3: 'Level 3+ online',
    level4: 'Level 4 online',
    'online-uptake': 'Online uptake',
    'code-match': 'Codes in CSDLQG',
    'national-portal': 'On national portal',
    'publication-deadline': 'Published on time',
    'data-quality': 'Rows without errors',
    'online-dossiers': 'Online dossiers',
    'national-coverage': 'CSDLQG codes listed',
    'postal-dossiers': 'Postal dossiers',
    'on-time-dossiers': 'Dossiers on time',
  } satisfies Record<CheckId, string>,
  level3Exactly: 'Level 3 exactly',
  publishedWithin: (days: number) => `Published in ${f.number(days)} days`,
  /** Column heads of the per-group table of failing procedures, where a check's full name does not fit. */
  checkShortLabels: {
    level3: 'L3+',
    level4: 'L4',
    'online-uptake': 'Uptake',
    'code-match': 'Codes',
    'national-portal': 'Portal',
    'publication-deadline': 'Publ.',
  } satisfies Record<ProcedureCheckId, string>,
  skipReasons: {
    'no-national': 'no --national given',
    'no-dossiers': 'no --dossiers given',
    'no-dates': 'no signing dates',
    'no-column': 'no national-portal column',
    'no-update-column': 'no CSDLQG update-date column',
    'zero-denominator': 'nothing to count',
  } satisfies Record<SkipReason, string>,
  suggestionReasons: { suffix: 'other suffix', 'one-char': 'one char off', name: 'similar name' } satisfies Record<SuggestionReason, string>,
  severity: { error: 'error', warning: 'warning' } satisfies Record<Severity, string>,

  pass: 'PASS',
  failNotRun: 'FAIL (not run)',
  failNeed: (_id: CheckId, need: number) => `FAIL need +${f.number(need)}`,
  skip: 'SKIP',
  info: 'info',
  /** What a failing check still needs, inside a title: `need +9`. */
  need: (_id: CheckId, need: number) => `need +${f.number(need)}`,
  /** A group's failing check: `level4 +7`, `code-match (not run)`. */
  groupFailing: (id: CheckId, need: number) => `${id} +${f.number(need)}`,
  groupNotRun: (id: CheckId) => `${id} (not run)`,
  allPass: 'all pass',
  noGroup: '(none)',
  summaryPass: (passed: number, targeted: number) => `PASS ${f.number(passed)} of ${f.number(targeted)} checks`,
  summaryFail: (failing: number, targeted: number, ids: string) => `FAIL ${f.number(failing)} of ${f.number(targeted)} checks: ${ids}`,
  summarySkipped: (skipped: number, ids: string) => ` (${f.number(skipped)} skipped: ${ids})`,
  issueCounts: (errors: number, warnings: number) => `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`,
  profileLine: (profile: string, asOf: string) => `profile ${profile} · as of ${f.date(asOf)}`,
  profileLineMarkdown: (profile: string, asOf: string) => `Profile \`${profile}\` · as of ${f.date(asOf)}`,
  periodPart: (from: string | undefined, to: string | undefined) => ` · period ${from ? f.date(from) : '…'} to ${to ? f.date(to) : '…'}`,
  roles: { procedures: 'procedures', national: 'national', dossiers: 'dossiers', 'dossier-counts': 'dossier-counts' } satisfies Record<
    InputSummary['role'],
    string
  >,
  /** `procedures: tthc.csv (utf-8 with BOM, ";", 389 rows)`, or `(sheet "Danh mục", header on row 4, 389 rows)`. */
  inputLine: (role: string, input: InputSummary, delimiter: string | undefined) => {
    const rows = `${f.number(input.rows)} rows${input.engine ? `, read by ${input.engine}` : ''}`;
    if (input.format === 'xlsx' || input.format === 'html-table') {
      const what = input.format === 'xlsx' ? `sheet ${JSON.stringify(input.sheet ?? '')}` : 'HTML table';
      return `${role}: ${input.path} (${what}, header on row ${input.headerRow ?? 1}, ${rows})`;
    }
    const header = input.headerRow !== undefined && input.headerRow > 1 ? `, header on line ${input.headerRow}` : '';
    return `${role}: ${input.path} (${input.encoding}${input.bom ? ' with BOM' : ''}${delimiter ? `, ${delimiter}` : ''}${header}, ${rows})`;
  },
  tab: 'tab',

  checksHead: { check: 'Check', measured: 'Measured', measuredChange: 'Measured, change', target: 'Target', result: 'Result' },
  changeNew: 'new',
  changePoints: (points: number) => `${points > 0 ? '▲ +' : '▼ '}${f.fixed(points, 2)} pts`,
  moveFirstTitle: (label: string, id: CheckId, need: string) => `Move first: ${label} (${id}, ${need})`,
  moveFirstTitleMarkdown: (label: string, id: CheckId, need: string) => `Move first: ${label} (\`${id}\`, ${need})`,
  moveFirstHead: { codeName: 'Code, name', code: 'Code', name: 'Name', agency: 'Agency', rankedBy: 'Ranked by' },
  /** The figure a candidate is ranked by: `48 online dossiers`, `120 dossiers`, `level 4`. */
  figureOnlineDossiers: (n: number) => counted(n, 'online dossier'),
  figureDossiers: (n: number) => counted(n, 'dossier'),
  figureLevel: (level: number) => `level ${level}`,
  andMoreJson: (n: number) => `… and ${f.number(n)} more (--format json lists them all)`,
  andMoreJsonMarkdown: (n: number) => `… and ${f.number(n)} more (\`--format json\` lists them all).`,
  andMore: (n: number) => ` and ${f.number(n)} more`,

  groupBy: groupWords,
  groupHead: (by: GroupBy) => groupHeads[by],
  groupFailingHead: 'Failing checks (need +k)',
  byWorstFirst: (by: GroupBy) => `By ${groupWords[by]}, worst first`,
  failingByWorstFirst: (by: GroupBy) => `Procedures failing each check, by ${groupWords[by]}, worst first`,
  legendEntry: (short: string, id: CheckId) => `${short} ${id}`,
  legend: (entries: string, by: GroupBy) => `${entries}. +k: the ${groupWords[by]} fails the check and needs k more; --format json lists the codes.`,
  groupNoteMarkdown: 'Under each check: how many of the group’s procedures fail it; `+k`: the group fails the check and needs k more.',

  since: (baseline: string, asOf: string | undefined) => `Since ${baseline}${asOf ? ` (as of ${f.date(asOf)})` : ''}`,
  caution: (key: TrendDifference['key'], baseline: string, current: string) =>
    `caution: the baseline's ${key === 'asOf' ? 'as-of date' : key} was ${baseline}, this run's is ${current}: the figures may not compare`,
  newlyMismatched: 'newly mismatched',
  noNewlyMismatched: 'no newly mismatched codes',
  fixed: 'fixed',
  noneFixed: 'no mismatched code fixed',
  noLongerListed: 'no longer listed',

  mismatchesTitle: (n: number) => `Codes not in the national database (${f.number(n)})`,
  mismatchesHead: { line: 'Line', portalCode: 'Portal code', suggested: 'Suggested', suggestedCode: 'Suggested code', why: 'Why', code: 'Code', name: 'Name' },
  none: 'none',
  lateTitle: (n: number) => `Late in the national database (${f.number(n)})`,
  lateHead: { code: 'Code', name: 'Name', signed: 'Signed', deadline: 'Deadline', updated: 'Updated', taken: 'Taken', workingDaysTaken: 'Working days taken' },
  notYet: 'not yet',
  takenNote: (asOf: string, limit: number) =>
    `Taken: working days from signing to the update (or to ${f.date(asOf)} if not yet updated); the limit is ${f.number(limit)}.`,
  pendingTitle: (n: number) => `Pending: not yet in the national database, deadline not passed (${f.number(n)})`,
  pendingTitleMarkdown: (n: number) => `Pending: deadline not passed (${f.number(n)})`,
  pendingLine: (code: string, signed: string, deadline: string) => `${code}  signed ${f.date(signed)}, due by ${f.date(deadline)}`,
  nationalOnlyTitle: (n: number) => `National codes the portal does not list (${f.number(n)})`,
  issuesTitle: (counts: string) => `Data issues: ${counts}`,
  issuesHead: { severity: 'Severity', where: 'Where', field: 'Field', issue: 'Issue' },

  junitNotEvaluated: (reason: string) => `not evaluated: ${reason} (--require-all)`,
  junitFailure: (measured: string, target: string, need: number) => `${measured}, target ${target}, need +${f.number(need)}`,
  junitDetail: (measured: string, target: string, shortfall: number) => [
    `measured:  ${measured}`,
    `target:    ${target}`,
    `shortfall: ${f.number(shortfall)} more needed, the denominator unchanged`,
  ],
  junitSkipped: 'skipped',

  progress: (file: string, rows: number, readMb: number, totalMb: number, mbPerSecond: number, secondsLeft: number | undefined) =>
    `${file}: ${f.number(rows)} rows, ${readMb.toFixed(0)}/${totalMb.toFixed(0)} MB, ${mbPerSecond.toFixed(0)} MB/s${secondsLeft === undefined ? '' : `, ${secondsLeft} s left`}`,
};
