import { jest } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { EventStore, GlobalPosition, StoredEvent } from '#event-store';
import { eventually, testEvent } from '#event-store/testing';
import {
  ProjectionGenerations,
  ProjectionRunner,
  rebuildProjection,
  rebuildProjections,
  type Projection,
  type ProjectionTables,
} from '#read-model';
import { CountingProjection } from '../fixtures/counting.projection.js';
import { StreamSummaryProjection } from '../fixtures/stream-summary.projection.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
let store: EventStore;
let db: DataSource;

beforeAll(async () => {
  storage = await openTestStorage();
  store = storage.eventStore;
  db = storage.readModels;
  for (let stream = 0; stream < 10; stream++) {
    await store.append(
      `runner-${stream}`,
      Array.from({ length: stream + 1 }, () => testEvent()),
    );
  }
});
afterAll(async () => {
  await storage.dispose();
});

const rows = (sql: string) => db.query(sql);
/** The last event appended so far, readable or not yet (other transactions on the server may hold it back). */
const lastAppended = async (): Promise<GlobalPosition> => {
  const [last] = await rows(
    `SELECT transaction_id::text AS c, global_position AS p FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
  );
  return { commit: BigInt(last.c), prepare: BigInt(last.p) };
};
const running = (runner: ProjectionRunner) => eventually(async () => (runner.status().state === 'running' ? true : undefined));
const total = async (view: string) => Number((await rows(`SELECT count(*) AS n FROM ${view}`))[0].n);

describe(`projection runner (${backend})`, () => {
  it('creates the first generation behind a view and catches up with the log', async () => {
    const projection = new CountingProjection('catch-up', 'cu_');
    const runner = new ProjectionRunner(db, store, projection, { batchSize: 7 });
    expect(await runner.catchUp(await lastAppended())).toBe(55);
    expect(await total(projection.view('counted_events'))).toBe(55);
    expect(await rows(`SELECT events FROM ${projection.view('counted_streams')} WHERE stream_id = 'runner-9'`)).toEqual([{ events: '10' }]);
    expect(runner.status()).toMatchObject({ projection: 'catch-up', generation: 1, eventsSeen: 55 });
  });

  it('applies a batch twice only once: the second checkpoint compare-and-set fails and nothing changes', async () => {
    const projection = new CountingProjection('twice', 'tw_');
    const generations = new ProjectionGenerations(db);
    const start = await generations.create(projection, { activate: true });
    const batch = await eventually(async () => {
      const read = await store.readAll({ after: start.checkpoint, maxCount: 20 });
      return read.length === 20 ? read : undefined;
    });
    const moved = await generations.applyBatch(projection, start, batch);
    expect(moved?.checkpoint).toEqual(batch[batch.length - 1].position);
    const before = await rows(`SELECT * FROM ${projection.view('counted_streams')} ORDER BY stream_id`);
    await expect(generations.applyBatch(projection, start, batch)).resolves.toBeUndefined();
    expect(await rows(`SELECT * FROM ${projection.view('counted_streams')} ORDER BY stream_id`)).toEqual(before);
    expect(await total(projection.view('counted_events'))).toBe(20);
  });

  it('runs live: events appended after start reach the read model', async () => {
    const projection = new StreamSummaryProjection();
    const runner = new ProjectionRunner(db, store, projection, { idleWaitMs: 50 });
    runner.start();
    try {
      await running(runner);
      await store.append('runner-live', [testEvent('test.Live.v1')]);
      let found: unknown[] = [];
      for (let waited = 0; found.length === 0 && waited < 10_000; waited += 50) {
        await sleep(50);
        found = await rows(`SELECT last_event_type FROM stream_summaries WHERE stream_id = 'runner-live'`);
      }
      expect(found).toEqual([{ last_event_type: 'test.Live.v1' }]);
      expect(runner.status().state).toBe('running');
    } finally {
      await runner.close();
    }
  });

  it('rebuilds into fresh tables and switches over: queries never see half a rebuild', async () => {
    const projection = new CountingProjection('rebuilt', 'rb_');
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    const expected = await total(projection.view('counted_events'));
    const seen = new Set<number>();
    let rebuilding = true;
    const watcher = (async () => {
      while (rebuilding) {
        seen.add(await total(projection.view('counted_events')));
        await sleep(1);
      }
    })();
    const rebuilt = await rebuildProjection(db, store, projection, { batchSize: 3, until: await lastAppended() });
    rebuilding = false;
    await watcher;
    expect(seen).toEqual(new Set([expected]));
    expect(rebuilt.generation).toBe(2);
    expect(await total(projection.view('counted_events'))).toBe(expected);
    const tables = await rows(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'rb_counted_events%' ORDER BY 1`);
    expect(tables).toEqual([{ tablename: 'rb_counted_events__g2' }]);
  });

  it('switches over to tables the planner has statistics for (autovacuum may be off or lag behind a rebuild)', async () => {
    const projection = new CountingProjection('analyzed', 'an_');
    await rebuildProjection(db, store, projection, { until: await lastAppended() });
    // reltuples stays -1 (never counted) after inserts; ANALYZE sets it.
    expect(await rows(`SELECT reltuples > 0 AS analyzed FROM pg_class WHERE relname = 'an_counted_events__g1'`)).toEqual([
      { analyzed: true },
    ]);
  });

  it('a running projector carries on in the new generation after a rebuild switches over', async () => {
    const projection = new CountingProjection('carry-on', 'co_');
    const runner = new ProjectionRunner(db, store, projection, { idleWaitMs: 50 });
    runner.start();
    try {
      await running(runner);
      const eventsIn = async (stream: string) =>
        Number((await rows(`SELECT count(*) AS n FROM co_counted_events WHERE stream_id = '${stream}'`))[0].n);
      const waitFor = async (stream: string) => {
        for (let waited = 0; (await eventsIn(stream)) === 0 && waited < 10_000; waited += 50) await sleep(50);
      };
      await store.append('carry-on-before', [testEvent()]);
      await waitFor('carry-on-before');
      await rebuildProjection(db, store, projection, { batchSize: 5, until: await lastAppended() });
      await store.append('carry-on-after', [testEvent()]);
      await waitFor('carry-on-after');
      expect(runner.status().generation).toBe(2);
      expect(await total(projection.view('counted_events'))).toBe(Number((await rows(`SELECT count(*) AS n FROM events`))[0].n));
      expect(await eventsIn('carry-on-after')).toBe(1);
    } finally {
      await runner.close();
    }
  });

  it('rebuilds several projections in one pass over the log, each as its own rebuild would', async () => {
    const [first, second] = [new CountingProjection('pass-one', 'p1_'), new CountingProjection('pass-two', 'p2_')];
    for (const projection of [first, second]) await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    await store.append('one-pass-late', [testEvent(), testEvent()]);
    const until = await lastAppended();
    const read = jest.spyOn(store, 'readAll');
    const rebuilt = await rebuildProjections(db, store, [first, second], { batchSize: 4, until });
    const pages = read.mock.calls.length;
    read.mockRestore();
    const events = Number((await rows(`SELECT count(*) AS n FROM events`))[0].n);
    expect(rebuilt.map((g) => [g.projection, g.generation, g.eventsSeen])).toEqual([
      ['pass-one', 2, events],
      ['pass-two', 2, events],
    ]);
    expect(pages).toBeLessThanOrEqual(Math.ceil(events / 4) + 2);
    for (const projection of [first, second]) {
      expect(await total(projection.view('counted_events'))).toBe(events);
      expect(await rows(`SELECT events FROM ${projection.view('counted_streams')} WHERE stream_id = 'one-pass-late'`)).toEqual([
        { events: '2' },
      ]);
    }
  });

  it('drops the tables of an abandoned rebuild before starting the next', async () => {
    const projection = new CountingProjection('abandoned', 'ab_');
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    const generations = new ProjectionGenerations(db);
    await generations.create(projection, { activate: false }); // a rebuild that died here
    await rebuildProjection(db, store, projection, { until: await lastAppended() });
    const tables = await rows(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'ab_counted_events%' ORDER BY 1`);
    expect(tables).toEqual([{ tablename: 'ab_counted_events__g3' }]);
    expect(await total(projection.view('counted_events'))).toBe(Number((await rows(`SELECT count(*) AS n FROM events`))[0].n));
  });

  it('a new projection version is rebuilt blue/green by the runner itself', async () => {
    const v1 = new CountingProjection('versioned', 'vv_');
    await new ProjectionRunner(db, store, v1).catchUp(await lastAppended());
    const v2: Projection<StoredEvent, 'vv_counted_streams'> = {
      name: 'versioned',
      version: 2,
      tables: ['vv_counted_streams'],
      createTables: (t: ProjectionTables<'vv_counted_streams'>) => [
        `CREATE TABLE ${t.vv_counted_streams} (stream_id text PRIMARY KEY, events bigint NOT NULL, last_type text)`,
      ],
      async apply(events, tx, t) {
        for (const e of events) {
          await tx.query(
            `INSERT INTO ${t.vv_counted_streams} AS s VALUES ($1, 1, $2)
             ON CONFLICT (stream_id) DO UPDATE SET events = s.events + 1, last_type = excluded.last_type`,
            [e.stream, e.type],
          );
        }
      },
    };
    const runner = new ProjectionRunner(db, store, v2);
    await runner.catchUp(await lastAppended());
    expect(runner.status()).toMatchObject({ version: 2, generation: 2 });
    const [row] = await rows(`SELECT events, last_type FROM vv_counted_streams WHERE stream_id = 'runner-3'`);
    expect(row).toEqual({ events: '4', last_type: 'test.ThingHappened.v1' });
    const views = await rows(`SELECT viewname FROM pg_views WHERE viewname LIKE 'vv_%' ORDER BY 1`);
    expect(views).toEqual([{ viewname: 'vv_counted_streams' }]);
  });

  (backend === 'postgres' ? it : it.skip)('one active runner per projection: a second one stands by', async () => {
    const projection = new CountingProjection('single', 'sg_');
    const first = new ProjectionRunner(db, store, projection, { idleWaitMs: 50 });
    const second = new ProjectionRunner(db, store, projection, { idleWaitMs: 50, standbyRetryMs: 50 });
    first.start();
    await running(first);
    second.start();
    await sleep(300);
    expect([first.status().state, second.status().state]).toEqual(['running', 'standby']);
    await first.close();
    await running(second);
    expect(second.status().state).toBe('running');
    await second.close();
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    expect(await total(projection.view('counted_events'))).toBe(Number((await rows(`SELECT count(*) AS n FROM events`))[0].n));
  });
});
