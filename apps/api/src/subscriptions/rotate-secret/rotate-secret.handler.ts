import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { subscriptionSecret } from '#delivery';
import type { EventStore } from '#event-store';
import type { Clock } from '#kernel';
import type { WebhookKey } from '#runtime';
import { CLOCK, EVENT_STORE, READ_MODELS, WEBHOOK_KEY } from '../../shared/storage.tokens.js';
import { executeForCaller } from '../execute-for-caller.js';
import { agreedWebhookKey } from '../subscription-problem.js';
import { RotateSecretCommand, type RotateSecretOutcome } from './rotate-secret.command.js';

@CommandHandler(RotateSecretCommand)
export class RotateSecretHandler implements ICommandHandler<RotateSecretCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEBHOOK_KEY) private readonly webhookKey: WebhookKey,
  ) {}

  async execute({ id, caller }: RotateSecretCommand): Promise<RotateSecretOutcome> {
    const webhookKey = await agreedWebhookKey(this.db, this.webhookKey);
    const result = await executeForCaller(this.store, this.clock, id, { kind: 'rotate-secret' }, caller);
    if (!result.ok) return result;
    const secretVersion = result.state!.secretVersion;
    return { ok: true, rotated: { id, secretVersion, secret: subscriptionSecret(webhookKey, id, secretVersion) } };
  }
}
