import { decide, FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import type { LocalDate } from '#kernel';
import type { RecordedListEntry } from '#read-model';
import { handleSubjectCommand } from '../handle-subject-command.js';

export interface ExpirySource {
  expiredUnrecorded(asOf: LocalDate, limit: number): Promise<(RecordedListEntry & { subject: string })[]>;
}

/**
 * The daily expiry job: for every entry whose fixed term has run out by `asOf`, records a SubjectDelisted
 * (reason expired, on the term's end) for the audit trail. Entries stop applying on their end date
 * whether or not this ran; the event id derives from the listing, so running twice, or late, writes
 * each expiry once and dates it correctly.
 */
export async function recordExpiries(
  store: EventStore,
  source: ExpirySource,
  asOf: LocalDate,
  actor = 'expiry-job',
  catalogue = new FactCatalogue(),
): Promise<number> {
  const decideExpiry = decide(undefined);
  let recorded = 0;
  const seen = new Set<string>();
  for (;;) {
    // The read model learns of an expiry only when the projection applies it: skip what this run already wrote.
    const due = (await source.expiredUnrecorded(asOf, 500 + seen.size)).filter((entry) => !seen.has(entry.listingEventId));
    if (due.length === 0) return recorded;
    for (const entry of due) {
      seen.add(entry.listingEventId);
      const { decision } = await handleSubjectCommand(
        store,
        catalogue,
        entry.subject,
        (state) =>
          decideExpiry(
            {
              kind: 'ExpireEntry',
              listingEventId: entry.listingEventId,
              listType: entry.listType,
              listingFactEventId: entry.listingFact.eventId,
              until: entry.until!,
              basis: entry.basis,
              ruleSet: { id: entry.ruleSetId, version: entry.ruleSetVersion },
            },
            state,
          ),
        { correlationId: entry.listingEventId, actor },
      );
      if (decision.outcome === 'record' && decision.events.length > 0) recorded++;
    }
  }
}
