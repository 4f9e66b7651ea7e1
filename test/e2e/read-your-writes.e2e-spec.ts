import pg from 'pg';
import { formatPosition } from '#event-store';
import { READ_YOUR_WRITES_WAIT_MS } from '../../apps/api/src/shared/read-your-writes.js';
import { enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

// No projector in this process and none elsewhere: a written position is in the log but never projected.
const api = useTestApi({ market: ['own-decisions'] }, { config: { runProjectionsInApi: false } });

const CODE = enterpriseCode(881_001);
const get = (path: string) => fetch(`${api.base}${path}`, { headers: { 'x-api-key': api.keys.market } });

async function postPenalty(sourceRecordId: string, decisionNumber: string): Promise<any[]> {
  const posted = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
    body: JSON.stringify({
      items: [warningPenalty(sourceRecordId, { kind: 'enterprise', code: CODE, name: '读己之写测试有限公司' }, { decisionNumber })],
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
      const other = new pg.Client({ connectionString: api.storage.config.databaseUrl });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT pg_current_xact_id()');
        const results = await postPenalty('ryw-2', '京朝市监罚〔2026〕882号');
        expect(results[0].status).toBe('accepted');
        const head = await api.storage.eventStore.headPosition();
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
