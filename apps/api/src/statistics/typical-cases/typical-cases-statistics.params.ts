import { quarterDays, quarterOf, type Quarter } from '#credit';
import { todayInShanghai, type Problem } from '#kernel';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { checkedFormat, type StatisticsFormat } from '../../shared/statistics-report.js';

export interface TypicalCasesStatisticsParams {
  readonly year?: string;
  readonly quarter?: string;
  readonly department?: string;
  readonly format?: string;
  readonly after?: string;
}

/** The quarter asked for (both `year` and `quarter`, or neither: the current quarter), or a 400 naming each bad parameter. */
export function parseQuarter(
  params: TypicalCasesStatisticsParams,
  now: Date,
): { year: number; quarter: Quarter; format?: StatisticsFormat } {
  const errors: Problem[] = [];
  const format = checkedFormat(params.format, errors);
  if (params.year === undefined && params.quarter === undefined) {
    if (errors.length) throw invalidQuery(errors);
    return { ...quarterOf(todayInShanghai(now)), format };
  }
  const year = Number(params.year);
  const quarter = Number(params.quarter);
  if (params.year === undefined) errors.push({ path: 'year', reason: 'is required with quarter' });
  else if (!/^\d{4}$/.test(params.year) || year < 1900) errors.push({ path: 'year', reason: 'must be a year YYYY' });
  if (params.quarter === undefined) errors.push({ path: 'quarter', reason: 'is required with year' });
  else if (!/^[1-4]$/.test(params.quarter)) errors.push({ path: 'quarter', reason: 'must be 1, 2, 3 or 4' });
  if (errors.length) throw invalidQuery(errors);
  quarterDays(year, quarter as Quarter);
  return { year, quarter: quarter as Quarter, format };
}
