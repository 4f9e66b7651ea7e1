import { eventType, type Event, type LocalDate } from '#kernel';

/**
 * A check of record (核查使用) and the feedback on it (反馈) live on the check's own stream, `check-<uuid>`:
 * the implementing department checked subjects in an approval (`CheckPerformed`), then says what it did with
 * each measure the check answered (`FeedbackRecorded`), revocable with a reason (`FeedbackRevoked`).
 */
export const CHECK_STREAM_PREFIX = 'check-';
export const CHECK_PERFORMED = eventType('feedback', 'CheckPerformed', 1);
export const FEEDBACK_RECORDED = eventType('feedback', 'FeedbackRecorded', 1);
export const FEEDBACK_REVOKED = eventType('feedback', 'FeedbackRevoked', 1);

export const checkStream = (checkId: string): string => `${CHECK_STREAM_PREFIX}${checkId}`;

/** The stages of an approval at which an embedded check is made (Zhejiang practice: 受理, 审查, 办结). */
export const MATTER_STAGES = { acceptance: '受理', review: '审查', completion: '办结' } as const;
export type MatterStage = keyof typeof MATTER_STAGES;

/** The approval the check or the feedback is about. */
export interface Matter {
  /** 事项名称: the approval item. */
  readonly name?: string;
  /** 办件编号: the case number in the approval system. */
  readonly caseNumber?: string;
  readonly stage?: MatterStage;
}

/** The list entry behind a measure: the proof a feedback links to. */
export interface EntryProof {
  readonly listType: string;
  /** The SubjectListed event of the entry (GET /v1/subjects/{code}/lists `listingEventId`). */
  readonly listingEventId?: string;
  /** The fact that listed the subject (`causes[0]` of SubjectListed). */
  readonly listingFactEventId: string;
  /** For a person reached through a role: the listed organisation and the role. */
  readonly organization?: string;
  readonly role?: string;
}

export interface AnsweredMeasure {
  readonly measureId: string;
  readonly entries: readonly EntryProof[];
}

/** A subject the check answered with at least one measure. */
export interface AnsweredSubject {
  readonly subject: string;
  readonly measures: readonly AnsweredMeasure[];
}

export interface CheckPerformedData {
  readonly checkId: string;
  /** The checking department (its API key's). */
  readonly department: string;
  readonly actor: string;
  readonly performedAt: string;
  readonly asOf: LocalDate;
  /** The measure query's filters: the approval scenario and the implementing department asked for. */
  readonly filters: { readonly scenario?: string; readonly department?: string };
  readonly matter?: Matter;
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** Every subject checked, each once. */
  readonly subjects: readonly string[];
  /** Only the subjects with measures: the measure ids and their list entries, not the whole answer. */
  readonly answered: readonly AnsweredSubject[];
}

/** What a department did with one measure. */
export interface MeasureFeedback {
  readonly measureId: string;
  readonly applied: boolean;
  /** Why not applied (required then), or a remark. */
  readonly reason?: string;
  readonly result?: string;
  /** Exact decimal yuan, at most 2 places. */
  readonly amount?: string;
}

export interface FeedbackRecordedData {
  readonly checkId: string;
  readonly feedbackId: string;
  readonly department: string;
  readonly subject: string;
  readonly matter: Matter;
  readonly measures: readonly MeasureFeedback[];
  readonly decidedOn: LocalDate;
  readonly officer: string;
  readonly recordedAt: string;
}

export interface FeedbackRevokedData {
  readonly checkId: string;
  readonly feedbackId: string;
  readonly department: string;
  readonly reason: string;
  readonly revokedAt: string;
}

export type CheckPerformed = Event<typeof CHECK_PERFORMED, CheckPerformedData>;
export type FeedbackRecorded = Event<typeof FEEDBACK_RECORDED, FeedbackRecordedData>;
export type FeedbackRevoked = Event<typeof FEEDBACK_REVOKED, FeedbackRevokedData>;

/** The events of a check's stream. */
export type CheckEvent = CheckPerformed | FeedbackRecorded | FeedbackRevoked;
export const CHECK_EVENT_TYPES = [CHECK_PERFORMED, FEEDBACK_RECORDED, FEEDBACK_REVOKED] as const;
