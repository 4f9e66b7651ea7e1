import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { formatPosition, type RecordedEvent } from '#event-store';
import {
  EVENT_CHAIN_SCHEMA,
  EVENT_CHAIN_SCHEMA_DOWN,
  EventSealer,
  PostgresEventStore,
  verifyEventLog,
  type LogVerification,
} from '#event-store/postgres';
import { eventually, testEvent } from '#event-store/testing';
import { openStorage, poolConfig } from '#runtime';
import { storeInOpenTransaction } from '../support/store-in-open-transaction.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

const CLI = path.resolve('dist/apps/cli/src/main.js');

/** A fresh log with three streams written by single, multi-stream and in-transaction appends, every event sealed. */
async function chainedLog() {
  const storage = await openTestStorage();
  const pool = new pg.Pool(poolConfig(storage.connection, 4));
  const store = new PostgresEventStore(pool);
  await store.append('penalties-a', [testEvent('test.Penalty.v1', { amount: 100 }), testEvent('test.Penalty.v1', { amount: 200 })], {
    expectedRevision: 'no_stream',
  });
  await store.appendToStreams([
    { stream: 'penalties-a', events: [testEvent('test.Penalty.v1', { amount: 300 })], expectedRevision: 1 },
    {
      stream: 'penalties-b',
      events: [testEvent('test.Penalty.v1', { note: '行政处罚 “引号” \\ 反斜杠' }), testEvent()],
      expectedRevision: 'no_stream',
    },
  ]);
  const transaction = await storeInOpenTransaction(storage.connection);
  await transaction.store.append('penalties-c', [testEvent(), testEvent(), testEvent()]);
  await transaction.commit();
  await store.append('penalties-a', [testEvent('test.Penalty.v1', { amount: 400 })], { expectedRevision: 2 });
  await sealAll(pool, store);
  return { storage, pool, store, close: async () => (await pool.end(), await storage.dispose()) };
}

/** On a shared server an append is sealed once every older transaction in the cluster has ended. */
async function sealAll(pool: pg.Pool, store: PostgresEventStore): Promise<void> {
  const sealer = new EventSealer(pool, store);
  await eventually(async () => {
    await sealer.sealVisible();
    const { unsealed } = await verifyEventLog(pool);
    return unsealed === 0 || undefined;
  });
}

const eventsOf = async (store: PostgresEventStore, stream: string): Promise<RecordedEvent[]> => store.readStream(stream);
const verify = (pool: pg.Pool): Promise<LogVerification> => verifyEventLog(pool);

/** A forger's edit: changes the stream's second event and recomputes the stream links from it on. */
async function editAndRelink(log: Awaited<ReturnType<typeof chainedLog>>, stream: string) {
  const [, edited, ...after] = await eventsOf(log.store, stream);
  await log.pool.query(`UPDATE events SET data = jsonb_set(data, '{amount}', '2') WHERE event_id = $1`, [edited.id]);
  for (const event of [edited, ...after]) {
    await log.pool.query(
      `UPDATE events e SET stream_hash = event_stream_link(
         (SELECT p.stream_hash FROM events p WHERE p.stream_id = e.stream_id AND p.stream_revision = e.stream_revision - 1),
         e.event_id, e.stream_id, e.stream_revision, e.event_type, e.data, e.metadata, e.recorded_at)
       WHERE event_id = $1`,
      [event.id],
    );
  }
  return edited;
}

describe(`tamper-evident log (${backend})`, () => {
  it('an untouched log verifies: every event on its stream chain and sealed in the global order', async () => {
    const log = await chainedLog();
    try {
      const verification = await verify(log.pool);
      expect(verification).toMatchObject({ events: 9, sealed: 9, unsealed: 0, broken: 0, firstBroken: {} });
      const head = (await eventsOf(log.store, 'penalties-a')).at(-1)!;
      expect(verification.head).toMatchObject({ sealNumber: '9', position: head.position });
      // Sealing again adds nothing: the sealer continues from its last seal.
      expect(await new EventSealer(log.pool, log.store).sealVisible()).toBe(0);
    } finally {
      await log.close();
    }
  });

  it('writers racing on one stream (expected any) and over many streams: every link is to the event before it', async () => {
    const log = await chainedLog();
    try {
      const stores = [log.store, new PostgresEventStore(log.pool)];
      const streams = ['race-1', 'race-2', 'race-3'];
      await Promise.all(
        Array.from({ length: 8 }, (_, writer) =>
          (async () => {
            for (let i = 0; i < 10; i++) {
              const store = stores[writer % 2];
              await store.append('race-any', [testEvent(), testEvent()], { expectedRevision: 'any' });
              await store.appendToStreams(streams.map((stream) => ({ stream, events: [testEvent()], expectedRevision: 'any' as const })));
            }
          })(),
        ),
      );
      await sealAll(log.pool, log.store);
      expect(await verify(log.pool)).toMatchObject({ events: 9 + 8 * 10 * 5, broken: 0, unsealed: 0 });
    } finally {
      await log.close();
    }
  });

  it('a running sealer follows the log; two sealers at once seal each event once', async () => {
    const log = await chainedLog();
    const running = EventSealer.onConnection(poolConfig(log.storage.connection, 1), log.store, { pollIntervalMs: 50 });
    try {
      running.start();
      const racing = new EventSealer(log.pool, log.store);
      for (let i = 0; i < 5; i++) {
        await log.store.append('sealed-live', [testEvent(), testEvent()]);
        await racing.sealVisible();
      }
      const verification = await eventually(async () => {
        const v = await verify(log.pool);
        return v.unsealed === 0 ? v : undefined;
      });
      expect(verification).toMatchObject({ events: 19, sealed: 19, broken: 0 });
    } finally {
      await running.close();
      await log.close();
    }
  });

  it('one event’s data edited with SQL: the stream chain names that event, content changed', async () => {
    const log = await chainedLog();
    try {
      const edited = (await eventsOf(log.store, 'penalties-a'))[1];
      await log.pool.query(`UPDATE events SET data = jsonb_set(data, '{amount}', '2') WHERE event_id = $1`, [edited.id]);
      const { broken, firstBroken } = await verify(log.pool);
      expect(broken).toBe(1);
      expect(firstBroken.stream).toMatchObject({
        chain: 'stream',
        problem: 'content-changed',
        stream: 'penalties-a',
        revision: 1,
        position: edited.position,
        eventId: edited.id,
      });
      expect(firstBroken.global).toBeUndefined();
    } finally {
      await log.close();
    }
  });

  it('an edit that also recomputes the stream links: the global chain names the event sealed before', async () => {
    const log = await chainedLog();
    try {
      const edited = await editAndRelink(log, 'penalties-a');
      const { firstBroken } = await verify(log.pool);
      expect(firstBroken.stream).toBeUndefined();
      expect(firstBroken.global).toMatchObject({
        chain: 'global',
        problem: 'content-changed',
        stream: 'penalties-a',
        revision: 1,
        position: edited.position,
        eventId: edited.id,
      });
    } finally {
      await log.close();
    }
  });

  it('a rewrite of data, stream links and seals passes both chains, but not a head recorded before it', async () => {
    const log = await chainedLog();
    try {
      const recorded = (await verify(log.pool)).head!;
      const edited = await editAndRelink(log, 'penalties-a');
      await log.pool.query(`DELETE FROM event_seals WHERE global_position >= $1`, [edited.position.prepare.toString()]);
      await log.pool.query(`SELECT seal_events(1000)`);
      expect(await verify(log.pool)).toMatchObject({ broken: 0, sealed: 9 });
      const { firstBroken } = await verifyEventLog(log.pool, undefined, [recorded]);
      expect(firstBroken.global).toMatchObject({ problem: 'head-rewritten', position: recorded.position });
      expect(firstBroken.global?.detail).toContain(`seal 9 was recorded with hash ${recorded.hash}`);
    } finally {
      await log.close();
    }
  });

  it('a row deleted with SQL: both chains name the gap', async () => {
    const log = await chainedLog();
    try {
      const removed = (await eventsOf(log.store, 'penalties-c'))[1];
      await log.pool.query(`DELETE FROM events WHERE event_id = $1`, [removed.id]);
      const { firstBroken } = await verify(log.pool);
      expect(firstBroken.stream).toMatchObject({ problem: 'event-missing', stream: 'penalties-c', revision: 1 });
      expect(firstBroken.global).toMatchObject({ problem: 'event-missing', position: removed.position, eventId: removed.id });
    } finally {
      await log.close();
    }
  });

  it('the last event of a stream deleted: the stream chain names it from the stream head', async () => {
    const log = await chainedLog();
    try {
      const removed = (await eventsOf(log.store, 'penalties-a')).at(-1)!;
      await log.pool.query(`DELETE FROM events WHERE event_id = $1`, [removed.id]);
      const { firstBroken } = await verify(log.pool);
      expect(firstBroken.stream).toMatchObject({ problem: 'event-missing', stream: 'penalties-a', revision: removed.revision });
      expect(firstBroken.global).toMatchObject({ problem: 'event-missing', eventId: removed.id, position: removed.position });
    } finally {
      await log.close();
    }
  });

  it('a row inserted with SQL among sealed events: the global chain names it as inserted', async () => {
    const log = await chainedLog();
    try {
      const before = (await eventsOf(log.store, 'penalties-b'))[1];
      const { rows } = await log.pool.query<{ event_id: string }>(
        `INSERT INTO events (transaction_id, stream_id, stream_revision, event_id, event_type, data, metadata)
         VALUES ($1::text::xid8, 'penalties-b', 2, gen_random_uuid(), 'test.Forged.v1', '{}', '{}') RETURNING event_id::text`,
        [before.position.commit.toString()],
      );
      const { firstBroken } = await verify(log.pool);
      expect(firstBroken.global).toMatchObject({
        problem: 'event-inserted',
        stream: 'penalties-b',
        revision: 2,
        eventId: rows[0].event_id,
      });
    } finally {
      await log.close();
    }
  });

  it('a database from before the chain: the migration links and seals the stored events in order', async () => {
    const log = await chainedLog();
    try {
      for (const statement of EVENT_CHAIN_SCHEMA_DOWN) await log.pool.query(statement);
      await log.store.append('penalties-d', [testEvent(), testEvent()]);
      for (const statement of EVENT_CHAIN_SCHEMA) await log.pool.query(statement);
      await sealAll(log.pool, log.store);
      expect(await verify(log.pool)).toMatchObject({ events: 11, sealed: 11, broken: 0 });
      await log.pool.query(
        `UPDATE events SET metadata = metadata || '{"actor":"someone else"}' WHERE stream_id = 'penalties-d' AND stream_revision = 0`,
      );
      expect((await verify(log.pool)).firstBroken.stream).toMatchObject({ problem: 'content-changed', stream: 'penalties-d', revision: 0 });
    } finally {
      await log.close();
    }
  });

  it('npm run cli -- verify: exit 0 when intact, 3 naming the first broken link, progress on stderr', async () => {
    const log = await chainedLog();
    const { storage } = log;
    const edited = (await eventsOf(log.store, 'penalties-b'))[0];
    await log.pool.end();
    await storage.close(); // the embedded database is held by one process at a time
    try {
      const env = { ...process.env, ...place(storage.config), LOG_LEVEL: 'silent' };
      const intact = spawnSync(process.execPath, [CLI, 'verify'], { encoding: 'utf8', env, timeout: 30_000 });
      expect(intact.status).toBe(0);
      expect(JSON.parse(intact.stdout)).toMatchObject({ intact: true, events: 9, sealed: 9, broken: 0 });
      expect(intact.stderr).toContain('verify streams: 9/9');
      await tamper(storage.config, `UPDATE events SET data = '{"note":"改过"}' WHERE event_id = $1`, [edited.id]);
      const broken = spawnSync(process.execPath, [CLI, 'verify'], { encoding: 'utf8', env, timeout: 30_000 });
      expect(broken.status).toBe(3);
      expect(JSON.parse(broken.stdout).firstBroken.stream).toMatchObject({
        problem: 'content-changed',
        stream: 'penalties-b',
        revision: 0,
        eventId: edited.id,
        position: formatPosition(edited.position),
      });
      expect(broken.stderr).toContain(
        `broken stream chain: content-changed at stream penalties-b, revision 0, position ${formatPosition(edited.position)}, event ${edited.id}`,
      );
    } finally {
      await storage.dispose();
    }
  });
});

function place(config: TestStorage['config']): Record<string, string> {
  return config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : { DATA_DIR: config.dataDir! };
}

/** SQL as a tamperer would run it between two verifications, on the database the test closed. */
async function tamper(config: TestStorage['config'], sql: string, params: unknown[]): Promise<void> {
  const storage = await openStorage(config);
  const pool = new pg.Pool(poolConfig(storage.connection, 1));
  try {
    await pool.query(sql, params);
  } finally {
    await pool.end();
    await storage.close();
  }
}
