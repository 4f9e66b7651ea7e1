import type { LocalDate } from '#kernel';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import { entryStatus, listEntries, type FactRecord, type ListEntry } from './list-entries.js';
import { applicableMeasures } from './measures.js';

/** What a new rule set changes on one subject's lists from its activation date, never before it. */
export interface Reevaluation {
  /**
   * Entries the new rule set derives and nobody recorded, in force on the activation date, with their own dates:
   * the entry recording the same fact under the new rule set would start (one path; which-date-decides.md §3).
   */
  readonly gained: ListEntry[];
  /** Recorded entries in force on the activation date that the new rule set does not hold, ending on that date. */
  readonly lost: ListEntry[];
  /** Measure ids the subject itself gains and loses on the activation date. */
  readonly measuresGained: string[];
  readonly measuresLost: string[];
}

const key = (entry: ListEntry) => `${entry.listType}\u0000${entry.listingFact.eventId}`;

/**
 * Compares the entries recorded under earlier rule sets with those `next` derives from the same facts,
 * as of `effectiveFrom`: the preview shows exactly this, and activation records exactly this.
 */
export function reevaluate(
  facts: readonly FactRecord[],
  recorded: readonly ListEntry[],
  previous: CompiledRuleSet,
  next: CompiledRuleSet,
  effectiveFrom: LocalDate,
  naturalPerson: boolean,
): Reevaluation {
  const { gained, lost } = reevaluatedEntries(facts, recorded, next, effectiveFrom);
  const reached = { as: 'subject' as const, naturalPerson };
  const before = new Set(applicableMeasures(recorded, reached, { asOf: effectiveFrom }, previous).map((m) => m.id));
  const lostKeys = new Set(lost.map(key));
  const after = new Set(
    applicableMeasures([...recorded.filter((e) => !lostKeys.has(key(e))), ...gained], reached, { asOf: effectiveFrom }, next).map(
      (m) => m.id,
    ),
  );
  return {
    gained,
    lost,
    measuresGained: [...after].filter((id) => !before.has(id)).sort(),
    measuresLost: [...before].filter((id) => !after.has(id)).sort(),
  };
}

/** The entries `next` starts and the recorded ones it ends, from `effectiveFrom`: what activation records. */
export function reevaluatedEntries(
  facts: readonly FactRecord[],
  recorded: readonly ListEntry[],
  next: CompiledRuleSet,
  effectiveFrom: LocalDate,
): Pick<Reevaluation, 'gained' | 'lost'> {
  const proposed = listEntries(facts, next);
  const inForce = (entry: ListEntry) => {
    const status = entryStatus(entry, effectiveFrom);
    return status === 'active' || status === 'not-yet';
  };
  const recordedKeys = new Set(recorded.map(key));
  const proposedKeys = new Set(proposed.map(key));
  // Never shift `since` to the activation date: the regime and the start are the deciding date's, not the activation's.
  const gained = proposed.filter((entry) => !recordedKeys.has(key(entry)) && inForce(entry));
  const lost = recorded
    .filter((entry) => !proposedKeys.has(key(entry)) && inForce(entry))
    .map((entry) => ({
      ...entry,
      ended: {
        on: entry.since > effectiveFrom ? entry.since : effectiveFrom,
        reason: 'rule-set-change' as const,
        eventId: '',
        basis: entry.basis,
      },
    }));
  // An entry both hold that the new rules end (an exit, black over red) while the recorded one runs on: it ends as
  // recording under the new rules would end it, from the activation at the earliest.
  const proposedByKey = new Map(proposed.map((entry) => [key(entry), entry]));
  const endedSooner = recorded.flatMap((entry) => {
    const next = proposedByKey.get(key(entry));
    if (!next?.ended || !inForce(entry) || (entry.ended && entry.ended.on <= next.ended.on)) return [];
    return [{ ...entry, ended: { ...next.ended, on: next.ended.on > effectiveFrom ? next.ended.on : effectiveFrom } }];
  });
  return { gained, lost: [...lost, ...endedSooner] };
}
