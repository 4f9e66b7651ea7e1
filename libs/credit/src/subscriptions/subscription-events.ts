import { eventType, type Event } from '#kernel';

/**
 * A department's subscription to list changes and registrations lives on its own stream. The secret that
 * signs deliveries is never recorded: it is derived from the server key and `secretVersion`.
 */
export const SUBSCRIPTION_STREAM_PREFIX = 'subscription-';
export const subscriptionStream = (id: string) => `${SUBSCRIPTION_STREAM_PREFIX}${id}`;
/** The subscription id of a subscription stream; undefined for any other stream. */
export const subscriptionOfStream = (stream: string) =>
  stream.startsWith(SUBSCRIPTION_STREAM_PREFIX) ? stream.slice(SUBSCRIPTION_STREAM_PREFIX.length) : undefined;

export const SUBSCRIPTION_CREATED = eventType('delivery', 'SubscriptionCreated', 1);
export const SUBSCRIPTION_SECRET_ROTATED = eventType('delivery', 'SubscriptionSecretRotated', 1);
export const SUBSCRIPTION_CANCELLED = eventType('delivery', 'SubscriptionCancelled', 1);
export const DEAD_LETTERS_REPLAYED = eventType('delivery', 'DeadLettersReplayed', 1);

/** What a subscriber receives: list changes narrowed by these filters (all given must hold), and registrations if asked. */
export interface SubscriptionFilters {
  /** Only these list types. Absent: every list type. */
  readonly listTypes?: readonly string[];
  /** Only list types with a measure applied in one of these scenarios. */
  readonly scenarios?: readonly string[];
  /** Only list types with a measure the subscriber's department implements. */
  readonly ownMeasures: boolean;
  /** New registrations (SubjectRegistered) too, for 双告知. */
  readonly registrations: boolean;
}

export interface SubscriptionCreatedData extends SubscriptionFilters {
  readonly subscriptionId: string;
  readonly department: string;
  readonly url: string;
  readonly secretVersion: number;
  readonly createdAt: string;
}

export interface SubscriptionSecretRotatedData {
  readonly subscriptionId: string;
  readonly secretVersion: number;
  readonly rotatedAt: string;
}

export interface SubscriptionCancelledData {
  readonly subscriptionId: string;
  readonly cancelledAt: string;
}

export interface DeadLettersReplayedData {
  readonly subscriptionId: string;
  /** The dead deliveries put back in the queue; every dead one of the subscription when absent. */
  readonly deliveryIds?: readonly string[];
  readonly replayedAt: string;
}

export type SubscriptionCreated = Event<typeof SUBSCRIPTION_CREATED, SubscriptionCreatedData>;
export type SubscriptionSecretRotated = Event<typeof SUBSCRIPTION_SECRET_ROTATED, SubscriptionSecretRotatedData>;
export type SubscriptionCancelled = Event<typeof SUBSCRIPTION_CANCELLED, SubscriptionCancelledData>;
export type DeadLettersReplayed = Event<typeof DEAD_LETTERS_REPLAYED, DeadLettersReplayedData>;

/** The events of a `subscription-<uuid>` stream. */
export type SubscriptionEvent = SubscriptionCreated | SubscriptionSecretRotated | SubscriptionCancelled | DeadLettersReplayed;

export const SUBSCRIPTION_EVENT_TYPES = [
  SUBSCRIPTION_CREATED,
  SUBSCRIPTION_SECRET_ROTATED,
  SUBSCRIPTION_CANCELLED,
  DEAD_LETTERS_REPLAYED,
] as const satisfies readonly SubscriptionEvent['type'][];
