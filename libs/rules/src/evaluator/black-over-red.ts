import type { LocalDate } from '#kernel';
import type { Basis } from './compiled-rule-set.js';
import { entryStatus } from './entry-status.js';
import type { ListEntry } from './list-entries.js';

/**
 * 发改财金规〔2017〕1798号 (十九): a red-list subject that is black-listed while its red entry is in force is deleted
 * from the red list, and nothing restores it. Decided by dates, never by the order the facts were recorded in:
 *
 * - a black entry that starts while a red entry is in force ends the red one on the black entry's `since`;
 * - a red entry that starts while a black entry is in force starts ended on its own `since` (inferred: 1798号 (十九)
 *   deletes a red determination rather than forbidding one; the determination and its deletion both stay on
 *   record, and no incentive ever applies because the entry is ended from its first day).
 *
 * The earliest such date holds; an exit that ended the red entry before it is left alone. An entry that records
 * dishonesty information rather than a 名单 (`record`, a broken credit commitment) is no 黑名单 listing: it deletes nothing.
 */
export function blackOverRed(entries: readonly ListEntry[], basis: Basis | undefined): ListEntry[] {
  if (!basis) return [...entries];
  const black = entries.filter((e) => e.color === 'black' && !e.record);
  if (black.length === 0) return [...entries];
  return entries.map((entry) => {
    if (entry.color !== 'red') return entry;
    const end = endOf(entry);
    let found: { on: LocalDate; by: ListEntry } | undefined;
    for (const b of black) {
      const on = b.since > entry.since ? b.since : entry.since;
      if ((end && on >= end) || entryStatus(b, on) !== 'active') continue;
      if (!found || on < found.on) found = { on, by: b };
    }
    return found
      ? { ...entry, ended: { on: found.on, reason: 'black-listing' as const, eventId: found.by.listingFact.eventId, basis } }
      : entry;
  });
}

/** The first day the entry is no longer in force by its own exit or term (a black-listing end is recomputed). */
function endOf(entry: ListEntry): LocalDate | undefined {
  const ended = entry.ended && entry.ended.reason !== 'black-listing' ? entry.ended.on : undefined;
  if (!ended) return entry.until;
  return entry.until && entry.until < ended ? entry.until : ended;
}
