import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { subscriptionSecret } from '#delivery';
import type { EventStore } from '#event-store';
import { subscriptionVocabulary, webhookDestination, type RuleSetsInForce } from '#ingestion';
import { todayInShanghai, type Clock } from '#kernel';
import type { JiangchengConfig, WebhookKey } from '#runtime';
import { CLOCK, CONFIG, EVENT_STORE, READ_MODELS, RULE_SETS, WEBHOOK_KEY } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { agreedWebhookKey } from '../subscription-problem.js';
import { subscriptionView } from '../subscription-view.js';
import { CreateSubscriptionCommand, type CreateSubscriptionOutcome } from './create-subscription.command.js';

@CommandHandler(CreateSubscriptionCommand)
export class CreateSubscriptionHandler implements ICommandHandler<CreateSubscriptionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly db: DataSource,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_KEY) private readonly webhookKey: WebhookKey,
    @Inject(CONFIG) private readonly config: JiangchengConfig,
  ) {}

  async execute({ request, caller }: CreateSubscriptionCommand): Promise<CreateSubscriptionOutcome> {
    const webhookKey = await agreedWebhookKey(this.db, this.webhookKey);
    const rules = await this.ruleSets.on(todayInShanghai(this.clock.now()));
    const id = randomUUID();
    const vocabulary = subscriptionVocabulary(rules, caller.department.id);
    const destination = await webhookDestination(String(request.url), this.config.webhookAllowedNetworks);
    const command = { kind: 'create', subscriptionId: id, request, vocabulary, destination } as const;
    const result = await executeForCaller(this.store, this.clock, id, command, caller);
    if (!result.ok) return result;
    const subscription = result.state!;
    return {
      ok: true,
      subscription: { ...subscriptionView(subscription), secret: subscriptionSecret(webhookKey, id, subscription.secretVersion) },
    };
  }
}
