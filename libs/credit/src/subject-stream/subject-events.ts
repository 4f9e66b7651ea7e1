import type { FactEvent } from './fact-event.js';
import { LISTING_CANDIDATE_CLEARED, LISTING_CANDIDATE_NOTED, type CandidateEvent } from './listing-candidates.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED, type ListingEvent } from './listing-events.js';

export type { ListingEvent, SubjectDelisted, SubjectListed } from './listing-events.js';

/** A credit fact recorded about the subject (`credit.<FactType>.v<n>`: the catalogue knows which). */
export type FactRecorded = FactEvent;

/** Everything on a subject's stream. */
export type SubjectEvent = FactRecorded | ListingEvent | CandidateEvent;

/**
 * A subject event with its id. Ids derive from the department's record or from the cause (see `event-ids.ts`),
 * so a decision taken twice appends nothing twice. `causationId`: the event or activation that caused it.
 */
export type SubjectStreamEvent<E extends SubjectEvent = SubjectEvent> = E & { readonly id: string; readonly causationId?: string };

export const isListingEvent = <E extends { readonly type: string }>(event: E): event is E & ListingEvent =>
  event.type === SUBJECT_LISTED || event.type === SUBJECT_DELISTED;

export const isCandidateEvent = <E extends { readonly type: string }>(event: E): event is E & CandidateEvent =>
  event.type === LISTING_CANDIDATE_NOTED || event.type === LISTING_CANDIDATE_CLEARED;
