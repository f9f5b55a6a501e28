/**
 * Commander wiring only: flags → a command → exit code. With the commands, the only code that touches
 * process.argv, process.env, the output streams and the exit code.
 */
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { aggregate } from './commands/aggregate.js';
import { check } from './commands/check.js';
import { demo } from './commands/demo.js';
import type { Io } from './commands/io.js';
import { localiseHelp, usageMessage } from './cli-help.js';
import { describeError, exitCodes, isExpectedError } from './errors.js';
import { isLang, langFromArgv, langFromLocale, langs, wordsFor, type Lang, type Words } from './i18n/index.js';
import { engines } from './io/dossiers/index.js';
import { removeTemporaryFiles } from './io/write.js';
import { scoreSchemes, type GroupBy } from './model.js';
import { defaultProfile, profileNames } from './profiles.js';
import { formats } from './report/index.js';
import { visibleLine } from './report/visible.js';

export type { Io } from './commands/io.js';

const packageVersion = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const groupFields: GroupBy[] = ['agency', 'tier', 'field'];

function profileHelp(w: Words): string {
  return [defaultProfile, ...profileNames.filter((name) => name !== defaultProfile)]
    .map((name) => `${name}${name === defaultProfile ? w.cli.defaultMark : ''}: ${w.cli.profiles[name]}`)
    .join('; ');
}

/** The options that do not name an input: check and demo take them alike. */
function reportOptions(command: Command, w: Words): Command {
  const o = w.cli.options;
  return command
    .option('--as-of <date>', o.asOf)
    .addOption(new Option('--profile <name>', `${o.profile} ${profileHelp(w)}`).choices(profileNames))
    .addOption(new Option('--by <field>', o.by).choices(groupFields))
    .addOption(new Option('--score [scheme]', o.score).choices(scoreSchemes).preset('766'))
    .addOption(new Option('--format <format>', o.format).choices(formats).default('table'))
    .option('--output <file>', o.output)
    .option('--baseline <report>', o.baseline)
    .addOption(new Option('--lang <lang>', o.lang).choices(langs))
    .option('--quiet', o.quiet)
    .option('--no-color', o.noColor)
    .option('--debug', o.debug);
}

function buildProgram(io: Io, w: Words, done: (code: Promise<number>) => void): Command {
  const o = w.cli.options;
  const program = localiseHelp(
    new Command('tthc-check')
      .description(w.cli.description)
      .version(packageVersion, '-V, --version', o.version)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(usageMessage(s, w)),
      }),
    w,
  );

  reportOptions(
    program
      .command('check')
      .description(w.cli.commands.check)
      .requiredOption('--procedures <file>', o.procedures)
      .option('--national <file>', o.national)
      .option('--dossiers <file...>', o.dossiers)
      .option('--dossier-counts <file...>', o.dossierCounts)
      .addOption(new Option('--engine <engine>', o.engine).choices(engines).default('auto'))
      .option('--from <date>', o.from)
      .option('--to <date>', o.to)
      .option('--holidays <file>', o.holidays)
      .option('--config <file>', o.config)
      .option('--require-all', o.requireAll),
    w,
  ).action((flags) => done(check(flags, io)));

  program
    .command('aggregate')
    .description(w.cli.commands.aggregate)
    .requiredOption('--dossiers <file...>', o.aggregateDossiers)
    .requiredOption('--output <file>', o.aggregateOutput)
    .option('--from <date>', o.from)
    .option('--to <date>', o.to)
    .option('--as-of <date>', o.aggregateAsOf)
    .option('--config <file>', o.aggregateConfig)
    .addOption(new Option('--engine <engine>', o.aggregateEngine).choices(engines).default('auto'))
    .addOption(new Option('--lang <lang>', o.lang).choices(langs))
    .option('--quiet', o.aggregateQuiet)
    .option('--debug', o.debug)
    .action((flags) => done(aggregate(flags, io)));

  reportOptions(program.command('demo').description(w.cli.commands.demo), w).action((flags) => done(demo(flags, io)));
  return program;
}

/**
 * The language before any command has run: `--lang` when the command line gives a valid one, else the
 * locale (SPEC §8). Help is printed while commander parses, so it cannot wait for commander's reading
 * of the flag; a command may still take the config file's `lang` once it has read it.
 */
function startingLang(io: Pick<Io, 'argv' | 'env'>): Lang {
  const flag = langFromArgv(io.argv);
  return isLang(flag) ? flag : langFromLocale(io.env, Intl.DateTimeFormat().resolvedOptions().locale);
}

/** Runs the command line and returns the exit status; expected failures become one line on stderr. */
export async function main(io: Omit<Io, 'lang'>): Promise<number> {
  const debug = io.argv.includes('--debug');
  const withLang: Io = { ...io, lang: startingLang(io) };
  try {
    let pending: Promise<number> | undefined;
    await buildProgram(withLang, wordsFor(withLang.lang), (code) => (pending = code)).parseAsync(io.argv);
    return pending ? await pending : exitCodes.pass;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return error.exitCode === 0 ? exitCodes.pass : exitCodes.unusable;
    }
    // The command may have learnt the language from the config file since it started.
    const w = wordsFor(withLang.lang);
    if (isExpectedError(error)) {
      io.stderr.write(`${w.cli.prefix}${visibleLine(describeError(error, w))}\n`);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return exitCodes.unusable;
    }
    const unexpected = error as Error | undefined;
    const detail = debug ? `\n${unexpected?.stack}` : w.cli.internalErrorHint;
    io.stderr.write(`${w.cli.prefix}${w.cli.internalError(visibleLine(String(unexpected?.message ?? error)))}${detail}\n`);
    return exitCodes.unusable;
  }
}

/**
 * A signal stops the run where it is: temporary files of an unfinished --output are removed first, then
 * the signal is raised again with its default action, so the shell sees the conventional status (130
 * for SIGINT, 143 for SIGTERM) and a script's loop stops as it would for any other command. This is the
 * one place that ends the process itself: a signal does not wait for the run to return its status.
 */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.kill(process.pid, signal);
      // Reached only when the signal's default action was ignored where the process was started.
      process.exit(128 + constants.signals[signal]);
    });
  }
}

export async function runFromProcess(): Promise<void> {
  // A write that fails is answered where it was made (commands/shared.ts): without a listener, the
  // stream's 'error' event would end the process with a stack trace.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  cleanUpOnSignals();
  process.exitCode = await main({ argv: process.argv, env: process.env, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), now: new Date() });
}
