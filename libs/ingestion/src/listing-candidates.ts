import { candidateChange, type CandidateChange, type ListingCandidate, type RecordedFact } from '#credit';
import { listCandidates, type CompiledRuleSet, type Candidate as EvaluatedCandidate } from '#rules';
import type { LocalDate } from '#kernel';

const NO_CHANGE: CandidateChange = { noted: [], cleared: [] };

/**
 * What one fact changes on the subject's candidacies. Candidacies are judged without an asOf cut-off (every
 * recorded fact counts), so the same history always gives the same candidacies.
 */
export class CandidateChanges {
  /** The candidacies after a history, by the content object of its last fact (a batch asks for one fact more each time). */
  private readonly after = new WeakMap<object, { readonly eventIds: readonly string[]; readonly candidates: ListingCandidate[] }>();

  constructor(
    private readonly rules: CompiledRuleSet,
    private readonly relevant: ReadonlySet<string>,
  ) {}

  of(facts: readonly RecordedFact[], fact: RecordedFact, decided: ReadonlySet<string>): CandidateChange {
    if (!this.relevant.has(fact.type)) return NO_CHANGE;
    const before = this.candidatesOf(facts);
    const history = [...facts, fact];
    const after = this.evaluate(history);
    this.after.set(fact.data, { eventIds: history.map((f) => f.eventId), candidates: after });
    return candidateChange(before, after, decided);
  }

  private candidatesOf(facts: readonly RecordedFact[]): ListingCandidate[] {
    const last = facts.at(-1);
    const known = last && this.after.get(last.data);
    if (known && known.eventIds.length === facts.length && facts.every((f, i) => f.eventId === known.eventIds[i])) return known.candidates;
    return this.evaluate(facts);
  }

  private evaluate(facts: readonly RecordedFact[]): ListingCandidate[] {
    return listCandidates(facts, this.rules, OPEN_END).map((c) => asCandidate(c, this.rules));
  }
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
