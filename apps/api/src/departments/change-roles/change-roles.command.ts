import { Command } from '@nestjs/cqrs';
import type { Caller, DepartmentError } from '#credit';

export interface ChangedRoles {
  readonly departmentId: string;
  readonly roles: readonly string[];
  /** The roles before; the same as `roles` when nothing changed (nothing is recorded then). */
  readonly previousRoles: readonly string[];
}

export type ChangeRolesOutcome =
  { readonly ok: true; readonly changed: ChangedRoles } | { readonly ok: false; readonly error: DepartmentError };

/** Replaces a department's roles; what it may record follows at once. */
export class ChangeRolesCommand extends Command<ChangeRolesOutcome> {
  constructor(
    readonly departmentId: string,
    readonly roles: unknown,
    readonly caller: Caller,
  ) {
    super();
  }
}
