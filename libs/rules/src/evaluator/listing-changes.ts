import type { CompiledRuleSet } from './compiled-rule-set.js';
import { listEntries, type FactRecord, type ListEntry } from './list-entries.js';

export interface ListingChanges {
  /** Entries the new fact starts (its criteria matched). */
  readonly started: ListEntry[];
  /** Entries the new fact ends (an exit, a replacement, or a black listing removing a red entry), or starts ended. */
  readonly ended: ListEntry[];
  /** All entries with the new fact: pass them as `before` with the next fact instead of folding the history again. */
  readonly entries: ListEntry[];
}

/**
 * What one new fact changes on the subject's lists, given its history: the decision the subject's
 * decider records as listing and delisting events, each entry naming its cause.
 */
export function listingChanges(
  history: readonly FactRecord[],
  fact: FactRecord,
  rules: CompiledRuleSet,
  entriesOfHistory: readonly ListEntry[] = listEntries(history, rules),
): ListingChanges {
  const key = (entry: ListEntry) => `${entry.listType}\u0000${entry.listingFact.eventId}`;
  const before = new Map(entriesOfHistory.map((entry) => [key(entry), entry]));
  const after = listEntries([...history, fact], rules);
  return {
    entries: after,
    started: after.filter((entry) => !before.has(key(entry))),
    // A new entry may start already ended (a red entry starting while a black one is in force, 1798号 (十九)):
    // its delisting is recorded with its listing.
    ended: after.filter((entry) => {
      const earlier = before.get(key(entry));
      return entry.ended !== undefined && (earlier?.ended === undefined || earlier.ended.on !== entry.ended.on);
    }),
  };
}
