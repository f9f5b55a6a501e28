import { describe, expect, it } from 'vitest';
import { parseEResult, parseFee, parsePaidOnline, parseYesNoCell } from '../../src/domain/score-words.js';

describe("the scorecard's dossier values", () => {
  it.each([
    ['50.000', 'yes'],
    ['1.000.000', 'yes'],
    ['1,000,000', 'yes'],
    ['1 000 000', 'yes'],
    ['100.000 đ', 'yes'],
    ['100.000 đồng', 'yes'],
    ['VNĐ 20.000', 'yes'],
    ['20000VND', 'yes'],
    ['0', 'no'],
    ['0 đ', 'no'],
    ['', 'no'],
    ['Miễn phí', 'no'],
    ['Không thu', 'no'],
    ['1.000,000', 'unreadable'],
    ['1.00.000', 'unreadable'],
    ['50k', 'unreadable'],
    ['-5.000', 'unreadable'],
    ['Sở Công Thương', 'unreadable'],
  ])('fee %j is %s', (cell, expected) => expect(parseFee(cell)).toBe(expected));

  it.each([
    ['1', 'yes'],
    ['2', 'yes'],
    ['Có', 'yes'],
    ['0', 'no'],
    ['', 'no'],
    ['Không', 'no'],
    ['3', 'unreadable'],
    ['Đã trả kết quả', 'unreadable'],
  ])('paid_online %j is %s', (cell, expected) => expect(parsePaidOnline(cell)).toBe(expected));

  it('reads synced and digitised as yes/no, and any link as an electronic result', () => {
    expect(parseYesNoCell('Có')).toBe('yes');
    expect(parseYesNoCell('')).toBe('no');
    expect(parseYesNoCell('Miễn phí')).toBe('unreadable');
    expect(parseEResult('https://dichvucong.hanam.gov.vn/kq/1')).toBe('yes');
    expect(parseEResult('Không')).toBe('no');
    expect(parseEResult('')).toBe('no');
  });
});
