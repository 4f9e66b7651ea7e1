import type { GetAnswer, ItemOf, Schema } from '../../../shared/api-types';

/** The api's answers the subject page reads, as the OpenAPI document gives them. */
export type DocumentRef = Schema<'Basis'>;
export type Regime = Schema<'Regime'>;
/** An entry of the subject's own, or (with organization, role, reachedFrom) an organisation's that reaches this person through a role. */
export type ListEntry = Schema<'ListEntry'> & Partial<Pick<Schema<'ReachedListEntry'>, 'organization' | 'role' | 'reachedFrom'>>;
export type Measure = Schema<'ApplicableMeasure'>;
export type MeasureReason = ItemOf<Measure['because']>;
export type SubjectMeasures = Schema<'SubjectMeasures'>;
export type SubjectLists = Schema<'SubjectLists'>;
export type SubjectHistory = Schema<'SubjectHistory'>;
export type HistoryEvent = ItemOf<SubjectHistory['events']>;
export type SubjectRelations = Schema<'SubjectRelations'>;
export type SubjectRelation = ItemOf<SubjectRelations['relations']>;
export type RepairEligibility = GetAnswer<'/v1/subjects/{code}/repair-eligibility'>;

/** Anchors the proof chain links to. */
export const eventAnchor = (eventId: string) => `event-${eventId}`;
export const entryAnchor = (listingEventId: string) => `entry-${listingEventId}`;
