import type { BatchResult, ItemResult } from '#ingestion';
import type { ProblemDetails } from '../../shared/problems/problem-details.js';
import { refusalProblem } from '../../shared/problems/refusal-problem.js';

/** An item's answer on the wire: a rejected item carries its RFC 7807 problem. */
export type ItemAnswer =
  Exclude<ItemResult, { status: 'rejected' }> | { readonly index: number; readonly status: 'rejected'; readonly problem: ProblemDetails };

/** The `FactBatchResult` schema of the OpenAPI document. */
export interface FactBatchAnswer {
  readonly results: ItemAnswer[];
  readonly position?: string;
}

export function factBatchAnswer({ results, position }: BatchResult): FactBatchAnswer {
  return { results: results.map(itemAnswer), position };
}

function itemAnswer(result: ItemResult): ItemAnswer {
  return result.status === 'rejected' ? { index: result.index, status: 'rejected', problem: refusalProblem(result) } : result;
}
