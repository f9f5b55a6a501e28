/**
 * Commander wiring only: options → run() → reporter → stdout or --output → exit code. The only module
 * that touches process.argv, process.env, the output streams and the exit code.
 */
import { rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { defaultProfile, profileNames, profiles, type ProfileName } from './config.js';
import { todayInVietnam } from './domain/dates.js';
import { exitCodes, isExpectedError, UsageError } from './errors.js';
import type { GroupBy, Result } from './model.js';
import { formats, reporters, type Format } from './report/index.js';
import { grouped, issueCounts, summaryLine } from './report/format.js';
import { describeIssue, location } from './report/messages.js';
import { resolveSettings, run, type RunOptions } from './run.js';
import { aggregate } from './scale/aggregate.js';
import { engines, type Engine } from './scale/inputs.js';

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  now: Date;
}

interface CheckFlags {
  procedures: string;
  national?: string;
  dossiers?: string[];
  dossierCounts?: string[];
  engine?: Engine;
  from?: string;
  to?: string;
  asOf?: string;
  holidays?: string;
  profile?: ProfileName;
  config?: string;
  by?: GroupBy;
  format: Format;
  output?: string;
  requireAll?: boolean;
  baseline?: string;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

interface AggregateFlags {
  dossiers: string[];
  output: string;
  from?: string;
  to?: string;
  config?: string;
  engine: Engine;
  quiet?: boolean;
}

const packageVersion = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo');
/** The demo's fixtures are dated; a fixed as-of date keeps its report the same on any day. */
const demoAsOf = '2021-12-31';

const aggregateIssuesShown = 10;

const groupFields: GroupBy[] = ['agency', 'tier', 'field'];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid = isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new UsageError(`${flag} ${JSON.stringify(value)} is not a date: write it as yyyy-MM-dd, e.g. 2026-01-31`);
  return value;
}

function checkPeriod(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const period = { from: checkDate('--from', from), to: checkDate('--to', to) };
  if (period.from && period.to && period.from > period.to) {
    throw new UsageError(`--from ${period.from} is after --to ${period.to}: give the first day of the period first`);
  }
  return period;
}

function progressReporter(io: Io): RunOptions['onProgress'] {
  if (!io.stderr.isTTY) return undefined;
  let last = 0;
  const started = Date.now();
  return (file, bytes, total, rows) => {
    const now = Date.now();
    // Before the header is read the size is not known yet: nothing worth a line.
    if (total === 0 || (now - last < 250 && bytes < total)) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const mbPerSecond = bytes / 1e6 / seconds;
    const eta = total > bytes && mbPerSecond > 0 ? `, ${Math.ceil((total - bytes) / 1e6 / mbPerSecond)} s left` : '';
    const size = `${(bytes / 1e6).toFixed(0)}/${(total / 1e6).toFixed(0)} MB`;
    io.stderr.write(`\r\x1b[2K${basename(file)}: ${grouped(rows)} rows, ${size}, ${mbPerSecond.toFixed(0)} MB/s${eta}`);
    if (bytes >= total) io.stderr.write('\r\x1b[2K');
  };
}

/** A cron job must never keep half a report: write beside the target, then rename over it. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a folder: give a file name inside it' : `${code ?? error}: check that the folder exists and is writable`;
    throw new UsageError(`cannot write the report to ${path}: ${why}`);
  }
}

async function report(result: Result, flags: CheckFlags, io: Io): Promise<number> {
  const toTerminal = !flags.output && io.stdout.isTTY === true;
  const color = flags.color && toTerminal && !io.env.NO_COLOR;
  const text =
    flags.quiet && flags.format === 'table'
      ? `${summaryLine(result)}\n`
      : reporters[flags.format](result, { color, width: (toTerminal && io.stdout.columns) || 80 });
  if (flags.output) await writeAtomically(flags.output, text);
  else io.stdout.write(text);
  if (!flags.quiet && flags.format !== 'table') {
    if (result.issues.length) io.stderr.write(`tthc-check: ${issueCounts(result.issues)} in the inputs (listed in the report)\n`);
  }
  return result.passed ? exitCodes.pass : exitCodes.fail;
}

function buildProgram(io: Io, done: (code: Promise<number>) => void): Command {
  const program = new Command('tthc-check')
    .description('Checks a province\'s administrative procedures (TTHC) against its online public-service targets.')
    .version(packageVersion)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
;

  const profileHelp = [defaultProfile, ...profileNames.filter((name) => name !== defaultProfile)]
    .map((name) => `${name}${name === defaultProfile ? ' (default)' : ''}: ${profiles[name].description}`)
    .join('; ');
  program
    .command('check')
    .description('compute every target from the CSV exports and print the verdict')
    .requiredOption('--procedures <file>', 'the provincial portal\'s procedure list (CSV)')
    .option('--national <file>', 'the national database (CSDLQG) list for the province (CSV)')
    .option('--dossiers <file...>', 'dossier registers (CSV); repeatable')
    .option('--dossier-counts <file...>', 'per-procedure dossier counts (CSV written by `aggregate` or by SQL); repeatable, summed')
    .addOption(new Option('--engine <engine>', 'what reads --dossiers: js (default) or duckdb (needs @duckdb/node-api; reads Parquet too)').choices(engines).default('js'))
    .option('--from <date>', 'first day of the period (yyyy-MM-dd), inclusive')
    .option('--to <date>', 'last day of the period (yyyy-MM-dd), inclusive')
    .option('--as-of <date>', 'judge publication deadlines as of this day (default: today in Vietnam)')
    .option('--holidays <file>', 'official days off and working days (CSV date,kind[,note])')
    .addOption(new Option('--profile <name>', `targets to apply — ${profileHelp}`).choices(profileNames))
    .option('--config <file>', 'config file (default: ./tthc-check.config.json when present)')
    .addOption(new Option('--by <field>', 'also evaluate per agency, tier or field').choices(groupFields))
    .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
    .option('--output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--baseline <report>', 'an earlier --format json report: show the change per check and per code')
    .option('--require-all', 'a targeted check that cannot be evaluated fails the run')
    .option('--quiet', 'one summary line instead of the table; no warnings on stderr')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'show stack traces of unexpected errors')
    .action((flags: CheckFlags) => {
      done(
        (async () => {
          const result = await run({
            procedures: flags.procedures,
            national: flags.national,
            dossiers: flags.dossiers,
            dossierCounts: flags.dossierCounts,
            engine: flags.engine,
            ...checkPeriod(flags.from, flags.to),
            asOf: checkDate('--as-of', flags.asOf) ?? todayInVietnam(io.now),
            holidays: flags.holidays,
            profile: flags.profile,
            config: flags.config,
            by: flags.by,
            requireAll: flags.requireAll,
            baseline: flags.baseline,
            cwd: io.cwd,
            onProgress: flags.quiet ? undefined : progressReporter(io),
          });
          return report(result, flags, io);
        })(),
      );
    });

  program
    .command('aggregate')
    .description('write per-procedure dossier counts from dossier registers, for check --dossier-counts')
    .requiredOption('--dossiers <file...>', 'dossier registers (CSV, or Parquet with --engine duckdb); repeatable')
    .requiredOption('--output <file>', 'the counts file to write (CSV, atomically)')
    .option('--from <date>', 'first day of the period (yyyy-MM-dd), inclusive')
    .option('--to <date>', 'last day of the period (yyyy-MM-dd), inclusive')
    .option('--config <file>', 'config file, for its column aliases (default: ./tthc-check.config.json when present)')
    .addOption(new Option('--engine <engine>', 'what reads --dossiers').choices(engines).default('js'))
    .option('--quiet', 'no summary line on stderr')
    .option('--debug', 'show stack traces of unexpected errors')
    .action((flags: AggregateFlags) => {
      done(
        (async () => {
          const settings = await resolveSettings({ config: flags.config, cwd: io.cwd });
          const counts = await aggregate({
            dossiers: flags.dossiers,
            period: checkPeriod(flags.from, flags.to),
            aliases: settings.aliases,
            engine: flags.engine,
            onProgress: flags.quiet ? undefined : progressReporter(io),
          });
          await writeAtomically(flags.output, counts.csv);
          if (!flags.quiet) {
            io.stderr.write(`tthc-check: wrote ${flags.output}: ${counts.codes} codes from ${counts.rows} rows (${issueCounts(counts.issues)})\n`);
            // The counts file cannot carry the issues: show the first ones here, where they can be acted on.
            for (const issue of counts.issues.slice(0, aggregateIssuesShown)) {
              io.stderr.write(`  ${issue.severity} ${location(issue)}${issue.field ? ` [${issue.field}]` : ''}: ${describeIssue(issue)}\n`);
            }
            if (counts.issues.length > aggregateIssuesShown) io.stderr.write(`  … and ${counts.issues.length - aggregateIssuesShown} more\n`);
          }
          return exitCodes.pass;
        })(),
      );
    });

  program
    .command('demo')
    .description('run check on the bundled sample province (fixtures/demo) and exit 0')
    .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
    .addOption(new Option('--by <field>', 'also evaluate per agency, tier or field').choices(groupFields))
    .option('--no-color', 'no colour, even on a terminal')
    .action((flags: { format: Format; by?: GroupBy; color: boolean }) => {
      done(
        (async () => {
          const result = await run({
            procedures: join(demoDir, 'procedures.csv'),
            national: join(demoDir, 'national.csv'),
            dossiers: [join(demoDir, 'dossiers.csv')],
            asOf: demoAsOf,
            holidays: join(demoDir, '..', 'holidays-2021.csv'),
            by: flags.by,
            cwd: demoDir,
          });
          await report(result, { ...flags, procedures: '' }, io);
          return exitCodes.pass;
        })(),
      );
    });
  return program;
}

export async function main(io: Io): Promise<number> {
  const debug = io.argv.includes('--debug');
  try {
    let pending: Promise<number> | undefined;
    const program = buildProgram(io, (code) => (pending = code));
    await program.parseAsync(io.argv);
    return pending ? await pending : exitCodes.pass;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return error.exitCode === 0 ? exitCodes.pass : exitCodes.unusable;
    }
    if (isExpectedError(error)) {
      io.stderr.write(`tthc-check: ${error.message}\n`);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return exitCodes.unusable;
    }
    io.stderr.write(`tthc-check: internal error: ${(error as Error)?.message ?? error}${debug ? `\n${(error as Error)?.stack}` : ' (run again with --debug for details, and report it)'}\n`);
    return exitCodes.unusable;
  }
}

export async function runFromProcess(): Promise<void> {
  process.exitCode = await main({
    argv: process.argv,
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    now: new Date(),
  });
}
