import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '#kernel';
import type { ListChangeCount } from '#read-model';
import type { StatisticsReport } from '../../shared/statistics-report.js';

/** List changes recorded in a period, per month and list type (one department's alone when named). */
export class ListChangesStatisticsQuery extends Query<StatisticsReport<ListChangeCount>> {
  constructor(
    readonly from: LocalDate,
    readonly to: LocalDate,
    readonly department: string | undefined,
    readonly after: string | undefined,
  ) {
    super();
  }
}
