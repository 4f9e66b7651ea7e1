import { Query } from '@nestjs/cqrs';
import type { MeasureQuery } from '#rules';
import type { SubjectMeasures } from '../../shared/measure-lists.js';

/** The measures of one subject on a date; with `after`, once the listings have applied that position. */
export class SubjectMeasuresQuery extends Query<SubjectMeasures> {
  constructor(
    readonly subject: string,
    readonly query: MeasureQuery,
    readonly after: string | undefined,
  ) {
    super();
  }
}
