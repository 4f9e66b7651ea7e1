import { Command, Query } from '@nestjs/cqrs';
import type { Caller, SubscriptionError } from '#credit';
import type { DeadLetter } from '#read-model';

export type DeadLettersOutcome =
  { readonly ok: true; readonly deadLetters: DeadLetter[] } | { readonly ok: false; readonly error: SubscriptionError };

/** The subscription's deliveries that failed as often as allowed. */
export class ListDeadLettersQuery extends Query<DeadLettersOutcome> {
  constructor(
    readonly id: string,
    readonly caller: Caller,
  ) {
    super();
  }
}

export type ReplayOutcome = { readonly ok: true; readonly replayed: number } | { readonly ok: false; readonly error: SubscriptionError };

/** Puts dead letters back in the queue (all, or those named); what they held follows them in order. */
export class ReplayDeadLettersCommand extends Command<ReplayOutcome> {
  constructor(
    readonly id: string,
    readonly deliveryIds: readonly string[] | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}
