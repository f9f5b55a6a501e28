/**
 * Decision 766/QĐ-TTg's service index as the National Public Service Portal scores it in 2026 (SPEC §12.1):
 * rebuilt from the portal's operational formula document and checked against the scores it publishes.
 * The three ≈ online-service rules are estimated: the portal has not published them.
 */
import type { RuleTable } from './rules.js';

export const indicatorIds766 = [
  'update-on-time',
  'dossier-sync',
  'handled-on-time',
  'offered-online',
  'services-with-dossiers',
  'dossiers-online-share',
  'online-payment',
  'e-result',
  'digitised',
] as const;
export type IndicatorId766 = (typeof indicatorIds766)[number];

const linear = { kind: 'linear' } as const;

export const rules766v2026 = {
  scheme: '766',
  version: '766-2026',
  of: 100,
  indicators: [
    {
      id: 'update-on-time',
      number: '1.2',
      metric: 'PUBLIC_UPDATE_ON_TIME',
      max: 4,
      rule: linear,
      standing: 'verified',
      unit: 'procedure',
      names: { en: 'Procedures updated on time', vi: 'Cập nhật, công khai TTHC đúng hạn' },
    },
    {
      id: 'dossier-sync',
      number: '1.4',
      metric: 'DOSSIER_SYNC',
      max: 6,
      rule: linear,
      standing: 'verified',
      unit: 'dossier',
      names: { en: 'Dossiers synced to the national portal', vi: 'Hồ sơ đồng bộ lên Cổng DVCQG' },
    },
    {
      id: 'handled-on-time',
      number: '2.1',
      metric: 'progress tree',
      max: 20,
      rule: linear,
      standing: 'verified',
      unit: 'dossier',
      names: { en: 'Dossiers handled on time', vi: 'Hồ sơ xử lý đúng hạn' },
    },
    {
      id: 'offered-online',
      number: '3.1',
      metric: 'provide-online',
      max: 2,
      rule: { kind: 'capped-linear', threshold: { num: 4, den: 5 } },
      standing: 'estimated',
      unit: 'procedure',
      names: { en: 'Procedures offered online', vi: 'TTHC cung cấp DVCTT' },
    },
    {
      id: 'services-with-dossiers',
      number: '3.2',
      metric: 'provide-online',
      max: 4,
      rule: linear,
      standing: 'estimated',
      unit: 'procedure',
      names: { en: 'Online services with dossiers', vi: 'DVCTT có phát sinh hồ sơ' },
    },
    {
      id: 'dossiers-online-share',
      number: '3.3',
      metric: 'provide-online',
      max: 6,
      rule: { kind: 'capped-linear', threshold: { num: 1, den: 2 } },
      standing: 'estimated',
      unit: 'dossier',
      names: { en: 'Dossiers received online', vi: 'Hồ sơ tiếp nhận trực tuyến' },
    },
    {
      id: 'online-payment',
      number: '3.6',
      metric: 'online payment',
      max: 6,
      rule: { kind: 'linear', percentRounded: true },
      standing: 'verified',
      unit: 'dossier',
      names: { en: 'Fees paid online', vi: 'Hồ sơ thanh toán trực tuyến' },
    },
    {
      id: 'e-result',
      number: '4.1',
      metric: 'digitisation',
      max: 6,
      rule: linear,
      standing: 'verified',
      unit: 'dossier',
      names: { en: 'Electronic results', vi: 'Hồ sơ cấp kết quả điện tử' },
    },
    {
      id: 'digitised',
      number: '4.2',
      metric: 'digitisation',
      max: 4,
      rule: { kind: 'capped-linear', threshold: { num: 1, den: 1 } },
      standing: 'verified',
      unit: 'dossier',
      names: { en: 'Dossiers digitised', vi: 'Hồ sơ được số hóa' },
    },
  ],
  notEstimated: [
    { number: '1.1', max: 6, names: { en: 'Procedures published on time', vi: 'Công bố TTHC đúng hạn' } },
    { number: '1.3', max: 2, names: { en: 'Procedures published complete', vi: 'Công khai TTHC đầy đủ' } },
    { number: '3.5', max: 4, names: { en: 'Fees integrated and paid online, per procedure', vi: 'TTHC tích hợp thanh toán trực tuyến' } },
    { number: '4.3', max: 2, names: { en: 'Reuse of digitised data', vi: 'Tái sử dụng dữ liệu số hóa' } },
    { number: '4.4', max: 4, names: { en: "The citizen's document store", vi: 'Kho quản lý dữ liệu của công dân' } },
    { number: '4.5', max: 4, names: { en: 'Population data', vi: 'Khai thác dữ liệu dân cư' } },
    // The formula document gives this one no number of its own.
    { number: '', max: 2, names: { en: 'Electronic certified copies', vi: 'Chứng thực bản sao điện tử' } },
    { number: '5.2–5.4', max: 18, names: { en: 'Satisfaction', vi: 'Mức độ hài lòng' } },
  ],
} as const satisfies RuleTable<IndicatorId766>;
