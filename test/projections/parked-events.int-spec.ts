import type { DataSource } from 'typeorm';
import { formatPosition, type EventStore, type GlobalPosition } from '#event-store';
import { eventually, testEvent } from '#event-store/testing';
import { ParkedEvents, ProjectionRunner, rebuildProjection, replayParked } from '#read-model';
import { POISON, PoisonedProjection } from '../fixtures/poisoned.projection.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
let store: EventStore;
let db: DataSource;
let parked: ParkedEvents;

beforeAll(async () => {
  storage = await openTestStorage();
  store = storage.eventStore;
  db = storage.readModels;
  parked = new ParkedEvents(db);
});
afterAll(async () => {
  await storage.dispose();
});

const rows = (sql: string) => db.query(sql);
const lastAppended = async (): Promise<GlobalPosition> => {
  const [last] = await rows(
    `SELECT transaction_id::text AS c, global_position AS p FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
  );
  return { commit: BigInt(last.c), prepare: BigInt(last.p) };
};
const counted = async (projection: PoisonedProjection, stream: string) =>
  Number((await rows(`SELECT count(*) AS n FROM ${projection.view('counted_events')} WHERE stream_id = '${stream}'`))[0].n);
const allEvents = async () => Number((await rows(`SELECT count(*) AS n FROM events`))[0].n);

/** Appends three good events, a poison one, and three more good ones to a fresh stream; returns the poison. */
async function appendWithPoison(stream: string) {
  await store.append(stream, [testEvent(), testEvent(), testEvent()]);
  const { position } = await store.append(stream, [testEvent(POISON)]);
  await store.append(stream, [testEvent(), testEvent(), testEvent()]);
  return position;
}

describe(`parked events (${backend})`, () => {
  it('parks the event it cannot apply, applies the rest of its batch and later batches, and moves past it', async () => {
    const projection = new PoisonedProjection('parking', 'pk_');
    const poisonAt = await appendWithPoison('parking-1');
    const runner = new ProjectionRunner(db, store, projection, { batchSize: 5 });
    await runner.catchUp(await lastAppended());
    expect(await counted(projection, 'parking-1')).toBe(6);
    expect(runner.status().eventsSeen).toBe(await allEvents());
    expect(await parked.list('parking')).toEqual([
      expect.objectContaining({
        projection: 'parking',
        generation: 1,
        position: formatPosition(poisonAt),
        stream: 'parking-1',
        revision: 3,
        type: POISON,
        errorCode: '22007',
        error: expect.stringContaining('invalid input syntax for type date'),
        attempts: 1,
      }),
    ]);
    expect(await parked.counts()).toContainEqual(expect.objectContaining({ projection: 'parking', count: 1, firstErrorCode: '22007' }));

    await store.append('parking-1', [testEvent()]);
    await runner.catchUp(await lastAppended());
    expect(await counted(projection, 'parking-1')).toBe(7);
  });

  it('replays parked events once the cause is fixed; while it is not, keeps them with the new error', async () => {
    const projection = new PoisonedProjection('replaying', 'rp_');
    await appendWithPoison('replaying-1');
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());

    const stillBroken = await replayParked(db, store, projection);
    expect(stillBroken).toMatchObject({ applied: [], failed: [expect.objectContaining({ type: POISON, attempts: 2 })] });
    expect(await parked.list('replaying')).toEqual([expect.objectContaining({ attempts: 2, errorCode: '22007' })]);
    expect(await counted(projection, 'replaying-1')).toBe(6);

    projection.fixed = true;
    const replayed = await replayParked(db, store, projection);
    expect(replayed.applied).toEqual([expect.objectContaining({ type: POISON, stream: 'replaying-1' })]);
    expect(replayed.failed).toEqual([]);
    expect(await parked.list('replaying')).toEqual([]);
    expect(await counted(projection, 'replaying-1')).toBe(7);
  });

  it('retries a transient failure (serialization failure) with back-off and parks nothing', async () => {
    const projection = new PoisonedProjection('transient', 'tr_');
    projection.fixed = true;
    projection.transientFailures = 2;
    await store.append('transient-1', [testEvent(), testEvent()]);
    const runner = new ProjectionRunner(db, store, projection, { idleWaitMs: 50, maxRetryDelayMs: 50 });
    runner.start();
    try {
      await eventually(async () => (runner.status().state === 'running' ? true : undefined));
      await eventually(async () => ((await counted(projection, 'transient-1')) === 2 ? true : undefined));
      expect(projection.transientFailures).toBe(0);
      expect(await parked.list('transient')).toEqual([]);
    } finally {
      await runner.close();
    }
  });

  it('a rebuild parks the same way and switches over; the old generation’s parked events go with it', async () => {
    const projection = new PoisonedProjection('rebuilt-parked', 'rbp_');
    await appendWithPoison('rebuilt-parked-1');
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    const rebuilt = await rebuildProjection(db, store, projection, { batchSize: 4, until: await lastAppended() });
    expect(rebuilt.generation).toBe(2);
    expect(await parked.list('rebuilt-parked')).toEqual([expect.objectContaining({ generation: 2, type: POISON, attempts: 1 })]);
    expect(await rows(`SELECT generation FROM projection_parked_events WHERE projection = 'rebuilt-parked'`)).toEqual([{ generation: 2 }]);
    expect(await counted(projection, 'rebuilt-parked-1')).toBe(6);
    expect(await rows(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'rbp_counted_events%' ORDER BY 1`)).toEqual([
      { tablename: 'rbp_counted_events__g2' },
    ]);
  });

  it('a rebuild that fails leaves no orphan generation behind', async () => {
    const projection = new PoisonedProjection('rebuild-fails', 'rbf_');
    projection.fixed = true;
    await new ProjectionRunner(db, store, projection).catchUp(await lastAppended());
    projection.transientFailures = 1_000;
    await expect(rebuildProjection(db, store, projection, { until: await lastAppended() })).rejects.toThrow('could not serialize');
    expect(await rows(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'rbf_counted_events%' ORDER BY 1`)).toEqual([
      { tablename: 'rbf_counted_events__g1' },
    ]);
    expect(await rows(`SELECT generation FROM projection_checkpoints WHERE projection = 'rebuild-fails'`)).toEqual([{ generation: 1 }]);
  });
});
