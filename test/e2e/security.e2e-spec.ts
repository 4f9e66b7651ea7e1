import type { INestApplication } from '@nestjs/common';
import type { JiangchengConfig } from '#runtime';
import { MAX_BATCH } from '../../apps/api/src/facts/record-facts/fact-batch.request.dto.js';
import { createApi } from '../../apps/api/src/create-api.js';
import { JSON_BODY_LIMIT_BYTES } from '../../apps/api/src/security/body-limit.js';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { largestItems } from '../fixtures/largest-facts.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

const LIMITS = { windowSeconds: 60, publicRequests: 5, failedAuthentications: 3 };
const { directory, keys } = testDepartments({ market: ['own-decisions'] });
const company = enterpriseCode(7171);

async function startApi(config: Partial<JiangchengConfig>): Promise<{ storage: TestStorage; app: INestApplication; base: string }> {
  const storage = await openTestStorage();
  const app = await createApi({ ...storage.config, runProjectionsInApi: true, ...config }, storage, { departments: directory });
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  // The public view answers once its projection has made its first table (500 before: not ours to fix here).
  for (let attempt = 0; (await fetch(`${base}/v1/public/subjects/${company}`, from(`192.0.2.${attempt}`))).status !== 200; attempt++) {
    if (attempt > 200) throw new Error('the public view never answered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { storage, app, base };
}

/** A client at `address`: the api is told to trust the loopback proxy's X-Forwarded-For. */
const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { 'x-forwarded-for': address, ...headers } });

describe(`abuse limits and security headers (${backend})`, () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    api = await startApi({ trustProxy: 'loopback', rateLimits: LIMITS });
  });
  afterAll(async () => {
    await api.app.close();
    await api.storage.dispose();
  });

  it('answers 429 problem+json with Retry-After once an address exceeds the public limit, and only that address', async () => {
    const get = (address: string) => fetch(`${api.base}/v1/public/subjects/${company}`, from(address));
    for (let i = 0; i < LIMITS.publicRequests; i++) expect((await get('198.51.100.1')).status).toBe(200);
    const refused = await get('198.51.100.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      status: 429,
      type: expect.stringContaining('rate-limited'),
      detail: expect.stringContaining('retry after'),
    });
    expect((await get('198.51.100.2')).status).toBe(200);
    const keyed = await fetch(`${api.base}/v1/subjects/${company}/history`, from('198.51.100.1', { 'x-api-key': keys.market }));
    expect(keyed.status).toBe(200); // keyed endpoints are not the public limit's business
  });

  it('answers 429 to an address after repeated wrong keys, and keeps serving a good key from elsewhere', async () => {
    const history = (address: string, key: string) =>
      fetch(`${api.base}/v1/subjects/${company}/history`, from(address, { 'x-api-key': key }));
    const wrong = `${keys.market.slice(0, -4)}0000`;
    for (let i = 0; i < LIMITS.failedAuthentications; i++) expect((await history('203.0.113.9', wrong)).status).toBe(401);
    const refused = await history('203.0.113.9', wrong);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await history('203.0.113.9', keys.market)).status).toBe(429); // guessing right at last does not help
    expect((await history('203.0.113.10', keys.market)).status).toBe(200);
  });

  it('sends security headers and no X-Powered-By, on answers and on errors', async () => {
    for (const path of ['/health', '/v1/nothing-here', `/v1/public/subjects/${company}`]) {
      const response = await fetch(`${api.base}${path}`, from('192.0.2.50'));
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('keeps the Swagger UI working under the content security policy: no inline script, its files load', async () => {
    const ui = await fetch(`${api.base}/docs`);
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await ui.text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      expect((await fetch(new URL(src!, `${api.base}/docs`))).status).toBe(200);
    }
  });

  it(`accepts the largest legitimate batch of ${MAX_BATCH} facts and answers 413 problem+json above the limit`, async () => {
    const [largest] = largestItems();
    // Every item with an invalid code: the whole batch is read and answered item by item, nothing is written.
    const item = { ...(largest.item as object), subject: { kind: 'enterprise', code: '91110105700050009A', name: '信'.repeat(200) } };
    const body = JSON.stringify({ items: Array(MAX_BATCH).fill(item) });
    expect(Buffer.byteLength(body)).toBeGreaterThan(JSON_BODY_LIMIT_BYTES * 0.85);
    const post = (payload: string) =>
      fetch(`${api.base}/v1/facts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
        body: payload,
      });
    const largestBatch = await post(body);
    expect(largestBatch.status).toBe(200);
    expect(((await largestBatch.json()) as any).results).toHaveLength(MAX_BATCH);

    const tooLarge = await post(JSON.stringify({ items: [], padding: 'x'.repeat(JSON_BODY_LIMIT_BYTES) }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('content-type')).toContain('application/problem+json');
    expect(await tooLarge.json()).toMatchObject({ status: 413 });
  });

  it('has CORS closed by default: no Access-Control-* for any origin', async () => {
    const preflight = await fetch(`${api.base}/v1/facts`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${api.base}/v1/public/subjects/${company}`, { headers: { origin: 'https://portal.example.cn' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe(`CORS for configured origins (${backend})`, () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    api = await startApi({ corsOrigins: ['https://portal.example.cn'] });
  });
  afterAll(async () => {
    await api.app.close();
    await api.storage.dispose();
  });

  it('answers a preflight from a configured origin with the key headers allowed, and nothing for another origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.base}/v1/facts`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key,content-type' },
      });
    const allowed = await preflight('https://portal.example.cn');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.cn');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-api-key');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${api.base}/v1/public/subjects/${company}`, { headers: { origin: 'https://portal.example.cn' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://portal.example.cn');
  });
});
