import { Command } from '@nestjs/cqrs';
import type { Caller, DepartmentError } from '#credit';
import type { IssuedKey } from '../issue-key/issue-key.command.js';

export interface RegisteredDepartment {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** Registration issues the department's first key: the secret is in this answer only. */
  readonly firstKey: IssuedKey;
}

export type RegisterDepartmentOutcome =
  { readonly ok: true; readonly registered: RegisteredDepartment } | { readonly ok: false; readonly error: DepartmentError };

/** Registers a department with its first key; id, name and roles arrive unchecked (the decider checks them). */
export class RegisterDepartmentCommand extends Command<RegisterDepartmentOutcome> {
  constructor(
    readonly id: unknown,
    readonly name: unknown,
    readonly roles: unknown,
    readonly caller: Caller,
  ) {
    super();
  }
}
