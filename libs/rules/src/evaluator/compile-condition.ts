import { valueAt } from '#kernel';
import { multiplyDecimals, compareDecimals } from '../values/decimal.js';
import { meets, threshold } from '../values/threshold.js';
import type { ConditionDoc } from '../rule-set/rule-set.schema.js';
import { compileCount, compileMax, compileSum, number } from './aggregate-conditions.js';
import type { Predicate } from './condition-context.js';
import { compileAbsent, compileConsecutive, isHistoryCondition } from './history-conditions.js';

export type { ConditionContext, Predicate } from './condition-context.js';

/** Whether any of the conditions reads the subject's other facts: only then does the evaluator pass the history. */
export function needsHistory(conditions: readonly ConditionDoc[] | undefined): boolean {
  return (conditions ?? []).some(
    (c) =>
      isHistoryCondition(c) ||
      ('anyOf' in c && needsHistory(c.anyOf)) ||
      ('allOf' in c && needsHistory(c.allOf)) ||
      ('where' in c && Array.isArray(c.where) && needsHistory(c.where)),
  );
}

export function compileConditions(conditions: readonly ConditionDoc[] | undefined): Predicate {
  if (!conditions || conditions.length === 0) return () => true;
  const all = conditions.map(compileCondition);
  return all.length === 1 ? all[0] : (record, context) => all.every((p) => p(record, context));
}

export function compileCondition(condition: ConditionDoc): Predicate {
  if ('anyOf' in condition) {
    const alternatives = condition.anyOf.map(compileCondition);
    return (record, context) => alternatives.some((p) => p(record, context));
  }
  if ('allOf' in condition) return compileConditions(condition.allOf);
  if ('any' in condition) {
    const where = compileConditions(condition.where);
    const list = condition.any;
    return (record, context) => {
      const items = valueAt(record, list);
      return Array.isArray(items) && items.some((item) => where(item, context));
    };
  }
  if ('sum' in condition) return compileSum(condition.sum, condition.of, condition.threshold);
  if ('max' in condition) return compileMax(condition.max, condition.of, condition.threshold);
  if ('count' in condition) return compileCount(condition.count, compileConditions(condition.where), condition.threshold);
  if ('absent' in condition) return compileAbsent(condition.absent, compileConditions(condition.absent.where));
  if ('consecutive' in condition) return compileConsecutive(condition.consecutive, compileConditions(condition.consecutive.where));
  if ('ratio' in condition) {
    // numerator ≥ ratio × denominator, in exact decimals: no division, no rounding.
    const limit = threshold(condition.threshold.word, condition.threshold.value);
    const { numerator, denominator } = condition.ratio;
    return (record) => {
      const n = number(valueAt(record, numerator));
      const d = number(valueAt(record, denominator));
      if (!n || !d || d.units === 0n) return false;
      const scaled = multiplyDecimals(limit.value, d);
      const order = compareDecimals(n, scaled);
      return meets({ units: BigInt(order), scale: 0 }, threshold(limit.word, '0'));
    };
  }
  if ('threshold' in condition) {
    const limit = threshold(condition.threshold.word, condition.threshold.value);
    const field = condition.field;
    return (record) => {
      const value = number(valueAt(record, field));
      return value !== undefined && meets(value, limit);
    };
  }
  const field = condition.field;
  if ('equals' in condition) {
    const expected = condition.equals;
    return (record) => valueAt(record, field) === expected;
  }
  const allowed = new Set<unknown>(condition.in);
  return (record) => allowed.has(valueAt(record, field));
}
