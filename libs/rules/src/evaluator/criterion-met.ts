import { addMonths, type LocalDate } from '#kernel';
import type { Decimal } from '../values/decimal.js';
import { meets } from '../values/threshold.js';
import type { CompiledCriterion } from './compiled-rule-set.js';
import type { FactRecord } from './list-entries.js';

/** Whether `facts[position]` meets the criterion's conditions, its history counted over the facts recorded up to it. */
export function meetsCriterion(criterion: CompiledCriterion, facts: readonly FactRecord[], position: number): boolean {
  const fact = facts[position];
  if (!criterion.matches(fact.data)) return false;
  if (!criterion.history) return true;
  const since = criterion.since(fact.data);
  return since !== undefined && meets(countWithin(facts.slice(0, position + 1), fact.type, criterion, since), criterion.history.count);
}

/** How many matching facts of the type have their start within the criterion's window ending on `since`. */
function countWithin(facts: readonly FactRecord[], type: string, criterion: CompiledCriterion, since: LocalDate): Decimal {
  const from = addMonths(since, -criterion.history!.months);
  const count = facts.filter((f) => {
    const date = criterion.since(f.data);
    return f.type === type && date !== undefined && date > from && date <= since && criterion.matches(f.data);
  }).length;
  return { units: BigInt(count), scale: 0 };
}
