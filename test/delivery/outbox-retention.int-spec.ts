import type { Subscription } from '#credit';
import { RetentionSweep } from '#delivery';
import type { GlobalPosition } from '#event-store';
import { DeadLettersReader, deleteDeliveredDeliveries, DeliveryQueue, FanOutStore, SILENT_LOGGER, type OutboxEntry } from '#read-model';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/**
 * The outbox keeps an accepted delivery for `deliveredRetentionDays`, then deletes it with its rows and the changes no
 * other row names; what is not yet delivered and the dead letters stay, so replay still sends them.
 */
let storage: TestStorage;
let queue: DeliveryQueue;
let fanOut: FanOutStore;
let checkpoint: GlobalPosition = { commit: 0n, prepare: 0n };

beforeEach(async () => {
  storage = await openTestStorage();
  queue = new DeliveryQueue(storage.readModels);
  fanOut = new FanOutStore(storage.readModels);
  checkpoint = { commit: 0n, prepare: 0n };
});
afterEach(() => storage.dispose());

const subscription = (id: string): Subscription => ({
  id,
  department: 'mof',
  url: 'https://hooks.example.cn/x',
  ownMeasures: false,
  registrations: false,
  secretVersion: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
});
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

/** Queues the changes, each to its recipients, as the fan-out does. */
async function queueChanges(changes: readonly { event: string; subject: string; to: readonly string[] }[]): Promise<void> {
  const from = checkpoint;
  const entries: OutboxEntry[] = changes.map((c, i) => ({
    recipients: c.to,
    eventId: c.event,
    position: { commit: from.commit + BigInt(i + 1), prepare: from.commit + BigInt(i + 1) },
    subject: c.subject,
    change: { id: c.event, subject: c.subject },
  }));
  checkpoint = entries.at(-1)!.position;
  const subscriptions = from.commit === 0n ? [subscription(A), subscription(B)] : [];
  expect(await fanOut.commit(from, checkpoint, { subscriptions, entries, replays: [] })).toBe(true);
}

/** Sends the subscription's next change and records the answer. */
async function deliverNext(subscriptionId: string, answer: 'accepted' | 'dead' | 'unanswered'): Promise<string> {
  const due = (await queue.next(subscriptionId, 1))!;
  if (answer === 'accepted') await queue.delivered(due.deliveryId, 204);
  if (answer === 'dead') await queue.failed(due.deliveryId, { status: 500, error: 'answered 500' }, 1, 0);
  return due.deliveryId;
}

const ageAccepted = (days: number, subscriptionId?: string) =>
  storage.readModels.query(
    `UPDATE delivery_batches SET delivered_at = now() - make_interval(days => $1)
      WHERE state = 'delivered' AND ($2::uuid IS NULL OR subscription_id = $2)`,
    [days, subscriptionId ?? null],
  );

async function tables(): Promise<{ deliveries: string[]; rows: string[]; changes: string[] }> {
  const db = storage.readModels;
  const deliveries = await db.query(`SELECT subscription_id, state FROM delivery_batches ORDER BY subscription_id, created_at`);
  const rows = await db.query(`SELECT subscription_id, event_id, state FROM delivery_outbox ORDER BY subscription_id, event_id`);
  const changes = await db.query(`SELECT event_id FROM delivery_changes ORDER BY event_id`);
  const short = (id: string) => (id === A ? 'A' : 'B');
  return {
    deliveries: deliveries.map((r: any) => `${short(r.subscription_id)}:${r.state}`),
    rows: rows.map((r: any) => `${short(r.subscription_id)}:${r.event_id}:${r.state}`),
    changes: changes.map((r: any) => r.event_id),
  };
}

describe(`webhook outbox retention (${backend})`, () => {
  it('deletes accepted deliveries past the retention; keeps recent ones, undelivered changes, dead letters, and changes still named', async () => {
    await queueChanges([
      { event: 'e1', subject: 's1', to: [A, B] },
      { event: 'e2', subject: 's2', to: [A] },
      { event: 'e3', subject: 's3', to: [A] },
      { event: 'e4', subject: 's4', to: [B] },
    ]);
    await deliverNext(A, 'accepted'); // e1
    const dead = await deliverNext(A, 'dead'); // e2
    await deliverNext(A, 'unanswered'); // e3: sent, no answer yet
    await deliverNext(B, 'accepted'); // e1; e4 stays queued
    await ageAccepted(31, A);
    await ageAccepted(29, B);

    expect(await deleteDeliveredDeliveries(storage.readModels, 30, 100)).toBe(1);
    expect(await tables()).toEqual({
      deliveries: ['A:dead', 'A:pending', 'B:delivered'],
      rows: ['A:e2:dead', 'A:e3:sent', 'B:e1:delivered', 'B:e4:queued'],
      changes: ['e1', 'e2', 'e3', 'e4'], // e1 is still B's
    });
    expect((await new DeadLettersReader(storage.readModels).ofSubscription(A)).map((d) => [d.deliveryId, d.changes])).toEqual([
      [dead, [{ id: 'e2', subject: 's2' }]],
    ]);

    await ageAccepted(31, B);
    expect(await deleteDeliveredDeliveries(storage.readModels, 30, 100)).toBe(1);
    expect(await tables()).toEqual({
      deliveries: ['A:dead', 'A:pending'],
      rows: ['A:e2:dead', 'A:e3:sent', 'B:e4:queued'],
      changes: ['e2', 'e3', 'e4'],
    });

    // the dead letter is replayed and sent again with its change, as before any sweep
    const requeued = { from: checkpoint, to: { commit: checkpoint.commit + 1n, prepare: checkpoint.commit + 1n } };
    expect(await fanOut.commit(requeued.from, requeued.to, { subscriptions: [], entries: [], replays: [{ subscriptionId: A }] })).toBe(
      true,
    );
    expect(await queue.next(A, 10)).toMatchObject({ deliveryId: dead, attempt: 1, changes: [{ id: 'e2', subject: 's2' }] });
  });

  it('the sweep deletes in batches until nothing past the retention is left', async () => {
    const count = 450; // more than one transaction's worth (200)
    await queueChanges(Array.from({ length: count }, (_, i) => ({ event: `e${i}`, subject: `s${i}`, to: [A] })));
    for (let i = 0; i < count; i++) await deliverNext(A, 'accepted');
    await ageAccepted(2);
    const sweep = new RetentionSweep(
      storage.readModels,
      { deliveredRetentionDays: 1 },
      60_000,
      new AbortController().signal,
      SILENT_LOGGER,
    );
    expect(await sweep.sweep()).toBe(count);
    expect(await tables()).toEqual({ deliveries: [], rows: [], changes: [] });
  });

  it('sweeps running at once share the work and leave no change behind that no row names', async () => {
    const count = 60;
    await queueChanges(Array.from({ length: count }, (_, i) => ({ event: `e${i}`, subject: `s${i}`, to: [A, B] })));
    for (let i = 0; i < count; i++) {
      await deliverNext(A, 'accepted');
      await deliverNext(B, 'accepted');
    }
    await ageAccepted(2);
    const sweepOneByOne = async (): Promise<number> => {
      let deleted = 0;
      for (let n; (n = await deleteDeliveredDeliveries(storage.readModels, 1, 1)) > 0;) deleted += n;
      return deleted;
    };
    const deleted = await Promise.all(Array.from({ length: 4 }, sweepOneByOne));
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(2 * count);
    expect(await tables()).toEqual({ deliveries: [], rows: [], changes: [] });
  });
});
