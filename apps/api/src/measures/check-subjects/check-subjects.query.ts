import { Query } from '@nestjs/cqrs';
import type { MeasureQuery } from '#rules';
import type { SubjectMeasures } from '../../shared/measure-lists.js';

export interface SubjectChecks {
  readonly asOf: string;
  /** One answer per subject, in the order given (a subject given twice is answered twice). */
  readonly results: SubjectMeasures[];
}

/** The measures of many subjects on one date; with `after`, once the listings have applied that position. */
export class CheckSubjectsQuery extends Query<SubjectChecks> {
  constructor(
    readonly subjects: readonly string[],
    readonly query: MeasureQuery,
    readonly after: string | undefined,
  ) {
    super();
  }
}
