/**
 * Header aliases (SPEC §2.1–2.3): which column of a file holds which field. Headers are compared
 * normalised, so `Mã TTHC`, `MA_TTHC` and `MaTTHC` are one header.
 */
import { InputError, problem } from '../errors.js';
import type { InputKind } from '../i18n/en/errors.js';
import type { Issue } from '../model.js';
import { normaliseKey } from '../domain/normalise.js';

export interface FieldSpec {
  name: string;
  required: boolean;
  aliases: readonly string[];
}

const codeAliases = ['code', 'procedure_code', 'Mã TTHC', 'Mã thủ tục', 'Mã số TTHC', 'Mã số'];

const field = (name: string, required: boolean, aliases: string[]): FieldSpec => ({
  name,
  required,
  aliases: [name, ...aliases],
});

export const procedureFields = [
  { name: 'code', required: true, aliases: codeAliases },
  field('level', true, ['Mức độ', 'Mức độ DVC', 'Mức độ DVCTT', 'Mức độ dịch vụ công', 'Hình thức DVCTT']),
  field('name', false, ['Tên TTHC', 'Tên thủ tục', 'Tên thủ tục hành chính']),
  field('agency', false, ['Cơ quan thực hiện', 'Đơn vị thực hiện', 'Cơ quan']),
  field('tier', false, ['Cấp thực hiện', 'Cấp']),
  field('field', false, ['Lĩnh vực']),
  field('national_portal', false, ['Tích hợp DVCQG', 'Cổng DVCQG', 'Đã tích hợp Cổng DVC quốc gia']),
  field('decision_signed_at', false, ['Ngày ký QĐ công bố', 'Ngày ký quyết định', 'Ngày ban hành QĐ']),
  field('national_updated_at', false, ['Ngày cập nhật CSDLQG', 'Ngày công khai CSDLQG']),
] as const satisfies readonly FieldSpec[];

export const nationalFields = [procedureFields[0], procedureFields[2], procedureFields[3], procedureFields[4]] as const satisfies readonly FieldSpec[];

export const dossierFields = [
  { name: 'code', required: true, aliases: [...codeAliases, 'MaTTHC'] },
  field('channel', true, ['Hình thức nộp', 'Hình thức tiếp nhận', 'Kênh tiếp nhận', 'Kênh nộp', 'KenhThucHien']),
  field('received_at', false, ['Ngày tiếp nhận', 'Ngày nộp', 'Thời gian tiếp nhận', 'NgayTiepNhan']),
  field('status', false, ['Trạng thái', 'Tình trạng', 'TrangThaiHoSo']),
  field('due_at', false, ['Ngày hẹn trả', 'Hạn xử lý', 'NgayHenTra']),
  field('finished_at', false, ['Ngày có kết quả', 'Ngày trả kết quả', 'Ngày hoàn thành', 'NgayKetThucXuLy']),
  field('dossier_id', false, ['Số hồ sơ', 'Mã hồ sơ', 'MaHoSo', 'SoBienNhan']),
] as const satisfies readonly FieldSpec[];

/** The dossier fields only the 766 scorecard reads, and only when it is on (SPEC §12.1). */
export const dossierScoreFields = [
  field('agency', false, ['Đơn vị tiếp nhận', 'Cơ quan tiếp nhận', 'Đơn vị xử lý', 'Đơn vị']),
  field('synced', false, ['Đồng bộ DVCQG', 'Đã đồng bộ', 'DongBoDVCQG']),
  field('fee', false, ['Phí, lệ phí', 'Lệ phí', 'Phí', 'Số tiền', 'PhiLePhi']),
  field('paid_online', false, ['Thanh toán trực tuyến', 'DuocThanhToanTrucTuyen']),
  field('e_result', false, ['Kết quả điện tử', 'Có kết quả điện tử', 'DuongDanTepTinKetQua']),
  field('digitised', false, ['Số hóa', 'Đã số hóa', 'DuocSoHoa']),
] as const satisfies readonly FieldSpec[];

/** Extra aliases from a config file, keyed by field name. */
export type ExtraAliases = Readonly<Record<string, readonly string[]>>;

export interface ColumnMap<F extends string> {
  /** Field → column index, for the fields the file has. */
  index: Partial<Record<F, number>>;
  /** Field → header as written. */
  headers: Record<string, string>;
  issues: Issue[];
}

/** Header cells, with the physical line they are on when the reader knows it (else line 1). */
export type Header = readonly string[] & { line?: number };

const requiredOf = (specs: readonly FieldSpec[]) => new Set(specs.filter((s) => s.required).map((s) => s.name));

/**
 * Whether a row holds a column for every required field: the header recogniser with which readers
 * find the header below title rows (SPEC §9). Never throws; mapColumns then says the rest.
 */
export function hasRequiredColumns(
  cells: readonly string[],
  specs: readonly FieldSpec[],
  extra: ExtraAliases = {},
  required: ReadonlySet<string> = requiredOf(specs),
): boolean {
  const keys = new Set(cells.map(normaliseKey));
  keys.delete('');
  return specs.every((spec) => !required.has(spec.name) || [...spec.aliases, ...(extra[spec.name] ?? [])].some((alias) => keys.has(normaliseKey(alias))));
}

export function mapColumns<const S extends readonly FieldSpec[]>(
  file: string,
  header: Header,
  specs: S,
  extra: ExtraAliases = {},
  required: ReadonlySet<string> = requiredOf(specs),
): ColumnMap<S[number]['name']> {
  type F = S[number]['name'];
  const line = header.line ?? 1;
  const keys = header.map(normaliseKey);
  const result: ColumnMap<F> = { index: {}, headers: {}, issues: [] };
  const missing: { spec: FieldSpec; aliases: string[] }[] = [];
  const claimed = new Set<number>();
  for (const spec of specs) {
    const aliases = [...spec.aliases, ...(extra[spec.name] ?? [])];
    const aliasKeys = aliases.map(normaliseKey);
    const rank = (column: number) => aliasKeys.indexOf(keys[column]!);
    const matching = keys.map((_, column) => column).filter((column) => keys[column] !== '' && rank(column) !== -1);
    if (matching.length === 0) {
      if (required.has(spec.name)) missing.push({ spec, aliases });
      continue;
    }
    matching.sort((a, b) => rank(a) - rank(b) || a - b);
    const [winner, ...ignored] = matching;
    matching.forEach((column) => claimed.add(column));
    result.index[spec.name as F] = winner!;
    result.headers[spec.name] = header[winner!]!;
    for (const column of ignored) {
      result.issues.push({
        severity: 'warning',
        kind: 'duplicated-header',
        file,
        line,
        field: spec.name,
        value: header[column]!,
        detail: header[winner!]!,
      });
    }
  }
  if (missing.length > 0) throw missingColumns(file, line, header, missing, claimed);
  return result;
}

const maxCell = 40;

/** A header cell as quoted in a one-line message: line breaks and tabs inside it become spaces, a long one is cut. */
const shown = (cell: string) => {
  const trimmed = cell.replace(/\s+/g, ' ').trim();
  return trimmed.length > maxCell ? `${trimmed.slice(0, maxCell - 1)}…` : trimmed;
};

/**
 * Which required fields have no column, what headers would do, what the file has, the header that is
 * probably meant when one is a slip away, and whether this is another kind of input: the catalogue says
 * how to fix it.
 */
function missingColumns(
  file: string,
  line: number,
  header: Header,
  missing: { spec: FieldSpec; aliases: string[] }[],
  claimed: ReadonlySet<number>,
): InputError {
  const named = header.filter((cell) => cell.trim() !== '');
  return new InputError(
    file,
    problem('missingColumns', {
      missing: missing.map(({ spec, aliases }) => {
        const near = closestHeader(aliases, header, claimed);
        return {
          field: spec.name,
          aliases: aliases.map(shown),
          ...(near ? { near: { header: shown(near.header), written: near.header.trim(), alias: near.alias } } : {}),
        };
      }),
      found: named.map(shown),
      lookalike: lookalikeInput(header, missing),
      oneCell: named.length === 1,
    }),
    line,
  );
}

/** When the header is that of another kind of input, the user most likely gave the wrong file. */
function lookalikeInput(header: Header, missing: { spec: FieldSpec }[]): InputKind | undefined {
  const keys = new Set(header.map(normaliseKey));
  const has = (spec: FieldSpec) => spec.aliases.some((alias) => keys.has(normaliseKey(alias)));
  const missingNames = new Set(missing.map(({ spec }) => spec.name));
  const kinds: [InputKind, readonly FieldSpec[]][] = [
    ['procedures', procedureFields],
    ['dossiers', dossierFields],
  ];
  for (const [kind, specs] of kinds) {
    const required = specs.filter((spec) => spec.required);
    if (required.some((spec) => missingNames.has(spec.name))) continue;
    if (required.every(has)) return kind;
  }
  return undefined;
}

/** The unclaimed header nearest to an alias, when it is a slip of a character or two away. */
function closestHeader(aliases: string[], header: Header, claimed: ReadonlySet<number>): { header: string; alias: string } | undefined {
  let best: { header: string; alias: string; distance: number } | undefined;
  header.forEach((cell, column) => {
    const cellKey = normaliseKey(cell);
    if (claimed.has(column) || cellKey === '') return;
    for (const alias of aliases) {
      const aliasKey = normaliseKey(alias);
      const allowed = Math.max(1, Math.floor(aliasKey.length / 5));
      // Lengths further apart than the allowed edits cannot be a slip: skipping them keeps a header of
      // one megabyte-long cell from costing a megabyte-by-alias matrix (issue 15).
      if (Math.abs(cellKey.length - aliasKey.length) > allowed) continue;
      const distance = editDistance(cellKey, aliasKey);
      if (distance <= allowed && (!best || distance < best.distance)) {
        best = { header: cell, alias, distance };
      }
    }
  });
  return best;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
