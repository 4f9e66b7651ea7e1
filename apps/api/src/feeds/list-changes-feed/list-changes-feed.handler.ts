import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listChangeBodyOf } from '#delivery';
import { ListChangesReader } from '#read-model';
import type { CompiledRuleSet } from '#rules';
import { RULES } from '../../shared/storage.tokens.js';
import { ListChangesFeedQuery, type ListChangesFeedPage } from './list-changes-feed.query.js';

@QueryHandler(ListChangesFeedQuery)
export class ListChangesFeedHandler implements IQueryHandler<ListChangesFeedQuery> {
  constructor(
    private readonly changes: ListChangesReader,
    @Inject(RULES) private readonly rules: CompiledRuleSet,
  ) {}

  async execute({ after, listType, limit }: ListChangesFeedQuery): Promise<ListChangesFeedPage> {
    const page = await this.changes.page({ listType }, after, limit);
    const changes = page.changes.map((change) => listChangeBodyOf(change, this.rules));
    return { changes, next: changes.at(-1)?.position ?? after ?? null };
  }
}
