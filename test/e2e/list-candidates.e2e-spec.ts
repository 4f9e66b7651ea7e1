import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';

/**
 * Listing by the competent authority (人社部令第45号 第五条、第八条): a wage-arrears finding makes the employer a
 * candidate of the department that found it, with the procedural steps still missing; the listing decision ends the
 * candidacy and lists the employer. Only the finding's department and the credit office see the candidate.
 */
const api = useTestApi(
  { hrss: ['human-resources'], other: ['human-resources'], office: ['credit-office'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);

const employer = { kind: 'enterprise', code: enterpriseCode(7301), name: '安康某某建筑劳务有限公司' };
const FINDING = '安人社监处字〔2026〕12号';
const ORDER = '安人社限付〔2026〕12号';

async function post(type: string, sourceRecordId: string, data: Record<string, unknown>, key = api.keys.hrss): Promise<string> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items: [{ type, sourceRecordId, subject: employer, data }] }),
  });
  const body: any = await response.json();
  expect([response.status, body.results[0].status, body.results[0].problem]).toEqual([200, 'accepted', undefined]);
  return body.results[0].position;
}

async function get(path: string, key = api.keys.hrss): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.base}${path}`, { headers: { 'x-api-key': key } });
  return { status: response.status, body: await response.json() };
}

const candidates = (after: string, key = api.keys.hrss) => get(`/v1/list-candidates?listType=wage-arrears&after=${after}`, key);

describe('GET /v1/list-candidates', () => {
  let afterFinding = '';

  it('a finding that meets 45号 art.5 makes the employer a candidate, with the steps still missing', async () => {
    afterFinding = await post('WageArrearsFound', 'f-1', {
      decisionNumber: FINDING,
      foundOn: '2026-09-01',
      workers: 40,
      months: 4,
      amount: '620000.00',
      massIncident: true,
    });
    const { status, body } = await candidates(afterFinding);
    expect(status).toBe(200);
    expect(body.candidates).toHaveLength(1);
    const [candidate] = body.candidates;
    expect(candidate).toMatchObject({ subject: employer.code, listType: 'wage-arrears', color: 'black', department: 'hrss' });
    expect(candidate.qualifyingFact).toMatchObject({ type: 'WageArrearsFound', data: { decisionNumber: FINDING } });
    expect(candidate.regime).toMatchObject({ documentNumber: '人社部令第45号' });
    expect(candidate.missingSteps.length).toBeGreaterThan(0);
    expect(candidate.steps.every((step: { done: boolean }) => !step.done)).toBe(true);

    const lists = await get(`/v1/subjects/${employer.code}/lists?after=${afterFinding}`);
    expect(lists.body.lists).toEqual([]);
  });

  it('a step taken shows as done; the steps still missing shrink', async () => {
    const before = (await candidates(afterFinding)).body.candidates[0].missingSteps as string[];
    const position = await post('WagePaymentOrdered', 'o-1', {
      orderNumber: ORDER,
      findingNumber: FINDING,
      orderedOn: '2026-09-05',
      deadline: '2026-09-20',
    });
    const [candidate] = (await candidates(position)).body.candidates;
    expect(candidate.missingSteps.length).toBe(before.length - 1);
    expect(candidate.steps.filter((step: { done: boolean }) => step.done)).toHaveLength(1);
  });

  it('another department does not see it; the credit office does, and may filter by department', async () => {
    expect((await candidates(afterFinding, api.keys.other)).body.candidates).toEqual([]);
    const office = await get(`/v1/list-candidates?listType=wage-arrears&department=hrss&after=${afterFinding}`, api.keys.office);
    expect(office.body.candidates.map((c: { subject: string }) => c.subject)).toEqual([employer.code]);
    const forbidden = await get('/v1/list-candidates?listType=wage-arrears&department=hrss', api.keys.other);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors).toEqual([expect.objectContaining({ field: 'department' })]);
  });

  it('the listing decision lists the employer and ends the candidacy', async () => {
    await post('WagePaymentDeadlineMissed', 'm-1', { orderNumber: ORDER, findingNumber: FINDING, notedOn: '2026-09-21' });
    await post('ListingNoticeServed', 'n-1', {
      noticeNumber: '安人社告〔2026〕12号',
      listType: 'wage-arrears',
      grounds: [FINDING],
      servedOn: '2026-09-25',
    });
    const position = await post('ListingDecided', 'd-1', {
      decisionNumber: '安人社列〔2026〕12号',
      listType: 'wage-arrears',
      grounds: [FINDING],
      basis: '人社部令第45号第五条第二项',
      listedOn: '2026-10-15',
    });
    expect((await candidates(position)).body.candidates).toEqual([]);
    const measures = await get(`/v1/subjects/${employer.code}/measures?asOf=2026-11-20&after=${position}`);
    expect(measures.status).toBe(200);
    expect(measures.body.lists).toEqual([expect.objectContaining({ listType: 'wage-arrears', since: '2026-10-15', status: 'active' })]);
    expect(measures.body.measures.length).toBeGreaterThan(0);
  });

  it.each([
    ['listType is required', '/v1/list-candidates', 'listType'],
    ['a list type not listed by decision', '/v1/list-candidates?listType=no-such-list', 'listType'],
    ['a bad cursor', '/v1/list-candidates?listType=wage-arrears&cursor=x', 'cursor'],
    ['a bad limit', '/v1/list-candidates?listType=wage-arrears&limit=0', 'limit'],
    ['a bad position to wait for', '/v1/list-candidates?listType=wage-arrears&after=soon', 'after'],
  ])('%s is a 400 naming the parameter', async (_, path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('without a key: 401', async () => {
    const response = await fetch(`${api.base}/v1/list-candidates?listType=wage-arrears`);
    expect(response.status).toBe(401);
  });
});
