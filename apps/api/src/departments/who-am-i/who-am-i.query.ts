import { Query } from '@nestjs/cqrs';
import type { Caller } from '#credit';

export interface WhoAmI {
  readonly departmentId: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** The `credit-office` role: the console then shows every department's queues, the departments and the rule sets. */
  readonly creditOffice: boolean;
}

/** Who the calling key belongs to, as the directory has it now. */
export class WhoAmIQuery extends Query<WhoAmI> {
  constructor(readonly caller: Caller) {
    super();
  }
}
