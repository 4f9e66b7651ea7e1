import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { looksLikeResidentId, maskResidentId, todayInShanghai, type Clock } from '#kernel';
import { ObjectionsReader, PublicRecordsReader } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { PublicDisclosureQuery, type PublicDisclosure } from './get-public-disclosure.query.js';

@QueryHandler(PublicDisclosureQuery)
export class PublicDisclosureHandler implements IQueryHandler<PublicDisclosureQuery> {
  constructor(
    private readonly records: PublicRecordsReader,
    private readonly objections: ObjectionsReader,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ subject, after }: PublicDisclosureQuery): Promise<PublicDisclosure> {
    await this.readYourWrites.waitFor(after, ['public-disclosure', 'objections']);
    const today = todayInShanghai(this.clock.now());
    const [records, objected] = await Promise.all([this.records.of(subject, today), this.objections.openOf([subject])]);
    return {
      subject: looksLikeResidentId(subject) ? maskResidentId(subject) : subject,
      asOf: today,
      records: records.map(({ factEventId, ...record }) => {
        const underObjection = objected.get(subject)?.get(factEventId);
        return underObjection ? { ...record, underObjection } : record;
      }),
    };
  }
}
