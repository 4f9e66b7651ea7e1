import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ListChangesReader, type ListChange, type ListChangeFilter, type ListChangePage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { ExportListChangesQuery, ListChangesQuery } from './list-changes.query.js';

const PROJECTIONS = ['list-changes'];
const EXPORT_PAGE = 1000;

@QueryHandler(ListChangesQuery)
export class ListChangesHandler implements IQueryHandler<ListChangesQuery> {
  constructor(
    private readonly changes: ListChangesReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ filter, cursor, limit, after }: ListChangesQuery): Promise<ListChangePage> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    return this.changes.page(filter, cursor, limit);
  }
}

@QueryHandler(ExportListChangesQuery)
export class ExportListChangesHandler implements IQueryHandler<ExportListChangesQuery> {
  constructor(
    private readonly changes: ListChangesReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ filter, cursor, after }: ExportListChangesQuery): Promise<AsyncIterable<ListChange>> {
    await this.readYourWrites.waitFor(after, PROJECTIONS);
    return this.everyChange(filter, cursor);
  }

  private async *everyChange(filter: ListChangeFilter, cursor: string | undefined): AsyncIterable<ListChange> {
    for (let next = cursor; ;) {
      const page = await this.changes.page(filter, next, EXPORT_PAGE);
      yield* page.changes;
      if (!page.next) return;
      next = page.next;
    }
  }
}
