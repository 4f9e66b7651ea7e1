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

/**
 * `credit.ListingDecided.v1` named a colour and no grounds. v2 (rule-format.md §8) drops the colour (the rule
 * set knows whether a list is red or black) and names the qualifying facts' document numbers; a v1 decision
 * named none, so its grounds are empty.
 */
export const listingDecidedV2: Upcaster = {
  from: 'credit.ListingDecided.v1',
  to: 'credit.ListingDecided.v2',
  upcast: (data) => {
    const fact = data.fact;
    if (typeof fact !== 'object' || fact === null || Array.isArray(fact)) return data;
    const { color: _color, ...rest } = fact;
    return { ...data, fact: { ...rest, grounds: Array.isArray(rest.grounds) ? rest.grounds : [] } };
  },
};

const firstOf = (causes: JsonValue | undefined): JsonValue => (Array.isArray(causes) && causes.length > 0 ? causes[0] : null);

/** Old shapes of stored events, brought up to date whenever the product reads the log. */
export const STORED_EVENT_UPCASTERS = new Upcasters([listingFactBackfill, listingDecidedV2]);
