import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { todayInShanghai, type Clock } from '#kernel';
import { ObjectionsReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { objectionStatisticsRows } from './objection-statistics-rows.js';
import { ObjectionStatisticsQuery, type ObjectionStatistics } from './objection-statistics.query.js';

@QueryHandler(ObjectionStatisticsQuery)
export class ObjectionStatisticsHandler implements IQueryHandler<ObjectionStatisticsQuery> {
  constructor(
    private readonly objections: ObjectionsReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ from, to, sourceDepartment, after }: ObjectionStatisticsQuery): Promise<ObjectionStatistics> {
    await this.readYourWrites.waitFor(after, ['objections']);
    const filed = await this.objections.filedBetween(from, to, sourceDepartment);
    return { report: 'objections', from, to, rows: objectionStatisticsRows(filed, todayInShanghai(this.clock.now())) };
  }
}
