/**
 * The findings part of the model: every kind of issue the readers and checks report, each with the
 * fields it always carries. Types only, as model.ts, which re-exports them.
 */
import type { IsoDate } from './model.js';

export type Severity = 'error' | 'warning';

/** Every kind of finding the readers and checks can produce; reporters turn these into words. */
export const issueKinds = [
  'unknown-level',
  'empty-level',
  'ambiguous-value',
  'unknown-yes-no',
  'unknown-channel',
  'bad-date',
  'updated-before-signed',
  'field-count',
  'quote-spans-rows',
  'no-data-rows',
  'empty-code',
  'unusual-code-shape',
  'non-ascii-code',
  'foreign-suffix',
  'conflicting-levels',
  'conflicting-portal',
  'duplicated-header',
  'unmatched-dossiers',
  'undated-dossiers',
  'more-issues',
  'same-input',
  'repeated-dossier-ids',
  'dossier-ids-absent',
  'period-not-applied',
  'holiday-rule-unlisted',
  'unreadable-score-value',
  'due-before-received',
  'unjudged-dossiers',
  'ungrouped-dossiers',
  'total-row',
  'footer-rows',
  'merged-cells-not-applied',
  'formula-without-value',
] as const;
export type IssueKind = (typeof issueKinds)[number];

/** What every finding may carry; each kind below says which of these it always has. */
interface IssueBase {
  severity: Severity;
  /** The file as given on the command line. */
  file?: string;
  /** Physical line of the record's first line (the header is line 1), or the row number Excel shows. */
  line?: number;
  /** In a workbook, the cell (`C17`): of the field, or else of what the finding is about. */
  cell?: string;
  /** Canonical field name (`level`, `channel` …) or, for header findings, the header as written. */
  field?: string;
  value?: string;
  /** The procedure code the finding is about, normalised. */
  code?: string;
  /** Further lines involved (conflicting duplicates). */
  lines?: number[];
  /** A count the finding summarises (dossiers left out, issues not listed …). */
  count?: number;
  /** Free detail that a reporter may quote: the alias that won, the expected field count … */
  detail?: string;
}

type IssueOf<K extends IssueKind, Always = object> = IssueBase & { kind: K } & Always;

/** A finding, discriminated by its kind; reporters turn it into words (src/i18n). */
export type Issue =
  | IssueOf<
      | 'unknown-level'
      | 'empty-level'
      | 'ambiguous-value'
      | 'unknown-yes-no'
      | 'unknown-channel'
      | 'bad-date'
      | 'empty-code'
      | 'unusual-code-shape'
      | 'no-data-rows'
      | 'period-not-applied'
      | 'unreadable-score-value'
      | 'due-before-received'
    >
  /** detail: the signing date. */
  | IssueOf<'updated-before-signed', { detail: IsoDate }>
  /** value: the record's field count; detail: the header's. */
  | IssueOf<'field-count', { value: string; detail: string }>
  | IssueOf<'quote-spans-rows', { lines: number[] }>
  /**
   * A character outside ASCII left in a code once invisible characters are removed (a Cyrillic `Н` in
   * `H23`): detail: its code point (`U+041D`); value: the character as it can be shown ('' when it has no
   * glyph); position: where, counted in characters from 1; count: how many such characters the code has.
   */
  | IssueOf<'non-ascii-code', { code: string; value: string; detail: string; position: number; count: number }>
  /** detail: the suffix the code carries. */
  | IssueOf<'foreign-suffix', { code: string; detail: string }>
  | IssueOf<'conflicting-levels' | 'conflicting-portal', { code: string; lines: number[] }>
  /** value: the header ignored; detail: the header used. */
  | IssueOf<'duplicated-header', { value: string; detail: string }>
  /** codes: the dossier codes that belong to no procedure, sorted. */
  | IssueOf<'unmatched-dossiers', { count: number; codes: string[] }>
  | IssueOf<'undated-dossiers', { count: number }>
  /** file: an input that is a file given before (the same device and inode), not read again; detail: that file as given. */
  | IssueOf<'same-input', { detail: string }>
  /**
   * A register whose dossier ids are (probably: they are compared as hashes) also in registers given
   * before it; count: how many of its ids; files: those registers, the one sharing the most first;
   * detail: the same, joined.
   */
  | IssueOf<'repeated-dossier-ids', { count: number; files: string[]; detail: string }>
  /** One of several registers has no dossier_id column: the dossiers it shares with the others cannot be found. */
  | IssueOf<'dossier-ids-absent'>
  /** detail: the kind of the issues not listed. */
  | IssueOf<'more-issues', { count: number; detail: IssueKind }>
  /** value: the day; detail: the rule's name for it. */
  | IssueOf<'holiday-rule-unlisted', { value: IsoDate; detail: string }>
  /** detail: why the dossiers were not judged for `handled-on-time` (SPEC §12.1). */
  | IssueOf<'unjudged-dossiers', { count: number; detail: UnjudgedReason }>
  /** detail: why no group's score could take the dossiers. */
  | IssueOf<'ungrouped-dossiers', { count: number; detail: 'several-agencies' | 'agency-not-grouped' }>
  /** A total row after the header, skipped (SPEC §9); value: its first non-empty cell. */
  | IssueOf<'total-row', { line: number; value: string }>
  /** Rows with no code after a total row (a signature block), skipped; line: the first; count: how many. */
  | IssueOf<'footer-rows', { line: number; count: number }>
  /** A streamed sheet has merged ranges over its data rows; cell: the first range (`A5:A9`); count: how many. */
  | IssueOf<'merged-cells-not-applied', { line: number; cell: string; count: number }>
  /** Formula cells with no stored result, read as empty; cell: the first; count: how many. */
  | IssueOf<'formula-without-value', { line: number; cell: string; count: number }>;

export type UnjudgedReason = 'no-due-date' | 'resolved-without-date';

/** An issue before the reader that found it names its file. */
export type RowIssue = Issue extends infer I ? (I extends Issue ? Omit<I, 'file'> : never) : never;
