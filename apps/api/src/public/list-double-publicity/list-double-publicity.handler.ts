import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { todayInShanghai, type Clock } from '#kernel';
import { PublicListingsReader, type PublicListedRecord, type PublicPage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { ListDoublePublicityQuery, type DoublePublicityItem, type DoublePublicityKind } from './list-double-publicity.query.js';

@QueryHandler(ListDoublePublicityQuery)
export class ListDoublePublicityHandler implements IQueryHandler<ListDoublePublicityQuery> {
  constructor(
    private readonly records: PublicListingsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ kind, selection }: ListDoublePublicityQuery): Promise<PublicPage<DoublePublicityItem>> {
    await this.readYourWrites.waitFor(selection.after, ['public-disclosure', 'subjects']);
    const page = await this.records.doublePublicity(kind, { ...selection, today: todayInShanghai(this.clock.now()) });
    return { ...page, items: page.items.map((record) => item(kind, record)) };
  }
}

function item(kind: DoublePublicityKind, { subject, title, content, window }: PublicListedRecord): DoublePublicityItem {
  const { decisionNumber, authorityName, authorityCode, decisionDate, ...rest } = content;
  return {
    kind,
    decisionNumber: String(decisionNumber),
    title,
    subject,
    authority: {
      ...(typeof authorityName === 'string' && { name: authorityName }),
      ...(typeof authorityCode === 'string' && { code: authorityCode }),
    },
    decisionDate: String(decisionDate),
    content: rest,
    window,
  };
}
