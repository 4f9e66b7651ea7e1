import type { INestApplication } from '@nestjs/common';
import { eventually } from '#event-store/testing';
import { createApi } from '../../apps/api/src/create-api.js';
import { enterpriseCode, factLine } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

const TOKEN = 'metrics-token-for-the-test';
const { directory, keys } = testDepartments({ market: ['own-decisions'] });

let storage: TestStorage;
let app: INestApplication;
let base: string;

beforeAll(async () => {
  storage = await openTestStorage();
  app = await createApi({ ...storage.config, runProjectionsInApi: true, metricsToken: TOKEN }, storage, { departments: directory });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return response.text();
}

/** The value of one series, e.g. `name{a="b"}`; undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe(`/metrics (${backend})`, () => {
  it('requires the bearer token when METRICS_TOKEN is set', async () => {
    const anonymous = await fetch(`${base}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
  });

  it('counts requests by route template and status, appends, group commits, projection lag and parked events', async () => {
    const items = [factLine(1, 5), factLine(2, 5), factLine(3, 5)].map((line) => JSON.parse(line));
    const posted = await fetch(`${base}/v1/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
      body: JSON.stringify({ items }),
    });
    const results = ((await posted.json()) as any).results;
    expect(results.map((r: any) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const code = enterpriseCode(1);
    expect((await fetch(`${base}/v1/subjects/${code}/history`, { headers: { 'x-api-key': keys.market } })).status).toBe(200);
    expect((await fetch(`${base}/v1/subjects/${code}/history`)).status).toBe(401);

    const text = await eventually(async () => {
      const scraped = await scrape();
      const lags = scraped.split('\n').filter((line) => line.startsWith('jiangcheng_projection_lag_events{'));
      return lags.length > 1 && lags.every((line) => line.endsWith(' 0')) ? scraped : undefined; // every projection caught up
    });
    expect(sample(text, `jiangcheng_http_request_duration_seconds_count{method="POST",route="/v1/facts",status="${posted.status}"}`)).toBe(
      1,
    );
    expect(
      sample(text, 'jiangcheng_http_request_duration_seconds_count{method="GET",route="/v1/subjects/:code/history",status="200"}'),
    ).toBe(1);
    expect(
      sample(text, 'jiangcheng_http_request_duration_seconds_count{method="GET",route="/v1/subjects/:code/history",status="401"}'),
    ).toBe(1);
    expect(text).toContain('jiangcheng_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/facts"');
    expect(text).not.toContain(code); // a route template, never a subject's code

    const appended = sample(text, 'jiangcheng_appended_events_total{operation="appendToStreams"}')!;
    const [events] = await storage.readModels.query(`SELECT count(*)::int AS n FROM events`).catch(() => [{ n: undefined }]);
    expect(appended).toBeGreaterThanOrEqual(3); // 3 facts and whatever listings they caused
    if (events?.n !== undefined) expect(appended).toBe(events.n);
    expect(sample(text, 'jiangcheng_append_batches_total{operation="appendToStreams"}')).toBe(1);
    expect(sample(text, 'jiangcheng_group_commit_facts_count')).toBe(1);
    expect(sample(text, 'jiangcheng_group_commit_facts_sum')).toBe(3);

    expect(sample(text, 'jiangcheng_projection_lag_events{projection="listings"}')).toBe(0);
    expect(sample(text, 'jiangcheng_projection_lag_events{projection="public-disclosure"}')).toBe(0);
    expect(sample(text, 'jiangcheng_projection_parked_events{projection="public-disclosure"}')).toBe(0);
    expect(sample(text, 'jiangcheng_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toContain('jiangcheng_nodejs_eventloop_lag_seconds');
  });
});
