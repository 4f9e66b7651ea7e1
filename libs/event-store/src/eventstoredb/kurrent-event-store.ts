import {
  ANY,
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamState,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { Event, EventMetadata } from '#kernel';
import { appendEachStream } from '../append-each-stream.js';
import { AppendSignal } from '../append-signal.js';
import { WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StreamAppend,
  StreamAppendOutcome,
  SubscribeOptions,
} from '../event-store.port.js';
import { isAfter, LOG_START, type GlobalPosition } from '../global-position.js';
import { asRecorded, type JsonObject, type NewEvent, type RecordedEvent, type StoredEvent } from '../recorded-event.js';
import { NO_UPCASTERS, type Upcasters } from '../upcasters.js';
import { validateAppend, validateStreamAppends } from '../validate-new-events.js';
import { KurrentAllSubscription } from './kurrent-all-subscription.js';

export interface KurrentEventStoreOptions {
  readonly upcasters?: Upcasters;
}

/**
 * EventStoreDB / KurrentDB through the official client. Its $all log is ordered at commit, so the
 * global read needs no visibility rule; system events ($…) are filtered out.
 */
export class KurrentEventStore implements EventStore {
  private readonly appended = new AppendSignal();
  private readonly upcasters: Upcasters;

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? NO_UPCASTERS;
  }

  static connect(connectionString: string, options?: KurrentEventStoreOptions): KurrentEventStore {
    return new KurrentEventStore(KurrentDBClient.connectionString(connectionString), options);
  }

  async append(stream: string, events: readonly NewEvent<Event>[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    validateAppend(stream, events, expected);
    const replay = await this.findEarlierAppend(stream, events, expected);
    if (replay) return replay;
    try {
      const result = await this.client.appendToStream(
        stream,
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as JsonObject, metadata: { ...e.metadata } })),
        { streamState: toStreamState(expected) },
      );
      this.appended.notify();
      const position = result.position ?? (await this.positionOfRevision(stream, result.nextExpectedRevision));
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position, written: true };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualState === NO_STREAM ? 'no_stream' : Number(error.actualState);
        throw new WrongExpectedRevisionError(stream, expected, actual);
      }
      throw error;
    }
  }

  /** The client has no multi-stream write: one append per stream, each checked on its own. */
  appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    validateStreamAppends(appends);
    return appendEachStream(this, appends);
  }

  async readStreams<E extends Event = StoredEvent>(streams: readonly string[]): Promise<Map<string, RecordedEvent<E>[]>> {
    const read = new Map<string, RecordedEvent<E>[]>();
    for (let i = 0; i < streams.length; i += 16) {
      const page = streams.slice(i, i + 16);
      const histories = await Promise.all(page.map((stream) => this.readStream<E>(stream)));
      page.forEach((stream, j) => read.set(stream, histories[j]));
    }
    return read;
  }

  async readStream<E extends Event = StoredEvent>(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent<E>[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      })) {
        const event = this.toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return asRecorded<E>(events);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? LOG_START;
    const maxCount = options.maxCount ?? 1000;
    const events: RecordedEvent[] = [];
    // fromPosition is inclusive: ask for one more and drop the checkpoint event itself.
    for await (const resolved of this.client.readAll({
      fromPosition: after === LOG_START || after.commit < 0n ? START : after,
      direction: FORWARDS,
      maxCount: maxCount + 1,
      filter: excludeSystemEvents(),
    })) {
      const event = this.toRecordedEvent(resolved);
      if (event && isAfter(event.position, after) && events.length < maxCount) events.push(event);
    }
    return events;
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    return new KurrentAllSubscription(this.client, options.after ?? LOG_START, (resolved) => this.toRecordedEvent(resolved));
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    for await (const resolved of this.client.readAll({
      fromPosition: END,
      direction: BACKWARDS,
      maxCount: 1,
      filter: excludeSystemEvents(),
    })) {
      return this.toRecordedEvent(resolved)?.position;
    }
    return undefined;
  }

  async countAfter(after: GlobalPosition, limit: number): Promise<number> {
    return (await this.readAll({ after, maxCount: limit })).length;
  }

  waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return this.appended.wait(timeoutMs, signal);
  }

  async close(): Promise<void> {
    this.appended.notify();
    await this.client.dispose();
  }

  /**
   * The server itself drops a retried append whose ids sit where the expected revision puts them. With
   * `any` it only looks at the end of the stream (the server's own guarantee there is best effort).
   */
  private async findEarlierAppend(
    stream: string,
    events: readonly NewEvent<Event>[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | undefined> {
    const stored =
      expected === 'any'
        ? (await this.readStream(stream, { direction: 'backwards', maxCount: events.length })).reverse()
        : await this.readStream(stream, {
            fromRevision: expected === 'no_stream' ? 0 : expected + 1,
            maxCount: events.length,
          });
    const sameIds = stored.length === events.length && stored.every((e, i) => e.id.toLowerCase() === events[i].id.toLowerCase());
    if (!sameIds) return undefined;
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position, written: false };
  }

  private async positionOfRevision(stream: string, revision: bigint): Promise<GlobalPosition> {
    const [event] = await this.readStream(stream, { fromRevision: Number(revision), maxCount: 1 });
    return event.position;
  }

  private toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | undefined {
    const event = resolved.event;
    if (!event || !event.isJson || !event.position) return undefined;
    return this.upcasters.apply({
      id: event.id,
      stream: event.streamId,
      revision: Number(event.revision),
      type: event.type,
      data: event.data as JsonObject,
      metadata: (event.metadata ?? {}) as unknown as EventMetadata,
      position: { commit: event.position.commit, prepare: event.position.prepare },
      recordedAt: event.created,
    });
  }
}

function toStreamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}
