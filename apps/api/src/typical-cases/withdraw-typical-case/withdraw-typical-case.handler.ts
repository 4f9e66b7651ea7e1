import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TypicalCaseWithdrawnData } from '#credit';
import type { EventStore } from '#event-store';
import { handleTypicalCaseCommand } from '#ingestion';
import { todayInShanghai, type Clock } from '#kernel';
import { CLOCK, EVENT_STORE } from '../../shared/storage.tokens.js';
import { WithdrawTypicalCaseCommand, type WithdrawTypicalCaseOutcome } from './withdraw-typical-case.command.js';

@CommandHandler(WithdrawTypicalCaseCommand)
export class WithdrawTypicalCaseHandler implements ICommandHandler<WithdrawTypicalCaseCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ caseId, reason, caller, correlationId }: WithdrawTypicalCaseCommand): Promise<WithdrawTypicalCaseOutcome> {
    const department = caller.department.id;
    const creditOffice = caller.department.roles.includes('credit-office');
    const result = await handleTypicalCaseCommand(
      this.store,
      { kind: 'withdraw', caseId, department, creditOffice, reason, today: todayInShanghai(this.clock.now()) },
      { department, actor: caller.keyId, correlationId },
    );
    if (!result.ok) return result;
    const { caseId: id, ...recorded } = result.events[0].data as TypicalCaseWithdrawnData;
    return { ok: true, withdrawn: { id, ...recorded, position: result.position } };
  }
}
