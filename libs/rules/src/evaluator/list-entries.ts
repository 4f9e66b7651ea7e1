import type { LocalDate } from '#kernel';
import { blackOverRed } from './black-over-red.js';
import type { Basis, CompiledCriterion, CompiledRuleSet, Renewal } from './compiled-rule-set.js';
import { applyCreditRepair } from './credit-repair.js';
import { applyExit, type ExitFlag } from './exits.js';
import { meetsCriterion } from './criterion-met.js';
import { decidedListings, type EntryFlag } from './decided-listings.js';
import type { EntryRegime } from './regimes.js';
import type { ListRecord } from '../rule-set/vocabulary.js';

/** One fact of the subject's history, as the evaluator reads it. */
export interface FactRecord {
  readonly eventId: string;
  /** The catalogue's fact type, e.g. `MajorTaxCaseDecided`. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * GB/T 2260 code of the jurisdiction the fact is decided in (§6): the recording department's region where the
   * department registry knows it, else the subject's registration region (统一社会信用代码 characters 3–8);
   * undefined for a person whose department region is not known.
   */
  readonly region?: string;
}

export interface EntryEnd {
  readonly on: LocalDate;
  /** A rule-set change ends an entry the new rule set no longer holds, from its activation. */
  readonly reason: 'exit' | 'black-listing' | 'rule-set-change' | 'credit-repair';
  readonly eventId: string;
  readonly basis: Basis;
  /** An exit on application whose preconditions were not all met, or after a reoffence (rule-format.md §4). */
  readonly flags?: readonly ExitFlag[];
}

/** A subject's place on a red or black list, with the facts and rules behind it. */
export interface ListEntry {
  readonly listType: string;
  readonly label: string;
  readonly color: 'red' | 'black';
  /** Dishonesty information that is not a 名单 (a broken credit commitment): it never deletes a red entry. */
  readonly record?: ListRecord;
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
  /** A renewing fixed term (16号): no `until`; an exit ends it at the end of the period it fell in (renewal.ts). */
  readonly renewal?: Renewal;
  readonly termKind: string;
  readonly ended?: EntryEnd;
  readonly causes: readonly string[];
  readonly basis: Basis;
  readonly listingFact: FactRecord;
}

import { entryStatus } from './entry-status.js';

export { entryStatus, type EntryStatus } from './entry-status.js';

/**
 * The subject's list entries from its facts in recorded order: criteria start entries, exit facts end
 * them (exits.ts), and (1798号 (十九)) a black listing removes the red entries in force, for good, by dates
 * whatever the recording order (black-over-red.ts).
 */
export function listEntries(facts: readonly FactRecord[], rules: CompiledRuleSet): ListEntry[] {
  const entries: ListEntry[] = [];
  const start = (
    criterion: CompiledCriterion,
    fact: FactRecord,
    position: number,
    since: LocalDate,
    causes: readonly string[],
    flags: readonly EntryFlag[],
  ) => {
    const earlier = criterion.listType.color === 'red' ? blackOverRed(entries, rules.blackListingRemovesRed) : entries;
    const relisted = earlier.some((e) => e.listType === criterion.listType.id && e.since < since && entryStatus(e, since) !== 'active');
    const term = criterion.listType.term(fact, since, relisted, criterion.regime?.id);
    const entry: ListEntry = {
      listType: criterion.listType.id,
      label: criterion.listType.label,
      color: criterion.listType.color,
      ...(criterion.listType.record && { record: criterion.listType.record }),
      memorandum: criterion.listType.memorandum,
      criterion: criterion.id,
      ...(criterion.regime ? { regime: criterion.regime } : {}),
      ...(flags.length > 0 ? { flags } : {}),
      ruleSetVersion: rules.version,
      since,
      until: term.until,
      exitsNotBefore: term.exitsNotBefore,
      exitsDelayedMonths: term.exitsDelayedMonths,
      ...(term.renewal && { renewal: term.renewal }),
      termKind: term.kind,
      causes,
      basis: criterion.basis,
      listingFact: fact,
    };
    // An exit recorded before the listing (a correction reported before the decision) ends it as one recorded after
    // would: exits go by their dates, not by the order departments report them in.
    const one = [entry];
    const history = facts.slice(0, position + 1);
    for (const earlier of facts.slice(0, position)) {
      for (const exit of rules.exitsByFact.get(earlier.type) ?? [])
        if (exit.listType.id === entry.listType) applyExit(one, exit, earlier, history, rules);
    }
    entries.push(one[0]);
  };
  facts.forEach((fact, position) => {
    const listedBy = new Set<string>(); // one entry per list type and fact: the first criterion that matches
    for (const criterion of rules.criteriaByFact.get(fact.type) ?? []) {
      const since = criterion.since(fact.data);
      if (!since || listedBy.has(criterion.listType.id) || !meetsCriterion(criterion, facts, position)) continue;
      listedBy.add(criterion.listType.id);
      start(criterion, fact, position, since, [fact.eventId], []);
    }
    const decided = rules.criteriaByDecision.get(fact.type);
    if (decided) {
      // The whole record is read, whatever order it was reported in: a finding reported after its decision still grounds it.
      for (const listing of decidedListings(fact, facts, decided)) {
        if (listedBy.has(listing.criterion.listType.id)) continue;
        start(listing.criterion, fact, position, listing.since, listing.causes, listing.flags);
      }
    }
    for (const exit of rules.exitsByFact.get(fact.type) ?? []) applyExit(entries, exit, fact, facts.slice(0, position + 1), rules);
    applyCreditRepair(entries, fact);
  });
  return blackOverRed(entries, rules.blackListingRemovesRed);
}
