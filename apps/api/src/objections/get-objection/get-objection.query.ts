import { Query } from '@nestjs/cqrs';
import type { Objection } from '#credit';

/** One case as the read model has it; with `after`, once it has applied that position. */
export class GetObjectionQuery extends Query<Objection | undefined> {
  constructor(
    readonly objectionId: string,
    readonly after: string | undefined,
  ) {
    super();
  }
}
