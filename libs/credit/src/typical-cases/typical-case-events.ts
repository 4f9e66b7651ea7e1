import { eventType, type Event, type LocalDate } from '#kernel';

/**
 * A typical case (典型案例) of joint reward or punishment that a department sends the credit office: one stream per
 * case, `typical-case-<uuid>`. The quarterly assessment counts them per department (see quarterly-target.ts).
 */
export const TYPICAL_CASE_SUBMITTED = eventType('cases', 'TypicalCaseSubmitted', 1);
export const TYPICAL_CASE_WITHDRAWN = eventType('cases', 'TypicalCaseWithdrawn', 1);

/** 守信激励 or 失信惩戒: the side of joint reward and punishment the case shows. */
export const TYPICAL_CASE_KINDS = { reward: '守信激励', punishment: '失信惩戒' } as const;
export type TypicalCaseKind = keyof typeof TYPICAL_CASE_KINDS;

export interface TypicalCaseContent {
  readonly kind: TypicalCaseKind;
  readonly title: string;
  readonly summary: string;
  /** 统一社会信用代码 or 身份证号 of the subjects the case is about. */
  readonly subjects: readonly string[];
  /** The measures applied (激励 or 惩戒措施), as the department describes them. */
  readonly measures: readonly string[];
  /** The 文号 of the decisions the case rests on. */
  readonly documentNumbers: readonly string[];
  /** The day it happened (the measure was applied). */
  readonly occurredOn: LocalDate;
}

export interface TypicalCaseSubmittedData extends TypicalCaseContent {
  readonly caseId: string;
  /** The submitting department. */
  readonly department: string;
  /** The day (Asia/Shanghai) the credit office received it: the quarter it counts in. */
  readonly submittedOn: LocalDate;
}

export interface TypicalCaseWithdrawnData {
  readonly caseId: string;
  /** Who withdrew it: the submitting department or the credit office. */
  readonly department: string;
  readonly reason: string;
  readonly withdrawnOn: LocalDate;
}

export type TypicalCaseSubmitted = Event<typeof TYPICAL_CASE_SUBMITTED, TypicalCaseSubmittedData>;
export type TypicalCaseWithdrawn = Event<typeof TYPICAL_CASE_WITHDRAWN, TypicalCaseWithdrawnData>;
export type TypicalCaseEvent = TypicalCaseSubmitted | TypicalCaseWithdrawn;

const TYPICAL_CASE_STREAM_PREFIX = 'typical-case-';
export const typicalCaseStream = (caseId: string) => `${TYPICAL_CASE_STREAM_PREFIX}${caseId}`;
