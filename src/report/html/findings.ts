/**
 * The HTML report's lists of what to act on: "move first" per failing check, groups worst first,
 * mismatches with their suggestions, late and pending publications, the change since a baseline, and
 * the data issues.
 */
import type { CheckResult, GroupResult, Result, Trend } from '../../model.js';
import { issueTotals, moveFirst } from '../format.js';
import { describeIssue, location } from '../messages.js';
import { measuredPercent, type Locale } from '../locale.js';
import type { Messages, Words } from '../../i18n/index.js';
import { distanceBands, distanceClass } from './charts.js';
import { escapeHtml } from './escape.js';
import { basename, code, note, num, raw, section, table, td, withSub, type Cell } from './parts.js';

/** Data issues listed before the rest are only counted (SPEC §10). */
export const issuesShown = 200;
const nationalOnlyShown = 50;

interface Context {
  result: Result;
  text: Messages['people'];
  locale: Locale;
  words: Words;
}

function candidateFigure(check: CheckResult, value: number, { text, locale }: Context): string {
  if (check.id === 'national-portal') return text.levelN(value);
  return check.id === 'online-uptake' ? text.dossiers(locale.integer(value)) : text.onlineDossiers(locale.integer(value));
}

/** The agencies after the first, at most three by name. */
function otherAgencies(agencies: readonly string[], { text, locale }: Context): string {
  const others = agencies.slice(1);
  const named = others.slice(0, 3).join(', ');
  return others.length > 3 ? `${named} ${text.others(locale.integer(others.length - 3))}` : named;
}

export function moveFirstSection(ctx: Context): string {
  const { result, text, locale } = ctx;
  const parts: string[] = [];
  for (const check of result.checks) {
    const { shown, more } = moveFirst(check);
    if (shown.length === 0) continue;
    const rows = shown.map((c) => [
      code(c.code),
      td(c.name),
      td(withSub(c.agencies[0] ?? '–', otherAgencies(c.agencies, ctx))),
      num(candidateFigure(check, c.value, ctx)),
    ]);
    parts.push(
      `<h3>${escapeHtml(text.moveFirstIntro(text.checks[check.id], locale.integer(check.shortfall ?? 0)))}</h3>`,
      table([td(text.code), td(text.name), td(text.agency), num(text.rankedBy)], rows),
      more > 0 ? note(text.andMore(locale.integer(more))) : '',
    );
  }
  return parts.length ? section('move-first', text.moveFirstHeading, ...parts) : '';
}

function groupCell(check: CheckResult | undefined, { text, locale }: Context): Cell {
  if (!check || check.status === 'info') return td('', 'none');
  if (check.skipReason || measuredPercent(check) === undefined) return td(check.skipReason ? text.skipReasons[check.skipReason] : '–', 'none');
  const need = check.status === 'fail' ? `+${locale.integer(check.shortfall ?? 0)}` : '';
  return { content: withSub(locale.percent(check.numerator, check.denominator), need), cls: `num ${distanceClass(check)}` };
}

export function groupsSection(groups: readonly GroupResult[], ctx: Context): string {
  if (groups.length === 0) return '';
  const { text, locale } = ctx;
  const by = text.groupBy[groups[0]!.by] ?? groups[0]!.by;
  const ids = ctx.result.checks.filter((c) => c.target).map((c) => c.id);
  const columns = ids.filter((id) => groups.some((g) => g.checks.some((c) => c.id === id && c.status !== 'info' && c.denominator > 0)));
  const head = [td(text.groupByTitle[groups[0]!.by] ?? by), ...columns.map((id) => num(text.checks[id]))];
  const rows = groups.map((g) => [
    td(g.key || text.noGroupKey),
    ...columns.map((id) =>
      groupCell(
        g.checks.find((c) => c.id === id),
        ctx,
      ),
    ),
  ]);
  const [near, far] = distanceBands.map((b) => locale.integer(b));
  const legend = `<div class="legend"><span class="met">${escapeHtml(text.legendMet)}</span><span class="near">${escapeHtml(text.legendBelow(near!))}</span><span class="far">${escapeHtml(text.legendBelow(far!))}</span><span class="farthest">${escapeHtml(text.legendFarBelow(far!))}</span></div>`;
  return section('groups', text.groupsHeading(by), note(text.groupsIntro), legend, table(head, rows, 'groups'));
}

export function mismatchSection({ result, text, locale }: Context): string {
  const parts: string[] = [];
  if (result.mismatches.length) {
    const rows = result.mismatches.map((m) => [
      num(String(m.line)),
      code(m.code),
      td(m.name),
      m.suggestion ? code(m.suggestion.code) : td(text.noSuggestion, 'none'),
      td(m.suggestion ? text.suggestionReasons[m.suggestion.reason] : ''),
    ]);
    parts.push(
      section(
        'mismatches',
        `${text.mismatchesHeading} (${locale.integer(result.mismatches.length)})`,
        table([num(text.line), td(text.code), td(text.name), td(text.suggested), td(text.why)], rows),
      ),
    );
  }
  if (result.nationalOnly.length) {
    const rows = result.nationalOnly.slice(0, nationalOnlyShown).map((n) => [code(n.code), td(n.name)]);
    const rest = result.nationalOnly.length - nationalOnlyShown;
    parts.push(
      section(
        'national-only',
        `${text.nationalOnlyHeading} (${locale.integer(result.nationalOnly.length)})`,
        table([td(text.code), td(text.name)], rows),
        rest > 0 ? note(text.andMore(locale.integer(rest))) : '',
      ),
    );
  }
  return parts.join('\n');
}

export function lateSection({ result, text, locale }: Context): string {
  const parts: string[] = [];
  if (result.late.length) {
    const rows = result.late.map((l) => [
      code(l.code),
      td(l.name),
      num(locale.date(l.signedAt)),
      num(locale.date(l.deadline)),
      l.updatedAt ? num(locale.date(l.updatedAt)) : td(raw(`<span class="error">${escapeHtml(text.notYet)}</span>`), 'num'),
      num(locale.integer(l.workingDays)),
    ]);
    parts.push(
      section(
        'late',
        `${text.lateHeading} (${locale.integer(result.late.length)})`,
        table([td(text.code), td(text.name), num(text.signed), num(text.deadline), num(text.updated), num(text.workingDays)], rows),
        note(text.lateNote(result.settings.deadlineWorkingDays, locale.date(result.asOf))),
      ),
    );
  }
  if (result.pending.length) {
    const rows = result.pending.map((p) => [code(p.code), td(p.name), num(locale.date(p.signedAt)), num(locale.date(p.deadline))]);
    parts.push(
      section(
        'pending',
        `${text.pendingHeading} (${locale.integer(result.pending.length)})`,
        table([td(text.code), td(text.name), num(text.signed), num(text.deadline)], rows),
      ),
    );
  }
  return parts.join('\n');
}

export function trendSection(trend: Trend, { result, text, locale }: Context): string {
  const rows: Cell[][] = [];
  for (const check of result.checks) {
    const change = trend.checks.find((c) => c.id === check.id);
    const now = check.denominator ? locale.percent(check.numerator, check.denominator) : '–';
    if (!change) {
      rows.push([td(text.checks[check.id]), num('–'), num(now), num(text.newCheck)]);
      continue;
    }
    const before = change.previous.denominator ? locale.percent(change.previous.numerator, change.previous.denominator) : '–';
    const points = change.points;
    const cls = points === undefined || points === 0 ? '' : points > 0 ? 'up' : 'down';
    const arrow = cls === 'up' ? '▲ ' : cls === 'down' ? '▼ ' : '';
    const changeText = points === undefined ? '–' : `${arrow}${text.points(locale.signedPoints(points))}`;
    rows.push([td(text.checks[check.id]), num(before), num(now), td(raw(`<span class="${cls}">${escapeHtml(changeText)}</span>`), 'num')]);
  }
  const cautions = trend.differences.map((d) => note(text.caution(d.key, d.baseline, d.current)));
  const lists = [
    trend.newlyMismatched.length ? `<p><strong>${escapeHtml(text.newlyMismatched)}:</strong> ${escapeHtml(trend.newlyMismatched.join(', '))}</p>` : '',
    trend.fixed.length ? `<p><strong>${escapeHtml(text.fixed)}:</strong> ${escapeHtml(trend.fixed.join(', '))}</p>` : '',
  ];
  const baseline = trend.baselineAsOf ? `${trend.baseline} (${locale.date(trend.baselineAsOf)})` : trend.baseline;
  return section('trend', text.trendHeading(baseline), ...cautions, table([td(text.check), num(text.before), num(text.now), num(text.change)], rows), ...lists);
}

export function issuesSection({ result, text, locale, words }: Context): string {
  if (result.issues.length === 0) return '';
  const { errors, warnings } = issueTotals(result.issues);
  const ordered = [...result.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const rows = ordered
    .slice(0, issuesShown)
    .map((i) => [
      td(raw(`<span class="${i.severity}">${escapeHtml(text.severity[i.severity])}</span>`)),
      td(location({ ...i, file: i.file && basename(i.file) })),
      td(i.field ? words.fieldName(i.field) : ''),
      td(describeIssue(i, words)),
    ]);
  const rest = result.issues.length - issuesShown;
  return section(
    'issues',
    `${text.issuesHeading}: ${text.issueCounts(locale.integer(errors), locale.integer(warnings))}`,
    table([td(text.columns.severity), td(text.where), td(text.field), td(text.issue)], rows),
    rest > 0 ? note(text.issuesMore(locale.integer(rest))) : '',
  );
}
