import { addMonths, type LocalDate } from '#kernel';
import { applyExit } from './exits.js';
import type { Decimal } from '../values/decimal.js';
import { meets } from '../values/threshold.js';
import type { Basis, CompiledCriterion, CompiledRuleSet } from './compiled-rule-set.js';

/** One fact of the subject's history, as the evaluator reads it. */
export interface FactRecord {
  readonly eventId: string;
  /** The catalogue's fact type, e.g. `MajorTaxCaseDecided`. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Something the evaluator found wrong with a decision it still follows: a missing precondition, a reoffence. */
export interface EntryFlag {
  readonly code: 'precondition-missing' | 'reoffended';
  /** For `precondition-missing`: the requirement id. */
  readonly requirement?: string;
  readonly reason: string;
}

export interface EntryEnd {
  readonly on: LocalDate;
  /** A rule-set change ends an entry the new rule set no longer holds, from its activation. */
  readonly reason: 'exit' | 'black-listing' | 'rule-set-change';
  readonly eventId: string;
  readonly basis: Basis;
  /** An exit on application whose preconditions were not all met (rule-format.md §4). */
  readonly flags?: readonly EntryFlag[];
}

/** A subject's place on a red or black list, with the facts and rules behind it. */
export interface ListEntry {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly memorandum: string;
  readonly criterion: string;
  readonly ruleSetVersion: string;
  readonly since: LocalDate;
  /** Exclusive end of a fixed term; undefined when the term is not fixed. */
  readonly until?: LocalDate;
  /** An exit (payment, correction, approved removal) takes effect on this date at the earliest. */
  readonly exitsNotBefore?: LocalDate;
  readonly exitsDelayedMonths?: number;
  readonly termKind: string;
  readonly ended?: EntryEnd;
  readonly causes: readonly string[];
  readonly basis: Basis;
  readonly listingFact: FactRecord;
}

export type EntryStatus = 'not-yet' | 'active' | 'expired' | 'ended';

export function entryStatus(entry: ListEntry, asOf: LocalDate): EntryStatus {
  if (asOf < entry.since) return 'not-yet';
  if (entry.ended && asOf >= entry.ended.on) return 'ended';
  if (entry.until && asOf >= entry.until) return 'expired';
  return 'active';
}

/**
 * The subject's list entries from its facts in recorded order: criteria start entries, exit facts end
 * them, and (1798号 (十九)) a black listing removes the red entries in force, for good.
 */
export function listEntries(facts: readonly FactRecord[], rules: CompiledRuleSet): ListEntry[] {
  const entries: ListEntry[] = [];
  facts.forEach((fact, position) => {
    const listedBy = new Set<string>(); // one entry per list type and fact: the first criterion that matches
    for (const criterion of rules.criteriaByFact.get(fact.type) ?? []) {
      const since = criterion.since(fact.data);
      if (!since || listedBy.has(criterion.listType.id)) continue;
      const history = criterion.needsHistory || criterion.history ? facts.slice(0, position + 1) : undefined;
      if (!criterion.matches(fact.data, history && { history, on: since })) continue;
      if (criterion.history && !meets(countWithin(history!, fact.type, criterion, since), criterion.history.count)) continue;
      listedBy.add(criterion.listType.id);
      const relisted = entries.some((e) => e.listType === criterion.listType.id && e.since < since && entryStatus(e, since) !== 'active');
      const term = criterion.listType.term(fact.data, since, relisted);
      if (criterion.listType.color === 'black' && rules.blackListingRemovesRed) {
        entries.forEach((entry, i) => {
          if (entry.color === 'red' && entryStatus(entry, since) === 'active') {
            entries[i] = {
              ...entry,
              ended: { on: since, reason: 'black-listing', eventId: fact.eventId, basis: rules.blackListingRemovesRed! },
            };
          }
        });
      }
      entries.push({
        listType: criterion.listType.id,
        label: criterion.listType.label,
        color: criterion.listType.color,
        memorandum: criterion.listType.memorandum,
        criterion: criterion.id,
        ruleSetVersion: rules.version,
        since,
        until: term.until,
        exitsNotBefore: term.exitsNotBefore,
        exitsDelayedMonths: term.exitsDelayedMonths,
        termKind: term.kind,
        causes: [fact.eventId],
        basis: criterion.basis,
        listingFact: fact,
      });
    }
    for (const exit of rules.exitsByFact.get(fact.type) ?? []) applyExit(entries, exit, fact, facts.slice(0, position + 1), rules);
  });
  return entries;
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
