import type { Caller } from '#credit';
import { parsePosition } from '#event-store';
import { isValidLocalDate, type Problem } from '#kernel';
import type { TypicalCaseFilter } from '#read-model';
import { checkedLimit } from '../../shared/page-limit.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { departmentInView } from '../../shared/statistics-report.js';

export interface ListTypicalCasesParams {
  readonly department?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: string;
  readonly after?: string;
}

export interface TypicalCasesSelection {
  readonly filter: TypicalCaseFilter;
  readonly cursor?: string;
  readonly limit: number;
  readonly after?: string;
}

/** The cases the caller may see (the credit office all, a department its own), or a 400 naming each bad parameter. */
export function parseListTypicalCasesParams(params: ListTypicalCasesParams, caller: Caller): TypicalCasesSelection {
  const errors: Problem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = params[field];
    if (value !== undefined && !isValidLocalDate(value)) errors.push({ path: field, reason: 'must be a real date YYYY-MM-DD' });
  }
  if (params.cursor !== undefined && !parsePosition(params.cursor))
    errors.push({ path: 'cursor', reason: 'must be the `next` of an earlier page' });
  const limit = checkedLimit(params.limit, errors);
  if (errors.length) throw invalidQuery(errors);
  const department = departmentInView(caller, params.department);
  return { filter: { department, from: params.from, to: params.to }, cursor: params.cursor, limit, after: params.after };
}
