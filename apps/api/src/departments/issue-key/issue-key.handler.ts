import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newApiKey, type DepartmentDirectory } from '#credit';
import type { EventStore } from '#event-store';
import { DEPARTMENTS, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { IssueKeyCommand, type IssueKeyOutcome } from './issue-key.command.js';

@CommandHandler(IssueKeyCommand)
export class IssueKeyHandler implements ICommandHandler<IssueKeyCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPARTMENTS) private readonly directory: DepartmentDirectory,
  ) {}

  async execute({ departmentId: id, caller }: IssueKeyCommand): Promise<IssueKeyOutcome> {
    const { key, record } = newApiKey();
    const result = await executeForCaller(this.store, this.directory, { kind: 'issue-key', id, key: record }, caller);
    if (!result.ok) return result;
    return { ok: true, issued: { departmentId: id, keyId: record.id, createdAt: record.createdAt, key } };
  }
}
