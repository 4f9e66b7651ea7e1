import type { LocalDate } from '#kernel';
import type { CompiledRuleSet } from './compiled-rule-set.js';

export interface RuleSetActivation {
  readonly effectiveFrom: LocalDate;
  readonly rules: CompiledRuleSet;
}

/** Which rule set is in force on which day: the first one, then each activation from its effective date. */
export class RuleSetTimeline {
  /** `activations` in the order they were recorded; activation refuses an effective date before the last one's. */
  constructor(
    private readonly first: CompiledRuleSet,
    private readonly activations: readonly RuleSetActivation[] = [],
  ) {}

  /** The rule set in force on `date`. */
  on(date: LocalDate): CompiledRuleSet {
    let inForce = this.first;
    for (const activation of this.activations) if (activation.effectiveFrom <= date) inForce = activation.rules;
    return inForce;
  }

  /** The last one activated, whatever its effective date: the one the next activation replaces. */
  get latest(): CompiledRuleSet {
    return this.activations.at(-1)?.rules ?? this.first;
  }
}
