import type { EventMetadata } from '#kernel';
import type { GlobalPosition } from './global-position.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** An event to append. The id makes appends idempotent: the same id is never written twice. */
export interface NewEvent<Data extends object = JsonObject> {
  readonly id: string;
  /** Stored type name with its schema version, e.g. `credit.PenaltyDecided.v1`. */
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Data extends object = JsonObject> {
  readonly id: string;
  readonly stream: string;
  /** 0 for the first event of a stream. */
  readonly revision: number;
  readonly type: string;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly position: GlobalPosition;
  /** When the store accepted the event (the store's clock). */
  readonly recordedAt: Date;
}
