import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { PublicationPeriodDocument, RuleSetDocument } from '../rule-set/rule-set.schema.js';
import type { FactRecord } from './list-entries.js';
import { regimesById, windowOf } from './regimes.js';

/** How long a fact is published, by its class under the regime in force on its date (令第36号 and before). */
export interface PublicationWindow {
  readonly regime: string;
  readonly class: string;
  /** False for a class not published in principle (轻微). */
  readonly publish: boolean;
  readonly from: LocalDate;
  /** Credit repair may be applied for from this date (the minimum period has passed). */
  readonly repairableFrom: LocalDate;
  /** Exclusive: publication stops by itself on this date (the maximum period). */
  readonly until: LocalDate;
  readonly basis: PublicationPeriodDocument['basis'];
}

export function publicationWindow(fact: FactRecord, periods: readonly PublicationPeriodDocument[]): PublicationWindow | undefined {
  for (const period of periods) {
    if (period.fact !== fact.type) continue;
    const from = valueAt(fact.data, period.from) as LocalDate | undefined;
    const severity = valueAt(fact.data, period.classField) as keyof PublicationPeriodDocument['classes'] | undefined;
    if (!from || typeof severity !== 'string' || !Object.hasOwn(period.classes, severity)) continue;
    if ((period.effectiveFrom && from < period.effectiveFrom) || (period.effectiveUntil && from >= period.effectiveUntil)) continue;
    const rule = period.classes[severity];
    return {
      regime: period.id,
      class: severity,
      publish: rule.publish ?? true,
      from,
      repairableFrom: addMonths(from, rule.minMonths ?? 0),
      until: addMonths(from, rule.maxMonths),
      basis: period.basis,
    };
  }
  return undefined;
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
