import { Query } from '@nestjs/cqrs';
import type { ObjectionStatisticsRow } from './objection-statistics-rows.js';

export interface ObjectionStatistics {
  readonly report: 'objections';
  readonly from: string;
  readonly to: string;
  readonly rows: readonly ObjectionStatisticsRow[];
}

/** The objections filed from `from` to `to`, per source department (only the caller's own, for a department). */
export class ObjectionStatisticsQuery extends Query<ObjectionStatistics> {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly sourceDepartment: string | undefined,
  ) {
    super();
  }
}
