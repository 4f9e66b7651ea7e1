import type { Caller } from '#credit';
import type { Problem } from '#kernel';
import type { ObjectionFilter } from '#read-model';
import { departmentInScope } from '../../shared/department-scope.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedQueueFilters, checkedQueuePage, type QueueParams } from '../../shared/queue-params.js';
import { checkSubjectCode } from '../../shared/subject-code.pipe.js';

export interface ListObjectionsParams extends QueueParams {
  readonly subject?: string;
}

export interface ListObjectionsSelection {
  readonly filter: ObjectionFilter;
  readonly overdue?: boolean;
  readonly limit: number;
  readonly after?: string;
}

const STATUSES = ['open', 'filed', 'accepted', 'not-accepted', 'checked', 'answered', 'decided'] as const;

/**
 * The queue's filters: a 400 names each bad parameter. The credit office sees every case (and may pick a source
 * department); a department sees the cases of the records it recorded, and asking for another's is a 403.
 */
export function parseListObjectionsParams(params: ListObjectionsParams, caller: Caller): ListObjectionsSelection {
  const errors: Problem[] = [];
  const { status, overdue } = checkedQueueFilters(params, STATUSES, errors);
  let subject: string | undefined;
  if (params.subject !== undefined) {
    const check = checkSubjectCode(params.subject);
    if (check.ok) subject = check.code;
    else errors.push({ path: 'subject', reason: check.problem.reason });
  }
  const { limit, after } = checkedQueuePage(params, errors);
  if (errors.length) throw invalidQuery(errors);
  const sourceDepartment = departmentInScope(caller, params.department, {
    code: 'other-department-objections',
    title: 'Only the credit office sees other departments’ objections',
    reason: `${caller.department.id} may ask only for the objections to its own records`,
  });
  return { filter: { status, subject, sourceDepartment }, overdue, limit, after };
}
