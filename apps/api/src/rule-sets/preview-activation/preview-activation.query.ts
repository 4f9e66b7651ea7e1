import { Query } from '@nestjs/cqrs';
import type { ActivationPlan, RuleSetLifecycleError } from '#ingestion';

export type PlanOutcome =
  { readonly ok: true; readonly plan: ActivationPlan } | { readonly ok: false; readonly refused: RuleSetLifecycleError };

/** What activating `version` from `effectiveFrom` would change, subject by subject; records nothing. */
export class PreviewActivationQuery extends Query<PlanOutcome> {
  constructor(
    readonly version: string,
    readonly effectiveFrom: string,
  ) {
    super();
  }
}
