import type { Problem } from '#kernel';
import { parsePosition } from '#event-store';
import type { ListChangeFilter } from '#read-model';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedLimit } from '../../shared/page-limit.js';
import { checkDayRange, checkedSubject } from '../audit-query.params.js';

export interface ListChangesParams {
  readonly from?: string;
  readonly to?: string;
  readonly listType?: string;
  readonly department?: string;
  readonly subject?: string;
  readonly cursor?: string;
  readonly limit?: string;
  readonly after?: string;
}

export interface ListChangesSelection {
  readonly filter: ListChangeFilter;
  readonly cursor?: string;
  readonly limit: number;
}

/** The list-changes query string, or a 400 naming each bad parameter; the cursor is a log position. */
export function parseListChangesParams(params: ListChangesParams, listTypes: ReadonlySet<string>): ListChangesSelection {
  const errors: Problem[] = [];
  checkDayRange(params, errors);
  if (params.listType !== undefined && !listTypes.has(params.listType)) {
    errors.push({ path: 'listType', reason: `must be one of ${[...listTypes].join(', ')}` });
  }
  const subject = checkedSubject(params.subject, errors);
  if (params.cursor !== undefined && !parsePosition(params.cursor))
    errors.push({ path: 'cursor', reason: 'must be the `next` of an earlier page' });
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const { from, to, listType, department, cursor } = params;
  return { filter: { from, to, listType, department, subject }, cursor, limit };
}
