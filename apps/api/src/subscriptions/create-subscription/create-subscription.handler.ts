import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { subscriptionSecret, webhookKeyFingerprint } from '#delivery';
import type { EventStore } from '#event-store';
import { subscriptionVocabulary, type RuleSetsInForce } from '#ingestion';
import { todayInShanghai, type Clock } from '#kernel';
import { webhookKeyAgrees } from '#read-model';
import { CLOCK, EVENT_STORE, READ_MODELS, RULE_SETS, WEBHOOK_KEY } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { webhookKeyMismatch } from '../subscription-problem.js';
import { subscriptionView } from '../subscription-view.js';
import { CreateSubscriptionCommand, type CreateSubscriptionOutcome } from './create-subscription.command.js';

@CommandHandler(CreateSubscriptionCommand)
export class CreateSubscriptionHandler implements ICommandHandler<CreateSubscriptionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly db: DataSource,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_KEY) private readonly webhookKey: string,
  ) {}

  async execute({ request, caller }: CreateSubscriptionCommand): Promise<CreateSubscriptionOutcome> {
    if (!(await webhookKeyAgrees(this.db, webhookKeyFingerprint(this.webhookKey)))) throw webhookKeyMismatch();
    const rules = await this.ruleSets.on(todayInShanghai(this.clock.now()));
    const id = randomUUID();
    const vocabulary = subscriptionVocabulary(rules, caller.department.id);
    const result = await executeForCaller(this.store, this.clock, id, { kind: 'create', subscriptionId: id, request, vocabulary }, caller);
    if (!result.ok) return result;
    const subscription = result.state!;
    return {
      ok: true,
      subscription: { ...subscriptionView(subscription), secret: subscriptionSecret(this.webhookKey, id, subscription.secretVersion) },
    };
  }
}
