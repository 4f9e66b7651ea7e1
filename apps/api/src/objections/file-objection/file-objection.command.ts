import { Command } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { ObjectionStepResult } from '#ingestion';
import type { FileObjectionDto } from './file-objection.request.dto.js';

/** Files an objection to a record in the caller's (the credit office's) name. */
export class FileObjectionCommand extends Command<ObjectionStepResult> {
  constructor(
    readonly body: FileObjectionDto,
    readonly caller: Caller,
  ) {
    super();
  }
}
