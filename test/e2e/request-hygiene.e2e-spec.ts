import { subjectStream } from '#credit';
import { enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

const api = useTestApi({ market: ['own-decisions'], office: ['credit-office'] });

const CODE = enterpriseCode(880_001);
const penalty = (sourceRecordId: string, changes: { name?: string; data?: Record<string, unknown> } = {}) =>
  warningPenalty(sourceRecordId, { kind: 'enterprise', code: CODE, name: changes.name ?? '北京卫生测试有限公司' }, changes.data);
const postRaw = (path: string, body: string | Uint8Array, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${api.base}${path}`, { method: 'POST', headers: { 'x-api-key': api.keys.market, ...headers }, body });
const get = (path: string, key = api.keys.market) => fetch(`${api.base}${path}`, { headers: { 'x-api-key': key } });

async function problem(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return { status: response.status, body: (await response.json()) as any };
}

describe(`bad bodies are answered 4xx before validation (${backend})`, () => {
  it.each([
    ['an array 10,000 deep in data', (d: string) => `{"items":[{"type":"PenaltyDecided","data":{"x":${d}}}]}`, '['],
    ['an object 50,000 deep in an unknown top-level property', (d: string) => `{"items":[{}],"extra":${d}}`, '{"a":'],
  ])('%s → 400 naming where', async (_, wrap, open) => {
    const depth = open === '[' ? 10_000 : 50_000;
    const nested = open === '[' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const { status, body } = await problem(await postRaw('/v1/facts', wrap(nested)));
    expect(status).toBe(400);
    expect(body).toMatchObject({
      type: 'https://jiangcheng.dev/problems/too-deep',
      errors: [{ field: expect.stringMatching(/^\$\.(items\[0\]\.data\.x|extra)/) }],
    });
  });

  it('a body 65 levels deep is refused on /v1/checks as well, and an ordinary batch still passes', async () => {
    const nested = `${'['.repeat(65)}${']'.repeat(65)}`;
    const refused = await problem(await postRaw('/v1/checks', `{"subjects":["${CODE}"],"x":${nested}}`));
    expect(refused).toMatchObject({
      status: 400,
      body: { type: 'https://jiangcheng.dev/problems/too-deep', errors: [{ field: `$.x${'[0]'.repeat(63)}` }] },
    });
    const ok = await postRaw('/v1/facts', JSON.stringify({ items: [penalty('hygiene-ok')] }));
    expect(ok.status).toBe(200);
  });

  it.each([
    ['that is form-encoded', { 'content-type': 'application/x-www-form-urlencoded' }, 'items=1', /not application\/x-www-form-urlencoded/],
    // bytes, so that fetch adds no Content-Type of its own
    [
      'without a content type',
      {} as Record<string, string>,
      new TextEncoder().encode(JSON.stringify({ items: [penalty('no-type')] })),
      /no Content-Type/,
    ],
    ['in text/plain', { 'content-type': 'text/plain' }, JSON.stringify({ items: [penalty('plain')] }), /not text\/plain/],
  ])('a body %s → 415 that says to send JSON', async (_, headers, body, detail) => {
    for (const path of ['/v1/facts', '/v1/checks']) {
      const answer = await problem(await postRaw(path, body, headers));
      expect(answer.status).toBe(415);
      expect(answer.body.detail).toMatch(/Content-Type: application\/json/);
      expect(answer.body.detail).toMatch(detail);
    }
    expect(await api.storage.eventStore.readStream(subjectStream(CODE))).not.toContainEqual(
      expect.objectContaining({ data: expect.objectContaining({ sourceRecordId: 'no-type' }) }),
    );
  });
});

describe(`bad items are refused one by one, 422 naming the field (${backend})`, () => {
  it('NUL, a lone surrogate, a zero-width name, a prototype name as severity, a future decision date', async () => {
    const items = [
      penalty('nul', { name: '北京\u0000公司' }),
      penalty('surrogate', { data: { violationFacts: '逾期\ud800' } }),
      penalty('zero-width', { name: '\u200b\u200b' }),
      penalty('constructor', { data: { severity: 'constructor' } }),
      penalty('future', { data: { decisionDate: '2099-01-01', publicationDate: '2099-01-02' } }),
      { ...penalty('extra'), extra: true },
      penalty('good'),
    ];
    const response = await postRaw('/v1/facts', JSON.stringify({ items }));
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as any;
    expect(results.map((r: any) => [r.status, r.problem?.status, r.problem?.errors[0].field])).toEqual([
      ['rejected', 422, 'subject.name'],
      ['rejected', 422, 'data.violationFacts'],
      ['rejected', 422, 'subject.name'],
      ['rejected', 422, 'data.severity'],
      ['rejected', 422, 'data.decisionDate'],
      ['rejected', 422, 'extra'],
      ['accepted', undefined, undefined],
    ]);
  });
});

describe(`query parameters (${backend})`, () => {
  const repeated: [string, string, string?][] = [
    ['/v1/public/subjects/CODE?after=1-1&after=2-2', 'after', ''],
    ['/v1/subjects/CODE/measures?after=1-1&after=2-2', 'after'],
    ['/v1/subjects/CODE/measures?purpose=a&purpose=b', 'purpose'],
    ['/v1/subjects/CODE/lists?purpose=a&purpose=b', 'purpose'],
    ['/v1/audit/list-changes?subject=a&subject=b', 'subject', 'office'],
    ['/v1/audit/person-queries?subject=a&subject=b', 'subject', 'office'],
  ];
  it.each(repeated)('%s → 400 naming %s', async (path, parameter, who = 'market') => {
    const { status, body } = await problem(await get(path.replace('CODE', CODE), who === '' ? '' : api.keys[who]));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: parameter, reason: 'must be given once, as a single value' }]);
  });

  it.each([
    ['/v1/public/subjects/CODE?after=99999999999999999999-1', 'after', ''],
    ['/v1/subjects/CODE/measures?after=1-9223372036854775808', 'after', 'market'],
    ['/v1/audit/list-changes?cursor=99999999999999999999-1', 'cursor', 'office'],
    ['/v1/audit/person-queries?cursor=9999999999999999999', 'cursor', 'office'],
  ])('a position beyond bigint: %s → 400', async (path, field, who) => {
    const { status, body } = await problem(await get(path.replace('CODE', CODE), who === '' ? '' : api.keys[who]));
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe(field);
  });

  it('after= beyond the head of the log → 400 at once, without a key, not a 5 s wait', async () => {
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`/v1/public/subjects/${CODE}?after=99999999-1`, '')));
    for (const answer of answers) {
      const { status, body } = await problem(answer);
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({ field: 'after', reason: expect.stringContaining('beyond the end of the log') });
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a position the api answered is still waited for and read', async () => {
    const response = await postRaw('/v1/facts', JSON.stringify({ items: [penalty('read-back')] }));
    const { results } = (await response.json()) as any;
    const read = await get(`/v1/public/subjects/${CODE}?after=${results[0].position}`, '');
    expect(read.status).toBe(200);
  });

  it('a NUL or another control character in a query parameter → 400 naming it, also on a person query that logs its purpose', async () => {
    for (const path of [
      `/v1/subjects/11010519491231002X/measures?purpose=%E6%8B%9B%00%E5%BD%95`,
      `/v1/subjects/${CODE}/lists?purpose=a%1Bb`,
    ]) {
      const { status, body } = await problem(await get(path));
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        { field: 'purpose', reason: expect.stringMatching(/^contains the control character U\+00(00|1B) at position 1$/) },
      ]);
    }
  });

  it('a NUL in the purpose of POST /v1/checks → 400 naming it', async () => {
    const body = JSON.stringify({ subjects: ['11010519491231002X'], purpose: '招\u0000录' });
    const { status, body: answer } = await problem(await postRaw('/v1/checks', body));
    expect(status).toBe(400);
    expect(answer.errors).toEqual([expect.objectContaining({ field: 'purpose' })]);
  });

  it('a purpose longer than 500 characters → 400 on GET, as on POST /v1/checks', async () => {
    const { status, body } = await problem(await get(`/v1/subjects/${CODE}/measures?purpose=${'查'.repeat(501)}`));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: 'purpose', reason: 'must be at most 500 characters' }]);
    expect((await get(`/v1/subjects/${CODE}/measures?purpose=${encodeURIComponent('查'.repeat(500))}`)).status).toBe(200);
  });
});
