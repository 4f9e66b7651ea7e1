import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';
import type { StatisticsReport } from '../../shared/statistics-report.js';
import type { DoublePublicityRow } from './double-publicity.report.js';

/** 双公示 timeliness of the decisions taken in a period, per department (one department's alone when named). */
export class DoublePublicityStatisticsQuery extends Query<StatisticsReport<DoublePublicityRow>> {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
    readonly department: string | undefined,
    readonly after: string | undefined,
  ) {
    super();
  }
}
