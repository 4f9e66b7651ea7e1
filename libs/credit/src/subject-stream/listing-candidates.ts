import { eventType, type Event } from '#kernel';
import type { ListingBasis, ListingRegime } from './listing-events.js';
import type { RecordedFact } from './subject-state.js';

/**
 * Where the law lists by a decision (人社部令第45号, 应急管理部令第11号, 总局令第54号), facts that meet a criterion
 * make the subject a candidate of the deciding department until a decision lists it: these events keep that
 * visible and auditable, each naming the fact that caused it.
 */
export const LISTING_CANDIDATE_NOTED = eventType('credit', 'ListingCandidateNoted', 1);
export const LISTING_CANDIDATE_CLEARED = eventType('credit', 'ListingCandidateCleared', 1);

/** A procedural step the law requires before the decision (责令限期支付, 逾期未支付, 告知 …). */
export interface CandidateStep {
  readonly id: string;
  readonly description: string;
  readonly done: boolean;
  /** The fact that took the step. */
  readonly eventId?: string;
}

/** A subject whose facts meet a criterion of a list that only a decision can start. */
export interface ListingCandidate {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly criterion: string;
  /** The legal text a decision taken now would be taken under. */
  readonly regime?: ListingRegime;
  readonly basis: ListingBasis;
  /** The fact that meets the criterion, with the department that recorded it (the one that decides). */
  readonly qualifyingFact: RecordedFact;
  readonly steps: readonly CandidateStep[];
}

/** What one new fact changes on the subject's candidacies. */
export interface CandidateChange {
  /** New candidacies, and those whose steps changed. */
  readonly noted: readonly ListingCandidate[];
  /** Candidacies that ended: a decision listed the subject, or the facts no longer meet the criterion. */
  readonly cleared: readonly { readonly candidate: ListingCandidate; readonly reason: CandidateClearedReason }[];
}

export type CandidateClearedReason = 'decided' | 'no-longer-qualifies';

export interface ListingCandidateNotedData extends ListingCandidate {
  readonly ruleSet: { readonly id: string; readonly version: string };
}

export interface ListingCandidateClearedData {
  readonly listType: string;
  readonly qualifyingFactEventId: string;
  readonly reason: CandidateClearedReason;
  /** The fact event that ended the candidacy. */
  readonly cause: string;
  readonly ruleSet: { readonly id: string; readonly version: string };
}

export type ListingCandidateNoted = Event<typeof LISTING_CANDIDATE_NOTED, ListingCandidateNotedData>;
export type ListingCandidateCleared = Event<typeof LISTING_CANDIDATE_CLEARED, ListingCandidateClearedData>;
export type CandidateEvent = ListingCandidateNoted | ListingCandidateCleared;

/** The same candidacy across events: one list type, one qualifying fact. */
export const candidateKey = (candidate: Pick<ListingCandidate, 'listType' | 'qualifyingFact'>) =>
  `${candidate.listType}\u0000${candidate.qualifyingFact.eventId}`;

/**
 * The candidacies `after` holds that `before` did not (or with other steps), and those it no longer holds.
 * A candidacy whose qualifying fact is among the causes of an entry the same fact started was decided.
 */
export function candidateChange(
  before: readonly ListingCandidate[],
  after: readonly ListingCandidate[],
  decidedFacts: ReadonlySet<string>,
): CandidateChange {
  const earlier = new Map(before.map((c) => [candidateKey(c), c]));
  const later = new Set(after.map(candidateKey));
  const stepsOf = (c: ListingCandidate) => c.steps.map((s) => `${s.id}:${s.done}:${s.eventId ?? ''}`).join('|');
  return {
    noted: after.filter((c) => {
      const was = earlier.get(candidateKey(c));
      return !was || stepsOf(was) !== stepsOf(c) || was.criterion !== c.criterion;
    }),
    cleared: before
      .filter((c) => !later.has(candidateKey(c)))
      .map((candidate) => ({
        candidate,
        reason: decidedFacts.has(candidate.qualifyingFact.eventId) ? ('decided' as const) : ('no-longer-qualifies' as const),
      })),
  };
}
