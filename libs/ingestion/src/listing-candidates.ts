import { candidateChange, type CandidateChange, type ListingCandidate, type RecordedFact } from '#credit';
import { listCandidates, type CompiledRuleSet, type Candidate as EvaluatedCandidate } from '#rules';
import type { LocalDate } from '#kernel';

const NO_CHANGE: CandidateChange = { noted: [], cleared: [] };

/**
 * What one fact changes on the subject's candidacies. Candidacies are judged without an asOf cut-off (every
 * recorded fact counts), so the same history always gives the same candidacies.
 */
export function candidateChangesOf(
  rules: CompiledRuleSet,
  relevant: ReadonlySet<string>,
  facts: readonly RecordedFact[],
  fact: RecordedFact,
  decided: ReadonlySet<string>,
): CandidateChange {
  if (!relevant.has(fact.type)) return NO_CHANGE;
  const before = listCandidates(facts, rules, OPEN_END).map((c) => asCandidate(c, rules));
  const after = listCandidates([...facts, fact], rules, OPEN_END).map((c) => asCandidate(c, rules));
  return candidateChange(before, after, decided);
}

const OPEN_END = '9999-12-31' as LocalDate;

function asCandidate(candidate: EvaluatedCandidate, rules: CompiledRuleSet): ListingCandidate {
  const listType = rules.listTypes.get(candidate.listType)!;
  const criterion = rules.document.listTypes.find((l) => l.id === candidate.listType)?.criteria.find((c) => c.id === candidate.criterion);
  return {
    listType: candidate.listType,
    label: listType.label,
    color: listType.color,
    criterion: candidate.criterion,
    regime: candidate.regime,
    basis: { documentNumber: criterion?.basis.documentNumber ?? '', clause: criterion?.basis.clause },
    qualifyingFact: candidate.qualifyingFact,
    steps: candidate.steps.map((step) => ({ id: step.id, description: step.description, done: step.done, eventId: step.eventId })),
  };
}
