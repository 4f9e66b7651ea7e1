import { Command } from '@nestjs/cqrs';
import type { Caller, SubscriptionError } from '#credit';
import type { SubscriptionView } from '../subscription-view.js';

export type CancelSubscriptionOutcome =
  { readonly ok: true; readonly subscription: SubscriptionView } | { readonly ok: false; readonly error: SubscriptionError };

/** Ends a subscription: nothing more is delivered to it, queued changes included. */
export class CancelSubscriptionCommand extends Command<CancelSubscriptionOutcome> {
  constructor(
    readonly id: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
