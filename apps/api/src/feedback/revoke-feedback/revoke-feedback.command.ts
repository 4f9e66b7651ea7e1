import { Command } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { Refusal } from '#kernel';

export interface RevokedFeedback {
  readonly checkId: string;
  readonly feedbackId: string;
  readonly revokedAt: string;
  readonly position: string;
}

export type RevokeFeedbackOutcome =
  { readonly ok: true; readonly revoked: RevokedFeedback } | { readonly ok: false; readonly refusal: Refusal };

/** The checking department withdraws a feedback, with a reason; the record keeps both. */
export class RevokeFeedbackCommand extends Command<RevokeFeedbackOutcome> {
  constructor(
    readonly checkId: string,
    readonly feedbackId: string,
    readonly reason: unknown,
    readonly caller: Caller,
  ) {
    super();
  }
}
