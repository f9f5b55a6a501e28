/** What the commands share: date flags, the progress line, and writing a report where it was asked for. */
import { isIsoDate } from '../domain/dates.js';
import { exitCodes, problem, UsageError } from '../errors.js';
import { writeAtomically } from '../io/write.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import type { IsoDate, Result, Settings } from '../model.js';
import { issuesInInputs, summaryLine } from '../report/format.js';
import { fileReporters, isFileFormat, renderPieces, type Format } from '../report/index.js';
import { progressLine } from '../report/progress.js';
import { resolveSettings, type RunOptions } from '../run.js';
import type { Io, OutputStream } from './io.js';

export function dateFlag(flag: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(problem('notADate', { flag, value }));
  return value;
}

export function periodFlags(from: string | undefined, to: string | undefined): { from?: IsoDate; to?: IsoDate } {
  const period = { from: dateFlag('--from', from), to: dateFlag('--to', to) };
  if (period.from && period.to && period.from > period.to) {
    throw new UsageError(problem('periodReversed', { from: period.from, to: period.to }));
  }
  return period;
}

/** A progress line on stderr, only when stderr is a terminal, at most four times a second. */
export function progressReporter(io: Io): RunOptions['onProgress'] {
  if (!io.stderr.isTTY) return undefined;
  let last = 0;
  const started = Date.now();
  return (file, bytesRead, totalBytes, rowsRead) => {
    const now = Date.now();
    // Before the header is read the size is not known yet: nothing worth a line.
    if (totalBytes === 0 || (now - last < 250 && bytesRead < totalBytes)) return;
    last = now;
    io.stderr.write(`\r\x1b[2K${progressLine({ file, bytesRead, totalBytes, rowsRead, elapsedMs: now - started }, wordsFor(io.lang))}`);
    if (bytesRead >= totalBytes) io.stderr.write('\r\x1b[2K');
  };
}

/**
 * The settings of a run, read before it starts, and the language they make: `--lang` wins, then the
 * config file's `lang`, then the locale. The command's io takes it, so that later errors speak it too.
 */
export async function settingsAndLang(flags: { lang?: Lang; config?: string; profile?: Settings['profile'] }, io: Io, cwd: string = io.cwd): Promise<Settings> {
  if (flags.lang) io.lang = flags.lang;
  const settings = await resolveSettings({ config: flags.config, profile: flags.profile, cwd });
  io.lang = flags.lang ?? settings.lang ?? io.lang;
  return settings;
}

export interface ReportFlags {
  format: Format;
  lang?: Lang;
  output?: string;
  quiet?: boolean;
  color: boolean;
}

/**
 * Writes to stdout piece by piece, each after the one before has gone out, and waits for the outcome. A
 * reader that went away (`| head`) is normal and ends the output quietly ('closed'); any other failure, a
 * full disk above all, is a one-line error.
 */
export async function writeToStream(stream: OutputStream, pieces: string | Iterable<string>): Promise<'written' | 'closed'> {
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) {
    const outcome = await new Promise<'written' | 'closed'>((resolve, reject) => {
      stream.write(piece, (error) => {
        if (!error) resolve('written');
        else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve('closed');
        else reject(writeError(error));
      });
    });
    if (outcome === 'closed') return outcome;
  }
  return 'written';
}

function writeError(error: Error): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(code === 'ENOSPC' ? problem('writeFull', {}) : problem('cannotWriteStdout', { code: code ?? error.message }));
}

/**
 * The reports for people are files: without --output there is nowhere sensible to put them. Checked
 * before any input is read, so the mistake costs nothing.
 */
export function requireOutput(flags: ReportFlags): void {
  if (isFileFormat(flags.format) && !flags.output) {
    throw new UsageError(problem('formatNeedsOutput', { format: flags.format }));
  }
}

/** Renders the result in the chosen format to stdout or --output; the exit status follows the verdict. */
export async function writeReport(result: Result, flags: ReportFlags, io: Io): Promise<number> {
  requireOutput(flags);
  const toTerminal = !flags.output && io.stdout.isTTY === true;
  const color = flags.color && toTerminal && !io.env.NO_COLOR;
  const w = wordsFor(io.lang);
  const options = { color, width: (toTerminal && io.stdout.columns) || 80, lang: io.lang };
  if (isFileFormat(flags.format)) {
    await writeAtomically(flags.output!, fileReporters[flags.format](result, options));
  } else {
    const pieces = flags.quiet && flags.format === 'table' ? [`${summaryLine(result, w)}\n`] : renderPieces(flags.format, result, options);
    if (flags.output) await writeAtomically(flags.output, pieces);
    else if ((await writeToStream(io.stdout, pieces)) === 'closed') return result.passed ? exitCodes.pass : exitCodes.fail;
  }
  if (!flags.quiet && flags.format !== 'table' && result.issues.length) {
    io.stderr.write(`${w.cli.prefix}${issuesInInputs(result, w)}\n`);
  }
  return result.passed ? exitCodes.pass : exitCodes.fail;
}
