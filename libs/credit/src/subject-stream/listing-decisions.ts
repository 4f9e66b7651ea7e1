import {
  LISTING_CANDIDATE_CLEARED,
  LISTING_CANDIDATE_NOTED,
  type CandidateClearedReason,
  type ListingCandidate,
  type ListingCandidateCleared,
  type ListingCandidateNoted,
} from './listing-candidates.js';
import { SUBJECT_DELISTED, SUBJECT_LISTED, type ReachedPerson } from './listing-events.js';
import type { ListingEntry, ListingRules } from './listing-rules.js';
import type { SubjectDelisted, SubjectListed, SubjectStreamEvent } from './subject-events.js';

/** The listing of a new entry, naming its cause, the rule set and the persons it reaches. */
export function subjectListed(
  entry: ListingEntry,
  rules: ListingRules,
  reaches: readonly ReachedPerson[],
  ids: { readonly id: string; readonly causationId: string },
): SubjectStreamEvent<SubjectListed> {
  return {
    ...ids,
    type: SUBJECT_LISTED,
    data: {
      listType: entry.listType,
      label: entry.label,
      color: entry.color,
      memorandum: entry.memorandum,
      criterion: entry.criterion,
      ...(entry.regime ? { regime: entry.regime } : {}),
      flags: entry.flags ?? [],
      ruleSet: { id: rules.ruleSet.id, version: rules.ruleSet.version },
      since: entry.since,
      until: entry.until,
      termKind: entry.termKind,
      causes: entry.causes,
      // The event keeps the recorded fact only: its region is derived again on every reading.
      listingFact: { eventId: entry.listingFact.eventId, type: entry.listingFact.type, data: entry.listingFact.data },
      basis: { documentNumber: entry.basis.documentNumber, clause: entry.basis.clause },
      reaches,
    },
  };
}

/** The end of an entry: `entry.ended` says when and why; `cause` is the fact (or the activation) that ended it. */
export function subjectDelisted(
  entry: ListingEntry,
  cause: string,
  rules: ListingRules,
  ids: { readonly id: string; readonly causationId: string },
): SubjectStreamEvent<SubjectDelisted> {
  const ended = entry.ended!;
  return {
    ...ids,
    type: SUBJECT_DELISTED,
    data: {
      listType: entry.listType,
      listingFactEventId: entry.listingFact.eventId,
      on: ended.on,
      reason: ended.reason,
      cause,
      basis: { documentNumber: ended.basis.documentNumber, clause: ended.basis.clause },
      ruleSet: { id: rules.ruleSet.id, version: rules.ruleSet.version },
      ...(ended.flags?.length ? { flags: ended.flags } : {}),
    },
  };
}

/** A subject that facts make a candidate for a list only a decision starts (or whose steps changed). */
export function candidateNoted(
  candidate: ListingCandidate,
  rules: ListingRules,
  ids: { readonly id: string; readonly causationId: string },
): SubjectStreamEvent<ListingCandidateNoted> {
  return {
    ...ids,
    type: LISTING_CANDIDATE_NOTED,
    data: { ...candidate, ruleSet: { id: rules.ruleSet.id, version: rules.ruleSet.version } },
  };
}

/** The end of a candidacy: decided (listed), or its facts no longer meet the criterion. */
export function candidateCleared(
  candidate: ListingCandidate,
  reason: CandidateClearedReason,
  cause: string,
  rules: ListingRules,
  ids: { readonly id: string; readonly causationId: string },
): SubjectStreamEvent<ListingCandidateCleared> {
  return {
    ...ids,
    type: LISTING_CANDIDATE_CLEARED,
    data: {
      listType: candidate.listType,
      qualifyingFactEventId: candidate.qualifyingFact.eventId,
      reason,
      cause,
      ruleSet: { id: rules.ruleSet.id, version: rules.ruleSet.version },
    },
  };
}
