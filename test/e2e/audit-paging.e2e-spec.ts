import { fixedClock } from '#kernel';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

// More than a thousand transactions, so both parts of the position (transaction id, log position) and the access-log
// ids pass from three digits to four: text order would put "1000" before "999" and lose rows between pages.
const LISTINGS = 1_050;
const PERSON_QUERIES = 1_100;

const api = useTestApi({ court: ['court'], office: ['credit-office'] }, { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } });

const listing = (n: number) => courtListing(`paging-${n}`, { kind: 'enterprise', code: enterpriseCode(n), name: `分页测试企业${n}` }, n);

async function postOne(n: number): Promise<string> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.court },
    body: JSON.stringify({ items: [listing(n)] }),
  });
  const body = (await response.json()) as any;
  if (body.results?.[0]?.status !== 'accepted') throw new Error(JSON.stringify(body));
  return body.position;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}${path}`, { headers: { 'x-api-key': api.keys.office, ...headers } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${response.status} ${text}`);
  return { text, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
}

async function pageThrough(path: string, rows: string, limit: number): Promise<any[]> {
  const all: any[] = [];
  let cursor: string | undefined;
  do {
    const page = await get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    all.push(...page.body[rows]);
    cursor = page.body.next;
  } while (cursor);
  return all;
}

const parts = (position: string) => position.split('-').map(BigInt);

describe(`the audit pages in the log's order, every row once (${backend})`, () => {
  let last = '';

  it(`records ${LISTINGS} listings, one transaction each`, async () => {
    const positions: string[] = [];
    for (let n = 0; n < LISTINGS; n++) positions.push(await postOne(n));
    expect(new Set(positions.map((p) => p.split('-')[0])).size).toBe(LISTINGS);
    last = positions.at(-1)!;
  }, 300_000);

  it.each([1000, 100, 7])('list changes, %i a page, in JSON: every change exactly once, in position order', async (limit) => {
    await get(`/v1/audit/list-changes?limit=1&after=${last}`);
    const changes = await pageThrough('/v1/audit/list-changes', 'changes', limit);
    expect(changes).toHaveLength(LISTINGS);
    expect(new Set(changes.map((c) => c.eventId)).size).toBe(LISTINGS);
    const positions = changes.map((c) => parts(c.position));
    for (let i = 1; i < positions.length; i++) {
      const [a, b] = [positions[i - 1], positions[i]];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
    }
    // the log positions cross 999 → 1000 on every backend; transaction ids do on a fresh cluster (PGlite)
    expect(positions[0][1]).toBeLessThan(1000n);
    expect(positions.at(-1)![1]).toBeGreaterThanOrEqual(1000n);
    if (backend === 'pglite') {
      expect(positions[0][0]).toBeLessThan(1000n);
      expect(positions.at(-1)![0]).toBeGreaterThanOrEqual(1000n);
    }
  });

  it('list changes as CSV: one line for every change, none twice', async () => {
    const csv = await get('/v1/audit/list-changes', { accept: 'text/csv' });
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^position,recordedAt,subject,/);
    const positions = lines.slice(1).map((line) => line.split(',')[0]);
    expect(positions).toHaveLength(LISTINGS);
    expect(new Set(positions).size).toBe(LISTINGS);
    const json = await pageThrough('/v1/audit/list-changes', 'changes', 1000);
    expect(positions).toEqual(json.map((c) => c.position));
  });

  it('person queries: every access-log row exactly once, in id order', async () => {
    await api.storage.readModels.query(
      `INSERT INTO person_query_log (department, key_id, subject, endpoint, purpose)
       SELECT 'court', 'k', '11010519491231002X', 'measures', '招录审查 ' || n FROM generate_series(1, $1::int) AS n`,
      [PERSON_QUERIES],
    );
    for (const limit of [1000, 100, 9]) {
      const rows = await pageThrough('/v1/audit/person-queries', 'queries', limit);
      expect(rows).toHaveLength(PERSON_QUERIES);
      expect(new Set(rows.map((r) => r.id)).size).toBe(PERSON_QUERIES);
      const ids = rows.map((r) => Number(r.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(ids[0]).toBeLessThan(1000);
      expect(ids.at(-1)).toBeGreaterThanOrEqual(1000);
    }
  });
});
