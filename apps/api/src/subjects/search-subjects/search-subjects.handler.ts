import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SubjectsReader, type FoundSubjectPage } from '#read-model';
import { ReadYourWrites } from '../../shared/read-your-writes.js';
import { SearchSubjectsQuery } from './search-subjects.query.js';

@QueryHandler(SearchSubjectsQuery)
export class SearchSubjectsHandler implements IQueryHandler<SearchSubjectsQuery> {
  constructor(
    private readonly subjects: SubjectsReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  async execute({ text, kinds, limit, cursor, after }: SearchSubjectsQuery): Promise<FoundSubjectPage> {
    await this.readYourWrites.waitFor(after, ['subjects']);
    if (text.by === 'name') return this.subjects.byName({ text: text.text, kinds, limit, cursor });
    return { items: await this.subjects.byCode(text.code, kinds) };
  }
}
