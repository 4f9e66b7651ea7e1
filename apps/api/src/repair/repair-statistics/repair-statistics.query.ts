import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';

/** One department's credit repairs applied for in the period (the deciding department; the applying one while undecided). */
export interface RepairStatisticsRow {
  readonly department: string;
  readonly applications: number;
  readonly approved: number;
  readonly refused: number;
  readonly pending: number;
  /** Decided on or before the review time limit's last day. */
  readonly decidedWithinTimeLimit: number;
  readonly decidedLate: number;
  /** Not decided and past the time limit today. */
  readonly overdue: number;
  /** Time limits the official calendar cannot count yet (a year not published). */
  readonly calendarUnknown: number;
}

export interface RepairStatistics {
  readonly report: 'repairs';
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly reviewWorkingDays: number;
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
  readonly rows: readonly RepairStatisticsRow[];
}

export class RepairStatisticsQuery extends Query<RepairStatistics> {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
    /** Only this department's rows (a department other than the credit office). */
    readonly department?: string,
    /** A position answered by POST /v1/facts: wait (bounded) until the repairs model reflects it. */
    readonly after?: string,
  ) {
    super();
  }
}
