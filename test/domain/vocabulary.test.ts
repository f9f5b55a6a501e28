import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/domain/levels.js';
import { parseChannel, parseStatus } from '../../src/domain/dossier-words.js';
import { parseYesNo } from '../../src/domain/yes-no.js';
import { baseOf, CodeIndex, normaliseCode } from '../../src/domain/codes.js';
import { normaliseKey } from '../../src/domain/normalise.js';

const level = (value: string) => {
  const parsed = parseLevel(value);
  return parsed.kind === 'match' ? parsed.cls : parsed.kind;
};

describe('header normalisation', () => {
  it('makes Mã TTHC, MA_TTHC and MaTTHC one header', () => {
    expect(normaliseKey('Mã TTHC')).toBe('matthc');
    expect(normaliseKey('MA_TTHC')).toBe('matthc');
    expect(normaliseKey('MaTTHC')).toBe('matthc');
  });

  it('folds đ and NFD text', () => {
    expect(normaliseKey('Đơn vị thực hiện')).toBe('donvithuchien');
    expect(normaliseKey('Mức độ DVC'.normalize('NFD'))).toBe('mucdodvc');
  });
});

describe('levels', () => {
  it.each([
    ['3', 3],
    ['Mức độ 4', 4],
    ['mức độ 2', 2],
    ['MĐ 3', 3],
    ['DVC mức độ 4', 4],
    ['Level 1', 1],
    ['Toàn trình', 4],
    ['DVCTT toàn trình', 4],
    ['Trực tuyến một phần', 3],
    ['Một phần', 3],
    ['Cung cấp thông tin', 2],
    ['MỨC ĐỘ 3'.normalize('NFD'), 3],
  ])('reads %s as %s', (value, expected) => {
    expect(level(value)).toBe(expected);
  });

  it('reports an empty cell as empty, not as an error', () => {
    expect(level('  ')).toBe('empty');
  });

  it('rejects levels out of range and unknown words', () => {
    expect(level('Mức độ 5')).toBe('out-of-range');
    expect(level('cao')).toBe('unknown');
    expect(level('5')).toBe('unknown');
  });

  it('calls a value with words of two levels ambiguous', () => {
    expect(level('Một phần / Toàn trình')).toBe('ambiguous');
    expect(level('Mức độ 3 toàn trình')).toBe('ambiguous');
  });
});

describe('channels', () => {
  const channel = (value: string) => {
    const parsed = parseChannel(value);
    return parsed.kind === 'match' ? parsed.cls : parsed.kind;
  };

  it.each([
    ['2', 'online'],
    ['Trực tuyến', 'online'],
    ['Nộp trực tuyến', 'online'],
    ['Qua mạng', 'online'],
    ['Cổng DVC', 'online'],
    ['TrucTuyen', 'online'],
    ['1', 'in-person'],
    ['Trực tiếp', 'in-person'],
    ['Tại quầy một cửa', 'in-person'],
    ['offline', 'in-person'],
    ['3', 'postal'],
    ['Bưu chính công ích', 'postal'],
    ['BCCI', 'postal'],
    ['Qua bưu điện', 'postal'],
  ])('reads %s as %s', (value, expected) => {
    expect(channel(value)).toBe(expected);
  });

  it('does not take a code inside a longer number', () => {
    expect(channel('12')).toBe('unknown');
  });

  it('calls a mixed channel ambiguous', () => {
    expect(channel('Trực tuyến hoặc trực tiếp')).toBe('ambiguous');
  });
});

describe('statuses', () => {
  const status = (value: string) => {
    const parsed = parseStatus(value);
    return parsed.kind === 'match' ? parsed.cls : parsed.kind;
  };

  it.each([
    ['3', 'excluded'],
    ['7', 'excluded'],
    ['8', 'excluded'],
    ['Đã hủy', 'excluded'],
    ['Từ chối', 'excluded'],
    ['Không tiếp nhận', 'excluded'],
    ['Công dân rút hồ sơ', 'excluded'],
    ['Dừng xử lý', 'excluded'],
    ['Cancelled', 'excluded'],
    ['9', 'resolved'],
    ['10', 'resolved'],
    ['Đã trả kết quả', 'resolved'],
    ['Hoàn thành', 'resolved'],
  ])('reads %s as %s', (value, expected) => {
    expect(status(value)).toBe(expected);
  });

  it('leaves statuses in progress as ordinary dossiers', () => {
    expect(status('Đang xử lý')).toBe('unknown');
    expect(status('1')).toBe('unknown');
    expect(status('')).toBe('empty');
  });

  it('does not read "chuyển" as "hủy" nor "chưa hoàn thành" as finished', () => {
    expect(status('Đang chuyển xử lý')).toBe('unknown');
    expect(status('Chưa hoàn thành')).toBe('unknown');
  });
});

describe('yes/no', () => {
  const yesNo = (value: string) => {
    const parsed = parseYesNo(value);
    return parsed.kind === 'match' ? parsed.cls : parsed.kind;
  };

  it.each([
    ['Có', 'yes'],
    ['x', 'yes'],
    ['TRUE', 'yes'],
    ['1', 'yes'],
    ['Đã tích hợp', 'yes'],
    ['Không', 'no'],
    ['0', 'no'],
    ['Chưa tích hợp', 'no'],
    ['', 'empty'],
    ['Có thể', 'unknown'],
  ])('reads %s as %s', (value, expected) => {
    expect(yesNo(value)).toBe(expected);
  });
});

describe('procedure codes', () => {
  it('normalises spaces, case and an Excel apostrophe', () => {
    expect(normaliseCode(" '1.000494.000.00.00.h29 ")).toBe('1.000494.000.00.00.H29');
    expect(normaliseCode('1.000494. 000.00.00.H29')).toBe('1.000494.000.00.00.H29');
  });

  it('takes the base of full and short forms', () => {
    expect(baseOf('1.000494.000.00.00.H29')).toBe('1.000494');
    expect(baseOf('1.012753.H19')).toBe('1.012753');
    expect(baseOf('ABC')).toBe('ABC');
  });

  it('matches the same full code, or a bare base on either side', () => {
    const national = new CodeIndex(['1.000494', '2.002492.000.00.00.H23']);
    expect(national.matches('1.000494.000.00.00.H29')).toBe(true);
    expect(national.matches('1.000494')).toBe(true);
    expect(national.matches('2.002492.000.00.00.H23')).toBe(true);
    expect(national.matches('2.002492')).toBe(true);
    expect(national.matches('2.002492.000.00.00.H32')).toBe(false);
    expect(national.matches('1.000495')).toBe(false);
  });
});

describe('cells of symbols only', () => {
  it('reads ticks as yes and other symbols as unknown, never as empty', () => {
    for (const tick of ['√', '✓', '✔', ' ☑ ']) expect(parseYesNo(tick)).toEqual({ kind: 'match', cls: 'yes' });
    expect(parseYesNo('*').kind).toBe('unknown');
    expect(parseLevel('√').kind).toBe('unknown');
    expect(parseLevel(' ').kind).toBe('empty');
  });

  it('reads "Đã rút" as withdrawn', () => {
    expect(parseStatus('Đã rút')).toEqual({ kind: 'match', cls: 'excluded' });
  });
});

describe('values written without spaces', () => {
  it('finds long phrases inside the folded text', () => {
    expect(parseChannel('NộpTrựcTuyến')).toEqual({ kind: 'match', cls: 'online' });
    expect(parseChannel('HìnhThứcTrựcTuyến')).toEqual({ kind: 'match', cls: 'online' });
    expect(parseLevel('DVCTTToànTrình')).toEqual({ kind: 'match', cls: 4 });
    expect(parseStatus('KhôngTiếpNhận')).toEqual({ kind: 'match', cls: 'excluded' });
  });

  it('keeps short words and negated phrases out', () => {
    expect(parseStatus('ĐangChuyểnXửLý').kind).toBe('unknown');
    expect(parseStatus('ChưaHoànThành').kind).toBe('unknown');
  });
});
