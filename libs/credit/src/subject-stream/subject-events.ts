import type { Event } from '#kernel';
import type { FactEventType } from '../facts/fact-catalogue.js';
import type { FactEventData } from './fact-event.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED, type SubjectDelistedData, type SubjectListedData } from './listing-events.js';

/** A credit fact recorded about the subject (`credit.<FactType>.v<n>`: the catalogue knows which). */
export type FactRecorded = Event<FactEventType, FactEventData>;
/** The subject was put on a red or black list, and whom that reaches. */
export type SubjectListed = Event<typeof SUBJECT_LISTED, SubjectListedData>;
/** A list entry of the subject ended (an exit, a black listing, a rule-set change, its term). */
export type SubjectDelisted = Event<typeof SUBJECT_DELISTED, SubjectDelistedData>;
export type ListingEvent = SubjectListed | SubjectDelisted;

/** Everything on a subject's stream. */
export type SubjectEvent = FactRecorded | ListingEvent;

/**
 * A subject event with its id. Ids derive from the department's record or from the cause (see `event-ids.ts`),
 * so a decision taken twice appends nothing twice. `causationId`: the event or activation that caused it.
 */
export type SubjectStreamEvent<E extends SubjectEvent = SubjectEvent> = E & { readonly id: string; readonly causationId?: string };

export const isListingEvent = <E extends { readonly type: string }>(event: E): event is E & ListingEvent =>
  event.type === SUBJECT_LISTED || event.type === SUBJECT_DELISTED;
