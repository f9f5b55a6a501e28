/** `tthc-check aggregate`: dossier registers → one counts file for `check --dossier-counts`. */
import { exitCodes } from '../errors.js';
import type { Engine } from '../io/dossiers/index.js';
import { writeAtomically } from '../io/write.js';
import { issueCounts } from '../report/format.js';
import { issueLine } from '../report/messages.js';
import { runAggregate } from '../run.js';
import type { Io } from './io.js';
import { todayInVietnam } from '../domain/dates.js';
import { dateFlag, periodFlags, progressReporter } from './shared.js';

export interface AggregateFlags {
  dossiers: string[];
  output: string;
  from?: string;
  to?: string;
  asOf?: string;
  config?: string;
  engine: Engine;
  quiet?: boolean;
}

const issuesShown = 10;

export async function aggregate(flags: AggregateFlags, io: Io): Promise<number> {
  const counts = await runAggregate({
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
    io.stderr.write(`tthc-check: wrote ${flags.output}: ${counts.codes} codes from ${counts.rows} rows (${issueCounts(counts.issues)})\n`);
    // The counts file cannot carry the issues: show the first ones here, where they can be acted on.
    for (const issue of counts.issues.slice(0, issuesShown)) io.stderr.write(`  ${issueLine(issue)}\n`);
    if (counts.issues.length > issuesShown) io.stderr.write(`  … and ${counts.issues.length - issuesShown} more\n`);
  }
  return exitCodes.pass;
}
