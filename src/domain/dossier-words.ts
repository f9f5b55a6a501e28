/** Channel and status vocabularies of dossier registers (SPEC §2.3). */
import type { Channel } from '../model.js';
import { classify, memoised, vocabulary, type Classified } from './vocabulary.js';

const channels = vocabulary<Channel>({ '1': 'in-person', '2': 'online', '3': 'postal' }, [
  ['trực tuyến', 'online'],
  ['online', 'online'],
  ['qua mạng', 'online'],
  ['DVCTT', 'online'],
  ['cổng DVC', 'online'],
  ['trực tiếp', 'in-person'],
  ['tại quầy', 'in-person'],
  ['một cửa', 'in-person'],
  ['in person', 'in-person'],
  ['offline', 'in-person'],
  ['counter', 'in-person'],
  ['bưu chính', 'postal'],
  ['BCCI', 'postal'],
  ['qua bưu điện', 'postal'],
  ['postal', 'postal'],
  ['post', 'postal'],
  ['mail', 'postal'],
]);

export type StatusClass = 'excluded' | 'resolved';

/** A status that is in neither class (`Đang xử lý`, `Chờ bổ sung`) is an ordinary dossier: counted, not resolved. */
const statuses = vocabulary<StatusClass>(
  {
    '3': 'excluded',
    '7': 'excluded',
    '8': 'excluded',
    '9': 'resolved',
    '10': 'resolved',
  },
  [
    ['hủy', 'excluded'],
    ['từ chối', 'excluded'],
    ['không tiếp nhận', 'excluded'],
    ['không được tiếp nhận', 'excluded'],
    ['rút hồ sơ', 'excluded'],
    ['đã rút', 'excluded'],
    ['dừng xử lý', 'excluded'],
    ['withdrawn', 'excluded'],
    ['cancelled', 'excluded'],
    ['canceled', 'excluded'],
    ['rejected', 'excluded'],
    ['refused', 'excluded'],
    ['finished', 'resolved'],
    ['hoàn thành', 'resolved'],
    ['đã trả kết quả', 'resolved'],
    ['đã xử lý xong', 'resolved'],
  ],
);

export const parseChannel: (value: string) => Classified<Channel> = memoised((value) => classify(channels, value));

/** Status codes other than the listed ones (1, 2, 4 …) and other words are dossiers in progress: 'unknown'. */
export const parseStatus: (value: string) => Classified<StatusClass> = memoised((value) => classify(statuses, value));
