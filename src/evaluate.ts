/**
 * The pure core: a dataset and settings in, a Result out. No file system, no clock (`asOf` is passed
 * in), no process: everything here can be tested with rows built in memory.
 */
import {
  checkIds,
  type CheckResult,
  type Dataset,
  type DossierTally,
  type GroupBy,
  type GroupResult,
  type IsoDate,
  type Issue,
  type ProcedureRow,
  type Result,
  type ScoreTallies,
  type Settings,
} from './model.js';
import { attributeScore, groupDossiers, unitScore, type ScoreContext } from './evaluation/scorecard.js';
import { baseOf, CodeIndex } from './domain/codes.js';
import { normaliseKey } from './domain/normalise.js';
import { parseTier } from './domain/tiers.js';
import { checks, isProcedureCheck } from './checks/index.js';
import { judgeDeadlines, listLateAndPending, type WorkingDays } from './evaluation/deadlines.js';
import { distinctProcedures } from './evaluation/distinct.js';
import { findMismatches, Suggester } from './evaluation/suggestions.js';
import { measureBy, type Check, type CheckInput, type Procedure } from './checks/types.js';
import { failingCodes, procedureEntries, rankCandidates, type Judges } from './evaluation/worklist.js';
import { verdict } from './evaluation/verdict.js';
import { compareWithBaseline, scoreChange, type BaselineReport } from './trend.js';
import { addTally, emptyTally } from './domain/tally.js';
import { InputError, problem } from './errors.js';

export interface EvaluateOptions {
  settings: Settings;
  asOf: IsoDate;
  calendar: WorkingDays;
  period?: { from?: IsoDate; to?: IsoDate };
  by?: GroupBy;
  requireAll?: boolean;
  baseline?: { report: BaselineReport; path: string };
  /** The holiday file behind the calendar, to name in the report. */
  holidays?: string;
}

/** What the publication indicator would need, when the procedure list cannot judge it. */
function deadlineNeeds(dataset: Dataset): string | undefined {
  const columns = dataset.inputs.find((i) => i.role === 'procedures')?.columns ?? {};
  return ['decision_signed_at', 'national_updated_at'].find((field) => columns[field] === undefined);
}

/**
 * Each dossier tally goes to the procedure with the same code or, failing that, to the one procedure
 * whose base code is the same (SPEC §2.3). What belongs to no procedure is reported, never counted.
 */
function attributeDossiers(
  tallies: Map<string, DossierTally>,
  procedures: readonly Procedure[],
  file: string | undefined,
): { byProcedure: Map<string, DossierTally>; owner: (code: string) => string | undefined; issues: Issue[] } {
  const codes = new Set(procedures.map((p) => p.code));
  const byBase = new Map<string, string[]>();
  for (const code of codes) byBase.set(baseOf(code), [...(byBase.get(baseOf(code)) ?? []), code]);
  const byProcedure = new Map<string, DossierTally>();
  const unmatched = new Map<string, number>();
  const ownerOf = (code: string) => {
    const sameBase = byBase.get(baseOf(code));
    return codes.has(code) ? code : sameBase?.length === 1 ? sameBase[0] : undefined;
  };
  for (const [code, tally] of tallies) {
    const owner = ownerOf(code);
    if (owner === undefined) {
      unmatched.set(code, tally.counted);
      continue;
    }
    let into = byProcedure.get(owner);
    if (!into) byProcedure.set(owner, (into = emptyTally()));
    addTally(into, tally);
  }
  const issues: Issue[] = [];
  if (unmatched.size > 0) {
    const count = [...unmatched.values()].reduce((a, b) => a + b, 0);
    const codesListed = [...unmatched.keys()].sort();
    issues.push({ severity: 'warning', kind: 'unmatched-dossiers', ...(file ? { file } : {}), field: 'code', count, codes: codesListed });
  }
  return { byProcedure, owner: ownerOf, issues };
}

/**
 * Runs the checks on one set of procedures. A per-procedure check is judged once: its measure, the
 * candidates of a failing ranked check and the worklists all come from that one judge.
 */
function runChecks(input: CheckInput, options: EvaluateOptions, grouped: boolean): { results: CheckResult[]; judges: Judges } {
  const judges: Judges = {};
  const results = checkIds
    .map((id): Check => checks[id])
    .filter((check) => !grouped || check.grouped)
    .map((check) => {
      const target = options.settings.targets[check.id];
      const requireAll = options.requireAll ?? false;
      if (!isProcedureCheck(check)) return verdict(check.id, check.measure(input), target, requireAll);
      const judge = check.judge(input);
      if (typeof judge !== 'function') return verdict(check.id, judge, target, requireAll);
      judges[check.id] = judge;
      const result = verdict(check.id, measureBy(judge, input.procedures), target, requireAll);
      return result.status === 'fail' && check.rank ? { ...result, candidates: rankCandidates(check, judge, input) } : result;
    });
  return { results, judges };
}

/**
 * The most groups `--by` reports. A province has tens of agencies and a country some thousands; a column
 * with a value per procedure (200,000 groups took 1.9 GB) is a wrong column, refused before any check runs.
 */
export const maxGroups = 10_000;

function groupRows(rows: readonly ProcedureRow[], by: GroupBy): Map<string, { key: string; rows: ProcedureRow[] }> {
  const groups = new Map<string, { key: string; rows: ProcedureRow[] }>();
  for (const row of rows) {
    const written = row[by];
    // `Cấp tỉnh`, `tỉnh` and `province` are one tier; other values group by their normalised text.
    const normalised = (by === 'tier' && parseTier(written)) || normaliseKey(written);
    const group = groups.get(normalised);
    if (group) group.rows.push(row);
    else groups.set(normalised, { key: written, rows: [row] });
  }
  return groups;
}

/** Worst first: most failing checks, then the largest total shortfall, then the key. */
function worstFirst(a: GroupResult, b: GroupResult): number {
  const fails = (g: GroupResult) => g.checks.filter((c) => c.status === 'fail').length;
  const short = (g: GroupResult) => g.checks.reduce((sum, c) => sum + (c.shortfall ?? 0), 0);
  return fails(b) - fails(a) || short(b) - short(a) || a.key.localeCompare(b.key, 'vi');
}

export function evaluate(dataset: Dataset, options: EvaluateOptions): Result {
  const { settings } = options;
  const period = options.period ?? {};
  const distinct = distinctProcedures(dataset.procedures, dataset.proceduresFile);
  const issues: Issue[] = [...dataset.issues, ...distinct.issues];
  let tallyOf: CheckInput['dossiers'];
  let scoreDossiers: ScoreTallies | undefined;
  if (dataset.dossiers) {
    // Tallies no longer know their file; with several dossier inputs the finding names none of them.
    const dossierInputs = dataset.inputs.filter((i) => i.role === 'dossiers' || i.role === 'dossier-counts');
    const dossierFile = dossierInputs.length === 1 ? dossierInputs[0]!.path : undefined;
    const attributed = attributeDossiers(dataset.dossiers, distinct.procedures, dossierFile);
    issues.push(...attributed.issues);
    tallyOf = (code) => attributed.byProcedure.get(code);
    if (dataset.score) scoreDossiers = attributeScore(dataset.score, attributed.owner);
  }
  const scoreContext: ScoreContext = { dossiers: scoreDossiers, deadlineNeeds: deadlineNeeds(dataset) };
  const nationalIndex = dataset.national ? new CodeIndex(dataset.national.map((r) => r.code).filter(Boolean)) : undefined;
  const deadlineRules = { calendar: options.calendar, workingDays: settings.deadlineWorkingDays, asOf: options.asOf, period };
  // Without the update-date column every decision would read as never updated, and so as late.
  const hasUpdateColumn = dataset.inputs.some((i) => i.role === 'procedures' && i.columns.national_updated_at !== undefined);
  const inputFor = (procedures: Procedure[]): CheckInput => ({
    procedures,
    national: dataset.national,
    portalIndex: new CodeIndex(procedures.map((p) => p.code)),
    nationalIndex,
    dossiers: tallyOf,
    deadlines: hasUpdateColumn ? judgeDeadlines(procedures, deadlineRules) : undefined,
    deadlineSkip: !hasUpdateColumn && procedures.some((p) => p.rows.some((r) => r.signedAt)) ? 'no-update-column' : 'no-dates',
    inputs: dataset.inputs,
    level3Basis: settings.level3Basis,
    uptakeBasis: settings.uptakeBasis,
  });
  const whole = inputFor(distinct.procedures);
  const { results: checkResults, judges } = runChecks(whole, options, false);
  const mismatches = nationalIndex && dataset.national ? findMismatches(distinct.procedures, nationalIndex, new Suggester(dataset.national)) : [];
  const nationalOnly = dataset.national
    ? uniqueBy(
        dataset.national.filter((row) => row.code !== '' && !whole.portalIndex.matches(row.code)),
        (r) => r.code,
      ).map(({ code, name }) => ({ code, name }))
    : [];
  const { late, pending } = listLateAndPending(distinct.procedures, whole.deadlines);

  const scoring = settings.score !== undefined;
  let groups: GroupResult[] | undefined;
  if (options.by) {
    const by = options.by;
    const rowGroups = groupRows(dataset.procedures, by);
    if (rowGroups.size > maxGroups) {
      throw new InputError(dataset.proceduresFile, problem('tooManyGroups', { by, groups: rowGroups.size, limit: maxGroups }));
    }
    const split = scoring && scoreDossiers ? groupDossiers(by, scoreDossiers, distinct.procedures, new Set(rowGroups.keys())) : undefined;
    if (split) issues.push(...split.issues);
    groups = [...rowGroups]
      .map(([normalised, { key, rows }]) => {
        const input = inputFor(distinctProcedures(rows, dataset.proceduresFile).procedures);
        const { results, judges: groupJudges } = runChecks(input, options, true);
        const group: GroupResult = { by, key, checks: results, failing: failingCodes(input.procedures, groupJudges) };
        if (scoring) group.score = unitScore(input, scoreContext, split?.of(normalised, input.procedures), 'procedure');
        return group;
      })
      .sort(worstFirst);
  }
  const recoverBy = scoreDossiers?.fields.includes('agency') ? 'agency' : 'procedure';

  const result: Result = {
    schemaVersion: 1,
    profile: settings.profile,
    settings: {
      deadlineWorkingDays: settings.deadlineWorkingDays,
      level3Basis: settings.level3Basis,
      uptakeBasis: settings.uptakeBasis,
      ...(settings.source ? { config: settings.source } : {}),
      ...(options.holidays ? { holidays: options.holidays } : {}),
    },
    passed: checkResults.every((c) => c.status !== 'fail'),
    asOf: options.asOf,
    ...(period.from || period.to ? { period } : {}),
    inputs: dataset.inputs,
    checks: checkResults,
    mismatches,
    nationalOnly,
    late,
    pending,
    issues,
    procedures: procedureEntries(whole, judges),
    ...(groups ? { groups } : {}),
    ...(scoring ? { score: unitScore(whole, scoreContext, scoreDossiers, recoverBy) } : {}),
  };
  if (options.baseline) {
    const portalCodes = new Set(distinct.procedures.map((p) => p.code));
    result.trend = compareWithBaseline(result, options.baseline.report, options.baseline.path, portalCodes);
    if (result.score) result.score = scoreChange(result.score, options.baseline.report.score);
  }
  return result;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
