/**
 * Orchestration, and the only place where I/O meets the core: settings → inputs → evaluate → Result.
 */
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from './config.js';
import { defaultSettings } from './profiles.js';
import { ruleDaysNotListed, WorkingCalendar, type DayOverride } from './domain/calendar.js';
import { evaluate } from './evaluate.js';
import type { Dataset, GroupBy, InputSummary, IsoDate, ProfileName, Result, ScoreScheme, Settings } from './model.js';
import { readDossierInputs, type Engine } from './io/dossiers/index.js';
import { aggregate, type Aggregated } from './io/dossiers/aggregate.js';
import type { Period } from './io/dossiers/fold.js';
import { readHolidays } from './io/holidays.js';
import { readNational, readProcedures } from './io/procedures.js';
import { ConfigError, InputError, problem } from './errors.js';
import { baselineProblem, type BaselineReport } from './trend.js';

export const defaultConfigFile = 'tthc-check.config.json';

export interface RunOptions {
  procedures: string;
  national?: string;
  dossiers?: string[];
  /** Per-procedure dossier counts (the output of `aggregate` or of one GROUP BY). */
  dossierCounts?: string[];
  /** What reads the raw dossier registers. */
  engine?: Engine;
  from?: IsoDate;
  to?: IsoDate;
  asOf: IsoDate;
  /** --as-of was given (else asOf is today): a counts file's reference date must then agree with it. */
  asOfGiven?: boolean;
  holidays?: string;
  /** --score: add the scorecard whatever the profile. */
  score?: ScoreScheme;
  profile?: ProfileName;
  config?: string;
  by?: GroupBy;
  requireAll?: boolean;
  /** An earlier JSON report to compare with. */
  baseline?: string;
  /** Where a default config file is looked for. */
  cwd: string;
  /** Settings already resolved (the command reads them first, for their language). */
  settings?: Settings;
  onProgress?: (file: string, bytesRead: number, totalBytes: number, rowsRead: number) => void;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function resolveSettings(options: Pick<RunOptions, 'config' | 'profile' | 'cwd'>): Promise<Settings> {
  if (options.config) return loadConfig(options.config, options.profile);
  const implicit = resolve(options.cwd, defaultConfigFile);
  if (await exists(implicit)) return loadConfig(implicit, options.profile);
  return defaultSettings(options.profile);
}

/** `handled-on-time` is judged at the earlier of --to and --as-of (SPEC §12.1). */
export function referenceDate(to: IsoDate | undefined, asOf: IsoDate): IsoDate {
  return to !== undefined && to < asOf ? to : asOf;
}

export async function run(options: RunOptions): Promise<Result> {
  const settings = options.settings ?? (await resolveSettings(options));
  if (options.score) settings.score = options.score;
  const reference = referenceDate(options.to, options.asOf);
  const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
  const listOptions = { aliases: settings.aliases, agencySuffix: settings.agencySuffix };
  const inputs: InputSummary[] = [];
  const procedures = await readProcedures(options.procedures, listOptions);
  inputs.push(procedures.summary);
  const issues = [...procedures.issues];
  const dataset: Dataset = { procedures: procedures.rows, proceduresFile: procedures.location, inputs, issues };
  if (options.national) {
    const national = await readNational(options.national, { aliases: settings.aliases });
    inputs.push(national.summary);
    issues.push(...national.issues);
    dataset.national = national.rows;
  }
  if (options.dossiers?.length || options.dossierCounts?.length) {
    const read = await readDossierInputs({
      dossiers: options.dossiers,
      dossierCounts: options.dossierCounts,
      engine: options.engine,
      aliases: settings.aliases,
      period: { from: options.from, to: options.to },
      ...(settings.score ? { score: { referenceDate: reference } } : {}),
      onProgress: options.onProgress,
    });
    inputs.push(...read.inputs);
    issues.push(...read.issues);
    dataset.dossiers = read.tallies;
    if (read.score) {
      const flagsGiven = options.to !== undefined || options.asOfGiven === true || (options.dossiers?.length ?? 0) > 0;
      dataset.score = { ...read.score, referenceDate: agreedReferenceDate(read.countsReferenceDates, reference, flagsGiven) };
    }
  }
  const holidayFile = options.holidays ?? settings.holidays;
  const overrides = holidayFile ? await readHolidayFile(holidayFile, options.holidays ? undefined : settings.source) : [];
  for (const day of ruleDaysNotListed(overrides)) {
    issues.push({ severity: 'warning', kind: 'holiday-rule-unlisted', file: holidayFile, value: day.date, detail: day.name });
  }
  const calendar = new WorkingCalendar(overrides);
  return evaluate(dataset, {
    settings,
    asOf: options.asOf,
    calendar,
    period: { from: options.from, to: options.to },
    by: options.by,
    requireAll: options.requireAll,
    holidays: holidayFile,
    ...(baseline && options.baseline ? { baseline: { report: baseline, path: options.baseline } } : {}),
  });
}

export interface AggregateRunOptions {
  dossiers: readonly string[];
  period?: Period;
  engine?: Engine;
  /** The scorecard's reference date is the earlier of period.to and this (SPEC §12.3). */
  asOf: IsoDate;
  config?: string;
  cwd: string;
  settings?: Settings;
  onProgress?: RunOptions['onProgress'];
}

/** `aggregate`: the settings of a run (for the config's column aliases), then the registers folded into counts. */
export async function runAggregate(options: AggregateRunOptions): Promise<Aggregated> {
  const settings = options.settings ?? (await resolveSettings(options));
  // The counts file carries the scorecard's tallies, whichever engine read the registers.
  return aggregate({
    dossiers: options.dossiers,
    period: options.period,
    aliases: settings.aliases,
    engine: options.engine,
    score: { referenceDate: referenceDate(options.period?.to, options.asOf) },
    onProgress: options.onProgress,
  });
}

/**
 * Counts files were judged at the date they carry: `check` adopts it when no flag (nor a raw register read
 * at this run's date) sets one, and refuses files whose dates differ from each other or from this run's.
 */
function agreedReferenceDate(counted: readonly { file: string; date: IsoDate }[], reference: IsoDate, flagsGiven: boolean): IsoDate {
  const [first, ...others] = counted;
  if (!first) return reference;
  const other = others.find((c) => c.date !== first.date);
  if (other) {
    throw new InputError(other.file, problem('referenceDatesDiffer', { date: other.date, other: first.date, otherFile: first.file }));
  }
  if (flagsGiven && first.date !== reference) {
    throw new InputError(first.file, problem('referenceDateNotRun', { date: first.date, reference }));
  }
  return first.date;
}

/** A holiday file named by a config file that is not there is the config's error, named by its key. */
async function readHolidayFile(path: string, config: string | undefined): Promise<DayOverride[]> {
  if (config && !(await exists(path))) {
    throw new ConfigError(config, 'holidays', problem('holidaysNotFound', { path }));
  }
  return (await readHolidays(path)).overrides;
}

/** Read before the inputs are evaluated, so that a wrong path fails fast. */
async function readBaseline(path: string): Promise<BaselineReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? problem('baselineNotFound') : problem('cannotRead', { code: String(code) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(path, problem('baselineNotJson'));
  }
  const unusable = baselineProblem(json);
  if (unusable) throw new InputError(path, unusable);
  return json as BaselineReport;
}
