import { isSubjectKind, SUBJECT_KINDS } from '#credit';
import type { Problem } from '#kernel';
import { isSubjectSearchCursor } from '#read-model';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedSearchLimit, isProblem, readSearchText, type SearchText } from '../../shared/subject-search.params.js';

export interface SearchSubjectsParams {
  readonly q?: unknown;
  readonly kind?: unknown;
  readonly limit?: unknown;
  readonly cursor?: unknown;
}

export interface SubjectSearch {
  readonly text: SearchText;
  readonly kinds?: readonly string[];
  readonly limit: number;
  readonly cursor?: string;
}

/** The console's search: `q` (see readSearchText), `kind`, `limit`, `cursor`; a 400 names each bad parameter. */
export function parseSearchSubjectsParams(params: SearchSubjectsParams): SubjectSearch {
  const errors: Problem[] = [];
  const text = readSearchText(params.q);
  if (isProblem(text)) errors.push(text);
  const { kind, cursor } = params;
  if (kind !== undefined && !isSubjectKind(kind))
    errors.push({ path: 'kind', reason: `must be one of ${Object.keys(SUBJECT_KINDS).join(', ')}` });
  else if (kind === 'natural-person' && !isProblem(text) && text.by !== 'resident-id')
    errors.push({ path: 'kind', reason: 'a natural person is found only by the full 身份证号 in q, never by name' });
  const limit = checkedSearchLimit(params.limit, errors);
  if (cursor !== undefined && (typeof cursor !== 'string' || !isSubjectSearchCursor(cursor)))
    errors.push({ path: 'cursor', reason: 'must be the `next` of an earlier page of the same search' });
  if (errors.length || isProblem(text)) throw invalidQuery(errors);
  return {
    text,
    kinds: kind === undefined ? undefined : [kind as string],
    limit,
    cursor: text.by === 'name' ? (cursor as string | undefined) : undefined,
  };
}
