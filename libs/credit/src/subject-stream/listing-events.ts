import { eventType, type Event } from '#kernel';
/**
 * Listing is a recorded decision: when a fact changes the subject's lists under the active rule set, the
 * fact and these events are appended together, each naming its cause and the rule-set version.
 */
export const SUBJECT_LISTED = eventType('credit', 'SubjectListed', 1);
export const SUBJECT_DELISTED = eventType('credit', 'SubjectDelisted', 1);

export interface ListingBasis {
  readonly documentNumber: string;
  readonly clause?: string;
}

/** A person the listing reaches at the moment of listing, through a role in the listed organisation. */
export interface ReachedPerson {
  readonly role: string;
  readonly idNumber: string;
  readonly since: string;
}

/** The legal text an entry was decided under, selected by its deciding date (rule-format.md §1). */
export interface ListingRegime {
  readonly id: string;
  readonly documentNumber: string;
  readonly effectiveFrom: string;
  /** Exclusive; absent: in force. */
  readonly effectiveUntil?: string;
}

/** What the record does not show for a listing the competent authority decided (rule-format.md §2). */
export interface ListingFlag {
  readonly code: 'qualifying-fact-not-recorded' | 'criteria-not-met' | 'step-missing';
  readonly reason: string;
  readonly step?: string;
}

export interface SubjectListedData {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly memorandum: string;
  readonly criterion: string;
  /** Absent for a list type whose rules name no regime (and on listings recorded before regimes). */
  readonly regime?: ListingRegime;
  /** Empty when the record shows everything the listing rests on; absent on listings recorded before flags. */
  readonly flags?: readonly ListingFlag[];
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly since: string;
  readonly until?: string;
  readonly termKind: string;
  /** The fact event ids behind the listing. */
  readonly causes: readonly string[];
  /** The fact that met the criterion, as it was judged: conditions of the case (查补税款尚未缴清) are read from it. */
  readonly listingFact: { readonly eventId: string; readonly type: string; readonly data: Readonly<Record<string, unknown>> };
  readonly basis: ListingBasis;
  readonly reaches: readonly ReachedPerson[];
}

export interface SubjectDelistedData {
  readonly listType: string;
  /** The fact event that started the entry. */
  readonly listingFactEventId: string;
  readonly on: string;
  /**
   * exit / black-listing: a fact ended it; rule-set-change: an activated rule set no longer holds it;
   * expired: its fixed term ran out (recorded by the daily expiry job for the audit trail; the
   * entry stops applying on `until` whether or not this is recorded); credit-repair: an approved repair of its
   * listing fact (令第36号 第三条); revoked: the fact behind it was revoked as wrong from the start (an upheld
   * objection, RecordRevoked), `on` is the entry's own start and `void` is set.
   */
  readonly reason: 'exit' | 'black-listing' | 'rule-set-change' | 'expired' | 'credit-repair' | 'revoked';
  /** Void from the start: the entry never applied, on any date; read models drop its past. Only with `revoked`. */
  readonly void?: true;
  /** The fact event that ended it; the activation event for a rule-set change; the listing event for an expiry. */
  readonly cause: string;
  readonly basis: ListingBasis;
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** An exit on application the authority approved though the record lacks a precondition, or after a reoffence. */
  readonly flags?: readonly DelistingFlag[];
}

/** `precondition-missing` (naming the requirement) or `reoffended` (rule-format.md §4). */
export interface DelistingFlag {
  readonly code: string;
  readonly requirement?: string;
  readonly reason: string;
}

export type SubjectListed = Event<typeof SUBJECT_LISTED, SubjectListedData>;
export type SubjectDelisted = Event<typeof SUBJECT_DELISTED, SubjectDelistedData>;
/** The listing decisions on a subject's stream. */
export type ListingEvent = SubjectListed | SubjectDelisted;
