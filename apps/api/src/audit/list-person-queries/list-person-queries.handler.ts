import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PersonQueryLog, type PersonQueryPage } from '#read-model';
import { ListPersonQueriesQuery } from './list-person-queries.query.js';

@QueryHandler(ListPersonQueriesQuery)
export class ListPersonQueriesHandler implements IQueryHandler<ListPersonQueriesQuery> {
  constructor(private readonly log: PersonQueryLog) {}

  execute({ filter, cursor, limit }: ListPersonQueriesQuery): Promise<PersonQueryPage> {
    return this.log.page(filter, cursor, limit);
  }
}
