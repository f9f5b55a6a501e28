/** Words for findings: checks and readers return data, and only reporters say it in sentences. */
import type { CheckId, InputSummary, Issue, IssueKind, ProcedureCheckId, RunSettings, SkipReason, SuggestionReason } from '../model.js';

/** A check's name for people; `level3` and `publication-deadline` say what the settings made them. */
export function checkLabel(id: CheckId, settings?: RunSettings): string {
  if (id === 'level3' && settings?.level3Basis === 'exactly') return 'Level 3 exactly';
  if (id === 'publication-deadline' && settings) return `Published in ${settings.deadlineWorkingDays} days`;
  return checkLabels[id];
}

export const checkLabels = {
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
} as const satisfies Record<CheckId, string>;

/** Column heads of the per-group table of failing procedures, where a check's full name does not fit. */
export const checkShortLabels = {
  level3: 'L3+',
  level4: 'L4',
  'online-uptake': 'Uptake',
  'code-match': 'Codes',
  'national-portal': 'Portal',
  'publication-deadline': 'Publ.',
} as const satisfies Record<ProcedureCheckId, string>;

export const skipReasons = {
  'no-national': 'no --national given',
  'no-dossiers': 'no --dossiers given',
  'no-dates': 'no signing dates',
  'no-column': 'no national-portal column',
  'no-update-column': 'no CSDLQG update-date column',
  'zero-denominator': 'nothing to count',
} as const satisfies Record<SkipReason, string>;

export const suggestionReasons = {
  suffix: 'other suffix',
  'one-char': 'one char off',
  name: 'similar name',
} as const satisfies Record<SuggestionReason, string>;

const quoted = (value: string | undefined) => JSON.stringify(value ?? '');

type Describers = { [K in IssueKind]: (issue: Issue & { kind: K }) => string };

const describers: Describers = {
  'unknown-level': (i) => `level ${quoted(i.value)} is not a known level (use 1–4, "Mức độ N", "Một phần" or "Toàn trình"); counted below level 3`,
  'empty-level': () => 'no level given: counted as no online service (below level 3)',
  'ambiguous-value': (i) => `${i.field} ${quoted(i.value)} matches words of two different kinds: write one`,
  'unknown-yes-no': (i) => `${i.field} ${quoted(i.value)} is not yes/no (có/không, x/blank, yes/no, 1/0): counted as no`,
  'unknown-channel': (i) => `channel ${quoted(i.value)} is not known (trực tuyến / trực tiếp / bưu chính, or 1/2/3): counted, but not as online`,
  'bad-date': (i) => `${i.field} ${quoted(i.value)} is not a date (dd/MM/yyyy, yyyy-MM-dd or yyyyMMddHHmmss)`,
  'updated-before-signed': (i) => `updated ${i.value} before the decision was signed ${i.detail}: the decision is not judged for the deadline`,
  'field-count': (i) => `${i.value} fields where the header has ${i.detail}: missing fields read as empty, extra ones ignored`,
  'quote-spans-rows': (i) =>
    `one record runs over lines ${i.lines?.join('–')} and looks like several rows run together: a quote is probably not closed (or the file mixes line ends), so those lines were not read as rows — fix the file`,
  'no-data-rows': () => 'the file has a header but no data rows: nothing was read from it',
  'empty-code': () => 'no procedure code: the row is not counted as a procedure',
  'unusual-code-shape': (i) => `code ${quoted(i.value)} does not have the shape d.dddddd[.agency]`,
  'foreign-suffix': (i) => `code ${i.code} carries another agency suffix (${i.detail})`,
  'conflicting-levels': (i) => `code ${i.code} is listed on lines ${i.lines?.join(', ')} with different levels: counted at the lowest (${i.value})`,
  'conflicting-portal': (i) => `code ${i.code} is listed on lines ${i.lines?.join(', ')} with different national-portal values: counted as not integrated`,
  'duplicated-header': (i) => `column ${quoted(i.value)} also names the field "${i.field}": column ${quoted(i.detail)} is used, this one ignored`,
  'unmatched-dossiers': (i) => `${i.count} counted dossiers belong to no listed procedure (codes ${abbreviate(i.codes)}): not counted in any ratio`,
  'undated-dossiers': (i) => `${i.count} dossiers have no received date and are left out of the period`,
  'period-not-applied': () =>
    'dossier counts cover the period they were aggregated over; --from/--to do not narrow them (give the period to aggregate instead)',
  'holiday-rule-unlisted': (i) =>
    `${i.value} is a day off by the default rules (${i.detail}) and the holiday file does not list it: it stays a day off; list it as "working" if this year's notice does not give it`,
  'total-row': (i) => `total row ${quoted(i.value)} skipped: it sums the rows above and is not a procedure or dossier`,
  'footer-rows': (i) =>
    `${i.count} ${i.count === 1 ? 'row' : 'rows'} with no code after the total row skipped, from this one on (a signature block or notes below the table)`,
  'merged-cells-not-applied': (i) =>
    `${i.count} merged ${i.count === 1 ? 'range' : 'ranges'} over the data rows, the first ${i.cell}: a register is read row by row, so only the top-left cell of each has a value — unmerge them in Excel (Home › Merge & Center › Unmerge, then fill the cells), or save the sheet as CSV UTF-8`,
  'formula-without-value': (i) =>
    `${i.count} formula ${i.count === 1 ? 'cell has' : 'cells have'} no stored result, the first ${i.cell} (the program that wrote the file did not calculate them): read as empty — open the file in Excel or LibreOffice and save it again`,
  'more-issues': (i) => `${i.count} more issues of the kind "${i.detail}" in this file are not listed (the counts include them)`,
};

function abbreviate(items: readonly string[], max = 5): string {
  const listed = items.slice(0, max).join(', ');
  return items.length <= max ? listed : `${listed} and ${items.length - max} more`;
}

export function describeIssue(issue: Issue): string {
  return (describers[issue.kind] as (issue: Issue) => string)(issue);
}

/** `tthc.csv:41`; in a workbook `tthc.xlsx#Danh mục:17 (F17)`. */
export function location(issue: Issue): string {
  const parts = [issue.file ?? ''];
  if (issue.line !== undefined) parts.push(String(issue.line));
  const where = parts.filter(Boolean).join(':');
  return issue.cell && issue.kind !== 'merged-cells-not-applied' && issue.kind !== 'formula-without-value' ? `${where} (${issue.cell})` : where;
}

/** How an input was read, for the report's list of inputs: `utf-8 with BOM, ";"` or `sheet "Danh mục", header on row 4`. */
export function inputReadAs(input: InputSummary, delimiterWord: (delimiter: string) => string): string {
  if (input.format === 'xlsx' || input.format === 'html-table') {
    const what = input.format === 'xlsx' ? `sheet ${JSON.stringify(input.sheet ?? '')}` : 'HTML table';
    return `${what}, header on row ${input.headerRow ?? 1}`;
  }
  const encoding = `${input.encoding}${input.bom ? ' with BOM' : ''}`;
  const delimiter = input.delimiter ? `, ${delimiterWord(input.delimiter)}` : '';
  const header = input.headerRow !== undefined && input.headerRow > 1 ? `, header on line ${input.headerRow}` : '';
  return `${encoding}${delimiter}${header}`;
}

/** An issue on one line: `error tthc.csv:41 [level]: level "Mức độ 5" is not …`; the severity word may come coloured. */
export function issueLine(issue: Issue, severityWord: string = issue.severity): string {
  return `${severityWord} ${location(issue)}${issue.field ? ` [${issue.field}]` : ''}: ${describeIssue(issue)}`;
}
