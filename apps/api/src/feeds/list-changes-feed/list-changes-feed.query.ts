import { Query } from '@nestjs/cqrs';
import type { ListChangeBody } from '#delivery';

export interface ListChangesFeedPage {
  readonly changes: ListChangeBody[];
  /** Pass as `after` to continue: the last change's position, or `after` itself when nothing new came. */
  readonly next: string | null;
}

/** List changes after a position, in log order. */
export class ListChangesFeedQuery extends Query<ListChangesFeedPage> {
  constructor(
    readonly after: string | undefined,
    readonly listType: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
