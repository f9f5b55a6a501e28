/**
 * A year's official schedule of days off and swapped working days (`date,kind[,note]`, SPEC §4). It is a
 * setting rather than data: any row that cannot be read stops the run, naming the line.
 */
import { InputError, problem } from '../errors.js';
import type { DayOverride } from '../domain/calendar.js';
import { parseDate } from '../domain/dates.js';
import { normaliseKey } from '../domain/normalise.js';
import { hasRequiredColumns, mapColumns, type FieldSpec } from './fields.js';
import { readTable } from './table.js';
import { skippingTotals } from './total-rows.js';

const holidayFields = [
  { name: 'date', required: true, aliases: ['date', 'Ngày'] },
  { name: 'kind', required: true, aliases: ['kind', 'Loại'] },
  { name: 'note', required: false, aliases: ['note', 'Ghi chú'] },
] as const satisfies readonly FieldSpec[];

const kinds: Record<string, DayOverride['kind']> = { off: 'off', nghi: 'off', working: 'working', lamviec: 'working', lambu: 'working' };

export async function readHolidays(path: string): Promise<{ overrides: DayOverride[] }> {
  const overrides: DayOverride[] = [];
  const seen = new Map<string, { kind: DayOverride['kind']; line: number }>();
  let finish = () => {};
  await readTable(path, {
    isHeader: (cells) => hasRequiredColumns(cells, holidayFields),
    onHeader(header, table) {
      const file = table.location;
      const map = mapColumns(file, header, holidayFields);
      const { date: dateAt, kind: kindAt, note: noteAt } = map.index;
      const rows = skippingTotals(
        (fields, line) => {
          const rawDate = (fields[dateAt!] ?? '').trim();
          const date = parseDate(rawDate);
          if (!date) throw new InputError(file, problem('holidayBadDate', { value: rawDate }), line);
          const rawKind = fields[kindAt!] ?? '';
          const kind = kinds[normaliseKey(rawKind)];
          if (!kind) throw new InputError(file, problem('holidayBadKind', { value: rawKind }), line);
          const earlier = seen.get(date);
          if (earlier && earlier.kind !== kind) {
            throw new InputError(file, problem('holidayConflict', { date, earlier: earlier.kind, earlierLine: earlier.line, kind }), line);
          }
          seen.set(date, { kind, line });
          const note = noteAt === undefined ? undefined : (fields[noteAt] ?? '').trim() || undefined;
          overrides.push({ date, kind, ...(note ? { note } : {}) });
        },
        // A holiday schedule is a setting: its total rows and footers are left out without a word.
        { keyColumn: dateAt!, report: () => {} },
      );
      finish = rows.finish;
      return rows.handler;
    },
  });
  finish();
  return { overrides };
}
