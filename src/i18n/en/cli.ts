/** The command line's own words in English: --help (commander's titles included) and the lines on stderr. */
import type { ProfileName } from '../../model.js';
import { formatsFor } from '../numbers.js';

const f = formatsFor('en');

export const cli = {
  description: "Checks a province's administrative procedures (TTHC) against its online public-service targets.",
  profiles: {
    'hanam-2021': 'Hà Nam directive 1697/UBND-NC (2021): level 3+ ≥ 70 %, level 4 ≥ 30 %, online uptake > 30 %',
    '766': 'Decision 766/QĐ-TTg (2022) full-points thresholds: level 3+ ≥ 80 %, online dossiers ≥ 50 %',
  } satisfies Record<ProfileName, string>,
  defaultMark: ' (default)',
  options: {
    asOf: 'judge publication deadlines as of this day (default: today in Vietnam)',
    profile: 'targets to apply —',
    by: 'also evaluate per agency, tier or field',
    format: 'report format',
    output: 'write the report to a file (atomically) instead of stdout',
    baseline: 'an earlier --format json report: show the change per check and per code',
    quiet: 'one summary line instead of the table; no warnings on stderr',
    noColor: 'no colour, even on a terminal',
    debug: 'show stack traces of unexpected errors',
    lang: 'language of the report and messages: vi or en (default: from the locale, LC_ALL, LC_MESSAGES or LANG)',
    procedures: "the provincial portal's procedure list (CSV or workbook)",
    national: 'the national database (CSDLQG) list for the province (CSV or workbook)',
    dossiers: 'dossier registers (CSV, workbook, or Parquet with @duckdb/node-api); repeatable',
    dossierCounts: 'per-procedure dossier counts (CSV written by `aggregate` or by SQL); repeatable, summed',
    engine:
      'what reads --dossiers: auto (DuckDB for a UTF-8 CSV of 64 MB or more and for Parquet, when @duckdb/node-api is installed), js (the default reader) or duckdb',
    from: 'first day of the period (yyyy-MM-dd), inclusive',
    to: 'last day of the period (yyyy-MM-dd), inclusive',
    holidays: 'official days off and working days (CSV date,kind[,note])',
    config: 'config file (default: ./tthc-check.config.json when present)',
    requireAll: 'a targeted check that cannot be evaluated fails the run',
    aggregateDossiers: 'dossier registers (CSV, workbook, or Parquet with @duckdb/node-api); repeatable',
    aggregateOutput: 'the counts file to write (CSV, atomically)',
    aggregateConfig: 'config file, for its column aliases (default: ./tthc-check.config.json when present)',
    aggregateEngine: 'what reads --dossiers: auto, js or duckdb (as for check)',
    score: 'add the scorecard of Decision 766/QĐ-TTg: points per indicator, where they were lost (on under --profile 766)',
    aggregateAsOf: "judge the scorecard's handled-on-time at the earlier of --to and this day (default: today in Vietnam)",
    aggregateQuiet: 'no summary line on stderr',
    version: 'output the version number',
    help: 'display help for command',
  },
  commands: {
    check: 'compute every target from the CSV exports and print the verdict',
    aggregate: 'write per-procedure dossier counts from dossier registers, for check --dossier-counts',
    demo: 'run check on the bundled sample province (fixtures/demo) and exit 0',
    help: 'display help for command',
  },
  /** Commander's own words in help: titles, the usage placeholders, and the notes after a description. */
  help: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global Options:',
    '[options]': '[options]',
    '[command]': '[command]',
    choices: 'choices',
    default: 'default',
    /** The value an option takes when given without one (`--score` alone). */
    preset: 'preset',
    /** Between the choices and the default. */
    then: ', ',
  },
  prefix: 'tthc-check: ',
  errorPrefix: 'error: ',
  /** counts: the errors and warnings found (report.issueCounts); listed: how many of those `total` the report lists. */
  issuesInInputs: (errorRows: number, counts: string, listed: number, total: number) =>
    `${f.number(errorRows)} ${errorRows === 1 ? 'row' : 'rows'} with errors in the inputs; ${counts} found, ${
      listed === total ? 'all listed in the report' : `${f.number(listed)} of them listed in the report, the rest counted only`
    }`,
  aggregateWrote: (file: string, codes: number, rows: number, counts: string) =>
    `wrote ${file}: ${f.number(codes)} codes from ${f.number(rows)} rows (${counts})`,
  andMore: (n: number) => `… and ${f.number(n)} more`,
  internalError: (message: string) => `internal error: ${message}`,
  internalErrorHint: ' (run again with --debug for details, and report it)',
  /** Commander's errors about the command line, by what they are about. */
  usage: {
    requiredOption: (flags: string) => `error: required option '${flags}' not specified`,
    optionMissingArgument: (flags: string) => `error: option '${flags}' argument missing`,
    invalidChoice: (flags: string, value: string, choices: string) =>
      `error: option '${flags}' argument '${value}' is invalid. Allowed choices are ${choices}.`,
    unknownOption: (flag: string) => `error: unknown option '${flag}'`,
    unknownCommand: (name: string) => `error: unknown command '${name}'`,
    tooManyArguments: (command: string | undefined, expected: number, received: number) =>
      `error: too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${received}.`,
    didYouMean: (suggestions: string[]) => `(Did you mean ${suggestions.length > 1 ? 'one of ' : ''}${suggestions.join(', ')}?)`,
  },
};
