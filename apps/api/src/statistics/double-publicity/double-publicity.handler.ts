import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import { OfficialWorkingDayCalendar } from '#kernel';
import { DoublePublicityReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import type { StatisticsReport } from '../../shared/statistics-report.js';
import { FACT_CATALOGUE } from '../../shared/storage.tokens.js';
import { DoublePublicityStatisticsQuery } from './double-publicity.query.js';
import { doublePublicityRows, type DoublePublicityRow } from './double-publicity.report.js';

@QueryHandler(DoublePublicityStatisticsQuery)
export class DoublePublicityStatisticsHandler implements IQueryHandler<DoublePublicityStatisticsQuery> {
  private readonly calendar = new OfficialWorkingDayCalendar();

  constructor(
    private readonly readYourWrites: ReadYourWrites,
    private readonly records: DoublePublicityReader,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
  ) {}

  async execute({ from, to, department, after }: DoublePublicityStatisticsQuery): Promise<StatisticsReport<DoublePublicityRow>> {
    await this.readYourWrites.waitFor(after, ['double-publicity']);
    const decided = await this.records.decided({ from, to, department });
    return { report: 'double-publicity', from, to, rows: doublePublicityRows(decided, this.catalogue, this.calendar) };
  }
}
