import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ListCandidatesReader, type ListCandidatePage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { ListCandidatesQuery } from './list-candidates.query.js';

const PROJECTIONS = ['list-candidates'];

@QueryHandler(ListCandidatesQuery)
export class ListCandidatesHandler implements IQueryHandler<ListCandidatesQuery> {
  constructor(
    private readonly candidates: ListCandidatesReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ filter, cursor, limit, after }: ListCandidatesQuery): Promise<ListCandidatePage> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    return this.candidates.page(filter, cursor, limit);
  }
}
