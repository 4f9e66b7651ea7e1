import { Command } from '@nestjs/cqrs';
import type { Caller, DepartmentError } from '#credit';

export interface IssuedKey {
  readonly departmentId: string;
  readonly keyId: string;
  readonly createdAt: string;
  /** The secret: in this answer only, stored as its hash. */
  readonly key: string;
}

export type IssueKeyOutcome = { readonly ok: true; readonly issued: IssuedKey } | { readonly ok: false; readonly error: DepartmentError };

/** Another API key for a department, issued by the caller. */
export class IssueKeyCommand extends Command<IssueKeyOutcome> {
  constructor(
    readonly departmentId: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
