/** One small Result that exercises every part of a report: pass, fail with shortfall, skip, info, lists, groups. */
import type { CheckResult, Result } from '../../src/model.js';

export const options = { color: false, width: 80 };

export const level3: CheckResult = {
  id: 'level3',
  status: 'pass',
  numerator: 142,
  denominator: 200,
  ratio: 0.71,
  target: { op: '>=', percent: 70 },
  shortfall: 0,
};
export const level4: CheckResult = {
  id: 'level4',
  status: 'fail',
  numerator: 50,
  denominator: 200,
  ratio: 0.25,
  target: { op: '>=', percent: 30 },
  shortfall: 10,
  // Twelve failing codes, ranked: the first ten would pass the check.
  candidates: Array.from({ length: 12 }, (_, i) => ({
    code: `1.0000${String(10 + i)}.000.00.00.H23`,
    name: i === 0 ? 'Cấp giấy phép xây dựng | nhà ở riêng lẻ' : `Thủ tục ${i + 1}`,
    agencies: i === 0 ? ['Sở Xây dựng', 'UBND huyện Kim Bảng'] : ['Sở Tư pháp'],
    value: 48 - i * 4,
  })),
};
export const portal: CheckResult = {
  id: 'national-portal',
  status: 'skip',
  numerator: 0,
  denominator: 0,
  target: { op: '>=', percent: 100 },
  skipReason: 'no-column',
};
export const online: CheckResult = { id: 'online-dossiers', status: 'info', numerator: 5120, denominator: 20480, ratio: 0.25 };

export function sampleResult(): Result {
  return {
    schemaVersion: 1,
    profile: 'hanam-2021',
    settings: { deadlineWorkingDays: 5, level3Basis: 'at-least', uptakeBasis: 'received' },
    passed: false,
    asOf: '2021-06-30',
    inputs: [],
    checks: [level3, level4, portal, online],
    mismatches: [
      { code: '1.004227.000.00.00.H32', name: 'Cấp giấy phép | hành nghề', line: 17, suggestion: { code: '1.004227.000.00.00.H23', reason: 'suffix' } },
    ],
    nationalOnly: [{ code: '2.000889', name: 'Đăng ký khai sinh' }],
    late: [
      {
        code: '1.000001.000.00.00.H23',
        name: 'Cấp phiếu lý lịch tư pháp',
        line: 9,
        signedAt: '2021-04-26',
        deadline: '2021-05-05',
        updatedAt: null,
        workingDays: 6,
      },
    ],
    pending: [],
    issues: [{ severity: 'warning', kind: 'bad-date', file: 'tthc.csv', line: 41, field: 'decision_signed_at', value: '31/02/2021' }],
    procedures: [],
    groups: [
      {
        by: 'agency',
        key: 'Sở Tư pháp',
        checks: [level3, { ...level4, numerator: 10, denominator: 40, shortfall: 2, candidates: level4.candidates!.slice(0, 3) }, online],
        failing: { level3: ['1.000010.000.00.00.H23'], level4: ['1.000010.000.00.00.H23', '1.000011.000.00.00.H23', '1.000012.000.00.00.H23'] },
      },
      {
        by: 'agency',
        key: 'Sở Văn hóa, Thể thao và Du lịch',
        checks: [level3, { ...level4, status: 'pass', shortfall: 0 }],
        failing: { level4: ['1.000020.000.00.00.H23'] },
      },
    ],
  };
}
