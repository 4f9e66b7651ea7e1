import { valueAt } from '#kernel';
import { isDecimal, multiplyDecimals, compareDecimals, parseDecimal, type Decimal } from '../values/decimal.js';
import { meets, threshold } from '../values/threshold.js';
import type { ConditionDoc } from '../rule-set/rule-set.schema.js';

/** A condition compiled once into a closure over a fact's data. */
export type Predicate = (record: unknown) => boolean;

export function compileConditions(conditions: readonly ConditionDoc[] | undefined): Predicate {
  if (!conditions || conditions.length === 0) return () => true;
  const all = conditions.map(compileCondition);
  return all.length === 1 ? all[0] : (record) => all.every((p) => p(record));
}

export function compileCondition(condition: ConditionDoc): Predicate {
  if ('anyOf' in condition) {
    const alternatives = condition.anyOf.map(compileCondition);
    return (record) => alternatives.some((p) => p(record));
  }
  if ('allOf' in condition) return compileConditions(condition.allOf);
  if ('any' in condition) {
    const where = compileConditions(condition.where);
    const list = condition.any;
    return (record) => {
      const items = valueAt(record, list);
      return Array.isArray(items) && items.some(where);
    };
  }
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

function number(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return parseDecimal(String(value));
  return isDecimal(value) ? parseDecimal(value) : undefined;
}
