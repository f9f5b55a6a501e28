/**
 * The 766-2026 indicators measured on one unit — the province, or one group of `--by` (SPEC §12.1):
 * its procedures, its dossier tallies, and its publication verdicts, as plain data.
 */
import type { Level, ScoreTallies, ScoreTally } from '../model.js';
import { indicatorIds766, rules766v2026, type IndicatorId766 } from './rules-766-2026.js';
import { scoreCard, type Measurement, type Part } from './scorer.js';
import type { Score } from '../model.js';

export interface ScoreProcedure {
  code: string;
  level: Level;
  /** The agency that lists it, as written ('' when several or none). */
  agency: string;
}

export interface ScoreUnit {
  procedures: readonly ScoreProcedure[];
  /** Publication verdicts of the judged codes (on time or late); undefined when they cannot be judged. */
  deadlines?: ReadonlyMap<string, 'on-time' | 'late'>;
  /** The column that would let them be judged. */
  deadlineNeeds: string;
  /** This unit's dossier tallies: code → receiving agency → tally; undefined without dossiers. */
  dossiers?: ScoreTallies;
  /** List the agencies to recover from (the province with an agency column) or the procedures. */
  recoverBy: 'agency' | 'procedure';
}

type Counter = (t: ScoreTally) => { numerator: number; denominator: number };

function dossierParts(unit: ScoreUnit, tallies: ScoreTallies, counter: Counter): Part[] {
  const parts = new Map<string, Part>();
  for (const [code, byAgency] of tallies.byCode) {
    for (const [agency, tally] of byAgency) {
      const { numerator, denominator } = counter(tally);
      if (denominator === 0) continue;
      const byAgencyKey = unit.recoverBy === 'agency';
      const key = byAgencyKey ? agency : code;
      let part = parts.get(key);
      if (!part) {
        const label = byAgencyKey ? (tallies.agencyNames.get(agency) ?? agency) : code;
        parts.set(key, (part = { by: unit.recoverBy, label, numerator: 0, denominator: 0 }));
      }
      part.numerator += numerator;
      part.denominator += denominator;
    }
  }
  return [...parts.values()];
}

function procedureParts(unit: ScoreUnit, eligible: readonly ScoreProcedure[], counts: (p: ScoreProcedure) => boolean): Part[] {
  const parts = new Map<string, Part>();
  for (const procedure of eligible) {
    const byAgency = unit.recoverBy === 'agency' && procedure.agency !== '';
    const label = byAgency ? procedure.agency : procedure.code;
    let part = parts.get(label);
    if (!part) parts.set(label, (part = { by: byAgency ? 'agency' : 'procedure', label, numerator: 0, denominator: 0 }));
    part.denominator++;
    if (counts(procedure)) part.numerator++;
  }
  return [...parts.values()];
}

function dossierMeasure(
  unit: ScoreUnit,
  needs: readonly ('synced' | 'fee' | 'paid_online' | 'e_result' | 'digitised' | 'due_at')[],
  counter: Counter,
): Measurement {
  const tallies = unit.dossiers;
  if (!tallies) return { kind: 'no-input', needs: 'dossiers' };
  const missing = needs.find((field) => !tallies.fields.includes(field));
  if (missing) return { kind: 'no-input', needs: missing };
  return { kind: 'measured', parts: dossierParts(unit, tallies, counter) };
}

export function measure766(unit: ScoreUnit): Record<IndicatorId766, Measurement> {
  const atLevel3 = unit.procedures.filter((p) => p.level >= 3);
  const onlineCodes = new Set<string>();
  for (const [code, byAgency] of unit.dossiers?.byCode ?? []) {
    for (const tally of byAgency.values()) if (tally.online > 0) onlineCodes.add(code);
  }
  const deadlines = unit.deadlines;
  const measurements: Record<IndicatorId766, Measurement> = {
    'update-on-time': deadlines
      ? {
          kind: 'measured',
          parts: procedureParts(
            unit,
            unit.procedures.filter((p) => deadlines.has(p.code)),
            (p) => deadlines.get(p.code) === 'on-time',
          ),
        }
      : { kind: 'no-input', needs: unit.deadlineNeeds },
    'dossier-sync': dossierMeasure(unit, ['synced'], (t) => ({ numerator: t.synced, denominator: t.syncKnown })),
    'handled-on-time': dossierMeasure(unit, ['due_at'], (t) => ({ numerator: t.handledOnTime, denominator: t.judged })),
    'offered-online': { kind: 'measured', parts: procedureParts(unit, unit.procedures, (p) => p.level >= 3) },
    'services-with-dossiers': unit.dossiers
      ? { kind: 'measured', parts: procedureParts(unit, atLevel3, (p) => onlineCodes.has(p.code)) }
      : { kind: 'no-input', needs: 'dossiers' },
    'dossiers-online-share': dossierMeasure(unit, [], (t) => ({ numerator: t.online, denominator: t.counted })),
    'online-payment': dossierMeasure(unit, ['fee', 'paid_online'], (t) => ({ numerator: t.withFeePaidOnline, denominator: t.withFee })),
    'e-result': dossierMeasure(unit, ['e_result'], (t) => ({ numerator: t.eResult, denominator: t.eResultKnown })),
    digitised: dossierMeasure(unit, ['digitised'], (t) => ({ numerator: t.digitised, denominator: t.digitisedKnown })),
  };
  return measurements;
}

export function score766(unit: ScoreUnit): Score {
  return scoreCard(rules766v2026, measure766(unit), unit.dossiers?.referenceDate);
}

export { indicatorIds766 };
