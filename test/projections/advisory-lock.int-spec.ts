import type { DataSource } from 'typeorm';
import { AdvisoryLock, createReadModelDataSource } from '#read-model';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/**
 * Every projection runner and the webhook delivery hold an advisory lock for as long as they run. Held one pooled
 * connection each, they starved the pool: with 11 projections and a pool of 10 the api hung at start.
 */
let storage: TestStorage;
let db: DataSource;

beforeAll(async () => {
  storage = await openTestStorage();
  db = createReadModelDataSource({ ...storage.connection, poolSize: 2 });
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await storage.dispose();
});

/** The promise's value, or 'pool exhausted' when it waits for a connection longer than a query could take. */
const within = <T>(promise: Promise<T>): Promise<T | 'pool exhausted'> =>
  Promise.race([promise, new Promise<'pool exhausted'>((resolve) => setTimeout(() => resolve('pool exhausted'), 3000).unref())]);

describe(`advisory locks (${backend})`, () => {
  it('holds more locks than the pool has connections, and the pool still answers queries', async () => {
    const locks = await within(Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => AdvisoryLock.tryAcquire(db, `lock-test:${key}`))));
    if (locks === 'pool exhausted') throw new Error('taking 5 locks exhausted a pool of 2 connections');
    expect(locks.every(Boolean)).toBe(true);
    expect(await within(db.query('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
    expect(await AdvisoryLock.isHeld(db, 'lock-test:c')).toBe(true);
    for (const lock of locks) await lock!.release();
    expect(await AdvisoryLock.isHeld(db, 'lock-test:c')).toBe(false);
  });

  it('refuses a lock this process already holds, and gives it again once released', async () => {
    const first = await AdvisoryLock.tryAcquire(db, 'lock-test:single');
    expect(first).toBeDefined();
    expect(await AdvisoryLock.tryAcquire(db, 'lock-test:single')).toBeUndefined();
    await first!.release();
    const again = await AdvisoryLock.tryAcquire(db, 'lock-test:single');
    expect(again).toBeDefined();
    await again!.release();
  });
});
