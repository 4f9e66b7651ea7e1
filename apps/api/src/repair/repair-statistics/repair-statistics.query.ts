import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';
import type { StatisticsReport } from '../../shared/statistics-report.js';

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

/** The shared report shape, with the review time limit the rows are judged on. */
export interface RepairStatistics extends StatisticsReport<RepairStatisticsRow> {
  readonly report: 'repairs';
  readonly reviewWorkingDays: number;
  readonly basis: { readonly documentNumber: string; readonly clause?: string };
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
