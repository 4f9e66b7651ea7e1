import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MEASURE_PROJECTIONS, MeasureLists, type SubjectMeasures } from '../../shared/measure-lists.js';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { SubjectMeasuresQuery } from './get-subject-measures.query.js';

@QueryHandler(SubjectMeasuresQuery)
export class SubjectMeasuresHandler implements IQueryHandler<SubjectMeasuresQuery> {
  constructor(
    private readonly measureLists: MeasureLists,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ subject, query, after }: SubjectMeasuresQuery): Promise<SubjectMeasures> {
    await this.readYourWrites.waitFor(after, MEASURE_PROJECTIONS);
    const [answer] = await this.measureLists.of([subject], query, { exact: after !== undefined });
    return answer;
  }
}
