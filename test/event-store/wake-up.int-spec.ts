import pg from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { testEvent, uniqueStream } from '#event-store/testing';
import { poolConfig } from '#runtime';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
const stores: PostgresEventStore[] = [];
const open = (options: ConstructorParameters<typeof PostgresEventStore>[1]) => {
  const store = new PostgresEventStore(new pg.Pool(poolConfig(storage.connection, 3)), { ...options, ownsPool: true });
  stores.push(store);
  return store;
};

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  for (const store of stores) await store.close();
  await storage.dispose();
});

async function millisecondsToWake(waiter: PostgresEventStore, appender: PostgresEventStore): Promise<number> {
  await waiter.waitForAppend(1); // starts listening, when it listens at all
  const started = Date.now();
  const woken = waiter.waitForAppend(5000);
  await appender.append(uniqueStream('wake'), [testEvent()]);
  await woken;
  return Date.now() - started;
}

describe(`waking readers (${backend})`, () => {
  it('an append wakes readers of the same store at once', async () => {
    const store = open({});
    expect(await millisecondsToWake(store, store)).toBeLessThan(1000);
  });

  (backend === 'postgres' ? it : it.skip)('an append in another process wakes listeners through NOTIFY', async () => {
    const projector = open({ listen: true });
    const api = open({ listen: true });
    expect(await millisecondsToWake(projector, api)).toBeLessThan(1000);
  });

  (backend === 'postgres' ? it : it.skip)('without notifications a reader in another process waits out its timeout', async () => {
    const projector = open({ listen: true });
    const silentApi = open({ listen: false });
    expect(await millisecondsToWake(projector, silentApi)).toBeGreaterThanOrEqual(4900);
  });
});
