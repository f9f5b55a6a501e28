/** Each kind of finding in a sentence, in English: the readers and checks return data, and only this says it in words. */
import type { Issue, IssueKind } from '../../model.js';

const quoted = (value: string | undefined) => JSON.stringify(value ?? '');
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A sentence per kind of issue; the issue passed in is of that kind. */
export type IssueWords = { [K in IssueKind]: (issue: Issue & { kind: K }) => string };

function abbreviate(items: readonly string[], max = 5): string {
  const listed = items.slice(0, max).join(', ');
  return items.length <= max ? listed : `${listed} and ${items.length - max} more`;
}

export const issues: IssueWords = {
  'unknown-level': (i) => `level ${quoted(i.value)} is not a known level (use 1–4, "Mức độ N", "Một phần" or "Toàn trình"); counted below level 3`,
  'empty-level': () => 'no level given: counted as no online service (below level 3)',
  'ambiguous-value': (i) => `${i.field} ${quoted(i.value)} matches words of two different kinds: write one`,
  'unknown-yes-no': (i) => `${i.field} ${quoted(i.value)} is not yes/no (có/không, x/blank, yes/no, 1/0): counted as no`,
  'unknown-channel': (i) =>
    `${i.value?.trim() ? `channel ${quoted(i.value)} is not known` : 'channel is empty'} (trực tuyến / trực tiếp / bưu chính, or 1/2/3): counted, but not as online`,
  'bad-date': (i) => `${i.field} ${quoted(i.value)} is not a date (dd/MM/yyyy, yyyy-MM-dd or yyyyMMddHHmmss)`,
  'updated-before-signed': (i) => `updated ${i.value} before the decision was signed ${i.detail}: the decision is not judged for the deadline`,
  'field-count': (i) => `${i.value} fields where the header has ${i.detail}: missing fields read as empty, extra ones ignored`,
  'quote-spans-rows': (i) =>
    `one record runs over lines ${i.lines.join('–')} and looks like several rows run together: a quote is probably not closed (or the file mixes line ends), so those lines were not read as rows — fix the file`,
  'no-data-rows': () => 'the file has a header but no data rows: nothing was read from it',
  'empty-code': () => 'no procedure code: the row is not counted as a procedure',
  'unusual-code-shape': (i) => `code ${quoted(i.value)} does not have the shape d.dddddd[.agency]`,
  'non-ascii-code': (i) =>
    `code ${i.code} has a character outside ASCII at position ${i.position}: ${i.detail}${i.value ? ` "${i.value}"` : ' (not visible)'}${i.count > 1 ? `, and ${i.count - 1} more` : ''} — it may look like a Latin letter or digit, or not show at all, but it makes another code: type the code again`,
  'foreign-suffix': (i) => `code ${i.code} carries another agency suffix (${i.detail})`,
  'conflicting-levels': (i) => `code ${i.code} is listed on lines ${i.lines.join(', ')} with different levels: counted at the lowest (${i.value})`,
  'conflicting-portal': (i) => `code ${i.code} is listed on lines ${i.lines.join(', ')} with different national-portal values: counted as not integrated`,
  'duplicated-header': (i) => `column ${quoted(i.value)} also names the field "${i.field}": column ${quoted(i.detail)} is used, this one ignored`,
  'unmatched-dossiers': (i) => `${i.count} counted dossiers belong to no listed procedure (codes ${abbreviate(i.codes)}): not counted in any ratio`,
  'undated-dossiers': (i) => `${i.count} dossiers have no received date and are left out of the period`,
  'same-input': (i) => `is the same file as ${i.detail} (given twice, or again through a link): read once, so that its dossiers are not counted twice`,
  'repeated-dossier-ids': (i) =>
    `${thousands(i.count)} dossier ${i.count === 1 ? 'id' : 'ids'} of this register ${i.count === 1 ? 'is' : 'are'} probably also in ${i.files.join(', ')}: a dossier in two registers is counted twice; give each dossier in one register only, or one register for the whole period`,
  'dossier-ids-absent': () =>
    'has no dossier id column (Số hồ sơ, Mã hồ sơ): a dossier it shares with the other registers cannot be found, and is counted twice',
  'period-not-applied': () =>
    'dossier counts cover the period they were aggregated over; --from/--to do not narrow them (give the period to aggregate instead)',
  'holiday-rule-unlisted': (i) =>
    `${i.value} is a day off by the default rules (${i.detail}) and the holiday file does not list it: it stays a day off; list it as "working" if this year's notice does not give it`,
  'unreadable-score-value': (i) => `${i.field} ${quoted(i.value)} cannot be read: the dossier is left out of that score indicator`,
  'due-before-received': (i) => `due date ${i.value} is before the received date: the dossier is not judged for handled-on-time`,
  'unjudged-dossiers': (i) =>
    i.detail === 'no-due-date'
      ? `${thousands(i.count)} counted dossiers have no due date: not judged for handled-on-time`
      : `${thousands(i.count)} counted dossiers have a resolved status but no finished date: not judged for handled-on-time`,
  'ungrouped-dossiers': (i) =>
    i.detail === 'several-agencies'
      ? `${thousands(i.count)} counted dossiers are of procedures listed under several agencies and the register has no agency column: they count in the province's score, in no agency's`
      : `${thousands(i.count)} counted dossiers were received by agencies that list no procedure: they count in the province's score, in no agency's`,
  'total-row': (i) => `total row ${quoted(i.value)} skipped: it sums the rows above and is not a procedure or dossier`,
  'footer-rows': (i) =>
    `${i.count} ${i.count === 1 ? 'row' : 'rows'} with no code after the total row skipped, from this one on (a signature block or notes below the table)`,
  'merged-cells-not-applied': (i) =>
    `${i.count} merged ${i.count === 1 ? 'range' : 'ranges'} over the data rows, the first ${i.cell}: a register is read row by row, so only the top-left cell of each has a value — unmerge them in Excel (Home › Merge & Center › Unmerge, then fill the cells), or save the sheet as CSV UTF-8`,
  'formula-without-value': (i) =>
    `${i.count} formula ${i.count === 1 ? 'cell has' : 'cells have'} no stored result, the first ${i.cell} (the program that wrote the file did not calculate them): read as empty — open the file in Excel or LibreOffice and save it again`,
  'more-issues': (i) => `${i.count} more issues of the kind "${i.detail}" in this file are not listed (the counts include them)`,
};

/** A field as named in an issue line: the canonical name in English. */
export const fieldName = (field: string): string => field;
