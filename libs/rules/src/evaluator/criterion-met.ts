import { addMonths, type LocalDate } from '#kernel';
import type { Decimal } from '../values/decimal.js';
import { meets } from '../values/threshold.js';
import type { CompiledCriterion } from './compiled-rule-set.js';
import { withinLayer } from './jurisdiction.js';
import type { FactRecord } from './list-entries.js';

/** Who decides, and when, where a criterion reads a jurisdiction table (§6): by default the fact's region and `since`. */
export interface DecidedBy {
  readonly region?: string;
  readonly on?: LocalDate;
}

/**
 * Whether `facts[position]` meets the criterion's conditions, its history counted over the facts recorded up to it.
 * A local layer's criterion decides facts of its region only; a table threshold is read for the deciding region and
 * date, and no figure there is not met (undecided, never another region's figure).
 */
export function meetsCriterion(criterion: CompiledCriterion, facts: readonly FactRecord[], position: number, by: DecidedBy = {}): boolean {
  const fact = facts[position];
  const region = by.region ?? fact.region;
  if (criterion.listType.layer && !withinLayer(region, criterion.listType.layer)) return false;
  const since = criterion.since(fact.data);
  // Only conditions on the subject's other facts (absent, consecutive) and history counts need the facts so far.
  const history = criterion.needsHistory || criterion.history ? facts.slice(0, position + 1) : undefined;
  const met = criterion.jurisdiction
    ? criterion.jurisdiction.decide(fact.data, region, by.on).kind === 'met'
    : criterion.matches(fact.data, history && since ? { history, on: since } : undefined);
  if (!met) return false;
  if (!criterion.history) return true;
  return since !== undefined && meets(countWithin(history!, fact.type, criterion, since), criterion.history.count);
}

/** How many matching facts of the type have their start within the criterion's window ending on `since`. */
function countWithin(facts: readonly FactRecord[], type: string, criterion: CompiledCriterion, since: LocalDate): Decimal {
  const from = addMonths(since, -criterion.history!.months);
  const count = facts.filter((f) => {
    const date = criterion.since(f.data);
    return f.type === type && date !== undefined && date > from && date <= since && criterion.matches(f.data, { history: facts, on: date });
  }).length;
  return { units: BigInt(count), scale: 0 };
}
