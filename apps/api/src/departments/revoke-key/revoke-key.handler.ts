import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DepartmentDirectory } from '#credit';
import type { EventStore } from '#event-store';
import { DEPARTMENTS, EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { RevokeKeyCommand, type RevokeKeyOutcome } from './revoke-key.command.js';

@CommandHandler(RevokeKeyCommand)
export class RevokeKeyHandler implements ICommandHandler<RevokeKeyCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPARTMENTS) private readonly directory: DepartmentDirectory,
  ) {}

  async execute({ departmentId: id, keyId, caller, at }: RevokeKeyCommand): Promise<RevokeKeyOutcome> {
    const result = await executeForCaller(this.store, this.directory, { kind: 'revoke-key', id, keyId, at }, caller);
    if (!result.ok) return result;
    const earlier = result.state.departments.get(id)?.keys.find((k) => k.id === keyId)?.revokedAt;
    return { ok: true, revoked: { departmentId: id, keyId, revokedAt: earlier ?? at } };
  }
}
