import type { Problem } from '#kernel';
import type { PersonQueryFilter } from '#read-model';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedLimit } from '../../shared/page-limit.js';
import { checkDayRange, checkedSubject } from '../audit-query.params.js';

/** A person-query log id is a PostgreSQL bigint. */
const MAX_ID = 2n ** 63n - 1n;

export interface PersonQueriesParams {
  readonly subject?: string;
  readonly department?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: string;
}

export interface PersonQueriesSelection {
  readonly filter: PersonQueryFilter;
  readonly cursor?: string;
  readonly limit: number;
}

/** The person-queries query string, or a 400 naming each bad parameter; the cursor is the id of the last row of a page. */
export function parsePersonQueriesParams(params: PersonQueriesParams): PersonQueriesSelection {
  const errors: Problem[] = [];
  if (params.cursor !== undefined && !(/^\d{1,19}$/.test(params.cursor) && BigInt(params.cursor) <= MAX_ID)) {
    errors.push({ path: 'cursor', reason: 'must be the `next` of an earlier page' });
  }
  checkDayRange(params, errors);
  const subject = checkedSubject(params.subject, errors);
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const { department, from, to, cursor } = params;
  return { filter: { subject, department, from, to }, cursor, limit };
}
