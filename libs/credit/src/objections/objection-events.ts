import { eventType, type Event } from '#kernel';
import type { SubjectReference } from '../subject-stream/fact-event.js';

/**
 * An objection (异议) is a case of its own, on the stream `objection-<uuid>`: filed by the credit office for the
 * subject (or on its own initiative), accepted or not by the platform, checked, answered by the department that
 * recorded the record, and decided. Each step is one event naming the day it was taken.
 */
export const OBJECTION_FILED = eventType('objection', 'ObjectionFiled', 1);
export const OBJECTION_ACCEPTED = eventType('objection', 'ObjectionAccepted', 1);
export const OBJECTION_NOT_ACCEPTED = eventType('objection', 'ObjectionNotAccepted', 1);
export const OBJECTION_CHECKED = eventType('objection', 'ObjectionChecked', 1);
export const OBJECTION_ANSWERED = eventType('objection', 'ObjectionAnswered', 1);
export const OBJECTION_DECIDED = eventType('objection', 'ObjectionDecided', 1);

const OBJECTION_STREAM_PREFIX = 'objection-';
export const objectionStream = (objectionId: string) => `${OBJECTION_STREAM_PREFIX}${objectionId}`;
export const objectionOfStream = (stream: string) =>
  stream.startsWith(OBJECTION_STREAM_PREFIX) ? stream.slice(OBJECTION_STREAM_PREFIX.length) : undefined;

/** Who objects: the subject (through the credit office), or the credit office on its own initiative. */
export const FILED_BY = { subject: '信用主体申请', office: '信用办主动发起' } as const;
export type FiledBy = keyof typeof FILED_BY;

/** What the source department proposes after its own check. */
export const ANSWER_PROPOSALS = { correction: '更正', revocation: '撤销（删除）', 'no-change': '信息无误，维持' } as const;
export type AnswerProposal = keyof typeof ANSWER_PROPOSALS;

export const OBJECTION_OUTCOMES = {
  'upheld-correction': '异议成立，更正',
  'upheld-revocation': '异议成立，撤销（自始无效）',
  rejected: '异议不成立，取消异议标注',
} as const;
export type ObjectionOutcome = keyof typeof OBJECTION_OUTCOMES;

/** The working days each step has, as configured when the objection was filed (the case keeps them). */
export interface ObjectionWorkingDays {
  readonly acceptance: number;
  readonly check: number;
  readonly answer: number;
}

/** The record objected to: a fact event on the subject's stream, and who recorded it. */
export interface ObjectedRecord {
  readonly subject: SubjectReference;
  readonly eventId: string;
  /** The catalogue fact type, e.g. PenaltyDecided. */
  readonly type: string;
  /** The department that recorded it: the source department that answers. */
  readonly department: string;
}

export interface ObjectionFiledData {
  readonly objectionId: string;
  readonly record: ObjectedRecord;
  readonly filedBy: FiledBy;
  readonly filedOn: string;
  readonly grounds: string;
  readonly workingDays: ObjectionWorkingDays;
}

export interface ObjectionAcceptedData {
  readonly on: string;
}

export interface ObjectionNotAcceptedData {
  readonly on: string;
  readonly reason: string;
}

export interface ObjectionCheckedData {
  readonly on: string;
  readonly finding: string;
}

export interface ObjectionAnsweredData {
  readonly on: string;
  readonly department: string;
  readonly proposes: AnswerProposal;
  readonly explanation: string;
}

export interface ObjectionDecidedData {
  readonly on: string;
  readonly outcome: ObjectionOutcome;
  readonly reason: string;
  /** Upheld with correction: the corrected fact the source department recorded. */
  readonly correctionEventId?: string;
  /** Upheld with revocation: the RecordRevoked fact on the subject's stream. */
  readonly revocationEventId?: string;
}

export type ObjectionFiled = Event<typeof OBJECTION_FILED, ObjectionFiledData>;
export type ObjectionAccepted = Event<typeof OBJECTION_ACCEPTED, ObjectionAcceptedData>;
export type ObjectionNotAccepted = Event<typeof OBJECTION_NOT_ACCEPTED, ObjectionNotAcceptedData>;
export type ObjectionChecked = Event<typeof OBJECTION_CHECKED, ObjectionCheckedData>;
export type ObjectionAnswered = Event<typeof OBJECTION_ANSWERED, ObjectionAnsweredData>;
export type ObjectionDecided = Event<typeof OBJECTION_DECIDED, ObjectionDecidedData>;

/** Everything on an objection's stream. */
export type ObjectionEvent =
  ObjectionFiled | ObjectionAccepted | ObjectionNotAccepted | ObjectionChecked | ObjectionAnswered | ObjectionDecided;

export const OBJECTION_EVENT_TYPES: readonly ObjectionEvent['type'][] = [
  OBJECTION_FILED,
  OBJECTION_ACCEPTED,
  OBJECTION_NOT_ACCEPTED,
  OBJECTION_CHECKED,
  OBJECTION_ANSWERED,
  OBJECTION_DECIDED,
];
