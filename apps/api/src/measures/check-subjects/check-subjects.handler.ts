import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MEASURE_PROJECTIONS, MeasureLists } from '../../shared/measure-lists.js';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CheckSubjectsQuery, type SubjectChecks } from './check-subjects.query.js';

@QueryHandler(CheckSubjectsQuery)
export class CheckSubjectsHandler implements IQueryHandler<CheckSubjectsQuery> {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ subjects, query, after }: CheckSubjectsQuery): Promise<SubjectChecks> {
    await this.readYourWrites.waitFor(after, MEASURE_PROJECTIONS);
    const unique = [...new Set(subjects)];
    const answers = new Map((await this.measureLists.of(unique, query, { exact: after !== undefined })).map((a) => [a.subject, a]));
    return { asOf: query.asOf, results: subjects.map((code) => answers.get(code)!) };
  }
}
