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
