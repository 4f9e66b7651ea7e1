import { fixedClock } from '#kernel';
import { validResidentId } from '#kernel/testing';
import { enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

const PERSON = validResidentId('610902', '1980-01-01', 7);
const MASKED = `${PERSON.slice(0, 6)}********${PERSON.slice(-4)}`;
const PURPOSE = '招录审查';

const builder = { kind: 'enterprise', code: enterpriseCode(7101, '610902'), name: '安康市汉滨区建筑工程有限公司' };
const exact = { kind: 'enterprise', code: enterpriseCode(7102, '610902'), name: '汉滨建设' };
const prefixed = { kind: 'enterprise', code: enterpriseCode(7103, '610902'), name: '汉滨建设集团有限公司' };
const contained = { kind: 'enterprise', code: enterpriseCode(7104, '610902'), name: '安康市汉滨建设有限公司' };
const person = { kind: 'natural-person', code: PERSON, name: '李汉滨' };

const api = useTestApi(
  { market: ['own-decisions', 'registration'], tax: ['tax'], office: ['credit-office'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);
let position: string;

beforeAll(async () => {
  const items = [
    ...[builder, exact, prefixed, contained, person].map((subject, i) => warningPenalty(`search-${i}`, subject)),
    {
      type: 'RoleAppointed',
      sourceRecordId: 'search-role',
      subject: builder,
      data: { role: 'legal-representative', person: { idNumber: PERSON, name: person.name }, from: '2021-03-01' },
    },
  ];
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
    body: JSON.stringify({ items }),
  });
  const answer = (await response.json()) as { results: { status: string; position: string }[] };
  expect(answer.results.map((r) => r.status)).toEqual(items.map(() => 'accepted'));
  // The latest position of the batch: each query below waits until the read models have applied it.
  const key = (p: string) => p.split('-').map((part) => part.padStart(20, '0')).join('-');
  position = answer.results.map((r) => r.position).sort((a, b) => key(a).localeCompare(key(b))).at(-1)!;
});

async function get(path: string, key?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}${path}${path.includes('?') ? '&' : '?'}after=${position}`, {
    headers: { ...(key ? { 'x-api-key': key } : {}), ...headers },
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}
const search = (q: string, key = api.keys.tax, more = '') => get(`/v1/subjects?q=${encodeURIComponent(q)}${more}`, key);
const codes = (answer: { body: any }) => answer.body.items.map((item: { code: string }) => item.code);

async function logRows(): Promise<{ subject: string; endpoint: string; purpose: string | null; department: string }[]> {
  return api.storage.readModels.query(`SELECT subject, endpoint, purpose, department FROM person_query_log ORDER BY id`);
}

function badQuery(answer: { status: number; type: string | null; body: any }, field: string) {
  expect(answer.status).toBe(400);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body.errors).toEqual([{ field, reason: expect.any(String) }]);
}

describe(`subject search (${backend})`, () => {
  it('finds an organisation by part of its Chinese name, with its kind, latest name and when last recorded', async () => {
    const answer = await search('汉滨区建');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      items: [{ code: builder.code, kind: 'enterprise', name: builder.name, lastRecordedAt: expect.any(String) }],
    });
    expect(Date.parse(answer.body.items[0].lastRecordedAt)).not.toBeNaN();
  });

  it('finds by 2 characters, ranks the exact name, then a prefix, then the shortest name holding it', async () => {
    expect(codes(await search('汉滨建设'))).toEqual([exact.code, prefixed.code, contained.code]);
    expect(codes(await search('  汉滨  '))).toEqual([exact.code, prefixed.code, contained.code, builder.code]);
    expect(codes(await search('汉滨', api.keys.tax, '&kind=individual-business'))).toEqual([]);
  });

  it('pages with `next` as the cursor, each subject once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const answer = await search('汉滨', api.keys.tax, `&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items).toHaveLength(1);
      seen.push(...codes(answer));
      cursor = answer.body.next;
    } while (cursor);
    expect(seen).toEqual([exact.code, prefixed.code, contained.code, builder.code]);
  });

  it('finds an organisation by its full 统一社会信用代码', async () => {
    expect(codes(await search(builder.code.toLowerCase()))).toEqual([builder.code]);
  });

  it('never finds a person by name', async () => {
    expect((await search('李汉滨')).body.items).toEqual([]);
    expect(codes(await search('汉滨'))).not.toContain(PERSON);
    badQuery(await search('李汉滨', api.keys.tax, '&kind=natural-person'), 'kind');
  });

  it('finds a person by the full 身份证号 only with a purpose, and records the query as every person query', async () => {
    const before = (await logRows()).length;
    badQuery(await search(PERSON), 'purpose');
    expect((await logRows()).slice(before)).toEqual([]);
    const answer = await get(`/v1/subjects?q=${PERSON}`, api.keys.tax, { 'x-query-purpose': `UTF-8''${encodeURIComponent(PURPOSE)}` });
    expect(answer.status).toBe(200);
    // The number asked about is shown as sent (the caller knows it); no other is in the answer.
    expect(answer.body.items).toEqual([{ code: PERSON, kind: 'natural-person', name: '李汉滨', lastRecordedAt: expect.any(String) }]);
    expect((await logRows()).slice(before)).toEqual([{ subject: PERSON, endpoint: 'search', purpose: PURPOSE, department: 'tax' }]);
  });

  it('refuses a missing, too short, control-laden or malformed q with a 400 naming q', async () => {
    badQuery(await get('/v1/subjects', api.keys.tax), 'q');
    badQuery(await search('汉'), 'q');
    badQuery(await search('   '), 'q');
    badQuery(await search('汉\u0007滨'), 'q');
    badQuery(await search('汉\u200B滨'), 'q');
    badQuery(await search('91610902MA000000IO'), 'q');
    badQuery(await search('汉滨', api.keys.tax, '&limit=0'), 'limit');
    badQuery(await search('汉滨', api.keys.tax, '&cursor=nonsense'), 'cursor');
    expect((await get(`/v1/subjects?q=${encodeURIComponent('汉滨')}`)).status).toBe(401);
  });

  it('searches organisations on the public site without a key, by name or full code, never persons', async () => {
    const byName = await get(`/v1/public/subjects?q=${encodeURIComponent('汉滨区建')}`);
    expect(byName.status).toBe(200);
    expect(byName.body).toEqual({ items: [{ code: builder.code, name: builder.name }] });
    expect((await get(`/v1/public/subjects?q=${builder.code}`)).body).toEqual({ items: [{ code: builder.code, name: builder.name }] });
    expect((await get(`/v1/public/subjects?q=${encodeURIComponent('李汉滨')}`)).body).toEqual({ items: [] });
    badQuery(await get(`/v1/public/subjects?q=${PERSON}`), 'q');
    badQuery(await get(`/v1/public/subjects?q=${encodeURIComponent('汉')}`), 'q');
    expect((await get(`/v1/public/subjects?q=${encodeURIComponent('汉滨')}&limit=2`)).body.items).toHaveLength(2);
  });
});

describe(`subject relations (${backend})`, () => {
  const legalRepresentative = (personCode: string) => ({
    role: 'legal-representative',
    roleLabel: '法定代表人',
    person: { code: personCode, name: '李汉滨' },
    organization: { code: builder.code, name: builder.name },
    from: '2021-03-01',
  });

  it('shows an organisation’s persons with their periods of office, masked for a department and not recorded', async () => {
    const before = (await logRows()).length;
    const answer = await get(`/v1/subjects/${builder.code}/relations`, api.keys.tax);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ subject: builder.code, relations: [legalRepresentative(MASKED)] });
    expect((await logRows()).slice(before)).toEqual([]);
  });

  it('shows the credit office the full number with a purpose, recorded', async () => {
    badQuery(await get(`/v1/subjects/${builder.code}/relations`, api.keys.office), 'purpose');
    const before = (await logRows()).length;
    const answer = await get(`/v1/subjects/${builder.code}/relations?purpose=${encodeURIComponent(PURPOSE)}`, api.keys.office);
    expect(answer.body.relations).toEqual([legalRepresentative(PERSON)]);
    expect((await logRows()).slice(before)).toEqual([{ subject: PERSON, endpoint: 'relations', purpose: PURPOSE, department: 'office' }]);
  });

  it('shows a person the organisations they hold roles in, with a purpose, recorded', async () => {
    badQuery(await get(`/v1/subjects/${PERSON}/relations`, api.keys.tax), 'purpose');
    const answer = await get(`/v1/subjects/${PERSON}/relations?purpose=${encodeURIComponent(PURPOSE)}`, api.keys.tax);
    expect(answer.body).toEqual({ subject: PERSON, relations: [legalRepresentative(PERSON)] });
    const unknown = await get(`/v1/subjects/${enterpriseCode(7199, '610902')}/relations`, api.keys.tax);
    expect(unknown.body.relations).toEqual([]);
    badQuery(await get('/v1/subjects/not-a-code/relations', api.keys.tax), 'code');
  });
});
