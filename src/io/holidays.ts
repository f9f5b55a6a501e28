/**
 * A year's official schedule of days off and swapped working days (`date,kind[,note]`, SPEC §4). It is a
 * setting rather than data: any row that cannot be read stops the run, naming the line.
 */
import { InputError, problem } from '../errors.js';
import type { DayOverride } from '../domain/calendar.js';
import { parseDate } from '../domain/dates.js';
import { normaliseKey } from '../domain/normalise.js';
import { readCsv } from './csv-reader.js';
import { mapColumns, type FieldSpec } from './fields.js';

const holidayFields = [
  { name: 'date', required: true, aliases: ['date', 'Ngày'] },
  { name: 'kind', required: true, aliases: ['kind', 'Loại'] },
  { name: 'note', required: false, aliases: ['note', 'Ghi chú'] },
] as const satisfies readonly FieldSpec[];

const kinds: Record<string, DayOverride['kind']> = { off: 'off', nghi: 'off', working: 'working', lamviec: 'working', lambu: 'working' };

export async function readHolidays(path: string): Promise<{ overrides: DayOverride[] }> {
  const overrides: DayOverride[] = [];
  const seen = new Map<string, { kind: DayOverride['kind']; line: number }>();
  await readCsv(path, {
    onHeader(header) {
      const map = mapColumns(path, header, holidayFields);
      const { date: dateAt, kind: kindAt, note: noteAt } = map.index;
      return (fields, line) => {
        const rawDate = (fields[dateAt!] ?? '').trim();
        const date = parseDate(rawDate);
        if (!date) throw new InputError(path, problem('holidayBadDate', { value: rawDate }), line);
        const rawKind = fields[kindAt!] ?? '';
        const kind = kinds[normaliseKey(rawKind)];
        if (!kind) throw new InputError(path, problem('holidayBadKind', { value: rawKind }), line);
        const earlier = seen.get(date);
        if (earlier && earlier.kind !== kind) {
          throw new InputError(path, problem('holidayConflict', { date, earlier: earlier.kind, earlierLine: earlier.line, kind }), line);
        }
        seen.set(date, { kind, line });
        const note = noteAt === undefined ? undefined : (fields[noteAt] ?? '').trim() || undefined;
        overrides.push({ date, kind, ...(note ? { note } : {}) });
      };
    },
  });
  return { overrides };
}
