import { Command } from '@nestjs/cqrs';
import type { Caller, Matter } from '#credit';
import type { MeasureQuery } from '#rules';
import type { SubjectMeasures } from '../../shared/measure-lists.js';

export interface SubjectChecks {
  /** The check of record: pass it to POST /v1/checks/{checkId}/feedback. */
  readonly checkId: string;
  readonly asOf: string;
  /** One answer per subject, in the order given (a subject given twice is answered twice). */
  readonly results: SubjectMeasures[];
}

/**
 * The measures of many subjects on one date, recorded as a check of record (核查使用) on its own stream; with
 * `after`, once the listings have applied that position.
 */
export class CheckSubjectsCommand extends Command<SubjectChecks> {
  constructor(
    readonly subjects: readonly string[],
    readonly query: MeasureQuery,
    readonly after: string | undefined,
    readonly caller: Caller,
    readonly matter: Matter | undefined,
  ) {
    super();
  }
}
