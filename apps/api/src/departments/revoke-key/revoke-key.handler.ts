import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { EVENT_STORE } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { RevokeKeyCommand, type RevokeKeyOutcome } from './revoke-key.command.js';

@CommandHandler(RevokeKeyCommand)
export class RevokeKeyHandler implements ICommandHandler<RevokeKeyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ departmentId: id, keyId, caller, at }: RevokeKeyCommand): Promise<RevokeKeyOutcome> {
    const result = await executeForCaller(this.store, { kind: 'revoke-key', id, keyId, at }, caller);
    if (!result.ok) return result;
    const earlier = result.state.departments.get(id)?.keys.find((k) => k.id === keyId)?.revokedAt;
    return { ok: true, revoked: { departmentId: id, keyId, revokedAt: earlier ?? at } };
  }
}
