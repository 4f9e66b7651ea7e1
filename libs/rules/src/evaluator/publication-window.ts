import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { PublicationPeriodDocument } from '../rule-set/rule-set.schema.js';
import type { FactRecord } from './list-entries.js';

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
