import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { foldHistory, subjectStream, type FactCatalogue, type SubjectEvent } from '#credit';
import type { EventStore } from '#event-store';
import { listingRulesOf, type RuleSetsInForce } from '#ingestion';
import { OfficialWorkingDayCalendar, todayInShanghai, type Clock } from '#kernel';
import { REPAIR_CONDITIONS, repairReview } from '#rules';
import type { JiangchengConfig } from '#runtime';
import { CLOCK, CONFIG, EVENT_STORE, FACT_CATALOGUE, RULE_SETS } from '../../shared/storage.tokens.js';
import { RepairEligibilityQuery, type RepairEligibility } from './get-repair-eligibility.query.js';

/** Judged on the subject's own stream (never a projection behind it), under the rule set in force on `asOf`. */
@QueryHandler(RepairEligibilityQuery)
export class RepairEligibilityHandler implements IQueryHandler<RepairEligibilityQuery> {
  private readonly calendar = new OfficialWorkingDayCalendar();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACT_CATALOGUE) private readonly catalogue: FactCatalogue,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: JiangchengConfig,
  ) {}

  async execute({ code, asOf }: RepairEligibilityQuery): Promise<RepairEligibility> {
    const today = todayInShanghai(this.clock.now());
    const on = asOf ?? today;
    const state = foldHistory(this.catalogue, await this.store.readStream<SubjectEvent>(subjectStream(code)));
    const rules = await this.ruleSets.on(on);
    const records = listingRulesOf(rules).repairEligibility(state, on);
    return {
      subject: code,
      asOf: on,
      ruleSet: { id: rules.id, version: rules.version },
      conditions: REPAIR_CONDITIONS,
      records: records.map((record) => ({
        ...record,
        review: record.pendingApplication
          ? repairReview(this.calendar, record.pendingApplication.appliedOn, today, undefined, this.config.repairReviewWorkingDays)
          : null,
      })),
    };
  }
}
