import { SUBJECT_LISTED } from '#credit';
import { Upcasters, type JsonValue, type Upcaster } from '#event-store';

/**
 * `credit.SubjectListed.v1` events stored before the listing fact travelled with them name only their
 * causes. They read with a listing fact of unknown type and no data, pointing at the first cause: the
 * fact that met the criterion, whose conditions nobody can read from the listing any more.
 */
export const listingFactBackfill: Upcaster = {
  from: SUBJECT_LISTED,
  upcast: (data) =>
    data.listingFact !== undefined ? data : { ...data, listingFact: { eventId: firstOf(data.causes), type: 'unknown', data: {} } },
};

const firstOf = (causes: JsonValue | undefined): JsonValue => (Array.isArray(causes) && causes.length > 0 ? causes[0] : null);

/** Old shapes of stored events, brought up to date whenever the product reads the log. */
export const STORED_EVENT_UPCASTERS = new Upcasters([listingFactBackfill]);
