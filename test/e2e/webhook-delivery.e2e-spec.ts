import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';
import { WebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver.js';

/**
 * Push to implementing departments (docs/joint-loop.md): subscriptions, signed deliveries through the outbox,
 * retries, dead letters and replay, filters, and the pull feed, on the real api with its projections and worker.
 */
const api = useTestApi(
  {
    court: ['court'],
    mof: ['own-decisions'],
    samr: ['registration'],
    'dept-x': ['own-decisions'],
    office: ['credit-office'],
  },
  {
    config: { webhooks: { maxAttempts: 4, retryBaseMs: 40, retryMaxMs: 160, timeoutMs: 2000, batchSize: 100, deliveredRetentionDays: 30 } },
  },
);

interface Change {
  id: string;
  kind: string;
  change?: string;
  subject: string;
  listType?: string;
  position: string;
}
interface Body {
  deliveryId: string;
  subscriptionId: string;
  attempt: number;
  changes: Change[];
}

const LIST_TYPE = 'dishonest-judgment-debtor';
const receivers: WebhookReceiver[] = [];
afterAll(() => Promise.all(receivers.map((r) => r.stop())));

async function receiver(
  options: ConstructorParameters<typeof WebhookReceiver>[0] = {},
): Promise<{ receiver: WebhookReceiver; url: string }> {
  const r = new WebhookReceiver(options);
  receivers.push(r);
  return { receiver: r, url: await r.start() };
}

function call(department: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${api.base}${path}`, {
    method,
    headers: { 'x-api-key': api.keys[department], ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function subscribe(department: string, body: Record<string, unknown>): Promise<{ id: string; secret: string }> {
  const answer = await call(department, 'POST', '/v1/subscriptions', body);
  expect(answer.status).toBe(201);
  return (await answer.json()) as { id: string; secret: string };
}

async function record(department: string, items: object[]): Promise<void> {
  const answer = await call(department, 'POST', '/v1/facts', { items });
  const results = ((await answer.json()) as { results: { status: string }[] }).results;
  expect(results.map((r) => r.status)).toEqual(items.map(() => 'accepted'));
}

const subjectOf = (n: number) => ({ kind: 'enterprise', code: enterpriseCode(n), name: `推送测试企业${n}` });
const listing = (n: number) => courtListing(`push-${n}`, subjectOf(n), n);
const deletion = (n: number) => ({
  type: 'DishonestDebtorDeleted',
  sourceRecordId: `push-del-${n}`,
  subject: subjectOf(n),
  data: { caseNumber: `（2026）京0105执${n}号`, reason: '全部履行完毕', deletedOn: '2026-08-04' },
});
const registration = (n: number) => ({
  type: 'SubjectRegistered',
  sourceRecordId: `push-reg-${n}`,
  subject: subjectOf(n),
  data: { registeredOn: '2015-06-18', registrationAuthority: '北京市朝阳区市场监督管理局', legalForm: '有限责任公司' },
});

const bodyOf = (d: ReceivedDelivery) => d.body as Body;
/** Each change the first time it was accepted, in the order accepted. */
function acceptedChanges(r: WebhookReceiver): Change[] {
  const seen = new Set<string>();
  return r.accepted().flatMap((d) => bodyOf(d).changes.filter((c) => !seen.has(c.id) && seen.add(c.id)));
}
const position = (text: string) => text.split('-').map(BigInt) as [bigint, bigint];
const before = (a: string, b: string) => {
  const [x, y] = [position(a), position(b)];
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
};

describe(`webhook delivery (${backend})`, () => {
  it('delivers every change, signed, with an Idempotency-Key, retried after failures, in order per subject', async () => {
    const { receiver: r, url } = await receiver({ failFirst: 3 });
    const subscription = await subscribe('mof', { url, ownMeasures: true });
    r.verifyWith(subscription.secret);

    await record('court', [listing(1001), listing(1002), listing(1003)]);
    await record('court', [deletion(1001), deletion(1002), deletion(1003)]);
    await r.waitFor((x) => acceptedChanges(x).length >= 6);

    const changes = acceptedChanges(r);
    expect(changes.map((c) => `${c.subject}:${c.change}`).sort()).toEqual(
      [1001, 1002, 1003].flatMap((n) => [`${enterpriseCode(n)}:delisted`, `${enterpriseCode(n)}:listed`]).sort(),
    );
    expect(changes[0]).toMatchObject({
      kind: 'list-change',
      listType: LIST_TYPE,
      color: 'black',
      effectiveOn: '2026-06-15',
      until: '2028-06-15',
    });
    // per subject: listed before delisted, and positions rising
    for (const n of [1001, 1002, 1003]) {
      const own = changes.filter((c) => c.subject === enterpriseCode(n));
      expect(own.map((c) => c.change)).toEqual(['listed', 'delisted']);
      expect(before(own[0].position, own[1].position)).toBe(true);
    }
    for (const d of r.deliveries) {
      expect(d.signatureValid).toBe(true);
      expect(d.headers['idempotency-key']).toBe(bodyOf(d).deliveryId);
      expect(bodyOf(d).subscriptionId).toBe(subscription.id);
    }
    // the first delivery failed three times and was sent again with the same key and a rising attempt
    const first = bodyOf(r.deliveries[0]).deliveryId;
    const attempts = r.deliveries.filter((d) => bodyOf(d).deliveryId === first).map((d) => bodyOf(d).attempt);
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(r.deliveries.filter((d) => bodyOf(d).deliveryId === first).map((d) => d.accepted)).toEqual([false, false, false, true]);
  });

  it('a receiver that keeps failing gets a dead letter that holds its subject; replay delivers it and what it held, in order', async () => {
    let broken = true;
    const stuck = enterpriseCode(2001);
    const { receiver: r, url } = await receiver({
      status: ({ body }) => (broken && (body as Body).changes.some((c) => c.subject === stuck) ? 500 : 204),
    });
    const subscription = await subscribe('office', { url, listTypes: [LIST_TYPE] });
    r.verifyWith(subscription.secret);

    await record('court', [listing(2001)]);
    let dead: any[] = [];
    for (let waited = 0; dead.length === 0 && waited < 15_000; waited += 100) {
      dead = ((await (await call('office', 'GET', `/v1/subscriptions/${subscription.id}/dead-letters`)).json()) as any).deadLetters;
      if (dead.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(dead).toEqual([
      expect.objectContaining({
        attempts: 4,
        lastStatus: 500,
        lastError: 'answered 500',
        changes: [expect.objectContaining({ subject: stuck, change: 'listed' })],
      }),
    ]);
    expect(r.deliveries).toHaveLength(4);
    const health = (await (await call('office', 'GET', '/health/details')).json()) as any;
    expect(health.webhooks).toEqual({ undelivered: 1, oldestUndeliveredSeconds: expect.any(Number), deadLetters: 1 });

    // the stuck subject's next change is held; another subject's goes on
    await record('court', [deletion(2001), listing(2002)]);
    await r.waitFor((x) => acceptedChanges(x).some((c) => c.subject === enterpriseCode(2002)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.deliveries.flatMap((d) => bodyOf(d).changes).filter((c) => c.change === 'delisted')).toEqual([]);

    const unknown = await call('office', 'POST', `/v1/subscriptions/${subscription.id}/dead-letters/replay`, {
      deliveryIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      errors: [{ field: 'deliveryIds', reason: expect.stringContaining('00000000-0000-4000-8000-000000000000') }],
    });

    broken = false;
    const replay = await call('office', 'POST', `/v1/subscriptions/${subscription.id}/dead-letters/replay`, {});
    expect(replay.status).toBe(202);
    expect(await replay.json()).toEqual({ subscriptionId: subscription.id, replayed: 1 });
    await r.waitFor((x) => acceptedChanges(x).filter((c) => c.subject === stuck).length === 2);
    expect(
      acceptedChanges(r)
        .filter((c) => c.subject === stuck)
        .map((c) => c.change),
    ).toEqual(['listed', 'delisted']);
    const replayed = r.accepted().find((d) => bodyOf(d).deliveryId === dead[0].deliveryId);
    expect(bodyOf(replayed!).attempt).toBe(1);
    expect(r.deliveries.every((d) => d.signatureValid)).toBe(true);
    const after = (await (await call('office', 'GET', `/v1/subscriptions/${subscription.id}/dead-letters`)).json()) as any;
    expect(after.deadLetters).toEqual([]);
  });

  it('filters: list types, registrations; a cancelled subscription receives nothing more', async () => {
    const all = await receiver();
    const otherList = await receiver();
    const registrations = await receiver();
    const sentinel = await subscribe('office', { url: all.url });
    all.receiver.verifyWith(sentinel.secret);
    await subscribe('office', { url: otherList.url, listTypes: ['wage-arrears'] });
    const reg = await subscribe('samr', { url: registrations.url, listTypes: ['wage-arrears'], registrations: true });
    registrations.receiver.verifyWith(reg.secret);

    await record('samr', [registration(3001)]);
    await record('court', [listing(3001)]);
    await all.receiver.waitFor((x) => acceptedChanges(x).some((c) => c.kind === 'list-change' && c.subject === enterpriseCode(3001)));
    await registrations.receiver.waitFor((x) => acceptedChanges(x).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(acceptedChanges(all.receiver).map((c) => c.kind)).toEqual(['list-change']);
    expect(otherList.receiver.deliveries).toEqual([]);
    expect(acceptedChanges(registrations.receiver)).toEqual([
      expect.objectContaining({
        kind: 'registration',
        subject: enterpriseCode(3001),
        name: '推送测试企业3001',
        registeredOn: '2015-06-18',
        legalForm: '有限责任公司',
        recordedBy: 'samr',
      }),
    ]);

    const cancelled = await call('office', 'DELETE', `/v1/subscriptions/${sentinel.id}`);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ id: sentinel.id, cancelledAt: expect.any(String) });
    expect((await call('office', 'DELETE', `/v1/subscriptions/${sentinel.id}`)).status).toBe(409);
    const watcher = await receiver();
    await subscribe('office', { url: watcher.url });
    await record('court', [listing(3002)]);
    await watcher.receiver.waitFor((x) => acceptedChanges(x).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(acceptedChanges(all.receiver).map((c) => c.subject)).toEqual([enterpriseCode(3001)]);
  });

  it('rotating the secret signs later deliveries with the new one; departments manage only their own subscriptions', async () => {
    const { receiver: r, url } = await receiver();
    const subscription = await subscribe('mof', { url, ownMeasures: true });
    const rotated = await call('mof', 'POST', `/v1/subscriptions/${subscription.id}/secret`);
    expect(rotated.status).toBe(200);
    const { secret, secretVersion } = (await rotated.json()) as { secret: string; secretVersion: number };
    expect(secretVersion).toBe(2);
    expect(secret).not.toBe(subscription.secret);
    r.verifyWith(secret);
    await record('court', [listing(4001)]);
    await r.waitFor((x) => acceptedChanges(x).some((c) => c.subject === enterpriseCode(4001)));
    expect(r.deliveries.every((d) => d.signatureValid)).toBe(true);

    expect((await call('dept-x', 'GET', `/v1/subscriptions/${subscription.id}`)).status).toBe(403);
    expect((await call('dept-x', 'DELETE', `/v1/subscriptions/${subscription.id}`)).status).toBe(403);
    expect((await call('dept-x', 'POST', `/v1/subscriptions/${subscription.id}/secret`)).status).toBe(403);
    expect((await call('dept-x', 'GET', `/v1/subscriptions/${subscription.id}/dead-letters`)).status).toBe(403);
    expect(await (await call('office', 'GET', `/v1/subscriptions/${subscription.id}`)).json()).toMatchObject({
      id: subscription.id,
      department: 'mof',
      ownMeasures: true,
      secretVersion: 2,
      cancelledAt: null,
    });
    expect((await call('mof', 'GET', '/v1/subscriptions/4b1c9a62-2f7e-4a53-9d0e-0d7c2f1b5a11')).status).toBe(404);
    const badId = await call('mof', 'GET', '/v1/subscriptions/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({ errors: [{ field: 'id' }] });

    let listed: any[] = [];
    for (let waited = 0; waited < 5000 && !listed.some((s) => s.id === subscription.id); waited += 50) {
      listed = ((await (await call('mof', 'GET', '/v1/subscriptions')).json()) as any).subscriptions;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(listed.every((s) => s.department === 'mof')).toBe(true);
    expect(listed.find((s) => s.id === subscription.id)).toMatchObject({ secretVersion: 2 });
    expect(JSON.stringify(listed)).not.toContain('whsec_');
  });

  it.each([
    [{ url: 'ftp://hooks.example.cn/x' }, 422, 'url', 'http or https'],
    [{ url: 'https://user:pw@hooks.example.cn/x' }, 422, 'url', 'credentials'],
    // SSRF: only 127.0.0.1 is allowed here (WEBHOOK_ALLOWED_NETWORKS in test-storage), for the test receivers
    [{ url: 'http://169.254.169.254/latest/meta-data/' }, 422, 'url', 'is 169.254.169.254, an internal address'],
    [{ url: 'http://[::1]:8080/hooks' }, 422, 'url', 'is ::1, an internal address'],
    [{ url: 'http://10.0.0.5/hooks' }, 422, 'url', 'WEBHOOK_ALLOWED_NETWORKS'],
    [{ url: 'https://hooks.example.cn/x', listTypes: ['no-such-list'] }, 422, 'listTypes', 'no-such-list'],
    [{ url: 'https://hooks.example.cn/x', scenarios: ['sightseeing'] }, 422, 'scenarios', 'sightseeing'],
    [{ listTypes: [LIST_TYPE] }, 400, 'url', ''],
    [{ url: 'https://hooks.example.cn/x', listTypes: 'wage-arrears' }, 400, 'listTypes', ''],
    [{ url: 'https://hooks.example.cn/x', secret: 'mine' }, 400, 'secret', ''],
  ])('refuses %j with %i naming %s', async (body, status, field, reason) => {
    const answer = await call('mof', 'POST', '/v1/subscriptions', body);
    expect(answer.status).toBe(status);
    const problem = (await answer.json()) as { errors: { field: string; reason: string }[] };
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringContaining(reason) })]));
  });

  it('refuses ownMeasures for a department that implements no measure', async () => {
    const answer = await call('dept-x', 'POST', '/v1/subscriptions', { url: 'https://hooks.example.cn/x', ownMeasures: true });
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ errors: [{ field: 'ownMeasures' }] });
  });

  it('the pull feed pages through the list changes in log order, in the shape of a delivery', async () => {
    const pages: Change[][] = [];
    let after = '';
    for (;;) {
      const answer = await call('dept-x', 'GET', `/v1/feeds/list-changes?limit=2&listType=${LIST_TYPE}${after ? `&after=${after}` : ''}`);
      expect(answer.status).toBe(200);
      const page = (await answer.json()) as { changes: Change[]; next: string | null };
      if (page.changes.length === 0) {
        expect(page.next).toBe(after);
        break;
      }
      expect(page.changes.length).toBeLessThanOrEqual(2);
      pages.push(page.changes);
      after = page.next!;
    }
    const changes = pages.flat();
    // 1001–1003 listed and deleted, 2001 listed and deleted, 2002, 3001, 3002, 4001 listed (once the projection has them)
    expect(changes.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < changes.length; i++) expect(before(changes[i - 1].position, changes[i].position)).toBe(true);
    expect(changes.find((c) => c.subject === enterpriseCode(1001) && c.change === 'delisted')).toEqual({
      id: expect.any(String),
      kind: 'list-change',
      change: 'delisted',
      subject: enterpriseCode(1001),
      listType: LIST_TYPE,
      color: 'black',
      effectiveOn: '2026-08-04',
      until: null,
      reason: 'exit',
      recordedAt: expect.any(String),
      position: expect.stringMatching(/^\d+-\d+$/),
    });

    for (const [query, field] of [
      ['listType=no-such-list', 'listType'],
      ['after=yesterday', 'after'],
      ['limit=0', 'limit'],
    ]) {
      const answer = await call('dept-x', 'GET', `/v1/feeds/list-changes?${query}`);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toMatchObject({ errors: [{ field }] });
    }
  });
});
