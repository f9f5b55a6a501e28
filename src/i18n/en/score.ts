/**
 * The words of the 766 scorecard (SPEC §12.2), in English. Indicator names come from the rule table, in
 * both languages; points reach these functions already formatted (two decimals).
 */
import type { IsoDate } from '../../model.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('en');

export const score = {
  title: (a: { scheme: string; rules: string; referenceDate?: IsoDate }) =>
    `${a.scheme} scorecard (rules ${a.rules}${a.referenceDate ? `, dossiers judged at ${f.date(a.referenceDate)}` : ''})`,
  head: { number: '766', indicator: 'Indicator', measured: 'Measured', ratio: 'Ratio', points: 'Points', lost: 'Lost', recover: 'Recover first from' },
  counts: (numerator: number, denominator: number) => `${f.number(numerator)} of ${f.number(denominator)}`,
  pointsOf: (points: string, max: number) => `${points} of ${f.number(max)}`,
  recoverItem: (who: string, missing: number, points: string) => `${who} (${f.number(missing)} missing, ${points} points lost)`,
  recoverFirst: (item: string) => `recover first from ${item}`,
  notApplicable: 'nothing to count',
  noInput: 'not measured',
  estimatedMark: '≈',
  estimatedNote:
    '≈ estimated: the portal has not published its rule for the online-service points (3.1–3.3); this one reproduces the published province totals, not how they split.',
  /** The column a reader would add to measure a `no-input` indicator: the field and a header it is known by. */
  columnHints: {
    dossiers: 'a dossier register (--dossiers)',
    synced: 'column synced ("Đồng bộ DVCQG")',
    due_at: 'column due_at ("Ngày hẹn trả")',
    fee: 'column fee ("Lệ phí")',
    paid_online: 'column paid_online ("Thanh toán trực tuyến")',
    e_result: 'column e_result ("Kết quả điện tử")',
    digitised: 'column digitised ("Đã số hóa")',
    decision_signed_at: 'procedures column decision_signed_at ("Ngày ký QĐ công bố")',
    national_updated_at: 'procedures column national_updated_at ("Ngày cập nhật CSDLQG")',
  } as Record<string, string>,
  needs: (hint: string) => `needs ${hint}`,
  total: (a: { points: string; max: number; estimated?: string; of: number }) =>
    `Measured: ${a.points} of the ${f.number(a.max)} points these exports measure${a.estimated ? ` (${a.estimated} of them estimated, ≈)` : ''}; the score is out of ${f.number(a.of)}.`,
  change: (signed: string) => ` Change since the baseline: ${signed}.`,
  notEstimated: (points: number, list: string) => `Not estimable from these exports (${f.number(points)} points): ${list}.`,
  notEstimatedItem: (number: string, name: string, max: number) => `${number ? `${number} ` : ''}${name} (${f.number(max)})`,
  groupLine: (points: string, max: number, worst?: { number: string; lost: string }) =>
    `score ${points} of ${f.number(max)}${worst ? `; most lost: ${worst.number} −${worst.lost}` : ''}`,
  /** HTML: the chart of points won and lost per indicator. */
  chartTitle: 'Points won and lost per measured indicator, each bar as long as the indicator is worth',
  won: 'points won',
  lostLegend: 'points lost',
  /** XLSX: the sheet and its columns. */
  sheet: 'Score',
  status: { measured: 'measured', 'no-input': 'not measured', 'not-applicable': 'nothing to count' },
  columns: { numerator: 'Numerator', denominator: 'Denominator', max: 'Max', status: 'Status', estimated: 'Estimated', change: 'Change since baseline' },
};
