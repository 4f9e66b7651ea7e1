import type { LocalDate } from '#kernel';
import type { RegimeDocument, RuleSetDocument } from '../rule-set/rule-set.schema.js';

/** The legal text an entry was decided under, as entries, events and answers name it (rule-format.md §1). */
export interface EntryRegime {
  readonly id: string;
  readonly documentNumber: string;
  readonly effectiveFrom: LocalDate;
  /** Exclusive; absent: in force. */
  readonly effectiveUntil?: LocalDate;
}

/** Dates `[from, until)` in which a deciding date selects a rule; an open side is unbounded. */
export interface Window {
  readonly from?: LocalDate;
  readonly until?: LocalDate;
}

export function regimesById(document: RuleSetDocument): ReadonlyMap<string, RegimeDocument> {
  return new Map((document.regimes ?? []).map((regime) => [regime.id, regime]));
}

export function entryRegime(regime: RegimeDocument): EntryRegime {
  return {
    id: regime.id,
    documentNumber: regime.documentNumber,
    effectiveFrom: regime.effectiveFrom as LocalDate,
    ...(regime.effectiveUntil ? { effectiveUntil: regime.effectiveUntil as LocalDate } : {}),
  };
}

/** The regime's window narrowed by a rule's own dates (a local figure's): never widened. */
export function windowOf(regime: RegimeDocument | undefined, from?: string, until?: string): Window {
  const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
  const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
  const start = later(regime?.effectiveFrom, from);
  const end = earlier(regime?.effectiveUntil, until);
  return { ...(start ? { from: start as LocalDate } : {}), ...(end ? { until: end as LocalDate } : {}) };
}

export function inWindow(date: LocalDate | undefined, window: Window): date is LocalDate {
  return date !== undefined && (!window.from || date >= window.from) && (!window.until || date < window.until);
}

/** A fact a regime-bound criterion would read, whose deciding date lies before every regime of its list type. */
export interface BeforeEveryRegime {
  readonly eventId: string;
  readonly type: string;
  readonly listType: string;
  readonly decidingDate: LocalDate;
  /** The earliest regime encoded for the list type. */
  readonly earliest: EntryRegime;
}

interface RegimeBoundCriterion {
  readonly listType: { readonly id: string };
  readonly regime?: EntryRegime;
  readonly since: (data: unknown) => LocalDate | undefined;
  readonly decision?: { readonly on: (data: unknown) => LocalDate | undefined; readonly matches: (data: unknown) => boolean };
}

/**
 * The facts that list nothing because no regime of the list type was in force on their deciding date
 * (the criterion's `since`, or a decision's `on`): "regime not encoded — not decided" (rule-format.md §1).
 */
export function beforeEveryRegime(
  facts: readonly { readonly eventId: string; readonly type: string; readonly data: unknown }[],
  criteriaByFact: ReadonlyMap<string, readonly RegimeBoundCriterion[]>,
  criteriaByDecision: ReadonlyMap<string, readonly RegimeBoundCriterion[]>,
): BeforeEveryRegime[] {
  const all = [...criteriaByFact.values(), ...criteriaByDecision.values()].flat();
  const earliest = new Map<string, EntryRegime>();
  for (const { listType, regime } of all) {
    const known = earliest.get(listType.id);
    if (regime && (!known || regime.effectiveFrom < known.effectiveFrom)) earliest.set(listType.id, regime);
  }
  const found = new Map<string, BeforeEveryRegime>();
  for (const fact of facts) {
    const readers = [
      ...(criteriaByFact.get(fact.type) ?? []).map((c) => ({ c, on: c.since(fact.data) })),
      ...(criteriaByDecision.get(fact.type) ?? [])
        .filter((c) => c.decision?.matches(fact.data))
        .map((c) => ({ c, on: c.decision?.on(fact.data) })),
    ];
    for (const { c, on } of readers) {
      const first = earliest.get(c.listType.id);
      const key = `${fact.eventId}\u0000${c.listType.id}`;
      if (first && on && on < first.effectiveFrom && !found.has(key))
        found.set(key, { eventId: fact.eventId, type: fact.type, listType: c.listType.id, decidingDate: on, earliest: first });
    }
  }
  return [...found.values()];
}
