import { Command } from '@nestjs/cqrs';
import type { Caller, TypicalCaseWithdrawnData } from '#credit';
import type { Refusal } from '#kernel';

export type WithdrawnCase = Omit<TypicalCaseWithdrawnData, 'caseId'> & { readonly id: string; readonly position: string };

export type WithdrawTypicalCaseOutcome =
  { readonly ok: true; readonly withdrawn: WithdrawnCase } | { readonly ok: false; readonly refusal: Refusal };

/** The submitting department, or the credit office, withdraws a case with a reason: it no longer counts. */
export class WithdrawTypicalCaseCommand extends Command<WithdrawTypicalCaseOutcome> {
  constructor(
    readonly caseId: string,
    readonly reason: unknown,
    readonly caller: Caller,
    readonly correlationId: string,
  ) {
    super();
  }
}
