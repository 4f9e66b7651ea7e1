import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ORGANIZATION_KINDS } from '#credit';
import { maskResidentIdsDeep } from '#kernel';
import { SubjectsReader, type FoundSubjectPage } from '#read-model';
import { SearchPublicSubjectsQuery, type PublicSubjectPage } from './search-public-subjects.query.js';

@QueryHandler(SearchPublicSubjectsQuery)
export class SearchPublicSubjectsHandler implements IQueryHandler<SearchPublicSubjectsQuery> {
  constructor(private readonly subjects: SubjectsReader) {}

  async execute({ search, limit }: SearchPublicSubjectsQuery): Promise<PublicSubjectPage> {
    const found: Pick<FoundSubjectPage, 'items' | 'capped'> =
      search.by === 'name'
        ? await this.subjects.byName({ text: search.text, limit })
        : { items: await this.subjects.byCode(search.code, ORGANIZATION_KINDS) };
    // A name is as the department recorded it: a 身份证号 written into one is not published.
    const items = found.items.map(({ code, name }) => ({ code, name: maskResidentIdsDeep(name) }));
    return found.capped ? { items, capped: true } : { items };
  }
}
