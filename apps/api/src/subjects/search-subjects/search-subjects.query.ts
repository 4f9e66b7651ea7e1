import { Query } from '@nestjs/cqrs';
import type { FoundSubjectPage } from '#read-model';
import type { SearchText } from '../../shared/subject-search.params.js';

/** Subjects by code or by part of an organisation's name; with `after`, once the subjects read model has applied that position. */
export class SearchSubjectsQuery extends Query<FoundSubjectPage> {
  constructor(
    readonly text: SearchText,
    /** Only subjects of these kinds; absent: every kind (persons only by a full 身份证号). */
    readonly kinds: readonly string[] | undefined,
    readonly limit: number,
    readonly cursor: string | undefined,
    readonly after: string | undefined,
  ) {
    super();
  }
}
