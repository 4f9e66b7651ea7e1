import type { SubscriptionCommand, SubscriptionVocabulary } from './decide-subscription.js';
import type { WebhookDestination } from './webhook-destination.js';
import {
  DEAD_LETTERS_REPLAYED,
  SUBSCRIPTION_CANCELLED,
  SUBSCRIPTION_CREATED,
  SUBSCRIPTION_SECRET_ROTATED,
  type SubscriptionEvent,
} from './subscription-events.js';
import { AT, given, OWNER } from './testing/given-when-then.js';

const ID = '4b1c9a62-2f7e-4a53-9d0e-0d7c2f1b5a11';
const vocabulary: SubscriptionVocabulary = {
  listTypes: new Set(['wage-arrears', 'tax-major-violation']),
  scenarios: new Set(['government-procurement', 'land-supply']),
  callerImplementsMeasures: true,
};
const PUBLIC: WebhookDestination = { addresses: ['203.0.113.7'], allowedNetworks: [] };
const create = (
  request: Partial<Extract<SubscriptionCommand, { kind: 'create' }>['request']>,
  v = vocabulary,
  destination = PUBLIC,
): SubscriptionCommand => ({
  kind: 'create',
  subscriptionId: ID,
  request: { url: 'https://dept-a.example.cn/hooks', ...request },
  vocabulary: v,
  destination,
});
const created: SubscriptionEvent = {
  type: SUBSCRIPTION_CREATED,
  data: {
    subscriptionId: ID,
    department: 'dept-a',
    url: 'https://dept-a.example.cn/hooks',
    ownMeasures: false,
    registrations: false,
    secretVersion: 1,
    createdAt: AT,
  },
};
const cancelled: SubscriptionEvent = { type: SUBSCRIPTION_CANCELLED, data: { subscriptionId: ID, cancelledAt: AT } };

describe('subscription decider', () => {
  describe('create', () => {
    it('records the subscription of the calling department with its filters and secret version 1', () => {
      given()
        .when(create({ listTypes: ['wage-arrears', 'wage-arrears'], scenarios: ['land-supply'], ownMeasures: true, registrations: true }))
        .thenRecords({
          type: SUBSCRIPTION_CREATED,
          data: {
            ...created.data,
            listTypes: ['wage-arrears'],
            scenarios: ['land-supply'],
            ownMeasures: true,
            registrations: true,
          },
        });
    });

    it('refuses a list type the rule set in force does not have, naming it', () => {
      const error = given()
        .when(create({ listTypes: ['wage-arrears', 'no-such-list'] }))
        .thenRejects('invalid-subscription', 'listTypes');
      expect(error.kind).toBe('invalid');
      expect(error.problems[0].reason).toContain('no-such-list');
    });

    it('refuses an unknown scenario and empty filter lists', () => {
      given()
        .when(create({ scenarios: ['sightseeing'] }))
        .thenRejects('invalid-subscription', 'scenarios');
      given()
        .when(create({ listTypes: [] }))
        .thenRejects('invalid-subscription', 'listTypes');
    });

    it.each([
      ['ftp://dept-a.example.cn/hooks', 'http or https'],
      ['https://user:pw@dept-a.example.cn/hooks', 'credentials'],
      ['/hooks', 'absolute URL'],
      ['javascript:alert(1)', 'http or https'],
    ])('refuses the url %s', (url, reason) => {
      const error = given().when(create({ url })).thenRejects('invalid-subscription', 'url');
      expect(error.problems.find((p) => p.path === 'url')?.reason).toContain(reason);
    });

    // SSRF: the server would POST from inside the platform's network
    it.each([
      ['http://127.0.0.1:8080/hooks', [], 'is 127.0.0.1'],
      ['http://[::1]/hooks', [], 'is ::1'],
      ['http://[::ffff:7f00:1]/hooks', [], 'internal address'],
      ['http://2130706433/hooks', [], 'is 127.0.0.1'], // decimal 127.0.0.1, as URL reads it
      ['http://169.254.169.254/latest/meta-data', [], 'is 169.254.169.254'],
      ['http://localhost:3000/hooks', [], 'leads to 127.0.0.1'],
      ['https://intranet.example.cn/hooks', ['203.0.113.9', '10.1.2.3'], 'leads to 10.1.2.3'],
      ['https://dept-a.example.cn/hooks', ['fd12::1'], 'leads to fd12::1'],
    ])('refuses %s (resolved to %j): an internal address', (url, addresses, reason) => {
      const error = given()
        .when(create({ url }, vocabulary, { addresses, allowedNetworks: [] }))
        .thenRejects('invalid-subscription', 'url');
      expect(error.problems.find((p) => p.path === 'url')?.reason).toContain(reason);
      expect(error.problems.find((p) => p.path === 'url')?.reason).toContain('WEBHOOK_ALLOWED_NETWORKS');
    });

    it('lets an internal address through when the operator allows its network', () => {
      const allowed = (url: string, addresses: string[], allowedNetworks: string[]) =>
        given().when(create({ url }, vocabulary, { addresses, allowedNetworks })).decision.outcome;
      expect(allowed('http://127.0.0.1:8080/hooks', [], ['127.0.0.1'])).toBe('record');
      expect(allowed('https://zwww.example.cn/hooks', ['10.8.3.4'], ['10.8.0.0/16'])).toBe('record');
      expect(allowed('https://zwww.example.cn/hooks', ['10.9.3.4'], ['10.8.0.0/16'])).toBe('rejected');
      // a name that did not resolve is judged when delivered
      expect(allowed('https://not-yet.example.cn/hooks', [], [])).toBe('record');
    });

    it('refuses ownMeasures for a department that implements no measure', () => {
      given()
        .when(create({ ownMeasures: true }, { ...vocabulary, callerImplementsMeasures: false }))
        .thenRejects('invalid-subscription', 'ownMeasures');
    });

    it('refuses a second creation on the same stream', () => {
      given(created).when(create({})).thenRejects('subscription-exists');
    });
  });

  describe('rotate secret', () => {
    it('moves the secret to the next version', () => {
      given(created)
        .when({ kind: 'rotate-secret' })
        .thenRecords({
          type: SUBSCRIPTION_SECRET_ROTATED,
          data: { subscriptionId: ID, secretVersion: 2, rotatedAt: AT },
        });
      given(created, { type: SUBSCRIPTION_SECRET_ROTATED, data: { subscriptionId: ID, secretVersion: 2, rotatedAt: AT } })
        .when({ kind: 'rotate-secret' })
        .thenRecords({ type: SUBSCRIPTION_SECRET_ROTATED, data: { subscriptionId: ID, secretVersion: 3, rotatedAt: AT } });
    });

    it('refuses another department, lets the credit office, and refuses an unknown or cancelled subscription', () => {
      const error = given(created)
        .when({ kind: 'rotate-secret' }, { department: 'dept-b', creditOffice: false })
        .thenRejects('not-your-subscription', 'id');
      expect(error.kind).toBe('forbidden');
      given(created)
        .when({ kind: 'rotate-secret' }, { department: 'office', creditOffice: true })
        .thenRecords({
          type: SUBSCRIPTION_SECRET_ROTATED,
          data: { subscriptionId: ID, secretVersion: 2, rotatedAt: AT },
        });
      expect(given().when({ kind: 'rotate-secret' }).thenRejects('unknown-subscription').kind).toBe('not-found');
      expect(given(created, cancelled).when({ kind: 'rotate-secret' }).thenRejects('subscription-cancelled').kind).toBe('conflict');
    });
  });

  describe('cancel', () => {
    it('records the cancellation once; a second is a conflict', () => {
      given(created).when({ kind: 'cancel' }).thenRecords(cancelled);
      given(created, cancelled).when({ kind: 'cancel' }).thenRejects('subscription-cancelled');
    });

    it('refuses another department', () => {
      given(created).when({ kind: 'cancel' }, { department: 'dept-b', creditOffice: false }).thenRejects('not-your-subscription');
    });
  });

  describe('replay dead letters', () => {
    const dead = new Set(['d-1', 'd-2']);

    it('replays every dead letter, or those named', () => {
      given(created)
        .when({ kind: 'replay-dead-letters', deadLetters: dead })
        .thenRecords({ type: DEAD_LETTERS_REPLAYED, data: { subscriptionId: ID, replayedAt: AT } });
      given(created)
        .when({ kind: 'replay-dead-letters', deliveryIds: ['d-2'], deadLetters: dead })
        .thenRecords({ type: DEAD_LETTERS_REPLAYED, data: { subscriptionId: ID, deliveryIds: ['d-2'], replayedAt: AT } });
    });

    it('records nothing when nothing is dead', () => {
      given(created).when({ kind: 'replay-dead-letters', deadLetters: new Set() }).thenRecordsNothing();
    });

    it('refuses a delivery id that is not a dead letter of the subscription, naming it', () => {
      const error = given(created)
        .when({ kind: 'replay-dead-letters', deliveryIds: ['d-1', 'd-9'], deadLetters: dead }, OWNER)
        .thenRejects('unknown-dead-letter', 'deliveryIds');
      expect(error.problems[0].reason).toContain('d-9');
      expect(error.problems[0].reason).not.toContain('d-1');
    });
  });
});
