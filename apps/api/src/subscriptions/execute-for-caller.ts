import type { Caller, SubscriptionCommand } from '#credit';
import type { EventStore } from '#event-store';
import { executeSubscriptionCommand, type SubscriptionCommandResult } from '#ingestion';
import type { Clock } from '#kernel';
import { subscriptionActor } from './subscription-problem.js';

/** Runs a subscription command in the name of the calling key, which the events on the subscription's stream then name. */
export function executeForCaller(
  store: EventStore,
  clock: Clock,
  subscriptionId: string,
  command: SubscriptionCommand,
  caller: Caller,
): Promise<SubscriptionCommandResult> {
  return executeSubscriptionCommand(store, subscriptionId, command, subscriptionActor(caller), clock.now());
}
