/** Reads the provincial portal's procedure list (SPEC §2.1) and the national list (§2.2). */
import type { InputSummary, IsoDate, Issue, Level, NationalRow, ProcedureRow } from '../model.js';
import { InputError, problem } from '../errors.js';
import { agencySuffixOf, foreignCharacter, hasKnownShape, normaliseCode } from '../domain/codes.js';
import { parseDate } from '../domain/dates.js';
import { parseLevel } from '../domain/levels.js';
import { parseYesNo } from '../domain/yes-no.js';
import type { RecordHandler } from './csv-reader.js';
import { hasRequiredColumns, mapColumns, nationalFields, procedureFields, type ColumnMap, type ExtraAliases, type FieldSpec } from './fields.js';
import { checkFieldCount, IssueSink, nonAsciiIssue } from './issue-sink.js';
import { summarise } from './summary.js';
import { readTable, type TableShape } from './table.js';
import { skippingTotals } from './total-rows.js';

export interface ListReadOptions {
  aliases?: ExtraAliases;
  /** The province's own agency suffix (`H23`): codes with another one are a warning. */
  agencySuffix?: string;
}

export interface ListRead<R> {
  rows: R[];
  /** Where the list's issues are: the file, or `FILE#SHEET`. */
  location: string;
  summary: InputSummary;
  issues: Issue[];
}

const text = (value: string | undefined) => (value ?? '').normalize('NFC').trim();

function readCode(sink: IssueSink, raw: string, line: number, options: ListReadOptions): string {
  const code = normaliseCode(raw);
  const foreign = foreignCharacter(code);
  if (code === '') {
    sink.add({ severity: 'error', kind: 'empty-code', line, field: 'code', value: raw });
  } else if (foreign) {
    // Said instead of an unusual shape: the character is why.
    sink.add(nonAsciiIssue(code, foreign, line));
  } else if (!hasKnownShape(code)) {
    sink.add({ severity: 'warning', kind: 'unusual-code-shape', line, field: 'code', value: raw, code });
  } else if (options.agencySuffix) {
    const suffix = agencySuffixOf(code);
    if (suffix && suffix.toUpperCase() !== options.agencySuffix.toUpperCase()) {
      sink.add({ severity: 'warning', kind: 'foreign-suffix', line, field: 'code', value: raw, code, detail: suffix });
    }
  }
  return code;
}

function readLevel(sink: IssueSink, raw: string, line: number, code: string): Level {
  const parsed = parseLevel(raw);
  switch (parsed.kind) {
    case 'match':
      return parsed.cls;
    case 'empty':
      sink.add({ severity: 'warning', kind: 'empty-level', line, field: 'level', value: raw, code });
      return 0;
    case 'ambiguous':
      sink.add({ severity: 'error', kind: 'ambiguous-value', line, field: 'level', value: raw, code });
      return 0;
    default:
      sink.add({ severity: 'error', kind: 'unknown-level', line, field: 'level', value: raw, code });
      return 0;
  }
}

function readYesNo(sink: IssueSink, raw: string, line: number, field: string, code: string): boolean {
  const parsed = parseYesNo(raw);
  if (parsed.kind === 'match') return parsed.cls === 'yes';
  if (parsed.kind === 'empty') return false;
  sink.add({ severity: 'error', kind: 'unknown-yes-no', line, field, value: raw, code });
  return false;
}

function readDateCell(sink: IssueSink, raw: string | undefined, line: number, field: string, code?: string): IsoDate | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  const date = parseDate(value);
  if (date === undefined) sink.add({ severity: 'error', kind: 'bad-date', line, field, value, code });
  return date;
}

/**
 * Reads a list (procedures or national) from a CSV file or a workbook: the header found among the
 * first rows, total rows and footers skipped, issues located at `FILE#SHEET` and the cell in a workbook.
 * `onHeader` returns what to do with each data row.
 */
async function readList<const S extends readonly FieldSpec[]>(
  path: string,
  specs: S,
  aliases: ExtraAliases | undefined,
  sink: IssueSink,
  onHeader: (at: ColumnMap<S[number]['name']>['index'], width: number) => RecordHandler,
): Promise<{ shape: TableShape; columns: Record<string, string> }> {
  let columns: Record<string, string> = {};
  let finish = () => {};
  const shape = await readTable(path, {
    isHeader: (cells) => hasRequiredColumns(cells, specs, aliases),
    onIssue: (issue) => sink.add(issue),
    onHeader(header, table) {
      const map = mapColumns(table.location, header, specs, aliases);
      sink.locate(table.location, map.index, table.cellAt);
      columns = map.headers;
      map.issues.forEach((issue) => sink.add(issue));
      const rows = skippingTotals(onHeader(map.index, header.length), {
        keyColumn: (map.index as Record<string, number>).code!,
        report: (issue) => sink.add(issue),
        cellAt: table.cellAt,
      });
      finish = rows.finish;
      return rows.handler;
    },
  });
  finish();
  return { shape, columns };
}

export async function readProcedures(path: string, options: ListReadOptions = {}): Promise<ListRead<ProcedureRow>> {
  const sink = new IssueSink(path);
  const rows: ProcedureRow[] = [];
  const { shape, columns } = await readList(path, procedureFields, options.aliases, sink, (at, width) => {
    const cell = (fields: string[], column: number | undefined) => (column === undefined ? undefined : fields[column]);
    return (fields, line) => {
      checkFieldCount(sink, fields, width, line);
      const code = readCode(sink, cell(fields, at.code) ?? '', line, options);
      const level = readLevel(sink, cell(fields, at.level) ?? '', line, code);
      const portalCell = cell(fields, at.national_portal);
      const signedAt = readDateCell(sink, cell(fields, at.decision_signed_at), line, 'decision_signed_at', code);
      const updatedAt = readDateCell(sink, cell(fields, at.national_updated_at), line, 'national_updated_at', code);
      if (signedAt && updatedAt && updatedAt < signedAt) {
        sink.add({ severity: 'error', kind: 'updated-before-signed', line, field: 'national_updated_at', value: updatedAt, code, detail: signedAt });
      }
      rows.push({
        line,
        code,
        level,
        name: text(cell(fields, at.name)),
        agency: text(cell(fields, at.agency)),
        tier: text(cell(fields, at.tier)),
        field: text(cell(fields, at.field)),
        nationalPortal: at.national_portal === undefined ? undefined : readYesNo(sink, portalCell ?? '', line, 'national_portal', code),
        signedAt,
        updatedAt,
        hasError: sink.hasErrorAt(line),
      });
    };
  });
  if (rows.length === 0) {
    throw new InputError(sink.file, problem('proceduresNoRows'));
  }
  return { rows, issues: sink.finish(), location: sink.file, summary: summarise('procedures', path, shape, rows.length, sink.errorRows, columns) };
}

export async function readNational(path: string, options: ListReadOptions = {}): Promise<ListRead<NationalRow>> {
  const sink = new IssueSink(path);
  const rows: NationalRow[] = [];
  const { shape, columns } = await readList(path, nationalFields, options.aliases, sink, (at, width) => (fields, line) => {
    checkFieldCount(sink, fields, width, line);
    rows.push({
      line,
      code: readCode(sink, fields[at.code!] ?? '', line, {}),
      name: text(at.name === undefined ? undefined : fields[at.name]),
      agency: text(at.agency === undefined ? undefined : fields[at.agency]),
      tier: text(at.tier === undefined ? undefined : fields[at.tier]),
    });
  });
  if (rows.length === 0) {
    throw new InputError(sink.file, problem('nationalNoRows'));
  }
  return { rows, issues: sink.finish(), location: sink.file, summary: summarise('national', path, shape, rows.length, sink.errorRows, columns) };
}
