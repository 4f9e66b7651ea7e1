import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { todayInShanghai, type Clock } from '#kernel';
import { PublicListingsReader, type PublicListedRecord, type PublicPage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { ListInspectionsQuery, type InspectionItem } from './list-inspections.query.js';

@QueryHandler(ListInspectionsQuery)
export class ListInspectionsHandler implements IQueryHandler<ListInspectionsQuery> {
  constructor(
    private readonly records: PublicListingsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ selection }: ListInspectionsQuery): Promise<PublicPage<InspectionItem>> {
    await this.readYourWrites.waitFor(selection.after, ['public-disclosure', 'subjects']);
    const page = await this.records.inspections({ ...selection, today: todayInShanghai(this.clock.now()) });
    return { ...page, items: page.items.map(item) };
  }
}

function item({ subject, content, window }: PublicListedRecord): InspectionItem {
  const text = (field: string) => (typeof content[field] === 'string' ? (content[field] as string) : undefined);
  const [authorityName, authorityCode, resultLabel] = [text('authorityName'), text('authorityCode'), text('resultLabel')];
  return {
    inspectionNumber: text('inspectionNumber') ?? '',
    items: text('items') ?? '',
    result: text('result') ?? '',
    ...(resultLabel && { resultLabel }),
    inspectedOn: text('inspectedOn') ?? window.from,
    subject,
    authority: { ...(authorityName && { name: authorityName }), ...(authorityCode && { code: authorityCode }) },
    window,
  };
}
