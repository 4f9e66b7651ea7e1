import {
  DEAD_LETTERS_REPLAYED,
  evolveSubscription,
  SUBSCRIPTION_EVENT_TYPES,
  subjectOfStream,
  subscriptionOfStream,
  type Subscription,
  type SubscriptionEvent,
} from '#credit';
import { asRecorded, type EventStore, type GlobalPosition, type RecordedEvent } from '#event-store';
import { todayInShanghai, type Clock } from '#kernel';
import type { FanOutStore, FanOutWrites, OutboxEntry } from '#read-model';
import type { CompiledRuleSet } from '#rules';
import { DELIVERED_EVENT_TYPES, deliveredChangeOf } from './delivered-change.js';
import { SubscriptionRoutes } from './subscription-routes.js';

export interface RuleSetsOnDate {
  on(date: string): Promise<CompiledRuleSet>;
}

const SUBSCRIPTION_TYPES = new Set<string>(SUBSCRIPTION_EVENT_TYPES);
const DELIVERED_TYPES = new Set<string>(DELIVERED_EVENT_TYPES);

/**
 * Reads the log after its checkpoint and queues one outbox row per (subscription, change), knowing the
 * subscriptions as of each event: a subscription receives the changes recorded after its creation and none after
 * its cancellation. Rows, subscriptions and checkpoint are written in one transaction.
 */
export class FanOut {
  private checkpoint?: GlobalPosition;
  private subscriptions = new Map<string, Subscription>();
  private routes?: SubscriptionRoutes;
  private routesFor?: CompiledRuleSet;

  constructor(
    private readonly store: EventStore,
    private readonly outbox: FanOutStore,
    private readonly ruleSets: RuleSetsOnDate,
    private readonly clock: Clock,
    private readonly batchSize = 1000,
  ) {}

  /** The subscriptions as of the checkpoint (the worker reads their URL and secret version here). */
  subscription(id: string): Subscription | undefined {
    return this.subscriptions.get(id);
  }

  position(): GlobalPosition | undefined {
    return this.checkpoint;
  }

  async prepare(): Promise<void> {
    this.checkpoint = await this.outbox.checkpoint();
    this.subscriptions = new Map((await this.outbox.subscriptions()).map((s) => [s.id, s]));
  }

  /** One batch of the log; returns the subscriptions it gave work (changes or replayed dead letters), or undefined at the end of the log. */
  async runOnce(): Promise<ReadonlySet<string> | undefined> {
    if (!this.checkpoint) await this.prepare();
    const from = this.checkpoint!;
    const batch = await this.store.readAll({ after: from, maxCount: this.batchSize });
    if (batch.length === 0) return undefined;
    const subscriptions = new Map(this.subscriptions);
    const writes = await this.fanOut(batch, subscriptions);
    const to = batch[batch.length - 1].position;
    if (!(await this.outbox.commit(from, to, writes))) {
      this.checkpoint = undefined; // another process moved it: start again from what the database says
      return new Set();
    }
    this.subscriptions = subscriptions;
    this.checkpoint = to;
    return new Set([...writes.entries.flatMap((e) => e.recipients), ...writes.replays.map((r) => r.subscriptionId)]);
  }

  private async fanOut(batch: readonly RecordedEvent[], subscriptions: Map<string, Subscription>): Promise<FanOutWrites> {
    const changed = new Map<string, Subscription>();
    const entries: OutboxEntry[] = [];
    const replays: { subscriptionId: string; deliveryIds?: readonly string[] }[] = [];
    let routes: SubscriptionRoutes | undefined;
    for (const event of batch) {
      if (SUBSCRIPTION_TYPES.has(event.type)) {
        const id = subscriptionOfStream(event.stream);
        if (!id) continue;
        const [domainEvent] = asRecorded<SubscriptionEvent>([event]);
        const next = evolveSubscription(subscriptions.get(id), domainEvent);
        if (next) {
          subscriptions.set(id, next);
          changed.set(id, next);
        }
        if (domainEvent.type === DEAD_LETTERS_REPLAYED) replays.push({ subscriptionId: id, deliveryIds: domainEvent.data.deliveryIds });
        continue;
      }
      if (!DELIVERED_TYPES.has(event.type) || subscriptions.size === 0) continue;
      const current = (routes ??= await this.currentRoutes());
      const change = deliveredChangeOf(event, current.rules);
      if (!change) continue;
      const recipients = [...subscriptions.values()]
        .filter((subscription) => !subscription.cancelledAt && current.receives(subscription, change))
        .map((subscription) => subscription.id);
      if (recipients.length === 0) continue;
      entries.push({ recipients, eventId: event.id, position: event.position, subject: subjectOfStream(event.stream)!, change });
    }
    return { subscriptions: [...changed.values()], entries, replays };
  }

  /** The filters are read under the rule set in force today; recomputed when an activation changes it. */
  private async currentRoutes(): Promise<SubscriptionRoutes> {
    const rules = await this.ruleSets.on(todayInShanghai(this.clock.now()));
    if (rules !== this.routesFor || !this.routes) {
      this.routes = new SubscriptionRoutes(rules);
      this.routesFor = rules;
    }
    return this.routes;
  }
}
