import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { executeCheckCommand } from '#ingestion';
import type { Clock } from '#kernel';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { actorOf } from '../check-actor.js';
import { RevokeFeedbackCommand, type RevokeFeedbackOutcome } from './revoke-feedback.command.js';

@CommandHandler(RevokeFeedbackCommand)
export class RevokeFeedbackHandler implements ICommandHandler<RevokeFeedbackCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ checkId, feedbackId, reason, caller }: RevokeFeedbackCommand): Promise<RevokeFeedbackOutcome> {
    const at = this.clock.now().toISOString();
    const result = await executeCheckCommand(
      this.store,
      checkId,
      { kind: 'revoke-feedback', feedbackId, department: caller.department.id, reason, at },
      actorOf(caller),
    );
    if (!result.ok) return result;
    return { ok: true, revoked: { checkId, feedbackId, revokedAt: at, position: result.position } };
  }
}
