import { Command } from '@nestjs/cqrs';
import type { Caller, SubscriptionError } from '#credit';

export interface RotatedSecret {
  readonly id: string;
  readonly secret: string;
  readonly secretVersion: number;
}

export type RotateSecretOutcome =
  { readonly ok: true; readonly rotated: RotatedSecret } | { readonly ok: false; readonly error: SubscriptionError };

/** A new signing secret; deliveries sent from now on are signed with it, the old one stops. */
export class RotateSecretCommand extends Command<RotateSecretOutcome> {
  constructor(
    readonly id: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
