import { Query } from '@nestjs/cqrs';
import type { TimeLimit } from '#kernel';
import type { CreditRepairRow } from '#read-model';
import type { ListRepairsSelection } from './list-repairs.params.js';

export type RepairView = CreditRepairRow & {
  readonly status: 'pending' | 'decided';
  /** The deciding department's time limit (REPAIR_REVIEW): due on, met, missed, open or overdue today. */
  readonly review: TimeLimit;
  readonly overdue: boolean;
};

export interface RepairQueue {
  readonly asOf: string;
  readonly reviewWorkingDays: number;
  readonly basis: { readonly documentNumber: string; readonly clause: string };
  readonly repairs: readonly RepairView[];
}

/** The credit-repair queue with each application's review deadline seen today; with `after`, once the read model has applied it. */
export class ListRepairsQuery extends Query<RepairQueue> {
  constructor(readonly selection: ListRepairsSelection) {
    super();
  }
}
