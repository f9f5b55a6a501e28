/**
 * Collects the row-level issues of one input. A dossier register with a systematic fault can produce
 * millions of identical findings: past a limit per kind they are counted, not kept, and one
 * `more-issues` finding says how many were not listed — nothing is dropped in silence.
 */
import type { Issue, IssueKind, RowIssue, Severity } from '../model.js';
import type { ForeignCharacter } from '../domain/codes.js';

export const keptPerKind = 1000;

export class IssueSink {
  readonly issues: Issue[] = [];
  /** Data rows with at least one error. */
  errorRows = 0;
  private readonly perKind = new Map<IssueKind, { severity: Severity; count: number }>();
  private lastErrorLine = -1;

  private cells?: { columns: Readonly<Record<string, number | undefined>>; cellAt: (column: number, row: number) => string };

  constructor(public file: string) {}

  /**
   * The table was found: its issues name `location` (`FILE#SHEET` in a workbook) and, in a workbook,
   * the cell of the field they are about (`columns`: field → 0-based column).
   */
  locate(location: string, columns: Readonly<Record<string, number | undefined>>, cellAt?: (column: number, row: number) => string): void {
    this.file = location;
    this.cells = cellAt ? { columns, cellAt } : undefined;
  }

  add(issue: RowIssue): void {
    if (this.cells && issue.line !== undefined && issue.cell === undefined) {
      // A row wider than its header: the first cell past the header.
      const column = issue.kind === 'field-count' ? Number(issue.detail) : issue.field === undefined ? undefined : this.cells.columns[issue.field];
      if (column !== undefined) issue = { ...issue, cell: this.cells.cellAt(column, issue.line) };
    }
    if (issue.severity === 'error' && issue.line !== undefined && issue.line !== this.lastErrorLine) {
      this.errorRows++;
      this.lastErrorLine = issue.line;
    }
    const seen = this.perKind.get(issue.kind) ?? { severity: issue.severity, count: 0 };
    seen.count++;
    this.perKind.set(issue.kind, seen);
    if (seen.count <= keptPerKind) {
      // Values are quoted in reports: NFD text from the file is shown composed, as the user typed it.
      this.issues.push({ file: this.file, ...issue, ...(issue.value ? { value: issue.value.normalize('NFC') } : {}) });
    }
  }

  /**
   * Counts `times` more findings of a kind without listing them: findings of rows that come after the
   * first `keptPerKind` of their kind (the DuckDB engine locates only those).
   */
  addUnlisted(kind: IssueKind, severity: Severity, times: number): void {
    const seen = this.perKind.get(kind) ?? { severity, count: 0 };
    seen.count += times;
    this.perKind.set(kind, seen);
  }

  /** Whether the row at `line` has an error so far, from the reader or the row's own checks. */
  hasErrorAt(line: number): boolean {
    return this.lastErrorLine === line;
  }

  /** The kept issues plus one summary per kind that overflowed. */
  finish(): Issue[] {
    const summaries: Issue[] = [];
    for (const [kind, { severity, count }] of this.perKind) {
      if (count > keptPerKind) {
        summaries.push({ severity, kind: 'more-issues', file: this.file, count: count - keptPerKind, detail: kind });
      }
    }
    return [...this.issues, ...summaries];
  }
}

/**
 * A record with fewer or more fields than the header is a row error (SPEC §2); one empty extra field
 * at the very end — a trailing delimiter — is not.
 */
export function checkFieldCount(sink: IssueSink, fields: string[], headerLength: number, line: number): void {
  const count = fields.length;
  if (count === headerLength) return;
  if (count === headerLength + 1 && fields[headerLength] === '') return;
  sink.add({ severity: 'error', kind: 'field-count', line, value: String(count), detail: String(headerLength) });
}

/** A code with a character outside ASCII left in it, as every reader reports it: a warning at the row. */
export function nonAsciiIssue(code: string, foreign: ForeignCharacter, line: number | undefined): RowIssue {
  const { codePoint, shown, position, count } = foreign;
  return { severity: 'warning', kind: 'non-ascii-code', line, field: 'code', code, value: shown, detail: codePoint, position, count };
}
