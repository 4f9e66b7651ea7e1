import { addMonths, valueAt, type LocalDate } from '#kernel';
import type { Basis, CompiledCriterion, CompiledRuleSet } from './compiled-rule-set.js';
import { meetsCriterion } from './criterion-met.js';
import { decidedListings, type EntryFlag } from './decided-listings.js';
import type { EntryRegime } from './regimes.js';

/** One fact of the subject's history, as the evaluator reads it. */
export interface FactRecord {
  readonly eventId: string;
  /** The catalogue's fact type, e.g. `MajorTaxCaseDecided`. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface EntryEnd {
  readonly on: LocalDate;
  /** A rule-set change ends an entry the new rule set no longer holds, from its activation. */
  readonly reason: 'exit' | 'black-listing' | 'rule-set-change';
  readonly eventId: string;
  readonly basis: Basis;
}

/** A subject's place on a red or black list, with the facts and rules behind it. */
export interface ListEntry {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  readonly memorandum: string;
  readonly criterion: string;
  /** The legal text the criterion is under, selected by the deciding date; absent for a list type without regimes. */
  readonly regime?: EntryRegime;
  /** What the record does not show for a decided listing (rule-format.md §2); absent when nothing is missing. */
  readonly flags?: readonly EntryFlag[];
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
  const start = (
    criterion: CompiledCriterion,
    fact: FactRecord,
    since: LocalDate,
    causes: readonly string[],
    flags: readonly EntryFlag[],
  ) => {
    const relisted = entries.some((e) => e.listType === criterion.listType.id && e.since < since && entryStatus(e, since) !== 'active');
    const term = criterion.listType.term(fact.data, since, relisted, criterion.regime?.id);
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
      ...(criterion.regime ? { regime: criterion.regime } : {}),
      ...(flags.length > 0 ? { flags } : {}),
      ruleSetVersion: rules.version,
      since,
      until: term.until,
      exitsNotBefore: term.exitsNotBefore,
      exitsDelayedMonths: term.exitsDelayedMonths,
      termKind: term.kind,
      causes,
      basis: criterion.basis,
      listingFact: fact,
    });
  };
  facts.forEach((fact, position) => {
    const listedBy = new Set<string>(); // one entry per list type and fact: the first criterion that matches
    for (const criterion of rules.criteriaByFact.get(fact.type) ?? []) {
      const since = criterion.since(fact.data);
      if (!since || listedBy.has(criterion.listType.id) || !meetsCriterion(criterion, facts, position)) continue;
      listedBy.add(criterion.listType.id);
      start(criterion, fact, since, [fact.eventId], []);
    }
    const decided = rules.criteriaByDecision.get(fact.type);
    if (decided) {
      for (const listing of decidedListings(fact, facts.slice(0, position), decided)) {
        if (listedBy.has(listing.criterion.listType.id)) continue;
        start(listing.criterion, fact, listing.since, listing.causes, listing.flags);
      }
    }
    for (const exit of rules.exitsByFact.get(fact.type) ?? []) {
      const on = exit.endsOn(fact.data);
      if (!on) continue;
      entries.forEach((entry, i) => {
        if (entry.listType !== exit.listType.id || entry.ended?.reason === 'black-listing') return;
        if (exit.regime !== undefined && entry.regime?.id !== exit.regime) return;
        const named = exit.fields.every((f) => valueAt(fact.data, f.by) === valueAt(entry.listingFact.data, f.matches));
        const same = exit.replaces ? !named && on > entry.since : named;
        const delayed = entry.exitsDelayedMonths ? addMonths(on, entry.exitsDelayedMonths) : on;
        const effective = entry.exitsNotBefore && entry.exitsNotBefore > delayed ? entry.exitsNotBefore : delayed;
        // Several exits may end one entry (performance, then the court's deletion): the earliest end holds.
        if (same && (!entry.ended || effective < entry.ended.on)) {
          entries[i] = { ...entry, ended: { on: effective, reason: 'exit', eventId: fact.eventId, basis: exit.basis } };
        }
      });
    }
  });
  return entries;
}
