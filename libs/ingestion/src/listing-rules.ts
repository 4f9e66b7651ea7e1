import {
  SUBJECT_LISTED,
  type ListingEntry,
  type ListingRules,
  type RecordedFact,
  type RepairApplicationOf,
  type SubjectState,
} from '#credit';
import {
  candidateFactTypes,
  listEntries,
  listingChanges,
  recordedEntries,
  reevaluatedEntries,
  repairEligibility,
  repairRefusal,
  type RecordEligibility,
  type CompiledRuleSet,
  type ListEntry,
} from '#rules';
import type { LocalDate } from '#kernel';
import { CandidateChanges } from './listing-candidates.js';
import { reachedPersons } from './listing-event-data.js';

const adapters = new WeakMap<CompiledRuleSet, RuleSetListingRules>();

/** The subject decider's view of a compiled rule set (one per rule set, so what it remembers is shared). */
export function listingRulesOf(rules: CompiledRuleSet): RuleSetListingRules {
  let adapter = adapters.get(rules);
  if (!adapter) adapters.set(rules, (adapter = new RuleSetListingRules(rules)));
  return adapter;
}

/** The subject's entries as its listing events recorded them (under whichever rule set was in force). */
export function recordedEntriesOf(state: SubjectState): ListEntry[] {
  const listings = state.listings.map((event) => ({
    eventId: event.id,
    type: event.type === SUBJECT_LISTED ? ('listed' as const) : ('delisted' as const),
    data: { ...event.data },
  }));
  return recordedEntries(listings, state.facts);
}

export class RuleSetListingRules implements ListingRules {
  readonly ruleSet: ListingRules['ruleSet'];
  /**
   * The entries of a history, found by the content object of its last fact and checked against its event ids.
   * Deciding a batch asks for a history one fact longer each time: the entries after the last fact decided are
   * those before the next, so each subject's history is evaluated once per fact, not twice.
   */
  private readonly entriesAfter = new WeakMap<object, { readonly eventIds: readonly string[]; readonly entries: ListEntry[] }>();

  private readonly candidates: CandidateChanges;

  constructor(private readonly rules: CompiledRuleSet) {
    this.ruleSet = { id: rules.id, version: rules.version };
    this.candidates = new CandidateChanges(rules, candidateFactTypes(rules));
  }

  candidateChanges(state: SubjectState, fact: RecordedFact, decided: ReadonlySet<string>) {
    return this.candidates.of(state.facts, fact, decided);
  }

  listingChanges(state: SubjectState, fact: RecordedFact) {
    const changes = listingChanges(state.facts, fact, this.rules, this.entriesOf(state.facts));
    this.entriesAfter.set(fact.data, { eventIds: [...state.facts, fact].map((f) => f.eventId), entries: changes.entries });
    return changes;
  }

  reevaluation(state: SubjectState, effectiveFrom: string) {
    const { gained, lost } = reevaluatedEntries(state.facts, recordedEntriesOf(state), this.rules, effectiveFrom as LocalDate);
    return { started: gained, ended: lost };
  }

  /** Whom the entry reaches is the list type's policy (`reachesPersons`), decided by `personsReached`. */
  personsReached(entry: ListingEntry, state: SubjectState) {
    return reachedPersons(state, entry, this.rules);
  }

  /** The rule of credit repair (libs/rules repair-eligibility.ts) on the entries these rules derive from the facts. */
  repairRefusal(state: SubjectState, application: RepairApplicationOf) {
    return repairRefusal(state.facts, this.entriesOf(state.facts), this.rules, application);
  }

  /** Every dishonesty record of the subject and whether it may be repaired on `asOf`: what the decider judges. */
  repairEligibility(state: SubjectState, asOf: LocalDate): RecordEligibility[] {
    return repairEligibility(state.facts, this.entriesOf(state.facts), this.rules, asOf);
  }

  private entriesOf(facts: readonly RecordedFact[]): ListEntry[] {
    const last = facts.at(-1);
    const known = last && this.entriesAfter.get(last.data);
    if (known && known.eventIds.length === facts.length && facts.every((f, i) => f.eventId === known.eventIds[i])) return known.entries;
    const entries = listEntries(facts, this.rules);
    if (last) this.entriesAfter.set(last.data, { eventIds: facts.map((f) => f.eventId), entries });
    return entries;
  }
}
