/** `tthc-check demo`: `check` on the bundled sample province; exits 0 whatever the verdict. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodes } from '../errors.js';
import type { GroupBy, ProfileName, ScoreScheme } from '../model.js';
import { refuseOutputOverInput } from '../io/write.js';
import { run } from '../run.js';
import type { Io } from './io.js';
import { dateFlag, requireOutput, settingsAndLang, writeReport, type ReportFlags } from './shared.js';

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'demo');
/**
 * The demo province is Hà Nam at the end of 2021, the year of its directive (fixtures/demo/README.md): a
 * fixed as-of date keeps its report the same on any day, and that year's holidays count its working days.
 */
const demoAsOf = '2021-12-31';

export interface DemoFlags extends ReportFlags {
  by?: GroupBy;
  asOf?: string;
  profile?: ProfileName;
  baseline?: string;
  score?: ScoreScheme;
}

const demoInputs = {
  procedures: join(demoDir, 'procedures.csv'),
  national: join(demoDir, 'national.csv'),
  dossiers: [join(demoDir, 'dossiers.csv')],
  holidays: join(demoDir, '..', 'holidays-2021.csv'),
};

export async function demo(flags: DemoFlags, io: Io): Promise<number> {
  const settings = await settingsAndLang(flags, io, demoDir);
  requireOutput(flags);
  if (flags.output) {
    const { procedures, national, dossiers, holidays } = demoInputs;
    await refuseOutputOverInput(flags.output, [procedures, national, ...dossiers, holidays, flags.baseline, settings.source]);
  }
  const result = await run({
    settings,
    ...demoInputs,
    asOf: dateFlag('--as-of', flags.asOf) ?? demoAsOf,
    profile: flags.profile,
    by: flags.by,
    baseline: flags.baseline,
    score: flags.score,
    cwd: demoDir,
  });
  await writeReport(result, flags, io);
  return exitCodes.pass;
}
