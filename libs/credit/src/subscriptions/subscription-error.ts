import type { Problem, RefusalKind } from '#kernel';

export type SubscriptionErrorCode =
  | 'invalid-subscription'
  | 'subscription-exists'
  | 'unknown-subscription'
  | 'not-your-subscription'
  | 'subscription-cancelled'
  | 'unknown-dead-letter';

/** A subscription command refused: the kind says how, each problem names the field and why. */
export interface SubscriptionError {
  readonly code: SubscriptionErrorCode;
  readonly kind: Exclude<RefusalKind, 'malformed'>;
  readonly problems: readonly Problem[];
}

const KIND: Record<SubscriptionErrorCode, SubscriptionError['kind']> = {
  'invalid-subscription': 'invalid',
  'subscription-exists': 'conflict',
  'unknown-subscription': 'not-found',
  'not-your-subscription': 'forbidden',
  'subscription-cancelled': 'conflict',
  'unknown-dead-letter': 'not-found',
};

export const subscriptionError = (code: SubscriptionErrorCode, problems: readonly Problem[]): SubscriptionError => ({
  code,
  kind: KIND[code],
  problems,
});
