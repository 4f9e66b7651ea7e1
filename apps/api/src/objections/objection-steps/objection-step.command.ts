import { Command } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { ObjectionStep, ObjectionStepResult } from '#ingestion';

/** Takes the next step on a case in the caller's name; the handler dates it. */
export class ObjectionStepCommand extends Command<ObjectionStepResult> {
  constructor(
    readonly objectionId: string,
    readonly step: StepFields,
    readonly on: string | undefined,
    readonly caller: Caller,
  ) {
    super();
  }
}

/** A step's own fields: the handler adds the day it is taken and today. */
export type StepFields = ObjectionStep extends infer S ? (S extends unknown ? Omit<S, 'today' | 'on'> : never) : never;
