import type { Event } from '#kernel';
import type { EventIdConflictError, WrongExpectedRevisionError } from './errors.js';
import type { GlobalPosition } from './global-position.js';
import type { ExpectedRevision } from './expected-revision.js';
import type { NewEvent, RecordedEvent, StoredEvent } from './recorded-event.js';

export type { ExpectedRevision } from './expected-revision.js';

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** The revision of the last event now in the stream: pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** Position of the last appended event: wait for projections to reach it to read your writes. */
  readonly position: GlobalPosition;
  /** False when every event id was already stored by the same append (an idempotent retry). */
  readonly written: boolean;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the first event going forwards and the last going backwards. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: the events strictly after this position. Defaults to the start of the log. */
  readonly after?: GlobalPosition;
  readonly maxCount?: number;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  readonly stream: string;
  readonly events: readonly NewEvent<Event>[];
  readonly expectedRevision: ExpectedRevision;
}

/** What became of one stream's part: written, or refused as a whole (the other streams are not affected). */
export type StreamAppendOutcome =
  | { readonly stream: string; readonly status: 'appended'; readonly result: AppendResult }
  | { readonly stream: string; readonly status: 'conflict'; readonly error: WrongExpectedRevisionError | EventIdConflictError };

export interface SubscribeOptions {
  readonly after?: GlobalPosition;
}

/**
 * A catch-up subscription: every committed event after the start position in global order, then new
 * events as they are committed. Iterate with `for await`; `close()` ends the iteration.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/**
 * The port every storage adapter implements and the contract suite verifies. Appends take any domain
 * event (its data is stored as JSON); a reader says which events a stream holds, `readStream<E>`, and
 * gets them typed by their union. The global log (`readAll`, `subscribe`) holds every stream's events:
 * its readers pick types with `ofTypes`.
 */
export interface EventStore {
  /**
   * True when a position's commit part is a transaction id of the PostgreSQL database the read models share (the
   * PostgreSQL adapter): a reader there can tell a position no commit has reached yet from one still invisible.
   */
  readonly positionsAreTransactionIds?: boolean;
  append(stream: string, events: readonly NewEvent<Event>[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends to many streams at once, in one round trip where the store can. Each stream's part is
   * atomic and checked against its own expectation, exactly as `append` would; a part that conflicts
   * is reported in its outcome, and the other parts are written. Outcomes follow the input order.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]>;
  /** A missing stream reads as empty. */
  readStream<E extends Event = StoredEvent>(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent<E>[]>;
  /** Several streams in one call, each in revision order; a missing stream maps to an empty list. */
  readStreams<E extends Event = StoredEvent>(streams: readonly string[]): Promise<Map<string, RecordedEvent<E>[]>>;
  /** Committed events in global order, with no gaps: nothing later is returned while an earlier append is uncommitted. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options?: SubscribeOptions): EventSubscription;
  /** The position of the last event a reader can see, or undefined for an empty log. */
  headPosition(): Promise<GlobalPosition | undefined>;
  /** How many visible events follow `after`, counting at most `limit` (for lag reports). */
  countAfter(after: GlobalPosition, limit: number): Promise<number>;
  /** Resolves when an append may have happened (or after `timeoutMs`); used to wake pollers. */
  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}
