import type { CompiledRuleSet } from './compiled-rule-set.js';

/** The list types that some criterion starts only on a recorded decision (they can have candidates). */
export function listTypesByDecision(rules: CompiledRuleSet): ReadonlySet<string> {
  return new Set(rules.document.listTypes.filter((listType) => listType.criteria.some((c) => c.decision)).map((listType) => listType.id));
}

/**
 * The fact types that can change a candidacy: qualifying facts, their steps and decisions. Any other fact changes
 * none, so most facts cost nothing there. (An exit such as a correction does not end a candidacy: under 45号 the
 * decision may still follow; inferred.)
 */
export function candidateFactTypes(rules: CompiledRuleSet): ReadonlySet<string> {
  const types = new Set<string>();
  for (const listType of rules.document.listTypes) {
    const decided = listType.criteria.filter((criterion) => criterion.decision);
    if (decided.length === 0) continue;
    for (const criterion of decided) {
      types.add(criterion.fact);
      types.add(criterion.decision!.fact);
      for (const step of criterion.steps ?? []) types.add(step.fact);
    }
  }
  return types;
}
