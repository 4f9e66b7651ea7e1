import { Query } from '@nestjs/cqrs';
import type { PersonQueryFilter, PersonQueryPage } from '#read-model';

/** A page of the person-query log, oldest first. */
export class ListPersonQueriesQuery extends Query<PersonQueryPage> {
  constructor(
    readonly filter: PersonQueryFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
