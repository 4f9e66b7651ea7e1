import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { PublicationPeriodDocument, RuleSetDocument } from '../rule-set/rule-set.schema.js';
import { compileConditions } from './compile-condition.js';
import type { FactRecord } from './list-entries.js';
import { regimesById, windowOf } from './regimes.js';

type Basis = PublicationPeriodDocument['basis'];
interface Period {
  readonly publish?: boolean;
  readonly minMonths?: number;
  readonly maxMonths: number;
  readonly repairable?: boolean;
}

/** How long a fact is published, by its class under the regime in force on its date (527号, 令第58号, 令第36号). */
export interface PublicationWindow {
  readonly regime: string;
  /** The class that set the period; `single` where the regime has one period for every fact (令第58号). */
  readonly class: string;
  /** False for a class not published in principle (轻微). */
  readonly publish: boolean;
  /** False for a class that cannot be repaired (527号 特定严重失信): publication runs to `until`. */
  readonly repairable: boolean;
  readonly from: LocalDate;
  /** Credit repair may be applied for from this date (the minimum period has passed); `until` when not repairable. */
  readonly repairableFrom: LocalDate;
  /** Exclusive: publication stops by itself on this date (the maximum period). */
  readonly until: LocalDate;
  readonly basis: Basis;
  /** The sector rule that raised the minimum (特种设备, 安全生产, 消防 under 令第58号), when it did. */
  readonly sectorMinimum?: { readonly sector: string; readonly basis: Basis };
}

export function publicationWindow(fact: FactRecord, periods: readonly PublicationPeriodDocument[]): PublicationWindow | undefined {
  for (const period of periods) {
    if (period.fact !== fact.type) continue;
    const from = valueAt(fact.data, period.from) as LocalDate | undefined;
    if (!from || (period.effectiveFrom && from < period.effectiveFrom) || (period.effectiveUntil && from >= period.effectiveUntil))
      continue;
    const chosen = periodOf(fact, period);
    if (!chosen) continue;
    const sector = period.sectorMinimum && (valueAt(fact.data, period.sectorMinimum.field) as unknown);
    const raised =
      period.sectorMinimum && typeof sector === 'string' && period.sectorMinimum.in.includes(sector)
        ? { sector, basis: period.sectorMinimum.basis, minMonths: period.sectorMinimum.minMonths }
        : undefined;
    const minMonths = Math.max(chosen.rule.minMonths ?? 0, raised?.minMonths ?? 0);
    const repairable = chosen.rule.repairable ?? true;
    const until = addMonths(from, chosen.rule.maxMonths);
    return {
      regime: period.regime ?? period.id,
      class: chosen.name,
      publish: chosen.rule.publish ?? true,
      repairable,
      from,
      repairableFrom: repairable ? addMonths(from, Math.min(minMonths, chosen.rule.maxMonths)) : until,
      until,
      basis: chosen.basis ?? period.basis,
      ...(raised && { sectorMinimum: { sector: raised.sector, basis: raised.basis } }),
    };
  }
  return undefined;
}

/** A special class whose condition the fact meets, else the class named by its class field, else the single period. */
function periodOf(fact: FactRecord, period: PublicationPeriodDocument): { name: string; rule: Period; basis?: Basis } | undefined {
  const special = period.special?.find((s) => compileConditions(s.where)(fact.data));
  if (special) return { name: special.class, rule: special, basis: special.basis };
  if (!period.classField) return period.single && { name: 'single', rule: period.single };
  const name = valueAt(fact.data, period.classField);
  if (typeof name !== 'string' || !period.classes || !Object.hasOwn(period.classes, name)) return undefined;
  const rule = period.classes[name as keyof typeof period.classes];
  return rule && { name, rule };
}

/**
 * The rule set's publication periods with their windows resolved: a period under a regime applies to facts
 * dated in the regime's window, narrowed by its own dates (rule-format.md §1).
 */
export function publicationPeriodsOf(document: RuleSetDocument): PublicationPeriodDocument[] {
  const regimes = regimesById(document);
  return (document.publicationPeriods ?? []).map((period) => {
    if (period.regime === undefined) return period;
    const { from, until } = windowOf(regimes.get(period.regime), period.effectiveFrom, period.effectiveUntil);
    return { ...period, ...(from ? { effectiveFrom: from } : {}), ...(until ? { effectiveUntil: until } : {}) };
  });
}
