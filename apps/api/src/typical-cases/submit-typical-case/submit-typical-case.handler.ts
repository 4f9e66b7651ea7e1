import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TypicalCaseSubmittedData } from '#credit';
import type { EventStore } from '#event-store';
import { handleTypicalCaseCommand } from '#ingestion';
import { todayInShanghai, type Clock } from '#kernel';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { SubmitTypicalCaseCommand, type SubmitTypicalCaseOutcome } from './submit-typical-case.command.js';

@CommandHandler(SubmitTypicalCaseCommand)
export class SubmitTypicalCaseHandler implements ICommandHandler<SubmitTypicalCaseCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ content, caller, correlationId }: SubmitTypicalCaseCommand): Promise<SubmitTypicalCaseOutcome> {
    const caseId = randomUUID();
    const department = caller.department.id;
    const result = await handleTypicalCaseCommand(
      this.store,
      { kind: 'submit', caseId, department, content, today: todayInShanghai(this.clock.now()) },
      { department, actor: caller.keyId, correlationId },
    );
    if (!result.ok) return result;
    const { caseId: id, ...recorded } = result.events[0].data as TypicalCaseSubmittedData;
    return { ok: true, submitted: { id, ...recorded, position: result.position } };
  }
}
