import {
  DEAD_LETTERS_REPLAYED,
  SUBSCRIPTION_CANCELLED,
  SUBSCRIPTION_CREATED,
  SUBSCRIPTION_SECRET_ROTATED,
  type SubscriptionEvent,
  type SubscriptionFilters,
} from './subscription-events.js';

export interface Subscription extends SubscriptionFilters {
  readonly id: string;
  readonly department: string;
  readonly url: string;
  readonly secretVersion: number;
  readonly createdAt: string;
  readonly cancelledAt?: string;
}

/** undefined until the stream records a creation. */
export type SubscriptionState = Subscription | undefined;

export function evolveSubscription(state: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  switch (event.type) {
    case SUBSCRIPTION_CREATED: {
      const { subscriptionId, createdAt, department, url, secretVersion, listTypes, scenarios, ownMeasures, registrations } = event.data;
      return {
        id: subscriptionId,
        department,
        url,
        secretVersion,
        createdAt,
        ...(listTypes ? { listTypes } : {}),
        ...(scenarios ? { scenarios } : {}),
        ownMeasures,
        registrations,
      };
    }
    case SUBSCRIPTION_SECRET_ROTATED:
      return state && { ...state, secretVersion: event.data.secretVersion };
    case SUBSCRIPTION_CANCELLED:
      return state && { ...state, cancelledAt: event.data.cancelledAt };
    case DEAD_LETTERS_REPLAYED:
      return state;
  }
}

export function foldSubscription(events: readonly SubscriptionEvent[]): SubscriptionState {
  return events.reduce<SubscriptionState>(evolveSubscription, undefined);
}
