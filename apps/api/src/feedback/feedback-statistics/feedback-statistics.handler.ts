import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FeedbackStatisticsReader, type FeedbackStatisticsRow } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { FeedbackStatisticsQuery } from './feedback-statistics.query.js';

const PROJECTIONS = ['feedback'];

@QueryHandler(FeedbackStatisticsQuery)
export class FeedbackStatisticsHandler implements IQueryHandler<FeedbackStatisticsQuery> {
  constructor(
    private readonly reader: FeedbackStatisticsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ filter, after }: FeedbackStatisticsQuery): Promise<FeedbackStatisticsRow[]> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    return this.reader.rows(filter);
  }
}
