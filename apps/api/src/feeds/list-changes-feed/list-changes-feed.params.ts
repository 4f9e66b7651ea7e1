import { parsePosition } from '#event-store';
import type { Problem } from '#kernel';
import { checkedLimit } from '../../shared/page-limit.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';

export interface ListChangesFeedParams {
  after?: string;
  listType?: string;
  limit?: string;
}

export interface ParsedFeedParams {
  readonly after?: string;
  readonly listType?: string;
  readonly limit: number;
}

/** `after` a position the feed answered as `next` (or a change's `position`), a list type of the rule set, 1–1000. */
export function parseListChangesFeedParams(params: ListChangesFeedParams, listTypes: ReadonlySet<string>): ParsedFeedParams {
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && typeof value !== 'string') problems.push({ path: name, reason: 'must be given once' });
  }
  if (problems.length) throw invalidQuery(problems);
  const after = params.after === '' ? undefined : params.after;
  if (after !== undefined && !parsePosition(after))
    problems.push({ path: 'after', reason: 'must be a position as the feed answered it in `next` (e.g. 1234-5678)' });
  if (params.listType !== undefined && !listTypes.has(params.listType))
    problems.push({ path: 'listType', reason: `must be a list type of the rule set in force: ${[...listTypes].join(', ')}` });
  const limit = checkedLimit(params.limit, problems);
  if (problems.length) throw invalidQuery(problems);
  return { after, listType: params.listType, limit };
}
