import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { ConditionDoc } from '../rule-set/rule-set.schema.js';
import type { Predicate } from './condition-context.js';

/**
 * No fact of the type, meeting `where`, dated (by its `since` field) within the `years` before the deciding date:
 * the window is (on − years, on], the deciding date itself included (a bad record on that day counts). The fact
 * being decided is not its own bad record. Without a history the condition cannot be known and is not met.
 */
export function compileAbsent(spec: { fact: string; since: string; years: number }, where: Predicate): Predicate {
  const { fact, since, years } = spec;
  return (record, context) => {
    if (!context) return false;
    const from = addMonths(context.on, -12 * years);
    return !context.history.some((other) => {
      if (other.type !== fact || other.data === record) return false;
      const date = valueAt(other.data, since) as LocalDate | undefined;
      return date !== undefined && date > from && date <= context.on && where(other.data, context);
    });
  };
}

/**
 * The last `count` periods (by the `period` field, a year) of the fact type are consecutive and the fact of each
 * meets `where`. A later-recorded fact for the same period replaces the earlier one (a corrected rating). When the
 * fact being decided is of the type, periods after its own are not looked at.
 */
export function compileConsecutive(spec: { fact: string; period: string; count: number }, where: Predicate): Predicate {
  const { fact, period, count } = spec;
  return (record, context) => {
    if (!context) return false;
    const own = context.history.some((f) => f.type === fact && f.data === record) ? periodOf(record, period) : undefined;
    const byPeriod = new Map<number, unknown>();
    for (const other of context.history) {
      if (other.type !== fact) continue;
      const p = periodOf(other.data, period);
      if (p === undefined || (own !== undefined && p > own)) continue;
      byPeriod.set(p, other.data);
    }
    const last = [...byPeriod.keys()].sort((a, b) => a - b).slice(-count);
    if (last.length < count) return false;
    return last.every((p, i) => (i === 0 || p === last[i - 1] + 1) && where(byPeriod.get(p), context));
  };
}

export function isHistoryCondition(condition: ConditionDoc): boolean {
  return 'absent' in condition || 'consecutive' in condition;
}

function periodOf(data: unknown, field: string): number | undefined {
  const value = valueAt(data, field);
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}
