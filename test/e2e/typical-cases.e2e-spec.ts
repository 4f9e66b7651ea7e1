import { randomUUID } from 'node:crypto';
import { fixedClock, type Clock } from '#kernel';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * Typical cases (典型案例): a department sends the credit office its cases and may withdraw one with a reason; the office
 * sees every department's count per quarter against the plan's two, a department its own. Submissions are dated by the
 * api's clock: the fourth quarter of 2026.
 */
const clock: Clock = fixedClock('2026-10-12T04:00:00Z');
const api = useTestApi(
  { akfy: ['court'], akscjgj: ['own-decisions'], akswj: ['tax'], office: ['credit-office'] },
  { overrides: { clock } },
);

const CASE = {
  kind: 'punishment',
  title: '失信被执行人被依法限制参与政府采购',
  summary: '某建筑公司被列为失信被执行人后参与政府采购投标，采购人核查信用后依法拒绝其参与。',
  subjects: ['91110000600037341L'],
  measures: ['限制参与政府采购活动'],
  documentNumbers: ['（2026）陕0902执1234号'],
  occurredOn: '2026-10-09',
};

async function send(method: string, path: string, key: string, body?: unknown): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  };
}
const get = (path: string, key: string) => send('GET', path, key);

async function submit(key: string, over: Record<string, unknown> = {}): Promise<{ id: string; position: string }> {
  const { status, body } = await send('POST', '/v1/typical-cases', key, { ...CASE, ...over });
  expect([status, body.problems]).toEqual([201, undefined]);
  return body;
}

describe(`typical cases and their quarterly counts (${backend})`, () => {
  const submitted: Record<string, { id: string; position: string }> = {};

  it('a department submits cases; the answer is the case as recorded, counted on the day it was received', async () => {
    submitted.first = await submit(api.keys.akfy);
    expect(submitted.first).toMatchObject({
      department: 'akfy',
      kind: 'punishment',
      submittedOn: '2026-10-12',
      subjects: ['91110000600037341L'],
    });
    submitted.second = await submit(api.keys.akfy, { kind: 'reward', title: '守信企业享受容缺受理', measures: ['行政审批容缺受理'] });
    submitted.third = await submit(api.keys.akfy, { title: '重复报送的案例' });
    submitted.other = await submit(api.keys.akscjgj, { subjects: ['91350100m000100y43'] });
  });

  it('refuses bad content naming each field (422), and a field it does not know (400)', async () => {
    const invalid = await send('POST', '/v1/typical-cases', api.keys.akfy, {
      ...CASE,
      kind: 'praise',
      subjects: ['91350203M0001QKT19'],
      measures: [],
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
    const empty = await send('POST', '/v1/typical-cases', api.keys.akfy, { ...CASE, subjects: ['91350203M0001QKT19'], measures: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(['measures', 'subjects[0]']);
    const missing = await send('POST', '/v1/typical-cases', api.keys.akfy, { title: '只有标题' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'kind',
      'summary',
      'subjects',
      'measures',
      'documentNumbers',
      'occurredOn',
    ]);
    const unknown = await send('POST', '/v1/typical-cases', api.keys.akfy, { ...CASE, score: 5 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'score' })]);
  });

  it('withdrawal: another department 403, unknown 404, a bad id 400, no reason 422; its department withdraws once (409 after)', async () => {
    const path = `/v1/typical-cases/${submitted.third.id}/withdraw`;
    expect((await send('POST', path, api.keys.akscjgj, { reason: '不是本部门的' })).status).toBe(403);
    expect((await send('POST', `/v1/typical-cases/${randomUUID()}/withdraw`, api.keys.akfy, { reason: 'x' })).status).toBe(404);
    const badId = await send('POST', '/v1/typical-cases/not-a-case/withdraw', api.keys.akfy, { reason: 'x' });
    expect([badId.status, badId.body.errors]).toEqual([400, [{ field: 'id', reason: 'must be a UUID' }]]);
    const noReason = await send('POST', path, api.keys.akfy, {});
    expect([noReason.status, noReason.body.errors[0].field]).toEqual([422, 'reason']);
    const withdrawn = await send('POST', path, api.keys.akfy, { reason: '与已报送案例重复' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      id: submitted.third.id,
      department: 'akfy',
      reason: '与已报送案例重复',
      withdrawnOn: '2026-10-12',
    });
    submitted.withdrawal = withdrawn.body;
    const again = await send('POST', path, api.keys.akfy, { reason: '再次撤回' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('withdrawn on 2026-10-12');
  });

  it('the office sees every case, a department its own; another department’s list is a 403', async () => {
    const after = submitted.withdrawal.position;
    const office = await get(`/v1/typical-cases?after=${after}`, api.keys.office);
    expect(office.status).toBe(200);
    expect(office.body.cases.map((c: { id: string }) => c.id)).toEqual([
      submitted.first.id,
      submitted.second.id,
      submitted.third.id,
      submitted.other.id,
    ]);
    expect(office.body.cases[2].withdrawn).toEqual({ on: '2026-10-12', by: 'akfy', reason: '与已报送案例重复' });
    const own = await get(`/v1/typical-cases?after=${after}`, api.keys.akscjgj);
    expect(own.body.cases.map((c: { id: string }) => c.id)).toEqual([submitted.other.id]);
    expect(own.body.cases[0].subjects).toEqual(['91350100M000100Y43']);
    expect((await get('/v1/typical-cases?department=akfy', api.keys.akscjgj)).status).toBe(403);
    const paged = await get(`/v1/typical-cases?limit=3`, api.keys.office);
    expect(paged.body.cases).toHaveLength(3);
    const rest = await get(`/v1/typical-cases?limit=3&cursor=${paged.body.next}`, api.keys.office);
    expect(rest.body.cases.map((c: { id: string }) => c.id)).toEqual([submitted.other.id]);
  });

  it('counts each department’s cases in the quarter against the plan’s two: withdrawn ones apart, none sent is a shortfall of two', async () => {
    const { status, body } = await get(
      `/v1/statistics/typical-cases?year=2026&quarter=4&after=${submitted.withdrawal.position}`,
      api.keys.office,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      report: 'typical-cases',
      from: '2026-10-01',
      to: '2026-12-31',
      rows: [
        { department: 'akfy', name: 'akfy', reward: 1, punishment: 1, counted: 2, withdrawn: 1, required: 2, met: true, shortfall: 0 },
        {
          department: 'akscjgj',
          name: 'akscjgj',
          reward: 0,
          punishment: 1,
          counted: 1,
          withdrawn: 0,
          required: 2,
          met: false,
          shortfall: 1,
        },
        { department: 'akswj', name: 'akswj', reward: 0, punishment: 0, counted: 0, withdrawn: 0, required: 2, met: false, shortfall: 2 },
      ],
    });
    const current = await get('/v1/statistics/typical-cases', api.keys.akscjgj);
    expect(current.body).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
      rows: [expect.objectContaining({ department: 'akscjgj', counted: 1 })],
    });
    expect(current.body.rows).toHaveLength(1);
    const third = await get('/v1/statistics/typical-cases?year=2026&quarter=3', api.keys.office);
    expect(third.body.rows.map((r: { counted: number }) => r.counted)).toEqual([0, 0, 0]);
  });

  it('answers CSV: a header line of the row keys, then a row per department', async () => {
    const csv = await get('/v1/statistics/typical-cases?year=2026&quarter=4&format=csv', api.keys.office);
    expect(csv.status).toBe(200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('department,name,reward,punishment,counted,withdrawn,required,met,shortfall');
    expect(lines[1]).toBe('akfy,akfy,1,1,2,1,2,true,0');
    expect(lines).toHaveLength(4);
  });

  it.each([
    ['a quarter without a year', '/v1/statistics/typical-cases?quarter=4', ['year']],
    ['quarter 5', '/v1/statistics/typical-cases?year=2026&quarter=5', ['quarter']],
    ['a bad format', '/v1/statistics/typical-cases?format=xlsx', ['format']],
    ['a bad cursor', '/v1/typical-cases?cursor=x', ['cursor']],
  ])('%s is a 400 naming the parameter', async (_, path, fields) => {
    const { status, body } = await get(path, api.keys.office);
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it('another department’s row is the credit office’s alone (403); without a key 401', async () => {
    const forbidden = await get('/v1/statistics/typical-cases?department=akfy', api.keys.akscjgj);
    expect([forbidden.status, forbidden.body.errors[0].field]).toEqual([403, 'department']);
    expect((await fetch(`${api.base}/v1/statistics/typical-cases`)).status).toBe(401);
  });
});
