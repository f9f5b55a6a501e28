import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/domain/calendar.js';
import { readHolidays } from '../../src/io/holidays.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tthc-holidays-')), 'holidays.csv');
  writeFileSync(path, text);
  return path;
}

describe('holiday schedule file', () => {
  it('reads days off and working days in either date form, Vietnamese headers included', async () => {
    const { overrides } = await readHolidays(file('Ngày;Loại;Ghi chú\n02/05/2025;off;nghỉ hoán đổi\n2025-04-26;working;làm bù\n'));
    expect(overrides).toEqual([
      { date: '2025-05-02', kind: 'off', note: 'nghỉ hoán đổi' },
      { date: '2025-04-26', kind: 'working', note: 'làm bù' },
    ]);
  });

  it('moves a deadline as the official 2025 schedule says', async () => {
    const path = file('date,kind\n2025-04-26,working\n2025-05-02,off\n');
    const calendar = new WorkingCalendar((await readHolidays(path)).overrides);
    // Rules alone: Fri 25/4 + 5 = Tue 6/5 (30/4, 1/5 off). Official: Sat 26/4 worked, Fri 2/5 off → still Tue 6/5
    // but signed Mon 28/4: rules give Wed 7/5, the schedule gives Thu 8/5.
    expect(calendar.addWorkingDays('2025-04-25', 5)).toBe('2025-05-06');
    expect(calendar.addWorkingDays('2025-04-28', 5)).toBe('2025-05-08');
    expect(new WorkingCalendar().addWorkingDays('2025-04-28', 5)).toBe('2025-05-07');
  });

  it('names the line of a bad date, a bad kind and a contradiction', async () => {
    await expect(readHolidays(file('date,kind\n2025-02-30,off\n'))).rejects.toThrow(/holidays\.csv:2: date "2025-02-30" is not a date/);
    await expect(readHolidays(file('date,kind\n2025-05-02,holiday\n'))).rejects.toThrow(/:2: kind "holiday" must be "off"/);
    await expect(readHolidays(file('date,kind\n2025-05-02,off\n2025-05-02,working\n'))).rejects.toThrow(/:3: 2025-05-02 is listed as "off" on line 2/);
  });

  it("reads the bundled example of a year's schedule", async () => {
    const { overrides } = await readHolidays(join(fixtures, 'holidays-2025.csv'));
    expect(overrides).toHaveLength(12);
  });
});
