import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { refusedToCaller } from '#credit';
import type { EventStore } from '#event-store';
import { recordedSubscription } from '#ingestion';
import { SubscriptionsReader } from '#read-model';
import { EVENT_STORE } from '../../shared/storage.tokens.js';
import { subscriptionActor } from '../subscription-problem.js';
import { subscriptionView, type SubscriptionView } from '../subscription-view.js';
import { GetSubscriptionQuery, ListSubscriptionsQuery, type GetSubscriptionOutcome } from './get-subscriptions.query.js';

@QueryHandler(ListSubscriptionsQuery)
export class ListSubscriptionsHandler implements IQueryHandler<ListSubscriptionsQuery> {
  constructor(private readonly subscriptions: SubscriptionsReader) {}

  async execute({ caller }: ListSubscriptionsQuery): Promise<SubscriptionView[]> {
    const actor = subscriptionActor(caller);
    return (await this.subscriptions.list(actor.creditOffice ? undefined : actor.department)).map(subscriptionView);
  }
}

@QueryHandler(GetSubscriptionQuery)
export class GetSubscriptionHandler implements IQueryHandler<GetSubscriptionQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ id, caller }: GetSubscriptionQuery): Promise<GetSubscriptionOutcome> {
    const { state } = await recordedSubscription(this.store, id);
    const refused = refusedToCaller(state, subscriptionActor(caller));
    return refused ? { ok: false, error: refused } : { ok: true, subscription: subscriptionView(state!) };
  }
}
