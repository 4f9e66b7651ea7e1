import { parsePosition } from '#event-store';
import type { Problem } from '#kernel';
import { checkedLimit } from './page-limit.js';

/** The query of a queue of cases (objections, credit repairs): by status and overdue, a department's, a page. */
export interface QueueParams {
  readonly status?: string;
  readonly overdue?: string;
  readonly department?: string;
  readonly limit?: string;
  readonly after?: string;
}

/** `status` one of the queue's and `overdue` true or false; what is wrong is added to `errors`, naming the parameter. */
export function checkedQueueFilters<Status extends string>(
  params: QueueParams,
  statuses: readonly Status[],
  errors: Problem[],
): { readonly status?: Status; readonly overdue?: boolean } {
  if (params.status !== undefined && !(statuses as readonly string[]).includes(params.status))
    errors.push({ path: 'status', reason: `must be one of ${statuses.join(', ')}` });
  if (params.overdue !== undefined && !['true', 'false'].includes(params.overdue))
    errors.push({ path: 'overdue', reason: 'must be true or false' });
  return { status: params.status as Status | undefined, overdue: params.overdue === undefined ? undefined : params.overdue === 'true' };
}

/** `after`, a position answered by a write, and `limit`, the page size; what is wrong is added to `errors`. */
export function checkedQueuePage(params: QueueParams, errors: Problem[]): { readonly limit: number; readonly after?: string } {
  if (params.after !== undefined && !parsePosition(params.after))
    errors.push({ path: 'after', reason: 'must be a position answered by a write (<commit>-<prepare>)' });
  return { limit: checkedLimit(params.limit, errors), after: params.after };
}
