import { Query } from '@nestjs/cqrs';

export interface PublicSubjectPage {
  readonly items: readonly { readonly code: string; readonly name: string }[];
  /** See FoundSubjectPage.capped. */
  readonly capped?: true;
}

/** Organisations by full code or part of their name, for the public site. */
export class SearchPublicSubjectsQuery extends Query<PublicSubjectPage> {
  constructor(
    readonly search: { readonly by: 'organization-code'; readonly code: string } | { readonly by: 'name'; readonly text: string },
    readonly limit: number,
  ) {
    super();
  }
}
