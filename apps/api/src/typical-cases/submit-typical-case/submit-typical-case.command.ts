import { Command } from '@nestjs/cqrs';
import type { Caller, TypicalCaseSubmittedData } from '#credit';
import type { Refusal } from '#kernel';

export type SubmittedCase = Omit<TypicalCaseSubmittedData, 'caseId'> & { readonly id: string; readonly position: string };

export type SubmitTypicalCaseOutcome =
  { readonly ok: true; readonly submitted: SubmittedCase } | { readonly ok: false; readonly refusal: Refusal };

/** A department sends the credit office a typical case. */
export class SubmitTypicalCaseCommand extends Command<SubmitTypicalCaseOutcome> {
  constructor(
    readonly content: unknown,
    readonly caller: Caller,
    readonly correlationId: string,
  ) {
    super();
  }
}
