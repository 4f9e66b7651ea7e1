import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { TypicalCasesReader, type TypicalCasePage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { ListTypicalCasesQuery } from './list-typical-cases.query.js';

const PROJECTIONS = ['typical-cases'];

@QueryHandler(ListTypicalCasesQuery)
export class ListTypicalCasesHandler implements IQueryHandler<ListTypicalCasesQuery> {
  constructor(
    private readonly cases: TypicalCasesReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ filter, cursor, limit, after }: ListTypicalCasesQuery): Promise<TypicalCasePage> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    return this.cases.page(filter, cursor, limit);
  }
}
