import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { LOG_START, type GlobalPosition, type RecordedEvent } from '#event-store';
import { PostgresEventStore } from '#event-store/postgres';
import { testEvent, uniqueStream } from '#event-store/testing';
import { poolConfig } from '#runtime';
import { toRecordedEvent, type EventRow } from '../../libs/event-store/src/postgres/event-rows.js';
import { storeInOpenTransaction } from '../support/store-in-open-transaction.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/** Something that hands over events as it finds them, until stopped. */
interface Subscriber {
  start(onEvent: (event: RecordedEvent) => void): void;
  stop(): Promise<void>;
}

let storage: TestStorage;
let pool: pg.Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  storage = await openTestStorage();
  pool = new pg.Pool(poolConfig(storage.connection, 10));
  store = new PostgresEventStore(pool, { pollIntervalMs: 20 });
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await storage.dispose();
});

function gapFreeSubscriber(after: GlobalPosition): Subscriber {
  const subscription = store.subscribe({ after });
  let running: Promise<void> | undefined;
  return {
    start(onEvent) {
      running = (async () => {
        for await (const event of subscription) onEvent(event);
      })();
    },
    async stop() {
      await subscription.close();
      await running;
    },
  };
}

/** The reader the gap-free rule exists to replace: it follows the highest sequence number it has seen. */
function lastIdSeenSubscriber(): Subscriber {
  let stopped = false;
  let running: Promise<void> | undefined;
  return {
    start(onEvent) {
      running = (async () => {
        let lastSeen = (await pool.query(`SELECT coalesce(max(global_position), 0) AS max FROM events`)).rows[0].max;
        while (!stopped) {
          const { rows } = await pool.query<EventRow>(
            `SELECT global_position, transaction_id::text AS commit_position, stream_id, stream_revision, event_id,
                    event_type, data, metadata, recorded_at
             FROM events WHERE global_position > $1 ORDER BY global_position`,
            [lastSeen],
          );
          for (const row of rows) {
            onEvent(toRecordedEvent(row));
            lastSeen = row.global_position;
          }
          await sleep(20);
        }
      })();
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}

/**
 * Transaction A appends and stays open; B appends and commits; then A commits. Returns what the
 * subscriber delivered while A was open and what it delivered in the end.
 */
async function lateCommit(subscriber: Subscriber) {
  const [streamA, streamB] = [uniqueStream('late-a'), uniqueStream('late-b')];
  const delivered: RecordedEvent[] = [];
  subscriber.start((event) => {
    if (event.stream === streamA || event.stream === streamB) delivered.push(event);
  });
  const a = await storeInOpenTransaction(storage.connection);
  try {
    await a.store.append(streamA, [testEvent('test.A.v1')]);
    const appendB = store.append(streamB, [testEvent('test.B.v1')]);
    // On a server B commits now; PGlite runs one transaction at a time, so B waits for A there.
    await Promise.race([appendB, sleep(300)]);
    await sleep(300);
    const whileAOpen = delivered.map((e) => e.type);
    await a.commit();
    await appendB;
    for (let waited = 0; delivered.length < 2 && waited < 5000; waited += 50) await sleep(50);
    await sleep(200);
    return { whileAOpen, inTheEnd: delivered.map((e) => e.type) };
  } finally {
    await a.rollback();
    await subscriber.stop();
  }
}

describe(`late commits (${backend})`, () => {
  it('the gap-free subscriber holds B back until A commits, then delivers both exactly once, A first', async () => {
    const result = await lateCommit(gapFreeSubscriber((await store.headPosition()) ?? LOG_START));
    expect(result.whileAOpen).toEqual([]);
    expect(result.inTheEnd).toEqual(['test.A.v1', 'test.B.v1']);
  });

  (backend === 'postgres' ? it : it.skip)(
    'a last-id-seen reader fails the same test: it delivers B early and never delivers A',
    async () => {
      const result = await lateCommit(lastIdSeenSubscriber());
      expect(result.whileAOpen).toEqual(['test.B.v1']);
      expect(result.inTheEnd).toEqual(['test.B.v1']);
    },
  );
});

describe(`an append inside a transaction (${backend})`, () => {
  it('leaves nothing behind when the transaction rolls back', async () => {
    const stream = uniqueStream();
    const transaction = await storeInOpenTransaction(storage.connection);
    await transaction.store.append(stream, [testEvent()], { expectedRevision: 'no_stream' });
    await transaction.rollback();
    expect(await store.readStream(stream)).toEqual([]);
    await expect(store.append(stream, [testEvent()], { expectedRevision: 'no_stream' })).resolves.toMatchObject({
      nextExpectedRevision: 0,
    });
  });
});

describe(`event id conflicts (${backend})`, () => {
  it('re-using some ids of an earlier append is refused, not taken as a retry', async () => {
    const stream = uniqueStream();
    const [one, two, three] = [testEvent(), testEvent(), testEvent()];
    await store.append(stream, [one, two]);
    await expect(store.append(stream, [two, three])).rejects.toMatchObject({ code: 'event-id-conflict' });
    await expect(store.append(uniqueStream(), [one, two])).rejects.toMatchObject({ code: 'event-id-conflict' });
    expect((await store.readStream(stream)).map((e) => e.id)).toEqual([one.id, two.id]);
  });
});
