/** `tthc-check check`: every target from the exports, reported in the chosen format. */
import { todayInVietnam } from '../domain/dates.js';
import type { GroupBy, ProfileName, ScoreScheme } from '../model.js';
import type { Engine } from '../io/dossiers/index.js';
import { join } from 'node:path';
import { refuseOutputOverInput } from '../io/write.js';
import { defaultConfigFile, run } from '../run.js';
import type { Io } from './io.js';
import { dateFlag, requireOutput, periodFlags, progressReporter, settingsAndLang, writeReport, type ReportFlags } from './shared.js';

export interface CheckFlags extends ReportFlags {
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
  requireAll?: boolean;
  baseline?: string;
  score?: ScoreScheme;
}

export async function check(flags: CheckFlags, io: Io): Promise<number> {
  const settings = await settingsAndLang(flags, io);
  requireOutput(flags);
  if (flags.output) {
    const named = [flags.procedures, flags.national, ...(flags.dossiers ?? []), ...(flags.dossierCounts ?? []), flags.holidays, flags.baseline];
    await refuseOutputOverInput(flags.output, [...named, flags.config ?? join(io.cwd, defaultConfigFile), settings.holidays]);
  }
  const result = await run({
    settings,
    procedures: flags.procedures,
    national: flags.national,
    dossiers: flags.dossiers,
    dossierCounts: flags.dossierCounts,
    engine: flags.engine,
    ...periodFlags(flags.from, flags.to),
    asOf: dateFlag('--as-of', flags.asOf) ?? todayInVietnam(io.now),
    asOfGiven: flags.asOf !== undefined,
    score: flags.score,
    holidays: flags.holidays,
    profile: flags.profile,
    config: flags.config,
    by: flags.by,
    requireAll: flags.requireAll,
    baseline: flags.baseline,
    cwd: io.cwd,
    onProgress: flags.quiet ? undefined : progressReporter(io),
  });
  return writeReport(result, flags, io);
}
