import { Command } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { ActivationPlan, RuleSetLifecycleError } from '#ingestion';

export type ActivationOutcome =
  { readonly ok: true; readonly plan: ActivationPlan } | { readonly ok: false; readonly refused: RuleSetLifecycleError };

/** Activates a published version from `effectiveFrom` and records the list changes it implies, in the caller's name. */
export class ActivateRuleSetCommand extends Command<ActivationOutcome> {
  constructor(
    readonly version: string,
    readonly effectiveFrom: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
