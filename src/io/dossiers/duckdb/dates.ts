/**
 * Date cells read by DuckDB in bulk, with the meaning parseDate (src/domain/dates.ts) gives them: every
 * reading here must be sound (when it gives a date, parseDate gives the same), and test/io/dossiers/
 * duckdb.test.ts checks it. The two readings and why: docs/scale.md, "How DuckDB reads date cells".
 */

/**
 * parseDate's years (its minYear and maxYear): placeholders such as 31/12/9999 are not dates. A date
 * out of them is NULL — clamped one day beyond the years, then nulled there, so that the date, an
 * expression, is written (and computed) once.
 */
const dayBefore = "DATE '1899-12-31'";
const dayAfter = "DATE '2100-01-01'";
const inYears = (date: string) => `nullif(nullif(least(greatest(${date}, ${dayBefore}), ${dayAfter}), ${dayBefore}), ${dayAfter})`;

/** The GLOB of a fixed-width shape: `N` is a digit, any other character stands for itself. */
const glob = (shape: string) => [...shape].map((c) => (c === 'N' ? '[0-9]' : c)).join('');

const strptime = (format: string, of = 'x') => `CAST(try_strptime(${of}, '${format}') AS DATE)`;

interface Shape {
  /** SQL condition on the cell `x`. */
  when: string;
  /** SQL DATE of the cell `x` (NULL when the day or the time does not exist). */
  date: string;
}

const globShape = (shape: string, format: string): Shape => ({ when: `x GLOB '${glob(shape)}'`, date: strptime(format) });

/** A time after a day-first date: 24-hour, or 12-hour with Vietnamese or English AM/PM, as parseDate takes them. */
const clock = '(([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?|(0?[1-9]|1[0-2]):[0-5]\\d(:[0-5]\\d)? ?(?i:SA|CH|AM|PM))';

/**
 * Day-first dates with each of parseDate's separators (RE2 has no back-references), with or without a
 * time: the regex checks the time, which cannot move the date, and the date before it is read.
 */
const dayMonthYear = ['/', '.', '-'].map((sep): Shape => ({
  when: `regexp_full_match(x, '\\d{1,2}\\${sep}\\d{1,2}\\${sep}\\d{4}( ${clock})?')`,
  date: strptime(`%d${sep}%m${sep}%Y`, `split_part(x, ' ', 1)`),
}));

/** ISO date and time as parseDate reads them: the hours, minutes and seconds it accepts, any fraction. */
const isoTime = '\\d{4}-\\d{2}-\\d{2}[T ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?';
/** The offsets parseDate accepts: `Z`, and `±HH`, `±HHMM`, `±HH:MM` within ±14:00. */
const isoOffset = '(Z|[+-](0\\d|1[0-3])(:?[0-5]\\d)?|[+-]14(:?00)?)';

const shapes: Shape[] = [
  // What exports nearly always write, most common first: a cell pays for the checks before its own.
  globShape('NN/NN/NNNN', '%d/%m/%Y'),
  globShape('NN/NN/NNNN NN:NN', '%d/%m/%Y %H:%M'),
  globShape('NN/NN/NNNN NN:NN:NN', '%d/%m/%Y %H:%M:%S'),
  globShape('NNNN-NN-NN', '%Y-%m-%d'),
  globShape('NNNN-NN-NN NN:NN:NN', '%Y-%m-%d %H:%M:%S'),
  globShape('NNNN-NN-NNTNN:NN:NN', '%Y-%m-%dT%H:%M:%S'),
  globShape('NNNNNNNNNNNNNN', '%Y%m%d%H%M%S'),
  globShape('NNNNNNNN', '%Y%m%d'),
  // The rest of SPEC §2.4.
  ...dayMonthYear,
  // A time without an offset is local and cannot move the date: the regex checks it, the date is read.
  { when: `regexp_full_match(x, '${isoTime}')`, date: strptime('%Y-%m-%d', 'x[1:10]') },
  { when: `regexp_full_match(x, '${isoTime}${isoOffset}')`, date: 'tthc_offset_date(x)' },
];

/**
 * The macros, created once per connection. An ISO time with an offset is moved to UTC+7 as parseDate
 * moves it: by whole days, `floor((minute of day − offset + 7 h) / 24 h)`, once its written date passed
 * the check of years (a date moved out of them is NULL: the slow path reads it). The offset is taken
 * once, by the lambda: a macro would repeat the regular expression at each use, and DuckDB compiles
 * each copy.
 */
export const dateMacros = `
CREATE OR REPLACE TEMP MACRO tthc_offset_minutes(o) AS CASE WHEN o = 'Z' THEN 0
  ELSE (CASE WHEN o[1] = '-' THEN -1 ELSE 1 END)
       * (CAST(o[2:3] AS INTEGER) * 60 + CASE WHEN strlen(o) > 3 THEN CAST(o[-2:] AS INTEGER) ELSE 0 END) END;
CREATE OR REPLACE TEMP MACRO tthc_offset_date(x) AS ${inYears(strptime('%Y-%m-%d', 'x[1:10]'))}
  + list_transform([regexp_extract(x, '${isoOffset}$')], lambda o:
      CAST(floor((CAST(x[12:13] AS INTEGER) * 60 + CAST(x[15:16] AS INTEGER) - tthc_offset_minutes(o) + 7 * 60) / (24 * 60)) AS INTEGER))[1];
CREATE OR REPLACE TEMP MACRO tthc_date(x) AS ${inYears(`CASE
  WHEN x IS NULL THEN NULL
  ${shapes.map((shape) => `WHEN ${shape.when} THEN ${shape.date}`).join('\n  ')}
END`)};
CREATE OR REPLACE TEMP MACRO tthc_has_text(x) AS regexp_matches(x, '${notWhitespace()}');
`;

/**
 * How a register writes its days, for the look-up: the day's GLOB (`N` a digit), its strftime format,
 * and the GLOBs of what may follow it — times parseDate accepts and that cannot move the day.
 */
export interface Writing {
  name: string;
  day: string;
  format: string;
  times: string[];
}

/** 24-hour `HH:mm` and `HH:mm:ss` after the given separator. */
const clockTimes = (separator: string) =>
  ['[01][0-9]', '2[0-3]'].flatMap((hour) => [`${separator}${hour}:[0-5][0-9]`, `${separator}${hour}:[0-5][0-9]:[0-5][0-9]`]);

export const writings: readonly Writing[] = [
  { name: 'day_first', day: 'NN/NN/NNNN', format: '%d/%m/%Y', times: clockTimes(' ') },
  { name: 'iso', day: 'NNNN-NN-NN', format: '%Y-%m-%d', times: clockTimes('[T ]') },
  // The national portal's sync format: parseDate takes it with all six digits of the time or none.
  { name: 'compact', day: 'NNNNNNNN', format: '%Y%m%d', times: ['[01][0-9][0-5][0-9][0-5][0-9]', '2[0-3][0-5][0-9][0-5][0-9]'] },
];

const daysTable = (writing: Writing) => `tthc_days_${writing.name}`;

/** SQL that creates the look-up table of a writing: every day of parseDate's years, written so (73 K rows, ≈ 10 ms). */
export function writtenDaysSql(writing: Writing): string {
  return `CREATE TEMP TABLE IF NOT EXISTS ${daysTable(writing)} AS
    SELECT strftime(t.day, '${writing.format}') AS written, CAST(t.day AS DATE) AS day
    FROM range(TIMESTAMP '1900-01-01', TIMESTAMP '2100-01-01', INTERVAL 1 DAY) AS t(day)`;
}

/** SQL condition: the look-up of a writing reads the cell `cell`, if the cell is a date at all. */
export function lookUpReads(writing: Writing, cell: string): string {
  const day = glob(writing.day);
  return [day, ...writing.times.map((time) => day + time)].map((pattern) => `${cell} GLOB '${pattern}'`).join(' OR ');
}

export interface DateReading {
  /** The look-up of the cell, to add to the query's FROM. */
  join: string;
  /** The SQL DATE of the cell once joined, or NULL: an empty cell, or one this reading cannot tell. */
  date: string;
}

/**
 * How a query reads the date cell `cell`: by the look-up of a writing (joined under the name `alias`)
 * and, with `everyShape`, by tthc_date when the look-up does not tell. The conditions are a CASE, not an
 * OR, and tthc_date is written once, in a COALESCE: DuckDB stops at the first condition that holds and
 * only reads with tthc_date the cells still without a date, but pays for each copy of an expression.
 */
export function dateReading(cell: string, alias: string, writing: Writing, everyShape: boolean): DateReading {
  const width = writing.day.length;
  // The key is the day the cell starts with, when only a time that leaves it as it is follows (NULL
  // otherwise: no day is found). A cell that is a day alone is its own key: substr costs as much as
  // the look-up.
  const anyDay = '?'.repeat(width);
  const key = `CASE WHEN strlen(${cell}) = ${width} THEN ${cell}
      ${writing.times.map((time) => `WHEN ${cell} GLOB '${anyDay}${time}' THEN substr(${cell}, 1, ${width})`).join(' ')} END`;
  return {
    join: `LEFT JOIN ${daysTable(writing)} AS ${alias} ON ${alias}.written = ${key}`,
    date: everyShape ? `coalesce(${alias}.day, tthc_date(${cell}))` : `${alias}.day`,
  };
}

/**
 * A character that String.prototype.trim keeps, as an RE2 class: `tthc_has_text(x)` is true exactly
 * when `x.trim() !== ''` in JS.
 */
function notWhitespace(): string {
  const whitespace = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  const hex = (code: number) => `\\x{${code.toString(16)}}`;
  return `[^${whitespace.map((c) => (Array.isArray(c) ? `${hex(c[0]!)}-${hex(c[1]!)}` : hex(c))).join('')}]`;
}
