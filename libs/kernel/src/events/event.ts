/**
 * A domain event as the domain sees it: its stored type name (with schema version, e.g.
 * `credit.SubjectListed.v1`) and its data. Storage adds id, stream, position and metadata around it.
 */
export interface Event<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** The type names of an event union. */
export type EventTypeOf<E extends Event> = E['type'];
