import { todayInShanghai, type LocalDate } from '#kernel';
import {
  CHECK_PERFORMED,
  FEEDBACK_RECORDED,
  FEEDBACK_REVOKED,
  type CheckEvent,
  type CheckPerformedData,
  type FeedbackRecordedData,
  type FeedbackRevokedData,
} from './check-events.js';

export interface FeedbackState extends FeedbackRecordedData {
  readonly revoked?: FeedbackRevokedData;
}

/** A check as its stream says: undefined before it was performed. */
export interface CheckState {
  readonly check?: CheckPerformedData;
  /** By feedback id, in the order recorded. */
  readonly feedback: ReadonlyMap<string, FeedbackState>;
}

export const initialCheckState: CheckState = { feedback: new Map() };

export function evolveCheck(state: CheckState, event: CheckEvent): CheckState {
  switch (event.type) {
    case CHECK_PERFORMED:
      return { ...state, check: event.data };
    case FEEDBACK_RECORDED:
      return { ...state, feedback: new Map(state.feedback).set(event.data.feedbackId, event.data) };
    case FEEDBACK_REVOKED: {
      const recorded = state.feedback.get(event.data.feedbackId);
      if (!recorded) return state;
      return { ...state, feedback: new Map(state.feedback).set(event.data.feedbackId, { ...recorded, revoked: event.data }) };
    }
  }
}

export const foldCheck = (events: readonly CheckEvent[]): CheckState => events.reduce(evolveCheck, initialCheckState);

/** The measures the check answered for a subject, by id, with their list entries; undefined when it did not check the subject. */
export function answeredMeasures(
  check: CheckPerformedData,
  subject: string,
): ReadonlyMap<string, CheckPerformedData['answered'][number]['measures'][number]> | undefined {
  if (!check.subjects.includes(subject)) return undefined;
  const answered = check.answered.find((a) => a.subject === subject);
  return new Map((answered?.measures ?? []).map((m) => [m.measureId, m]));
}

/** The day the check was made, in Asia/Shanghai: what the statistics count it under, and the earliest day a feedback can be decided. */
export const performedOn = (check: Pick<CheckPerformedData, 'performedAt'>): LocalDate => todayInShanghai(new Date(check.performedAt));
