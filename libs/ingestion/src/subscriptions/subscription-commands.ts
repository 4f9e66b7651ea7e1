import { randomUUID } from 'node:crypto';
import {
  decideSubscription,
  evolveSubscription,
  foldSubscription,
  subscriptionStream,
  type SubscriptionCaller,
  type SubscriptionCommand,
  type SubscriptionError,
  type SubscriptionEvent,
  type SubscriptionState,
  type SubscriptionVocabulary,
} from '#credit';
import { WrongExpectedRevisionError, type EventStore, type GlobalPosition, type NewEvent } from '#event-store';
import { listTypesWithMeasures, SCENARIOS, type CompiledRuleSet } from '#rules';

/** Who asks, as each event's metadata records it. */
export interface SubscriptionActor extends SubscriptionCaller {
  readonly actor: string;
}

export type SubscriptionCommandResult =
  | {
      readonly ok: true;
      readonly events: readonly SubscriptionEvent[];
      readonly state: SubscriptionState;
      /** Where the events were appended; absent when nothing was recorded. */
      readonly position?: GlobalPosition;
    }
  | { readonly ok: false; readonly error: SubscriptionError };

/** The subscription as its stream records it, with the stream's revision (-1: no stream). */
export async function recordedSubscription(store: EventStore, id: string): Promise<{ state: SubscriptionState; revision: number }> {
  const events = await store.readStream<SubscriptionEvent>(subscriptionStream(id));
  return { state: foldSubscription(events), revision: events.at(-1)?.revision ?? -1 };
}

/** Decides `command` against the subscription's stream and appends what it decides; a concurrent writer makes it decide again. */
export async function executeSubscriptionCommand(
  store: EventStore,
  subscriptionId: string,
  command: SubscriptionCommand,
  by: SubscriptionActor,
  now: Date,
): Promise<SubscriptionCommandResult> {
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await recordedSubscription(store, subscriptionId);
    const decision = decideSubscription(command, state, by, now.toISOString());
    if (decision.outcome === 'rejected') return { ok: false, error: decision.error };
    const after = decision.events.reduce(evolveSubscription, state);
    if (decision.events.length === 0) return { ok: true, events: [], state: after };
    const metadata = { correlationId: randomUUID(), actor: by.actor, department: by.department };
    try {
      const result = await store.append(
        subscriptionStream(subscriptionId),
        decision.events.map((event): NewEvent<SubscriptionEvent> => ({ ...event, id: randomUUID(), metadata })),
        { expectedRevision: revision < 0 ? 'no_stream' : revision },
      );
      return { ok: true, events: decision.events, state: after, position: result.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= 10) throw error;
    }
  }
}

/** What a subscription request may name under the rule set in force, for the calling department. */
export function subscriptionVocabulary(rules: CompiledRuleSet, department: string): SubscriptionVocabulary {
  return {
    listTypes: new Set(rules.listTypes.keys()),
    scenarios: new Set(Object.keys(SCENARIOS)),
    callerImplementsMeasures: listTypesWithMeasures(rules, { department }).size > 0,
  };
}
