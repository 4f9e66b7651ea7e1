import { Command } from '@nestjs/cqrs';
import type { Caller, FeedbackInput } from '#credit';
import type { Refusal } from '#kernel';

export interface RecordedFeedback {
  readonly checkId: string;
  readonly feedbackId: string;
  readonly recordedAt: string;
  /** Pass as `after` to the statistics to read this write. */
  readonly position: string;
}

export type RecordFeedbackOutcome =
  { readonly ok: true; readonly recorded: RecordedFeedback } | { readonly ok: false; readonly refusal: Refusal };

/** The checking department reports what it did with the measures a check answered (反馈). */
export class RecordFeedbackCommand extends Command<RecordFeedbackOutcome> {
  constructor(
    readonly checkId: string,
    readonly input: FeedbackInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
