import type { LocalDate } from '#kernel';
import type { ListEntry } from './list-entries.js';

export type EntryStatus = 'not-yet' | 'active' | 'expired' | 'ended';

/** Where an entry stands on a date: not yet started, in force, past its term, or ended by an exit. */
export function entryStatus(entry: ListEntry, asOf: LocalDate): EntryStatus {
  if (asOf < entry.since) return 'not-yet';
  if (entry.ended && asOf >= entry.ended.on) return 'ended';
  if (entry.until && asOf >= entry.until) return 'expired';
  return 'active';
}
