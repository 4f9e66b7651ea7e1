import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { todayInShanghai, type Clock } from '#kernel';
import { PublicListingsReader, type PublicListedRecord, type PublicPage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { ListPublicationsQuery, type ListColor, type ListPublicationItem } from './list-publications.query.js';

@QueryHandler(ListPublicationsQuery)
export class ListPublicationsHandler implements IQueryHandler<ListPublicationsQuery> {
  constructor(
    private readonly records: PublicListingsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ color, selection }: ListPublicationsQuery): Promise<PublicPage<ListPublicationItem>> {
    await this.readYourWrites.waitFor(selection.after, ['public-disclosure', 'subjects']);
    const page = await this.records.listEntries(color, { ...selection, today: todayInShanghai(this.clock.now()) });
    return { ...page, items: page.items.map((record) => item(color, record)) };
  }
}

function item(color: ListColor, { subject, title, content, window }: PublicListedRecord): ListPublicationItem {
  const text = (field: string) => (typeof content[field] === 'string' ? (content[field] as string) : undefined);
  const basis = content.basis as ListPublicationItem['basis'];
  const [memorandum, decidedBy] = [text('memorandum'), text('decidedBy')];
  return {
    listType: text('listType') ?? '',
    label: text('label') ?? title,
    color,
    subject,
    ...(memorandum && { memorandum }),
    basis: { documentNumber: basis.documentNumber, ...(basis.clause && { clause: basis.clause }) },
    period: { from: window.from, ...(window.until && { until: window.until }), longTerm: !window.until },
    ...(decidedBy && { decidedBy }),
  };
}
