import pg from 'pg';
import { PostgresEventStore } from '#event-store/postgres';
import { KurrentEventStore } from '#event-store/kurrent';
import { describeEventStoreContract } from '#event-store/testing';
import { poolConfig } from '#runtime';
import { backend, eventStoreDbUrl, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await storage.dispose();
});

describeEventStoreContract(backend, async ({ upcasters }) => {
  return new PostgresEventStore(new pg.Pool(poolConfig(storage.connection, 25)), { upcasters, ownsPool: true });
});

// Runs when EVENTSTORE_URL names a reachable EventStoreDB/KurrentDB server (see README).
const esdb = eventStoreDbUrl;
if (esdb) {
  describeEventStoreContract('eventstoredb', async ({ upcasters }) => KurrentEventStore.connect(esdb, { upcasters }));
} else {
  describe.skip('event store contract (eventstoredb): set EVENTSTORE_URL to run', () => {
    it('needs a server', () => undefined);
  });
}
