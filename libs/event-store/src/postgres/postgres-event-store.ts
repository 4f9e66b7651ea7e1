import type { Event } from '#kernel';
import pg from 'pg';
import { AppendSignal } from '../append-signal.js';
import { EventIdConflictError, WrongExpectedRevisionError } from '../errors.js';
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
import { LOG_START, type GlobalPosition } from '../global-position.js';
import { PollingSubscription } from '../polling-subscription.js';
import { asRecorded, type NewEvent, type RecordedEvent, type StoredEvent } from '../recorded-event.js';
import { NO_UPCASTERS, type Upcasters } from '../upcasters.js';
import { validateAppend, validateStreamAppends } from '../validate-new-events.js';
import { appendEachStream, appendOne } from '../append-each-stream.js';
import { appendStatement, EXPECT_ANY, EXPECT_NO_STREAM, MULTI_STREAM_APPEND } from './append-statement.js';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows.js';
import { EVENTS_APPENDED_CHANNEL } from './event-store-schema.js';

export interface PostgresEventStoreOptions {
  readonly upcasters?: Upcasters;
  /**
   * Tell other processes about appends (NOTIFY, at most once per `notifyIntervalMs`) and LISTEN for
   * theirs: for a PostgreSQL server shared by the api and the projector. In-process appends always
   * wake this process's readers at once.
   */
  readonly listen?: boolean;
  readonly notifyIntervalMs?: number;
  readonly pollIntervalMs?: number;
  /** Ends the pool on close. */
  readonly ownsPool?: boolean;
}

/** Anything that runs a query: the pool, or a client inside a transaction the caller controls. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

const UNIQUE_VIOLATION = '23505';
const DEADLOCK_DETECTED = '40P01';
const VISIBLE = `transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;

export class PostgresEventStore implements EventStore {
  readonly positionsAreTransactionIds = true;
  private readonly appended = new AppendSignal();
  private readonly upcasters: Upcasters;
  private listener?: Promise<pg.PoolClient>;
  private notifyTimer?: NodeJS.Timeout;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? NO_UPCASTERS;
  }

  async append(stream: string, events: readonly NewEvent<Event>[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    validateAppend(stream, events, expected);
    try {
      const result = await this.insert(stream, events, expected);
      if (result) {
        this.appended.notify();
        this.notifyOtherProcesses();
        return result;
      }
    } catch (error) {
      if (!(error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION && error.constraint === 'events_event_id_key')) {
        throw error;
      }
    }
    const replay = await this.findEarlierAppend(stream, events, expected);
    if (replay) return replay;
    throw new WrongExpectedRevisionError(stream, expected, await this.currentRevision(stream));
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<StreamAppendOutcome[]> {
    validateStreamAppends(appends);
    if (appends.length <= 1) return Promise.all(appends.map((part) => appendOne(this, part)));
    let rows: AppendedRow[];
    try {
      ({ rows } = await this.pool.query<AppendedRow>(MULTI_STREAM_APPEND, multiStreamParams(appends)));
    } catch (error) {
      // A reused event id or a deadlock with another multi-stream writer rolls the statement back whole.
      if (error instanceof pg.DatabaseError && (error.code === UNIQUE_VIOLATION || error.code === DEADLOCK_DETECTED)) {
        return appendEachStream(this, appends);
      }
      throw error;
    }
    if (rows.length > 0) {
      this.appended.notify();
      this.notifyOtherProcesses();
    }
    const byStream = new Map<string, AppendedRow[]>();
    for (const row of rows) byStream.set(row.stream_id, [...(byStream.get(row.stream_id) ?? []), row]);
    return Promise.all(
      appends.map(async (part): Promise<StreamAppendOutcome> => {
        const written = byStream.get(part.stream);
        // A refused part may still be a harmless retry: `append` tells the two apart.
        return written ? { stream: part.stream, status: 'appended', result: appendResultOf(written) } : appendOne(this, part);
      }),
    );
  }

  async readStream<E extends Event = StoredEvent>(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent<E>[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = $1 AND stream_revision ${backwards ? '<=' : '>='} $2
       ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [stream, from, options.maxCount ?? null],
    );
    return asRecorded<E>(rows.map((row) => this.upcasters.apply(toRecordedEvent(row))));
  }

  async readStreams<E extends Event = StoredEvent>(streams: readonly string[]): Promise<Map<string, RecordedEvent<E>[]>> {
    const read = new Map<string, RecordedEvent<E>[]>(streams.map((stream) => [stream, []]));
    if (streams.length === 0) return read;
    // One index lookup per stream (LATERAL): `stream_id = ANY(…)` over hundreds of streams lets the planner
    // choose a sequential scan of the whole log when statistics are missing or stale (after a bulk load).
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS}
         FROM unnest($1::text[]) AS wanted(name)
         CROSS JOIN LATERAL (SELECT * FROM events WHERE events.stream_id = wanted.name ORDER BY stream_revision) AS events`,
      [streams],
    );
    for (const row of rows) read.get(row.stream_id)?.push(...asRecorded<E>([this.upcasters.apply(toRecordedEvent(row))]));
    return read;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? LOG_START;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint) AND ${VISIBLE}
       ORDER BY events.transaction_id, events.global_position LIMIT $3`,
      [...positionParams(after), options.maxCount ?? 1000],
    );
    return rows.map((row) => this.upcasters.apply(toRecordedEvent(row)));
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    return new PollingSubscription(this, options.after, { pollIntervalMs: this.options.pollIntervalMs });
  }

  async headPosition(): Promise<GlobalPosition | undefined> {
    const { rows } = await this.pool.query<{ commit_position: string; global_position: string }>(
      `SELECT transaction_id::text AS commit_position, global_position FROM events WHERE ${VISIBLE}
       ORDER BY events.transaction_id DESC, events.global_position DESC LIMIT 1`,
    );
    return rows[0] && { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].global_position) };
  }

  async countAfter(after: GlobalPosition, limit: number): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(
      `SELECT count(*) AS count FROM (SELECT 1 FROM events
         WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint) AND ${VISIBLE} LIMIT $3) behind`,
      [...positionParams(after), limit],
    );
    return Number(rows[0].count);
  }

  async waitForAppend(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.options.listen) await this.listenForOtherProcesses();
    await this.appended.wait(timeoutMs, signal);
  }

  async close(): Promise<void> {
    clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) (await listener.catch(() => undefined))?.release(true);
    this.appended.notify();
    if (this.options.ownsPool) await this.pool.end();
  }

  private async insert(stream: string, events: readonly NewEvent<Event>[], expected: ExpectedRevision): Promise<AppendResult | undefined> {
    const params: unknown[] = [
      stream,
      events.length,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ];
    if (typeof expected === 'number') params.push(expected);
    const { rows } = await this.pool.query<AppendedRow>(appendStatement(expected), params);
    return rows.length === 0 ? undefined : appendResultOf(rows);
  }

  /**
   * The same ids already stored, in the same order, at the end of a single append to this stream: a retry.
   * Ids stored in another stream are a conflict; ids stored in this stream by a different append mean
   * another writer got there first, which is a revision conflict when a revision was expected: decide again.
   */
  private async findEarlierAppend(
    stream: string,
    events: readonly NewEvent<Event>[],
    expected: ExpectedRevision,
  ): Promise<AppendResult | undefined> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY global_position`,
      [events.map((e) => e.id)],
    );
    if (rows.length === 0) return undefined;
    const sameAppend =
      rows.length === events.length &&
      rows.every(
        (row, i) =>
          row.stream_id === stream &&
          row.event_id === events[i].id.toLowerCase() &&
          Number(row.stream_revision) === Number(rows[0].stream_revision) + i,
      );
    if (sameAppend) {
      const last = toRecordedEvent(rows[rows.length - 1]);
      return { nextExpectedRevision: last.revision, position: last.position, written: false };
    }
    const elsewhere = rows.filter((row) => row.stream_id !== stream);
    if (elsewhere.length === 0 && expected !== 'any') return undefined;
    throw new EventIdConflictError(
      stream,
      (elsewhere.length > 0 ? elsewhere : rows).map((row) => row.event_id),
    );
  }

  private async currentRevision(stream: string): Promise<number | 'no_stream'> {
    const { rows } = await this.pool.query<{ revision: string }>(`SELECT revision FROM event_streams WHERE stream_id = $1`, [stream]);
    return rows[0] ? Number(rows[0].revision) : 'no_stream';
  }

  /**
   * NOTIFY takes a cluster-wide lock at commit, so it is not sent with every append (that halves the
   * commit rate of concurrent writers) but coalesced: one notification per interval after appends.
   */
  private notifyOtherProcesses(): void {
    if (!this.options.listen || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.pool.query(`SELECT pg_notify($1, '')`, [EVENTS_APPENDED_CHANNEL]).catch(() => undefined);
    }, this.options.notifyIntervalMs ?? 10);
  }

  private listenForOtherProcesses(): Promise<pg.PoolClient> {
    this.listener ??= this.pool.connect().then(async (client) => {
      client.on('notification', () => this.appended.notify());
      client.on('error', () => {
        this.listener = undefined;
        client.release(true);
      });
      await client.query(`LISTEN ${EVENTS_APPENDED_CHANNEL}`);
      return client;
    });
    return this.listener;
  }
}

interface AppendedRow {
  readonly stream_id: string;
  readonly global_position: string;
  readonly commit_position: string;
  readonly stream_revision: string;
}

function appendResultOf(rows: readonly AppendedRow[]): AppendResult {
  const last = rows.reduce((a, b) => (BigInt(a.global_position) > BigInt(b.global_position) ? a : b));
  return {
    nextExpectedRevision: Number(last.stream_revision),
    position: { commit: BigInt(last.commit_position), prepare: BigInt(last.global_position) },
    written: true,
  };
}

function multiStreamParams(appends: readonly StreamAppend[]): unknown[] {
  const events = appends.flatMap(({ stream, events }) => events.map((event, i) => ({ stream, place: i + 1, event })));
  return [
    appends.map((a) => a.stream),
    appends.map((a) => a.events.length),
    appends.map((a) =>
      a.expectedRevision === 'no_stream' ? EXPECT_NO_STREAM : a.expectedRevision === 'any' ? EXPECT_ANY : a.expectedRevision,
    ),
    JSON.stringify(
      events.map((e) => ({
        stream_id: e.stream,
        place: e.place,
        id: e.event.id,
        type: e.event.type,
        data: e.event.data,
        metadata: e.event.metadata,
      })),
    ),
  ];
}

function positionParams(position: GlobalPosition): [string, string] {
  return [position.commit < 0n ? '0' : position.commit.toString(), position.prepare.toString()];
}
