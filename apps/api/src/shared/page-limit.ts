import type { Problem } from '#kernel';

/** `limit`, the page size: 1 to 1000, 100 when absent. */
export function checkedLimit(given: string | undefined, errors: Problem[]): number {
  const limit = given === undefined ? 100 : Number(given);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) errors.push({ path: 'limit', reason: 'must be an integer from 1 to 1000' });
  return limit;
}
