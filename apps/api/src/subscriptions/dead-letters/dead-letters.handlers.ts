import { Inject } from '@nestjs/common';
import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { refusedToCaller } from '#credit';
import type { EventStore } from '#event-store';
import { recordedSubscription } from '#ingestion';
import type { Clock } from '#kernel';
import { DeadLettersReader } from '#read-model';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { subscriptionActor } from '../subscription-problem.js';
import { ListDeadLettersQuery, ReplayDeadLettersCommand, type DeadLettersOutcome, type ReplayOutcome } from './dead-letters.messages.js';

@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly deadLetters: DeadLettersReader,
  ) {}

  async execute({ id, caller }: ListDeadLettersQuery): Promise<DeadLettersOutcome> {
    const { state } = await recordedSubscription(this.store, id);
    const refused = refusedToCaller(state, subscriptionActor(caller));
    return refused ? { ok: false, error: refused } : { ok: true, deadLetters: await this.deadLetters.ofSubscription(id) };
  }
}

@CommandHandler(ReplayDeadLettersCommand)
export class ReplayDeadLettersHandler implements ICommandHandler<ReplayDeadLettersCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly deadLetters: DeadLettersReader,
  ) {}

  async execute({ id, deliveryIds, caller }: ReplayDeadLettersCommand): Promise<ReplayOutcome> {
    const dead = await this.deadLetters.deliveryIds(id);
    const result = await executeForCaller(
      this.store,
      this.clock,
      id,
      { kind: 'replay-dead-letters', deliveryIds, deadLetters: dead },
      caller,
    );
    if (!result.ok) return result;
    return { ok: true, replayed: result.events.length === 0 ? 0 : (deliveryIds?.length ?? dead.size) };
  }
}
