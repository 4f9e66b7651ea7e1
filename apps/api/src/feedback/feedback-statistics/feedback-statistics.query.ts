import { Query } from '@nestjs/cqrs';
import type { FeedbackStatisticsFilter, FeedbackStatisticsRow } from '#read-model';

/** The feedback rate per department and per measure for checks made in a period; with `after`, once the read model has it. */
export class FeedbackStatisticsQuery extends Query<FeedbackStatisticsRow[]> {
  constructor(
    readonly filter: FeedbackStatisticsFilter,
    readonly after: string | undefined,
  ) {
    super();
  }
}
