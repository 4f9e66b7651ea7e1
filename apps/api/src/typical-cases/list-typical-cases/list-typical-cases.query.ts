import { Query } from '@nestjs/cqrs';
import type { TypicalCaseFilter, TypicalCasePage } from '#read-model';

/** A page of typical cases in submission order; with `after`, once the read model has applied that position. */
export class ListTypicalCasesQuery extends Query<TypicalCasePage> {
  constructor(
    readonly filter: TypicalCaseFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
    readonly after: string | undefined,
  ) {
    super();
  }
}
