/** `tthc-check aggregate`: dossier registers → one counts file for `check --dossier-counts`. */
import { join } from 'node:path';
import { exitCodes } from '../errors.js';
import type { Engine } from '../io/dossiers/index.js';
import { refuseOutputOverInput, writeAtomically } from '../io/write.js';
import { wordsFor, type Lang } from '../i18n/index.js';
import { issueCounts } from '../report/format.js';
import { issueLine } from '../report/messages.js';
import { visible } from '../report/visible.js';
import { defaultConfigFile, runAggregate } from '../run.js';
import type { Io } from './io.js';
import { todayInVietnam } from '../domain/dates.js';
import { dateFlag, periodFlags, progressReporter, settingsAndLang } from './shared.js';

export interface AggregateFlags {
  dossiers: string[];
  output: string;
  from?: string;
  to?: string;
  asOf?: string;
  config?: string;
  engine: Engine;
  quiet?: boolean;
  lang?: Lang;
}

const issuesShown = 10;

export async function aggregate(flags: AggregateFlags, io: Io): Promise<number> {
  const settings = await settingsAndLang(flags, io);
  await refuseOutputOverInput(flags.output, [...flags.dossiers, flags.config ?? join(io.cwd, defaultConfigFile)]);
  const counts = await runAggregate({
    settings,
    dossiers: flags.dossiers,
    period: periodFlags(flags.from, flags.to),
    asOf: dateFlag('--as-of', flags.asOf) ?? todayInVietnam(io.now),
    config: flags.config,
    cwd: io.cwd,
    engine: flags.engine,
    onProgress: flags.quiet ? undefined : progressReporter(io),
  });
  await writeAtomically(flags.output, counts.csv);
  if (!flags.quiet) {
    const w = wordsFor(io.lang);
    io.stderr.write(`${w.cli.prefix}${w.cli.aggregateWrote(flags.output, counts.codes, counts.rows, issueCounts(counts.issues, w))}\n`);
    // The counts file cannot carry the issues: show the first ones here, where they can be acted on.
    for (const issue of counts.issues.slice(0, issuesShown)) io.stderr.write(`  ${visible(issueLine(issue, w))}\n`);
    if (counts.issues.length > issuesShown) io.stderr.write(`  ${w.cli.andMore(counts.issues.length - issuesShown)}\n`);
  }
  return exitCodes.pass;
}
