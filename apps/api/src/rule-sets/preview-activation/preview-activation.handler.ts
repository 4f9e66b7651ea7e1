import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { previewActivation, RuleSetLifecycleError, type RuleSetsInForce } from '#ingestion';
import { EVENT_STORE, FACT_CATALOGUE, RULE_SETS } from '../../shared/storage.tokens.js';
import { PreviewActivationQuery, type PlanOutcome } from './preview-activation.query.js';

@QueryHandler(PreviewActivationQuery)
export class PreviewActivationHandler implements IQueryHandler<PreviewActivationQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
  ) {}

  async execute({ version, effectiveFrom }: PreviewActivationQuery): Promise<PlanOutcome> {
    try {
      return { ok: true, plan: await previewActivation(this.store, this.catalogue, version, effectiveFrom, this.ruleSets.shipped) };
    } catch (error) {
      if (error instanceof RuleSetLifecycleError) return { ok: false, refused: error };
      throw error;
    }
  }
}
