import { Query } from '@nestjs/cqrs';
import type { Caller, SubscriptionError } from '#credit';
import type { SubscriptionView } from '../subscription-view.js';

/** The caller's subscriptions (the credit office: every department's). */
export class ListSubscriptionsQuery extends Query<SubscriptionView[]> {
  constructor(readonly caller: Caller) {
    super();
  }
}

export type GetSubscriptionOutcome =
  { readonly ok: true; readonly subscription: SubscriptionView } | { readonly ok: false; readonly error: SubscriptionError };

/** One subscription, as its stream records it. */
export class GetSubscriptionQuery extends Query<GetSubscriptionOutcome> {
  constructor(
    readonly id: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
