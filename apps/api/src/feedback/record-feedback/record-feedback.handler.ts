import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { executeCheckCommand } from '#ingestion';
import type { Clock } from '#kernel';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { actorOf } from '../check-actor.js';
import { RecordFeedbackCommand, type RecordFeedbackOutcome } from './record-feedback.command.js';

@CommandHandler(RecordFeedbackCommand)
export class RecordFeedbackHandler implements ICommandHandler<RecordFeedbackCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ checkId, input, caller }: RecordFeedbackCommand): Promise<RecordFeedbackOutcome> {
    const feedbackId = randomUUID();
    const at = this.clock.now().toISOString();
    const result = await executeCheckCommand(
      this.store,
      checkId,
      { kind: 'record-feedback', feedbackId, department: caller.department.id, input, at },
      actorOf(caller),
    );
    if (!result.ok) return result;
    return { ok: true, recorded: { checkId, feedbackId, recordedAt: at, position: result.position } };
  }
}
