import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { todayInShanghai, type Clock } from '#kernel';
import { ObjectionsReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { objectionView } from '../objection-view.js';
import { ListObjectionsQuery, type ObjectionQueue } from './list-objections.query.js';

@QueryHandler(ListObjectionsQuery)
export class ListObjectionsHandler implements IQueryHandler<ListObjectionsQuery> {
  constructor(
    private readonly objections: ObjectionsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ selection }: ListObjectionsQuery): Promise<ObjectionQueue> {
    await this.readYourWrites.waitFor(selection.after, ['objections']);
    const asOf = todayInShanghai(this.clock.now());
    // Overdue is a matter of today's date and the calendar, so it is judged here; the queue is bounded by `limit`.
    const views = (await this.objections.list(selection.filter, selection.overdue === undefined ? selection.limit : 10_000))
      .map((objection) => objectionView(objection, asOf))
      .filter((view) => selection.overdue === undefined || view.overdue === selection.overdue)
      .slice(0, selection.limit);
    return { asOf, objections: views };
  }
}
