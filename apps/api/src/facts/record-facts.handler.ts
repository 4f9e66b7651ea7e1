import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FactCatalogue } from '#credit';
import type { EventStore } from '#event-store';
import { FactRecorder, type BatchResult } from '#ingestion';
import type { Clock } from '#kernel';
import { CLOCK, EVENT_STORE, FACT_CATALOGUE } from '../storage/storage.tokens.js';
import { RecordFactsCommand } from './record-facts.command.js';

@CommandHandler(RecordFactsCommand)
export class RecordFactsHandler implements ICommandHandler<RecordFactsCommand> {
  private readonly recorder: FactRecorder;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(FACT_CATALOGUE) catalogue: FactCatalogue,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.recorder = new FactRecorder(store, catalogue, clock);
  }

  execute(command: RecordFactsCommand): Promise<BatchResult> {
    return this.recorder.record(command.items, command.caller, command.correlationId);
  }
}
