import { parsePosition } from '#event-store';
import { refusal, type Problem } from '#kernel';
import type { Caller } from '#credit';
import type { ListCandidateFilter } from '#read-model';
import { checkedLimit } from '../../shared/page-limit.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';

export interface ListCandidatesParams {
  readonly listType?: string;
  readonly department?: string;
  readonly cursor?: string;
  readonly limit?: string;
  readonly after?: string;
}

export interface ListCandidatesSelection {
  readonly filter: ListCandidateFilter;
  readonly cursor?: string;
  readonly limit: number;
  readonly after?: string;
}

/**
 * The candidates query: a list type that only a decision starts, and whose candidates the caller may see — the
 * credit office any department's, a department its own (the facts it recorded). A 400 names each bad
 * parameter; asking for another department's candidates is a 403.
 */
export function parseListCandidatesParams(
  params: ListCandidatesParams,
  decidedListTypes: ReadonlySet<string>,
  caller: Caller,
): ListCandidatesSelection {
  const errors: Problem[] = [];
  if (params.listType === undefined) errors.push({ path: 'listType', reason: 'is required' });
  else if (!decidedListTypes.has(params.listType))
    errors.push({ path: 'listType', reason: `must be a list type listed by decision: one of ${[...decidedListTypes].join(', ')}` });
  if (params.cursor !== undefined && !parsePosition(params.cursor))
    errors.push({ path: 'cursor', reason: 'must be the `next` of an earlier page' });
  if (params.after !== undefined && !parsePosition(params.after))
    errors.push({ path: 'after', reason: 'must be a position answered by POST /v1/facts (<commit>-<prepare>)' });
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const office = caller.department.roles.includes('credit-office');
  if (!office && params.department !== undefined && params.department !== caller.department.id) {
    throw refusalException(
      refusal('forbidden', 'other-department-candidates', 'Only the credit office sees other departments’ candidates', [
        { path: 'department', reason: `${caller.department.id} may ask only for its own candidates` },
      ]),
    );
  }
  const department = office ? params.department : caller.department.id;
  return { filter: { listType: params.listType!, department }, cursor: params.cursor, limit, after: params.after };
}
