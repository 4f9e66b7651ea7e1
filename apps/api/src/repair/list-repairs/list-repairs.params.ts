import { parsePosition } from '#event-store';
import type { Caller } from '#credit';
import { refusal, type Problem } from '#kernel';
import { checkedLimit } from '../../shared/page-limit.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';

export interface ListRepairsParams {
  readonly status?: string;
  readonly overdue?: string;
  readonly department?: string;
  readonly limit?: string;
  readonly after?: string;
}

export interface ListRepairsSelection {
  readonly status?: 'pending' | 'decided';
  readonly overdue?: boolean;
  /** The deciding department (谁认定、谁修复): the one that recorded the record; absent for the credit office's whole queue. */
  readonly decidingDepartment?: string;
  readonly limit: number;
  readonly after?: string;
}

const STATUSES = ['pending', 'decided'] as const;

/**
 * The repair queue's filters: a 400 names each bad parameter. The credit office sees every application (and may pick a
 * deciding department); a department sees the applications for the records it recorded, and asking for another's is a 403.
 */
export function parseListRepairsParams(params: ListRepairsParams, caller: Caller): ListRepairsSelection {
  const errors: Problem[] = [];
  if (params.status !== undefined && !(STATUSES as readonly string[]).includes(params.status))
    errors.push({ path: 'status', reason: `must be one of ${STATUSES.join(', ')}` });
  if (params.overdue !== undefined && !['true', 'false'].includes(params.overdue))
    errors.push({ path: 'overdue', reason: 'must be true or false' });
  if (params.after !== undefined && !parsePosition(params.after))
    errors.push({ path: 'after', reason: 'must be a position answered by a write (<commit>-<prepare>)' });
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const office = caller.department.roles.includes('credit-office');
  if (!office && params.department !== undefined && params.department !== caller.department.id) {
    throw refusalException(
      refusal('forbidden', 'other-department-repairs', 'Only the credit office sees other departments’ repair applications', [
        { path: 'department', reason: `${caller.department.id} may ask only for the applications for its own records` },
      ]),
    );
  }
  return {
    status: params.status as ListRepairsSelection['status'],
    overdue: params.overdue === undefined ? undefined : params.overdue === 'true',
    decidingDepartment: office ? params.department : caller.department.id,
    limit,
    after: params.after,
  };
}
