/**
 * Header aliases (SPEC §2.1–2.3): which column of a file holds which field. Headers are compared
 * normalised, so `Mã TTHC`, `MA_TTHC` and `MaTTHC` are one header.
 */
import { InputError } from '../errors.js';
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

export const nationalFields = [
  procedureFields[0],
  procedureFields[2],
  procedureFields[3],
  procedureFields[4],
] as const satisfies readonly FieldSpec[];

export const dossierFields = [
  { name: 'code', required: true, aliases: [...codeAliases, 'MaTTHC'] },
  field('channel', true, ['Hình thức nộp', 'Hình thức tiếp nhận', 'Kênh tiếp nhận', 'Kênh nộp', 'KenhThucHien']),
  field('received_at', false, ['Ngày tiếp nhận', 'Ngày nộp', 'Thời gian tiếp nhận', 'NgayTiepNhan']),
  field('status', false, ['Trạng thái', 'Tình trạng', 'TrangThaiHoSo']),
  field('due_at', false, ['Ngày hẹn trả', 'Hạn xử lý', 'NgayHenTra']),
  field('finished_at', false, ['Ngày có kết quả', 'Ngày trả kết quả', 'Ngày hoàn thành', 'NgayKetThucXuLy']),
  field('dossier_id', false, ['Số hồ sơ', 'Mã hồ sơ', 'MaHoSo', 'SoBienNhan']),
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

export function mapColumns<const S extends readonly FieldSpec[]>(
  file: string,
  header: string[],
  specs: S,
  extra: ExtraAliases = {},
  required: ReadonlySet<string> = new Set(specs.filter((s) => s.required).map((s) => s.name)),
): ColumnMap<S[number]['name']> {
  type F = S[number]['name'];
  const keys = header.map(normaliseKey);
  const result: ColumnMap<F> = { index: {}, headers: {}, issues: [] };
  for (const spec of specs) {
    const aliases = [...spec.aliases, ...(extra[spec.name] ?? [])];
    const rank = (column: number) => aliases.findIndex((alias) => normaliseKey(alias) === keys[column]);
    const matching = keys.map((_, column) => column).filter((column) => rank(column) !== -1);
    if (matching.length === 0) {
      if (required.has(spec.name)) throw missingColumn(file, spec, aliases, header);
      continue;
    }
    matching.sort((a, b) => rank(a) - rank(b) || a - b);
    const [winner, ...ignored] = matching;
    result.index[spec.name as F] = winner!;
    result.headers[spec.name] = header[winner!]!;
    for (const column of ignored) {
      result.issues.push({
        severity: 'warning',
        kind: 'duplicated-header',
        file,
        line: 1,
        field: spec.name,
        value: header[column],
        detail: header[winner!],
      });
    }
  }
  return result;
}

function missingColumn(file: string, spec: FieldSpec, aliases: string[], header: string[]): InputError {
  const near = closestHeader(aliases, header);
  const hint = near ? ` — did you mean "${near.header}" for "${near.alias}"?` : '';
  return new InputError(
    file,
    `no column for the required field "${spec.name}"${hint} Accepted headers: ${aliases.map((a) => `"${a}"`).join(', ')}. ` +
      `Headers found: ${header.map((h) => `"${h}"`).join(', ') || 'none'}. Rename the column, or add an alias in the config file ("aliases": {"${spec.name}": ["…"]}).`,
    1,
  );
}

/** The header nearest to an alias, when it is a slip of one or two characters away. */
function closestHeader(aliases: string[], header: string[]): { header: string; alias: string } | undefined {
  let best: { header: string; alias: string; distance: number } | undefined;
  for (const cell of header) {
    const cellKey = normaliseKey(cell.normalize('NFC'));
    for (const alias of aliases) {
      const aliasKey = normaliseKey(alias);
      const distance = editDistance(cell.normalize('NFC').toLowerCase(), alias.toLowerCase());
      const keyDistance = editDistance(cellKey, aliasKey);
      const nearEnough = Math.min(distance, keyDistance) <= Math.max(1, Math.floor(aliasKey.length / 5));
      if (nearEnough && (!best || distance < best.distance)) best = { header: cell, alias, distance };
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
