import type { LocalDate } from '#kernel';
import type { CandidateChange } from './listing-candidates.js';
import type { ListingBasis, ListingFlag, ListingRegime, ReachedPerson, SubjectDelistedData } from './listing-events.js';
import type { RecordedFact, SubjectState } from './subject-state.js';

/** A subject's place on a red or black list, as the decider records it (the rule evaluator's list entry is one). */
export interface ListingEntry {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly memorandum: string;
  readonly criterion: string;
  readonly regime?: ListingRegime;
  readonly flags?: readonly ListingFlag[];
  readonly since: LocalDate;
  /** Exclusive end of a fixed term. */
  readonly until?: LocalDate;
  readonly termKind: string;
  readonly ended?: {
    readonly on: LocalDate;
    readonly reason: Exclude<SubjectDelistedData['reason'], 'expired'>;
    readonly basis: ListingBasis;
    /** The fact that ended it, when a fact did (not an activation). */
    readonly eventId?: string;
    readonly flags?: SubjectDelistedData['flags'];
  };
  /** The fact event ids behind the entry. */
  readonly causes: readonly string[];
  readonly basis: ListingBasis;
  /** The fact that met the criterion. */
  readonly listingFact: RecordedFact;
}

/** Entries a fact or a rule-set change starts, and entries it ends (each with `ended` set). */
export interface ListingChange {
  readonly started: readonly ListingEntry[];
  readonly ended: readonly ListingEntry[];
}

/**
 * What the subject's decider needs from a rule set: the decider records listings, the rule set says which.
 * The rules lib implements it (credit does not depend on the rules: the rules read credit's catalogue).
 */
export interface ListingRules {
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** What one new fact changes on the subject's lists, given the facts already recorded (`state.facts`). */
  listingChanges(state: SubjectState, fact: RecordedFact): ListingChange;
  /**
   * What these rules change, from `effectiveFrom`, on the lists recorded so far (`state.listings`) under
   * earlier rule sets: entries they hold and nobody recorded start, recorded ones they do not hold end.
   */
  reevaluation(state: SubjectState, effectiveFrom: string): ListingChange;
  /**
   * What one new fact changes on the subject's candidacies for lists that only a decision starts; `decided`: the
   * fact event ids behind the entries this fact started (their candidacies end as decided).
   */
  candidateChanges(state: SubjectState, fact: RecordedFact, decided: ReadonlySet<string>): CandidateChange;
  /** The persons a new entry reaches through their roles in the listed organisation. */
  personsReached(entry: ListingEntry, state: SubjectState): readonly ReachedPerson[];
  /**
   * Why a credit repair application may not be accepted on its date (minimum period, obligations, commitment, a
   * record that cannot be repaired), or undefined; absent: the rules say nothing about repair.
   */
  repairRefusal?(state: SubjectState, application: RepairApplicationOf): { readonly code: string; readonly reason: string } | undefined;
}

/** A credit repair application as the rules judge it (CreditRepairApplied). */
export interface RepairApplicationOf {
  readonly recordEventId: string;
  readonly commitmentMade: boolean;
  readonly on: LocalDate;
}
