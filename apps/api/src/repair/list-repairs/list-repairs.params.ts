import type { Caller } from '#credit';
import type { Problem } from '#kernel';
import { departmentInScope } from '../../shared/department-scope.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedQueueFilters, checkedQueuePage, type QueueParams } from '../../shared/queue-params.js';

export type ListRepairsParams = QueueParams;

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
  const { status, overdue } = checkedQueueFilters(params, STATUSES, errors);
  const { limit, after } = checkedQueuePage(params, errors);
  if (errors.length) throw invalidQuery(errors);
  const decidingDepartment = departmentInScope(caller, params.department, {
    code: 'other-department-repairs',
    title: 'Only the credit office sees other departments’ repair applications',
    reason: `${caller.department.id} may ask only for the applications for its own records`,
  });
  return { status, overdue, decidingDepartment, limit, after };
}
