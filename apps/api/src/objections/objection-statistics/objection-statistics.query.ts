import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';
import type { StatisticsReport } from '../../shared/statistics-report.js';
import type { ObjectionStatisticsRow } from './objection-statistics-rows.js';

export type ObjectionStatistics = StatisticsReport<ObjectionStatisticsRow> & { readonly report: 'objections' };

/** The objections filed from `from` to `to`, per source department (only the caller's own, for a department). */
export class ObjectionStatisticsQuery extends Query<ObjectionStatistics> {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
    readonly sourceDepartment: string | undefined,
    /** A position answered by a write: wait (bounded) until the objections model reflects it. */
    readonly after?: string,
  ) {
    super();
  }
}
