import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import type { Clock } from '#kernel';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { subscriptionView } from '../subscription-view.js';
import { CancelSubscriptionCommand, type CancelSubscriptionOutcome } from './cancel-subscription.command.js';

@CommandHandler(CancelSubscriptionCommand)
export class CancelSubscriptionHandler implements ICommandHandler<CancelSubscriptionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ id, caller }: CancelSubscriptionCommand): Promise<CancelSubscriptionOutcome> {
    const result = await executeForCaller(this.store, this.clock, id, { kind: 'cancel' }, caller);
    return result.ok ? { ok: true, subscription: subscriptionView(result.state!) } : result;
  }
}
