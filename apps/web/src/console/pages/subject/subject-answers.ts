/** The api's answers the subject page reads (apps/api: shared/measure-lists.ts, subjects/*, repair/*). */

export interface DocumentRef {
  readonly documentNumber: string;
  readonly clause?: string;
  readonly sources?: readonly string[];
}

export interface Regime {
  readonly id: string;
  readonly documentNumber: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil?: string;
}

export interface ListEntry {
  readonly listingEventId: string;
  readonly department?: string;
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly criterion: string;
  readonly regime?: Regime;
  readonly since: string;
  readonly until?: string;
  readonly termKind: string;
  readonly causes: readonly string[];
  readonly basis: DocumentRef;
  readonly status: string;
  readonly ended?: { readonly on: string; readonly reason: string; readonly eventId: string };
  readonly underObjection?: { readonly objectionId: string; readonly filedOn: string };
  /** An organisation's entry that reaches this person through a role. */
  readonly organization?: string;
  readonly role?: string;
  readonly reachedFrom?: string;
}

export interface MeasureReason {
  readonly listType: string;
  readonly label: string;
  readonly since: string;
  readonly until?: string;
  readonly criterion: string;
  readonly regime?: Regime;
  readonly eventIds: readonly string[];
  readonly role?: string;
  readonly organization?: string;
  readonly conditions: readonly string[];
}

export interface Measure {
  readonly id: string;
  readonly kind: 'punishment' | 'incentive';
  readonly text: string;
  readonly gloss: string;
  readonly departments: readonly string[];
  readonly scenarios: readonly string[];
  readonly basis: DocumentRef & { readonly local?: boolean };
  readonly statute?: DocumentRef & { readonly level?: string; readonly inferred?: string };
  readonly advisory: boolean;
  readonly inferred?: string;
  readonly because: readonly MeasureReason[];
}

export interface SubjectMeasures {
  readonly subject: string;
  readonly naturalPerson: boolean;
  readonly asOf: string;
  readonly ruleSet: { readonly id: string; readonly version: string };
  readonly lists: readonly ListEntry[];
  readonly reachedThrough: readonly ListEntry[];
  readonly measures: readonly Measure[];
}

export type SubjectLists = Omit<SubjectMeasures, 'measures'>;

export interface HistoryEvent {
  readonly eventId: string;
  readonly type: string;
  readonly label?: string;
  readonly recordedAt: string;
  readonly department?: string;
  readonly sourceRecordId?: string;
  readonly data: { readonly fact?: Record<string, unknown> } & Record<string, unknown>;
}

export interface SubjectHistory {
  readonly subject: string;
  readonly events: readonly HistoryEvent[];
}

export interface RelatedParty {
  readonly code: string;
  readonly name: string;
}

export interface SubjectRelation {
  readonly role: string;
  readonly roleLabel?: string;
  readonly person: RelatedParty;
  readonly organization: RelatedParty;
  readonly from: string;
  readonly to?: string;
}

export interface SubjectRelations {
  readonly subject: string;
  readonly relations: readonly SubjectRelation[];
}

export interface RepairEligibility {
  readonly asOf: string;
  readonly conditions: DocumentRef;
  readonly records: readonly {
    readonly record: { readonly eventId: string; readonly label?: string; readonly documentDate?: string; readonly kind: string };
    readonly eligible: boolean;
    readonly reasons: readonly { readonly code: string; readonly reason: string }[];
  }[];
}

/** Anchors the proof chain links to. */
export const eventAnchor = (eventId: string) => `event-${eventId}`;
export const entryAnchor = (listingEventId: string) => `entry-${listingEventId}`;
