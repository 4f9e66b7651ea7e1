import type { LocalDate } from '#kernel';
import type { FactRecord } from './list-entries.js';

/**
 * What a condition on the subject's other facts (`absent`, `consecutive`) reads besides the fact itself: the facts
 * recorded so far (this one included) and the deciding date the condition looks back from.
 */
export interface ConditionContext {
  readonly history: readonly FactRecord[];
  readonly on: LocalDate;
}

/** A condition compiled once into a closure over a fact's data (and, for history conditions, its context). */
export type Predicate = (record: unknown, context?: ConditionContext) => boolean;
