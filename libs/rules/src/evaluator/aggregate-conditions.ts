import { valueAt } from '#kernel';
import { addDecimals, compareDecimals, isDecimal, parseDecimal, type Decimal } from '../values/decimal.js';
import { meets, threshold } from '../values/threshold.js';
import type { ThresholdWord } from '../values/threshold.js';
import type { ConditionDoc } from '../rule-set/rule-set.schema.js';
import type { Predicate } from './condition-context.js';

type Limit = { word: ThresholdWord; value: string };

/** The sum of a list field's item field, in exact decimals: "偷逃税款 100万元以上" over the yearly figures. */
export function compileSum(list: string, of: string, limit: Limit): Predicate {
  const bound = threshold(limit.word, limit.value);
  return (record) => meets(numbersOf(record, list, of).reduce(addDecimals, ZERO), bound);
}

/** The largest item value of a list field: one worker owed "2万元以上". No item with a value: not met. */
export function compileMax(list: string, of: string, limit: Limit): Predicate {
  const bound = threshold(limit.word, limit.value);
  return (record) => {
    const values = numbersOf(record, list, of);
    if (values.length === 0) return false;
    return meets(
      values.reduce((a, b) => (compareDecimals(a, b) >= 0 ? a : b)),
      bound,
    );
  };
}

/** How many items of a list field meet `where`: "2次以上" in the yearly records. */
export function compileCount(list: string, where: Predicate, limit: Limit): Predicate {
  const bound = threshold(limit.word, limit.value);
  return (record, context) => {
    const items = valueAt(record, list);
    const count = Array.isArray(items) ? items.filter((item) => where(item, context)).length : 0;
    return meets({ units: BigInt(count), scale: 0 }, bound);
  };
}

export function isAggregate(
  condition: ConditionDoc,
): condition is Extract<ConditionDoc, { sum: string } | { max: string } | { count: string }> {
  return 'sum' in condition || 'max' in condition || 'count' in condition;
}

const ZERO: Decimal = { units: 0n, scale: 0 };

function numbersOf(record: unknown, list: string, of: string): Decimal[] {
  const items = valueAt(record, list);
  if (!Array.isArray(items)) return [];
  return items.map((item) => number(valueAt(item, of))).filter((value): value is Decimal => value !== undefined);
}

export function number(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return parseDecimal(String(value));
  return isDecimal(value) ? parseDecimal(value) : undefined;
}
