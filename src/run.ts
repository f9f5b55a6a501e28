/**
 * Orchestration, and the only place where I/O meets the core: settings → inputs → evaluate → Result.
 */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defaultSettings, loadConfig, type ProfileName, type Settings } from './config.js';
import { WorkingCalendar } from './domain/calendar.js';
import { mergeTallies } from './domain/tally.js';
import { evaluate } from './evaluate.js';
import type { Dataset, DossierTally, GroupBy, InputSummary, IsoDate, Result } from './model.js';
import { readDossiers } from './io/dossiers.js';
import { readHolidays } from './io/holidays.js';
import { readNational, readProcedures } from './io/procedures.js';

export const defaultConfigFile = 'tthc-check.config.json';

export interface RunOptions {
  procedures: string;
  national?: string;
  dossiers?: string[];
  from?: IsoDate;
  to?: IsoDate;
  asOf: IsoDate;
  holidays?: string;
  profile?: ProfileName;
  config?: string;
  by?: GroupBy;
  requireAll?: boolean;
  /** Where a default config file is looked for. */
  cwd: string;
  onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
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

export async function run(options: RunOptions): Promise<Result> {
  const settings = await resolveSettings(options);
  const listOptions = { aliases: settings.aliases, agencySuffix: settings.agencySuffix };
  const inputs: InputSummary[] = [];
  const procedures = await readProcedures(options.procedures, listOptions);
  inputs.push(procedures.summary);
  const issues = [...procedures.issues];
  const dataset: Dataset = { procedures: procedures.rows, proceduresFile: options.procedures, inputs, issues };
  if (options.national) {
    const national = await readNational(options.national, { aliases: settings.aliases });
    inputs.push(national.summary);
    issues.push(...national.issues);
    dataset.national = national.rows;
  }
  if (options.dossiers?.length) {
    const tallies = new Map<string, DossierTally>();
    const period = { from: options.from, to: options.to };
    for (const file of options.dossiers) {
      const read = await readDossiers(file, {
        aliases: settings.aliases,
        period,
        onProgress: options.onProgress && ((bytes, total) => options.onProgress!(file, bytes, total)),
      });
      inputs.push(read.summary);
      issues.push(...read.issues);
      mergeTallies(tallies, read.tallies);
    }
    dataset.dossiers = tallies;
  }
  const holidayFile = options.holidays ?? settings.holidays;
  const calendar = new WorkingCalendar(holidayFile ? (await readHolidays(holidayFile)).overrides : []);
  return evaluate(dataset, {
    settings,
    asOf: options.asOf,
    calendar,
    period: { from: options.from, to: options.to },
    by: options.by,
    requireAll: options.requireAll,
  });
}
