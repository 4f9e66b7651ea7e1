import { parsePosition } from '#event-store';
import { compareLocalDates, isValidLocalDate, refusal, type Problem } from '#kernel';
import type { Caller } from '#credit';
import type { FeedbackStatisticsFilter } from '#read-model';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { refusalException } from '../../shared/problems/refusal-problem.js';

export interface FeedbackStatisticsParams {
  readonly from?: string;
  readonly to?: string;
  readonly department?: string;
  readonly format?: string;
  readonly after?: string;
}

export interface FeedbackStatisticsSelection {
  readonly filter: FeedbackStatisticsFilter;
  readonly csv: boolean;
  readonly after?: string;
}

/**
 * The report's period (both days included, Asia/Shanghai) and whose rows: the credit office sees every department's
 * and may pick one; a department sees its own (asking for another's is a 403). A 400 names each bad parameter.
 */
export function parseFeedbackStatisticsParams(
  params: FeedbackStatisticsParams,
  accept: string | undefined,
  caller: Caller,
): FeedbackStatisticsSelection {
  const errors: Problem[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = params[name];
    if (value === undefined) errors.push({ path: name, reason: 'is required: YYYY-MM-DD' });
    else if (!isValidLocalDate(value)) errors.push({ path: name, reason: 'must be a real date YYYY-MM-DD' });
  }
  if (
    params.from &&
    params.to &&
    isValidLocalDate(params.from) &&
    isValidLocalDate(params.to) &&
    compareLocalDates(params.from, params.to) > 0
  )
    errors.push({ path: 'to', reason: `must not be before from (${params.from})` });
  if (params.format !== undefined && params.format !== 'csv' && params.format !== 'json')
    errors.push({ path: 'format', reason: 'must be csv or json' });
  if (params.after !== undefined && !parsePosition(params.after))
    errors.push({ path: 'after', reason: 'must be a position answered by a write (<commit>-<prepare>)' });
  if (errors.length) throw invalidQuery(errors);
  const office = caller.department.roles.includes('credit-office');
  if (!office && params.department !== undefined && params.department !== caller.department.id) {
    throw refusalException(
      refusal('forbidden', 'other-department-statistics', 'Only the credit office sees other departments’ rows', [
        { path: 'department', reason: `${caller.department.id} may ask only for its own rows` },
      ]),
    );
  }
  const csv = params.format === 'csv' || (params.format === undefined && accept?.includes('text/csv') === true);
  const filter = {
    from: params.from!,
    to: params.to!,
    department: office ? params.department : caller.department.id,
  } as FeedbackStatisticsFilter;
  return { filter, csv, after: params.after };
}
