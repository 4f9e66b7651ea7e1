import { REVOKED_EVENT_FIELD } from '../facts/catalogue/objection.facts.js';
import { domainError, type DomainError } from './domain-error.js';
import { derivedEventId } from './event-ids.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED } from './listing-events.js';
import type { SubjectDelisted, SubjectStreamEvent } from './subject-events.js';
import type { SubjectState } from './subject-state.js';

/** The fact event a revoking fact names. */
export const revokedEventOf = (fact: Readonly<Record<string, unknown>>): string => String(fact[REVOKED_EVENT_FIELD]);

/** A revocation must name a fact the subject's history still holds (not one already revoked). */
export function revocationRefusal(fact: Readonly<Record<string, unknown>>, state: SubjectState, subject: string): DomainError | undefined {
  const revoked = revokedEventOf(fact);
  if (state.facts.some((recorded) => recorded.eventId === revoked)) return undefined;
  return domainError(
    'reference-not-found',
    `data.${REVOKED_EVENT_FIELD}`,
    `no fact event ${revoked} is on record for ${subject} (unknown, not a fact, or already revoked)`,
  );
}

/**
 * The listings the revoked fact caused, each ended void from the start: delisted on the day it started, with
 * `void` set so the read models drop the entry's past (it never applied). One per listing, never twice.
 */
export function voidDelistings(
  state: SubjectState,
  fact: Readonly<Record<string, unknown>>,
  revocationEventId: string,
): SubjectStreamEvent<SubjectDelisted>[] {
  const revoked = revokedEventOf(fact);
  const voided = new Set(
    state.listings.flatMap((event) =>
      event.type === SUBJECT_DELISTED && event.data.void ? [`${event.data.listType}\u0000${event.data.listingFactEventId}`] : [],
    ),
  );
  return state.listings.flatMap((event) => {
    if (event.type !== SUBJECT_LISTED || !event.data.causes.includes(revoked)) return [];
    const { listType, causes, since, ruleSet } = event.data;
    if (voided.has(`${listType}\u0000${causes[0]}`)) return [];
    return [
      {
        id: derivedEventId(revocationEventId, `void:${listType}:${causes[0]}`),
        causationId: revocationEventId,
        type: SUBJECT_DELISTED,
        data: {
          listType,
          listingFactEventId: causes[0],
          on: since,
          reason: 'revoked',
          void: true,
          cause: revocationEventId,
          basis: { documentNumber: '信用记录撤销（异议成立，自始无效）', clause: String(fact.reason ?? '') },
          ruleSet: { id: ruleSet.id, version: ruleSet.version },
        },
      },
    ];
  });
}
