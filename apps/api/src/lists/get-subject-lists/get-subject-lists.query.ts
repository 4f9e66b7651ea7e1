import { Query } from '@nestjs/cqrs';
import type { Relation } from '#read-model';
import type { MeasureQuery } from '#rules';
import type { SubjectMeasures } from '../../shared/measure-lists.js';

export type SubjectLists = Omit<SubjectMeasures, 'measures'> & { readonly relations: Relation[] };

/** A subject's list entries on a date and its relations; with `after`, once both read models have applied that position. */
export class SubjectListsQuery extends Query<SubjectLists> {
  constructor(
    readonly subject: string,
    readonly query: MeasureQuery,
    readonly after: string | undefined,
  ) {
    super();
  }
}
