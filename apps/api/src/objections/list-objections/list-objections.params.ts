import { parsePosition } from '#event-store';
import type { Caller } from '#credit';
import { refusal, type Problem } from '#kernel';
import type { ObjectionFilter } from '#read-model';
import { checkedLimit } from '../../shared/page-limit.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';
import { checkSubjectCode } from '../../shared/subject-code.pipe.js';

export interface ListObjectionsParams {
  readonly status?: string;
  readonly overdue?: string;
  readonly subject?: string;
  readonly department?: string;
  readonly limit?: string;
  readonly after?: string;
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
  if (params.status !== undefined && !(STATUSES as readonly string[]).includes(params.status))
    errors.push({ path: 'status', reason: `must be one of ${STATUSES.join(', ')}` });
  if (params.overdue !== undefined && !['true', 'false'].includes(params.overdue))
    errors.push({ path: 'overdue', reason: 'must be true or false' });
  let subject: string | undefined;
  if (params.subject !== undefined) {
    const check = checkSubjectCode(params.subject);
    if (check.ok) subject = check.code;
    else errors.push({ path: 'subject', reason: check.problem.reason });
  }
  if (params.after !== undefined && !parsePosition(params.after))
    errors.push({ path: 'after', reason: 'must be a position answered by a write (<commit>-<prepare>)' });
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const office = caller.department.roles.includes('credit-office');
  if (!office && params.department !== undefined && params.department !== caller.department.id) {
    throw refusalException(
      refusal('forbidden', 'other-department-objections', 'Only the credit office sees other departments’ objections', [
        { path: 'department', reason: `${caller.department.id} may ask only for the objections to its own records` },
      ]),
    );
  }
  return {
    filter: {
      status: params.status as ObjectionFilter['status'],
      subject,
      sourceDepartment: office ? params.department : caller.department.id,
    },
    overdue: params.overdue === undefined ? undefined : params.overdue === 'true',
    limit,
    after: params.after,
  };
}
