import type { LocalDate } from '#kernel';
import type { CompiledCriterion, CompiledRuleSet } from './compiled-rule-set.js';
import { meetsCriterion } from './criterion-met.js';
import { names, stepDone } from './decided-listings.js';
import type { FactRecord } from './list-entries.js';
import { inWindow, type EntryRegime } from './regimes.js';

export interface CandidateStep {
  readonly id: string;
  readonly description: string;
  readonly done: boolean;
  /** The step fact, when done. */
  readonly eventId?: string;
}

/** A subject the competent authority may list: the qualifying fact is there, the decision is not (rule-format.md §2). */
export interface Candidate {
  readonly listType: string;
  readonly criterion: string;
  readonly regime?: EntryRegime;
  readonly qualifyingFact: FactRecord;
  readonly steps: readonly CandidateStep[];
}

/**
 * The subject's candidacies on `asOf`: each qualifying fact recorded by then that meets a decided criterion under
 * the regime in force on `asOf` (a decision taken that day would be decided under it), and that no decision of
 * its list type names. One per list type and qualifying fact: the first criterion in file order. Pure.
 */
export function listCandidates(facts: readonly FactRecord[], rules: CompiledRuleSet, asOf: LocalDate): Candidate[] {
  const decided = [...rules.criteriaByDecision.values()].flat();
  if (decided.length === 0) return [];
  const decisions = decisionsByListType(facts, decided);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  facts.forEach((fact, position) => {
    for (const criterion of decided) {
      if (fact.type !== criterion.fact) continue;
      const key = `${criterion.listType.id}\u0000${fact.eventId}`;
      if (seen.has(key)) continue;
      const since = criterion.since(fact.data);
      if (!since || since > asOf || !inWindow(asOf, criterion.window)) continue;
      if (
        (decisions.get(criterion.listType.id) ?? []).some(
          (d) => d.criterion.fact === fact.type && names(d.fact, d.criterion.decision!.naming, fact),
        )
      )
        continue;
      if (!meetsCriterion(criterion, facts, position, { on: asOf })) continue;
      seen.add(key);
      candidates.push({
        listType: criterion.listType.id,
        criterion: criterion.id,
        ...(criterion.regime ? { regime: criterion.regime } : {}),
        qualifyingFact: fact,
        steps: criterion.steps.map((step) => {
          const done = stepDone(step, fact, facts, asOf);
          return { id: step.id, description: step.description, done: done !== undefined, ...(done ? { eventId: done.eventId } : {}) };
        }),
      });
    }
  });
  return candidates;
}

/** The recorded decisions of each list type, with the criterion whose decision filter they meet: read once per history. */
function decisionsByListType(
  facts: readonly FactRecord[],
  decided: readonly CompiledCriterion[],
): Map<string, { readonly fact: FactRecord; readonly criterion: CompiledCriterion }[]> {
  const found = new Map<string, { fact: FactRecord; criterion: CompiledCriterion }[]>();
  for (const fact of facts) {
    for (const criterion of decided) {
      if (fact.type !== criterion.decision!.fact || !criterion.decision!.matches(fact.data)) continue;
      found.set(criterion.listType.id, [...(found.get(criterion.listType.id) ?? []), { fact, criterion }]);
    }
  }
  return found;
}
