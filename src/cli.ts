/**
 * Commander wiring only: flags → a command → exit code. With the commands, the only code that touches
 * process.argv, process.env, the output streams and the exit code.
 */
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { aggregate } from './commands/aggregate.js';
import { check } from './commands/check.js';
import { demo } from './commands/demo.js';
import type { Io } from './commands/io.js';
import { exitCodes, isExpectedError } from './errors.js';
import { engines } from './io/dossiers/index.js';
import type { GroupBy } from './model.js';
import { defaultProfile, profileNames, profiles } from './profiles.js';
import { formats } from './report/index.js';

export type { Io } from './commands/io.js';

const packageVersion = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const groupFields: GroupBy[] = ['agency', 'tier', 'field'];

const profileHelp = [defaultProfile, ...profileNames.filter((name) => name !== defaultProfile)]
  .map((name) => `${name}${name === defaultProfile ? ' (default)' : ''}: ${profiles[name].description}`)
  .join('; ');

/** The options that do not name an input: check and demo take them alike. */
function reportOptions(command: Command): Command {
  return command
    .option('--as-of <date>', 'judge publication deadlines as of this day (default: today in Vietnam)')
    .addOption(new Option('--profile <name>', `targets to apply — ${profileHelp}`).choices(profileNames))
    .addOption(new Option('--by <field>', 'also evaluate per agency, tier or field').choices(groupFields))
    .addOption(new Option('--format <format>', 'report format').choices(formats).default('table'))
    .option('--output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--baseline <report>', 'an earlier --format json report: show the change per check and per code')
    .option('--quiet', 'one summary line instead of the table; no warnings on stderr')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'show stack traces of unexpected errors');
}

function buildProgram(io: Io, done: (code: Promise<number>) => void): Command {
  const program = new Command('tthc-check')
    .description("Checks a province's administrative procedures (TTHC) against its online public-service targets.")
    .version(packageVersion)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  reportOptions(
    program
      .command('check')
      .description('compute every target from the CSV exports and print the verdict')
      .requiredOption('--procedures <file>', "the provincial portal's procedure list (CSV)")
      .option('--national <file>', 'the national database (CSDLQG) list for the province (CSV)')
      .option('--dossiers <file...>', 'dossier registers (CSV, workbook, or Parquet with @duckdb/node-api); repeatable')
      .option('--dossier-counts <file...>', 'per-procedure dossier counts (CSV written by `aggregate` or by SQL); repeatable, summed')
      .addOption(
        new Option(
          '--engine <engine>',
          'what reads --dossiers: auto (DuckDB for UTF-8 CSV of 64 MB or more and Parquet, when @duckdb/node-api is installed), js (the default reader) or duckdb',
        )
          .choices(engines)
          .default('auto'),
      )
      .option('--from <date>', 'first day of the period (yyyy-MM-dd), inclusive')
      .option('--to <date>', 'last day of the period (yyyy-MM-dd), inclusive')
      .option('--holidays <file>', 'official days off and working days (CSV date,kind[,note])')
      .option('--config <file>', 'config file (default: ./tthc-check.config.json when present)')
      .option('--require-all', 'a targeted check that cannot be evaluated fails the run'),
  ).action((flags) => done(check(flags, io)));

  program
    .command('aggregate')
    .description('write per-procedure dossier counts from dossier registers, for check --dossier-counts')
    .requiredOption('--dossiers <file...>', 'dossier registers (CSV, workbook, or Parquet with @duckdb/node-api); repeatable')
    .requiredOption('--output <file>', 'the counts file to write (CSV, atomically)')
    .option('--from <date>', 'first day of the period (yyyy-MM-dd), inclusive')
    .option('--to <date>', 'last day of the period (yyyy-MM-dd), inclusive')
    .option('--config <file>', 'config file, for its column aliases (default: ./tthc-check.config.json when present)')
    .addOption(new Option('--engine <engine>', 'what reads --dossiers: auto, js or duckdb (as for check)').choices(engines).default('auto'))
    .option('--quiet', 'no summary line on stderr')
    .option('--debug', 'show stack traces of unexpected errors')
    .action((flags) => done(aggregate(flags, io)));

  reportOptions(program.command('demo').description('run check on the bundled sample province (fixtures/demo) and exit 0')).action((flags) =>
    done(demo(flags, io)),
  );
  return program;
}

/** Runs the command line and returns the exit status; expected failures become one line on stderr. */
export async function main(io: Io): Promise<number> {
  const debug = io.argv.includes('--debug');
  try {
    let pending: Promise<number> | undefined;
    await buildProgram(io, (code) => (pending = code)).parseAsync(io.argv);
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
    const unexpected = error as Error | undefined;
    io.stderr.write(
      `tthc-check: internal error: ${unexpected?.message ?? error}${debug ? `\n${unexpected?.stack}` : ' (run again with --debug for details, and report it)'}\n`,
    );
    return exitCodes.unusable;
  }
}

export async function runFromProcess(): Promise<void> {
  process.exitCode = await main({ argv: process.argv, env: process.env, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), now: new Date() });
}
