import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { activateRuleSet, RuleSetLifecycleError, type RuleSetsInForce } from '#ingestion';
import { EVENT_STORE, FACT_CATALOGUE, RULE_SETS } from '../../shared/storage.tokens.js';
import { lifecycleActor } from '../rule-set-problem.js';
import { ActivateRuleSetCommand, type ActivationOutcome } from './activate-rule-set.command.js';

@CommandHandler(ActivateRuleSetCommand)
export class ActivateRuleSetHandler implements ICommandHandler<ActivateRuleSetCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
  ) {}

  async execute({ version, effectiveFrom, caller }: ActivateRuleSetCommand): Promise<ActivationOutcome> {
    try {
      const plan = await activateRuleSet(this.store, this.catalogue, version, effectiveFrom, this.ruleSets.shipped, {
        actor: lifecycleActor(caller),
      });
      return { ok: true, plan };
    } catch (error) {
      if (error instanceof RuleSetLifecycleError) return { ok: false, refused: error };
      throw error;
    }
  }
}
