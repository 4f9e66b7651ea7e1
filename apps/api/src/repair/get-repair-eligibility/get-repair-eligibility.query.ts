import { Query } from '@nestjs/cqrs';
import type { LocalDate, TimeLimit } from '#kernel';
import type { RecordEligibility } from '#rules';

/** A record's eligibility, and where the review of its pending application stands. */
export type RecordRepairEligibility = RecordEligibility & { readonly review: TimeLimit | null };

export interface RepairEligibility {
  readonly subject: string;
  readonly asOf: LocalDate;
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** 令第36号's conditions, all of which a record must meet. */
  readonly conditions: { readonly documentNumber: string; readonly clause?: string };
  readonly records: readonly RecordRepairEligibility[];
}

export class RepairEligibilityQuery extends Query<RepairEligibility> {
  constructor(
    readonly code: string,
    readonly asOf?: LocalDate,
  ) {
    super();
  }
}
