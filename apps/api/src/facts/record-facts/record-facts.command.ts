import { Command } from '@nestjs/cqrs';
import type { Caller, FactInput } from '#credit';
import type { BatchResult } from '#ingestion';

export class RecordFactsCommand extends Command<BatchResult> {
  constructor(
    readonly items: readonly FactInput[],
    readonly caller: Caller,
    readonly correlationId: string,
  ) {
    super();
  }
}
