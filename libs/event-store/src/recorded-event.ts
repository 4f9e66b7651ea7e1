import type { Event, EventMetadata } from '#kernel';
import type { GlobalPosition } from './global-position.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** An event as the store keeps it when nobody says more: a stored type name and JSON data. */
export type StoredEvent = Event<string, JsonObject>;

/**
 * An event to append. The id makes appends idempotent: the same id is never written twice. `E` is the
 * domain event (a stream's union: each member keeps its own type name and data).
 */
export type NewEvent<E extends Event = StoredEvent> = E extends Event
  ? {
      readonly id: string;
      /** Stored type name with its schema version, e.g. `credit.PenaltyDecided.v1`. */
      readonly type: E['type'];
      readonly data: E['data'];
      readonly metadata: EventMetadata;
    }
  : never;

/** An event as read back: the domain event `E` in the store's envelope. Narrowing on `type` narrows `data`. */
export type RecordedEvent<E extends Event = StoredEvent> = E extends Event
  ? {
      readonly id: string;
      readonly stream: string;
      /** 0 for the first event of a stream. */
      readonly revision: number;
      readonly type: E['type'];
      readonly data: E['data'];
      readonly metadata: EventMetadata;
      readonly position: GlobalPosition;
      /** When the store accepted the event (the store's clock). */
      readonly recordedAt: Date;
    }
  : never;

/**
 * The reader's word for what stored events are. The store keeps JSON; which shape an event of a type
 * has is known to whoever reads a stream or subscribes to a type, and to the upcasters that bring old
 * shapes up to date before this point. This is the one place that word is taken.
 */
export function asRecorded<E extends Event>(events: readonly RecordedEvent[]): RecordedEvent<E>[] {
  // The cast at the event boundary: JSON read back from storage becomes the caller's event union.
  return events as readonly RecordedEvent[] as RecordedEvent<E>[];
}

/** The events of these types, as the events of those types are (a projection's batch, a follower of the log). */
export function ofTypes<E extends Event>(events: readonly RecordedEvent[], types: readonly E['type'][]): RecordedEvent<E>[] {
  const wanted = new Set<string>(types);
  return asRecorded<E>(events.filter((event) => wanted.has(event.type)));
}
