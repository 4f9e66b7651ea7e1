import { Query } from '@nestjs/cqrs';
import type { ListChange, ListChangeFilter, ListChangePage } from '#read-model';

/** A page of list changes in recorded order; with `after`, once the list-changes read model has applied that position. */
export class ListChangesQuery extends Query<ListChangePage> {
  constructor(
    readonly filter: ListChangeFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
    readonly after: string | undefined,
  ) {
    super();
  }
}

/** Every matching list change from `cursor` on, read page by page as the export consumes them. */
export class ExportListChangesQuery extends Query<AsyncIterable<ListChange>> {
  constructor(
    readonly filter: ListChangeFilter,
    readonly cursor: string | undefined,
    readonly after: string | undefined,
  ) {
    super();
  }
}
