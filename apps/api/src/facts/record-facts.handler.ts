import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { FactRecorder, GroupCommit, type BatchResult } from '#ingestion';
import type { Clock } from '#kernel';
import type { CompiledRuleSet } from '#rules';
import { CLOCK, EVENT_STORE, FACT_CATALOGUE, RULES } from '../storage/storage.tokens.js';
import { RecordFactsCommand } from './record-facts.command.js';

@CommandHandler(RecordFactsCommand)
export class RecordFactsHandler implements ICommandHandler<RecordFactsCommand> {
  /** Concurrent requests share one read and one append (group commit). */
  private readonly writes: GroupCommit;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(FACT_CATALOGUE) catalogue: FactCatalogue,
    @Inject(CLOCK) clock: Clock,
    @Inject(RULES) rules: CompiledRuleSet,
  ) {
    this.writes = new GroupCommit(new FactRecorder(store, catalogue, clock, { rules }));
  }

  execute(command: RecordFactsCommand): Promise<BatchResult> {
    return this.writes.record(command);
  }
}
