import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { RelationsReader } from '#read-model';
import { MEASURE_PROJECTIONS, MeasureLists } from '../../shared/measure-lists.js';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { SubjectListsQuery, type SubjectLists } from './get-subject-lists.query.js';

@QueryHandler(SubjectListsQuery)
export class SubjectListsHandler implements IQueryHandler<SubjectListsQuery> {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly relations: RelationsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ subject, query, after }: SubjectListsQuery): Promise<SubjectLists> {
    await this.readYourWrites.waitFor(after, MEASURE_PROJECTIONS);
    const [[{ measures: _measures, ...lists }], relations] = await Promise.all([
      this.measureLists.of([subject], query, { exact: after !== undefined }),
      this.relations.of(subject),
    ]);
    return { ...lists, relations };
  }
}
