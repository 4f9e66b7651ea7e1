import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ListChangeCountsReader, type ListChangeCount } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import type { StatisticsReport } from '../../shared/statistics-report.js';
import { ListChangesStatisticsQuery } from './list-changes-statistics.query.js';

@QueryHandler(ListChangesStatisticsQuery)
export class ListChangesStatisticsHandler implements IQueryHandler<ListChangesStatisticsQuery> {
  constructor(
    private readonly counts: ListChangeCountsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ from, to, department, after }: ListChangesStatisticsQuery): Promise<StatisticsReport<ListChangeCount>> {
    await this.readYourWrites.waitFor(after, ['list-changes']);
    return { report: 'list-changes', from, to, rows: await this.counts.perMonth({ from, to, department }) };
  }
}
