import { Command } from '@nestjs/cqrs';
import type { Caller, SubscriptionError, SubscriptionRequest } from '#credit';
import type { SubscriptionView } from '../subscription-view.js';

export type IssuedSubscription = SubscriptionView & { readonly secret: string };

export type CreateSubscriptionOutcome =
  { readonly ok: true; readonly subscription: IssuedSubscription } | { readonly ok: false; readonly error: SubscriptionError };

/** A department subscribes a URL to list changes (and registrations); the secret is in the answer only. */
export class CreateSubscriptionCommand extends Command<CreateSubscriptionOutcome> {
  constructor(
    readonly request: SubscriptionRequest,
    readonly caller: Caller,
  ) {
    super();
  }
}
