import { randomUUID } from 'node:crypto';
import { FactCatalogue, type Caller } from '#credit';
import { DeliveryService } from '#delivery';
import { executeSubscriptionCommand, FactRecorder, subscriptionVocabulary, webhookDestination } from '#ingestion';
import { fixedClock } from '#kernel';
import { DeadLettersReader, type DeadLetter } from '#read-model';
import { loadShippedRuleSet } from '#runtime';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * A subscription made while its receiver's network was allowed, delivered after the operator took the network out of
 * WEBHOOK_ALLOWED_NETWORKS: the worker checks the address again when it connects, so nothing reaches the receiver;
 * each refused send is a failed attempt naming the reason, and the delivery ends a dead letter as other failures do.
 */
let storage: TestStorage;
const receiver = new WebhookReceiver();
const shipped = loadShippedRuleSet();
const clock = fixedClock('2026-11-20T04:00:00Z');
const { directory } = testDepartments({ court: ['court'] });
const court: Caller = { department: directory.get('court')!, keyId: 'test' };

beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await receiver.stop();
  await storage.dispose();
});

describe(`the address checked when delivering (${backend})`, () => {
  it('refuses a receiver whose network is no longer allowed: failed attempts with the reason, then a dead letter', async () => {
    const url = await receiver.start();
    const id = randomUUID();
    const created = await executeSubscriptionCommand(
      storage.eventStore,
      id,
      {
        kind: 'create',
        subscriptionId: id,
        request: { url },
        vocabulary: subscriptionVocabulary(shipped, 'office'),
        destination: await webhookDestination(url, ['127.0.0.1']), // allowed when subscribed
      },
      { department: 'office', creditOffice: true, actor: 'test' },
      clock.now(),
    );
    expect(created.ok).toBe(true);
    const subject = { kind: 'enterprise', code: enterpriseCode(5101), name: '地址检查测试企业' };
    const { results } = await new FactRecorder(storage.eventStore, new FactCatalogue(), clock, { rules: shipped }).record(
      [courtListing('address-1', subject, 5101)],
      court,
      'listing',
    );
    expect(results[0].status).toBe('accepted');

    const delivery = new DeliveryService(
      storage.readModels,
      storage.eventStore,
      { on: async () => shipped },
      clock,
      storage.config.webhookKey!,
      {
        settings: { allowedNetworks: [], maxAttempts: 3, retryBaseMs: 20, retryMaxMs: 40, timeoutMs: 2000 },
        idleWaitMs: 50,
      },
    );
    delivery.start();
    let dead: DeadLetter[] = [];
    try {
      for (let waited = 0; dead.length === 0 && waited < 20_000; waited += 100) {
        dead = await new DeadLettersReader(storage.readModels).ofSubscription(id);
        if (dead.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await delivery.close();
    }
    expect(dead).toEqual([
      expect.objectContaining({
        attempts: 3,
        lastError: expect.stringMatching(/^address refused: is 127\.0\.0\.1, an internal address .*WEBHOOK_ALLOWED_NETWORKS$/),
        changes: [expect.objectContaining({ subject: subject.code, change: 'listed' })],
      }),
    ]);
    expect(dead[0].lastStatus).toBeUndefined();
    expect(receiver.deliveries).toEqual([]);
    expect(delivery.status().state).toBe('stopped');
  });
});
