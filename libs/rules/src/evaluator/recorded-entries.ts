import type { LocalDate } from '#kernel';
import type { EntryEnd, FactRecord, ListEntry } from './list-entries.js';

/** A recorded SubjectListed / SubjectDelisted event, as far as the entries need it. */
export interface RecordedListing {
  readonly eventId: string;
  readonly type: 'listed' | 'delisted';
  readonly data: Record<string, unknown>;
}

/**
 * The subject's list entries as they were decided and recorded (SubjectListed, SubjectDelisted), not as a
 * newer rule set would decide them: a rule-set change never rewrites the past.
 */
export function recordedEntries(listings: readonly RecordedListing[], facts: readonly FactRecord[]): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const listing of listings) {
    const d = listing.data;
    if (listing.type === 'listed') {
      const causes = d.causes as string[];
      const listingFact = (d.listingFact as FactRecord | undefined) ??
        facts.find((f) => f.eventId === causes[0]) ?? { eventId: causes[0], type: 'unknown', data: {} };
      entries.push({
        listType: String(d.listType),
        label: String(d.label),
        color: d.color as 'red' | 'black',
        memorandum: String(d.memorandum),
        criterion: String(d.criterion),
        ...(d.regime ? { regime: d.regime as ListEntry['regime'] } : {}),
        ...(Array.isArray(d.flags) && d.flags.length > 0 ? { flags: d.flags as ListEntry['flags'] } : {}),
        ruleSetVersion: String((d.ruleSet as { version: string }).version),
        since: d.since as LocalDate,
        until: d.until as LocalDate | undefined,
        termKind: String(d.termKind),
        causes,
        basis: d.basis as ListEntry['basis'],
        listingFact,
      });
    } else if (d.reason !== 'expired') {
      const at = entries.findIndex((e) => e.listType === d.listType && e.listingFact.eventId === d.listingFactEventId);
      // Revoked void from the start: the entry never was (an upheld objection).
      if (at >= 0 && d.void) entries.splice(at, 1);
      else if (at >= 0) {
        entries[at] = {
          ...entries[at],
          ended: {
            on: d.on as LocalDate,
            reason: d.reason as EntryEnd['reason'],
            eventId: String(d.cause),
            basis: d.basis as ListEntry['basis'],
            ...(Array.isArray(d.flags) && d.flags.length > 0 ? { flags: d.flags as NonNullable<EntryEnd['flags']> } : {}),
          },
        };
      }
    }
  }
  return entries;
}
