import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { RuleSetsInForce } from '#ingestion';
import { FeedbackStatisticsReader, type FeedbackStatisticsRow } from '#read-model';
import { measuresImplementedBy } from '#rules';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { RULE_SETS } from '../../shared/storage.tokens.js';
import { FeedbackStatisticsQuery } from './feedback-statistics.query.js';

const PROJECTIONS = ['feedback'];

@QueryHandler(FeedbackStatisticsQuery)
export class FeedbackStatisticsHandler implements IQueryHandler<FeedbackStatisticsQuery> {
  constructor(
    private readonly reader: FeedbackStatisticsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
  ) {}

  /** Each department's own measures are those of the rule set in force on the period's last day. */
  async execute({ filter, after }: FeedbackStatisticsQuery): Promise<FeedbackStatisticsRow[]> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    const rules = await this.ruleSets.on(filter.to);
    const own = new Map<string, ReadonlySet<string>>();
    return this.reader.rows(filter, (department) => {
      if (!own.has(department)) own.set(department, measuresImplementedBy(rules, department));
      return own.get(department)!;
    });
  }
}
