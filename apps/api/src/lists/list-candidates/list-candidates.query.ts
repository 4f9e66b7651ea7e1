import { Query } from '@nestjs/cqrs';
import type { ListCandidateFilter, ListCandidatePage } from '#read-model';

/** A page of a list type's candidates; with `after`, once the read model has applied that position. */
export class ListCandidatesQuery extends Query<ListCandidatePage> {
  constructor(
    readonly filter: ListCandidateFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
    readonly after: string | undefined,
  ) {
    super();
  }
}
