import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DEFAULT_OBJECTION_WORKING_DAYS } from '#credit';
import { ObjectionCases, type ObjectionStepResult } from '#ingestion';
import type { Clock } from '#kernel';
import type { JiangchengConfig } from '#runtime';
import { CLOCK, CONFIG } from '../../shared/storage.tokens.js';
import { stepDays } from '../step-date.js';
import { FileObjectionCommand } from './file-objection.command.js';

@CommandHandler(FileObjectionCommand)
export class FileObjectionHandler implements ICommandHandler<FileObjectionCommand> {
  constructor(
    private readonly cases: ObjectionCases,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: JiangchengConfig,
  ) {}

  execute({ body, caller }: FileObjectionCommand): Promise<ObjectionStepResult> {
    const { subject, eventId, filedBy, grounds } = body;
    // The case keeps the working days in force when it is filed: a later change of configuration does not move its deadlines.
    const workingDays = this.config.objectionWorkingDays ?? DEFAULT_OBJECTION_WORKING_DAYS;
    return this.cases.file({ subject, eventId, filedBy, grounds, workingDays, ...stepDays(this.clock, body.on) }, caller);
  }
}
