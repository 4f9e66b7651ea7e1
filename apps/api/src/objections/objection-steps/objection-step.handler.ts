import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ObjectionCases, type ObjectionStep, type ObjectionStepResult } from '#ingestion';
import type { Clock } from '#kernel';
import { CLOCK } from '../../shared/storage.tokens.js';
import { stepDays } from '../step-date.js';
import { ObjectionStepCommand } from './objection-step.command.js';

@CommandHandler(ObjectionStepCommand)
export class ObjectionStepHandler implements ICommandHandler<ObjectionStepCommand> {
  constructor(
    private readonly cases: ObjectionCases,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ objectionId, step, on, caller }: ObjectionStepCommand): Promise<ObjectionStepResult> {
    return this.cases.step(objectionId, { ...step, ...stepDays(this.clock, on) } as ObjectionStep, caller);
  }
}
