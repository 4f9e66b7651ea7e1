import { Query } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { Refusal } from '#kernel';
import type { CheckView } from './check-view.js';

export type CheckAnswer = { readonly ok: true; readonly check: CheckView } | { readonly ok: false; readonly refusal: Refusal };

/** A check of record with its feedback, as its stream records it (no read model: always current). */
export class GetCheckQuery extends Query<CheckAnswer> {
  constructor(
    readonly checkId: string,
    readonly caller: Caller,
  ) {
    super();
  }
}
