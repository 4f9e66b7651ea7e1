import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { FactRecorder, GroupCommit, type BatchResult, type RuleSetsInForce } from '#ingestion';
import type { Clock } from '#kernel';
import { GROUP_COMMIT_OBSERVER } from '../../shared/metrics.tokens.js';
import { CLOCK, EVENT_STORE, FACT_CATALOGUE, RULE_SETS } from '../../shared/storage.tokens.js';
import { RecordFactsCommand } from './record-facts.command.js';

@CommandHandler(RecordFactsCommand)
export class RecordFactsHandler implements ICommandHandler<RecordFactsCommand> {
  /** Concurrent requests share one read and one append (group commit). */
  private readonly writes: GroupCommit;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(FACT_CATALOGUE) catalogue: FactCatalogue,
    @Inject(CLOCK) clock: Clock,
    @Inject(RULE_SETS) ruleSets: RuleSetsInForce,
    @Optional() @Inject(GROUP_COMMIT_OBSERVER) observeWrite?: (facts: number) => void,
  ) {
    this.writes = new GroupCommit(new FactRecorder(store, catalogue, clock, { rules: ruleSets }), undefined, observeWrite);
  }

  execute(command: RecordFactsCommand): Promise<BatchResult> {
    return this.writes.record(command);
  }
}
