import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { formatPosition } from '#event-store';
import { createApi } from '../../apps/api/src/create-api.js';
import { READ_YOUR_WRITES_WAIT_MS } from '../../apps/api/src/queries/read-your-writes.js';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string> = {};

// No projector in this process and none elsewhere: a written position is in the log but never projected.
beforeAll(async () => {
  storage = await openTestStorage();
  const departments = testDepartments({ market: ['own-decisions'] });
  keys = departments.keys;
  app = await createApi({ ...storage.config, runProjectionsInApi: false }, storage, { departments: departments.directory });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

const CODE = enterpriseCode(881_001);
const get = (path: string) => fetch(`${base}${path}`, { headers: { 'x-api-key': keys.market } });

async function postPenalty(sourceRecordId: string, decisionNumber: string): Promise<any[]> {
  const posted = await fetch(`${base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
    body: JSON.stringify({
      items: [
        {
          type: 'PenaltyDecided',
          sourceRecordId,
          subject: { kind: 'enterprise', code: CODE, name: '读己之写测试有限公司' },
          data: {
            decisionNumber,
            violationType: '未按规定公示年度报告',
            violationFacts: '逾期未报送年度报告',
            legalBasis: '《企业信息公示暂行条例》第十七条',
            categories: [{ category: 'warning' }],
            content: '警告',
            severity: 'general',
            decisionDate: '2026-05-06',
            publicationDate: '2026-05-09',
            authorityName: '北京市朝阳区市场监督管理局',
          },
        },
      ],
    }),
  });
  return ((await posted.json()) as any).results;
}

describe(`read your writes (${backend})`, () => {
  it('a written position the projections have not reached answers 503 with Retry-After after a bounded wait; one beyond the head 400 at once', async () => {
    const results = await postPenalty('ryw-1', '京朝市监罚〔2026〕881号');
    expect(results[0].status).toBe('accepted');

    let started = Date.now();
    const late = await get(`/v1/subjects/${CODE}/measures?after=${results[0].position}`);
    expect(late.status).toBe(503);
    expect(late.headers.get('retry-after')).toBe('1');
    expect(await late.json()).toMatchObject({ type: expect.stringContaining('not-yet-consistent'), status: 503 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(READ_YOUR_WRITES_WAIT_MS - 100);

    started = Date.now();
    const [commit] = results[0].position.split('-');
    const beyond = await get(`/v1/subjects/${CODE}/measures?after=${BigInt(commit) + 1_000_000_000n}-0`);
    expect(beyond.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(1_000);
  }, 30_000);

  if (backend === 'postgres') {
    it('a position committed after a transaction still open elsewhere (beyond the visible head) is waited for, not refused', async () => {
      const other = new pg.Client({ connectionString: storage.config.databaseUrl });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT pg_current_xact_id()');
        const results = await postPenalty('ryw-2', '京朝市监罚〔2026〕882号');
        expect(results[0].status).toBe('accepted');
        const head = await storage.eventStore.headPosition();
        expect(head && formatPosition(head)).not.toBe(results[0].position);
        const answer = await get(`/v1/subjects/${CODE}/measures?after=${results[0].position}`);
        expect(answer.status).toBe(503);
      } finally {
        await other.query('ROLLBACK');
        await other.end();
      }
    }, 30_000);
  }
});
