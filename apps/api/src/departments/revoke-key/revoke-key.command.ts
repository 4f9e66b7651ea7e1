import { Command } from '@nestjs/cqrs';
import type { Caller, DepartmentError } from '#credit';

export interface RevokedKey {
  readonly departmentId: string;
  readonly keyId: string;
  /** When the key was first revoked: revoking it again changes nothing. */
  readonly revokedAt: string;
}

export type RevokeKeyOutcome =
  { readonly ok: true; readonly revoked: RevokedKey } | { readonly ok: false; readonly error: DepartmentError };

/** Revokes one of a department's keys in the caller's name, at `at`. */
export class RevokeKeyCommand extends Command<RevokeKeyOutcome> {
  constructor(
    readonly departmentId: string,
    readonly keyId: string,
    readonly caller: Caller,
    readonly at: string,
  ) {
    super();
  }
}
