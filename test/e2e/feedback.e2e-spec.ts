import { randomUUID } from 'node:crypto';
import { CHECK_PERFORMED, checkStream } from '#credit';
import { fixedClock } from '#kernel';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * 核查使用 → 反馈: every POST /v1/checks is a check of record on its own stream; the department that made it reports
 * what it did with each measure the check answered, may revoke a report once with a reason, and the feedback rate
 * per department and measure is counted for the quarterly assessment.
 */
const api = useTestApi(
  { 'ankang-finance': ['own-decisions'], 'ankang-hrss': ['own-decisions'], court: ['court'], office: ['credit-office'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);

const enterprise = { kind: 'enterprise', code: enterpriseCode(6161), name: '安康某某建设工程有限公司' };
const UNLISTED = enterpriseCode(6262);
const PERSON = '11010519491231002X';
const MATTER = { name: '建筑工程施工许可证核发', caseNumber: 'AK-ZJ-2026-000123', stage: 'acceptance' };

async function send(method: string, path: string, body?: unknown, key = api.keys['ankang-finance'], headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  } as { status: number; headers: Headers; text: string; body: any };
}

const fields = (answer: { body: any }) => answer.body.errors.map((e: { field: string }) => e.field);
/** The checks the global log holds, once it shows `checkId` (the log is read in gap-free order, so it may lag an append). */
async function checksPerformedUpTo(checkId: string): Promise<string[]> {
  for (;;) {
    const ids = (await api.storage.eventStore.readAll()).filter((e) => e.type === CHECK_PERFORMED).map((e) => (e.data as any).checkId);
    if (ids.includes(checkId)) return ids;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let listingFactEventId = '';
let checkId = '';
let feedbackId = '';
let lastPosition = '';

const feedback = (changes: Record<string, unknown> = {}) => ({
  subject: enterprise.code,
  matter: { ...MATTER, stage: 'completion' },
  measures: [
    { measureId: 'DJD.PROCUREMENT', applied: true, result: '限制参与政府采购', amount: '12500.00' },
    { measureId: 'DJD.SUBSIDY', applied: false, reason: '本事项不涉及财政补贴' },
  ],
  decidedOn: '2026-11-20',
  officer: '张三',
  ...changes,
});

describe(`checks of record and feedback (${backend})`, () => {
  it('POST /v1/checks records the check: its id in the body and a header, the measures answered and their list entries', async () => {
    const listed = await send('POST', '/v1/facts', { items: [courtListing('court-61', enterprise, 61)] }, api.keys.court);
    expect(listed.body.results[0].status).toBe('accepted');
    listingFactEventId = listed.body.results[0].eventId;

    const check = await send('POST', '/v1/checks', {
      subjects: [enterprise.code, UNLISTED, enterprise.code],
      matter: MATTER,
      after: listed.body.results[0].position,
    });
    expect(check.status).toBe(200);
    checkId = check.body.checkId;
    expect(checkId).toMatch(/^[0-9a-f-]{36}$/);
    expect(check.headers.get('x-check-id')).toBe(checkId);
    expect(check.body.results.map((r: any) => r.subject)).toEqual([enterprise.code, UNLISTED, enterprise.code]);

    const [performed, ...more] = await api.storage.eventStore.readStream(checkStream(checkId));
    expect(more).toEqual([]);
    expect(performed).toMatchObject({
      type: CHECK_PERFORMED,
      metadata: { department: 'ankang-finance', actor: expect.stringMatching(/^api-key:/) },
      data: {
        checkId,
        department: 'ankang-finance',
        asOf: '2026-11-20',
        filters: {},
        matter: MATTER,
        subjects: [enterprise.code, UNLISTED],
      },
    });
    const listingEventId = check.body.results[0].lists[0].listingEventId;
    const answered = (performed.data as any).answered;
    expect(answered.map((a: any) => a.subject)).toEqual([enterprise.code]);
    expect(answered[0].measures.map((m: any) => m.measureId).sort()).toEqual(check.body.results[0].measures.map((m: any) => m.id).sort());
    expect(answered[0].measures[0].entries).toEqual([{ listType: 'dishonest-judgment-debtor', listingEventId, listingFactEventId }]);
  });

  it('GET /v1/subjects/{code}/measures stays a query; a refused check records nothing', async () => {
    const before = await checksPerformedUpTo(checkId);
    expect((await send('GET', `/v1/subjects/${enterprise.code}/measures`)).status).toBe(200);
    const noPurpose = await send('POST', '/v1/checks', { subjects: [PERSON] });
    expect([noPurpose.status, fields(noPurpose)]).toEqual([400, ['purpose']]);
    const badMatter = await send('POST', '/v1/checks', { subjects: [UNLISTED], matter: { stage: 'approval', extra: 1 } });
    expect([badMatter.status, fields(badMatter)]).toEqual([400, ['matter.extra', 'matter.stage']]);
    const next = await send('POST', '/v1/checks', { subjects: [UNLISTED] });
    expect(await checksPerformedUpTo(next.body.checkId)).toEqual([...before, next.body.checkId]);
  });

  it('the department records its feedback on the measures the check answered', async () => {
    const recorded = await send('POST', `/v1/checks/${checkId}/feedback`, feedback());
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({
      checkId,
      feedbackId: expect.any(String),
      recordedAt: '2026-11-20T04:00:00.000Z',
      position: expect.any(String),
    });
    feedbackId = recorded.body.feedbackId;
    lastPosition = recorded.body.position;
  });

  it('GET /v1/checks/{checkId} shows the check and its feedback, each measure linked to its proof; the office sees it too', async () => {
    const { status, body } = await send('GET', `/v1/checks/${checkId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      checkId,
      department: 'ankang-finance',
      performedOn: '2026-11-20',
      matter: MATTER,
      subjects: [enterprise.code, UNLISTED],
    });
    expect(body.feedback).toHaveLength(1);
    expect(body.feedback[0]).toMatchObject({ feedbackId, subject: enterprise.code, officer: '张三', decidedOn: '2026-11-20' });
    expect(body.feedback[0].revoked).toBeUndefined();
    const [procurement, subsidy] = body.feedback[0].measures;
    expect(procurement).toMatchObject({ measureId: 'DJD.PROCUREMENT', applied: true, amount: '12500.00' });
    expect(procurement.proof).toEqual([expect.objectContaining({ listType: 'dishonest-judgment-debtor', listingFactEventId })]);
    expect(subsidy).toMatchObject({ measureId: 'DJD.SUBSIDY', applied: false, reason: '本事项不涉及财政补贴' });
    expect((await send('GET', `/v1/checks/${checkId}`, undefined, api.keys.office)).status).toBe(200);
  });

  it.each([
    ['an unknown check', () => `/v1/checks/${randomUUID()}/feedback`, feedback(), 'ankang-finance', 404, ['checkId']],
    ['an id that is no UUID', () => '/v1/checks/not-a-check/feedback', feedback(), 'ankang-finance', 404, ['checkId']],
    ['another department’s check', () => `/v1/checks/${checkId}/feedback`, feedback(), 'ankang-hrss', 403, ['checkId']],
    ['the credit office on a department’s check', () => `/v1/checks/${checkId}/feedback`, feedback(), 'office', 403, ['checkId']],
    [
      'a subject the check did not answer',
      () => `/v1/checks/${checkId}/feedback`,
      feedback({ subject: enterpriseCode(6363) }),
      'ankang-finance',
      422,
      ['subject'],
    ],
    [
      'a measure the check did not answer for the subject',
      () => `/v1/checks/${checkId}/feedback`,
      feedback({ subject: UNLISTED, measures: [{ measureId: 'DJD.PROCUREMENT', applied: true }] }),
      'ankang-finance',
      422,
      ['measures[0].measureId'],
    ],
    [
      'a measure not applied without a reason, an amount as a number',
      () => `/v1/checks/${checkId}/feedback`,
      feedback({ measures: [{ measureId: 'DJD.SUBSIDY', applied: false, amount: 12.5 }] }),
      'ankang-finance',
      422,
      ['measures[0].reason', 'measures[0].amount'],
    ],
    [
      'no matter, a decision date in the future',
      () => `/v1/checks/${checkId}/feedback`,
      feedback({ matter: undefined, decidedOn: '2026-11-21' }),
      'ankang-finance',
      422,
      ['matter', 'decidedOn'],
    ],
    ['an unknown field', () => `/v1/checks/${checkId}/feedback`, { ...feedback(), note: 'x' }, 'ankang-finance', 400, ['note']],
  ])('feedback on %s is refused, naming the item', async (_, path, body, key, status, named) => {
    const answer = await send('POST', path(), body, api.keys[key]);
    expect([answer.status, answer.headers.get('content-type'), fields(answer)]).toEqual([
      status,
      expect.stringContaining('problem+json'),
      named,
    ]);
  });

  it('another department cannot read the check', async () => {
    const answer = await send('GET', `/v1/checks/${checkId}`, undefined, api.keys['ankang-hrss']);
    expect([answer.status, fields(answer)]).toEqual([403, ['checkId']]);
    expect((await send('GET', `/v1/checks/${randomUUID()}`)).status).toBe(404);
  });

  it('a check of a natural person is shown only with a purpose, as the measures queries', async () => {
    const check = await send('POST', '/v1/checks', { subjects: [PERSON], purpose: '招录审查' });
    expect(check.status).toBe(200);
    const noPurpose = await send('GET', `/v1/checks/${check.body.checkId}`);
    expect([noPurpose.status, fields(noPurpose)]).toEqual([400, ['purpose']]);
    const shown = await send('GET', `/v1/checks/${check.body.checkId}?purpose=${encodeURIComponent('招录审查')}`);
    expect([shown.status, shown.body.subjects]).toEqual([200, [PERSON]]);
  });

  it('a feedback is revoked once, with a reason; the check shows the revocation', async () => {
    const path = `/v1/checks/${checkId}/feedback/${feedbackId}/revocation`;
    const noReason = await send('POST', path, { reason: ' ' });
    expect([noReason.status, fields(noReason)]).toEqual([422, ['reason']]);
    expect((await send('POST', path, { reason: '错报' }, api.keys['ankang-hrss'])).status).toBe(403);
    const unknown = await send('POST', `/v1/checks/${checkId}/feedback/${randomUUID()}/revocation`, { reason: '错报' });
    expect([unknown.status, fields(unknown)]).toEqual([404, ['feedbackId']]);

    const revoked = await send('POST', path, { reason: '办件编号填写错误' });
    expect(revoked.status).toBe(201);
    expect(revoked.body).toMatchObject({ checkId, feedbackId, revokedAt: '2026-11-20T04:00:00.000Z' });
    const twice = await send('POST', path, { reason: '再次撤销' });
    expect([twice.status, fields(twice)]).toEqual([409, ['feedbackId']]);
    expect(twice.body.detail).toContain('办件编号填写错误');

    const { body } = await send('GET', `/v1/checks/${checkId}`);
    expect(body.feedback[0].revoked).toEqual({ reason: '办件编号填写错误', revokedAt: '2026-11-20T04:00:00.000Z' });
  });

  it('GET /v1/statistics/feedback counts checks with measures, feedback (revoked excluded), the rate, applied and not applied', async () => {
    // A second check of the same subject, answered by one feedback that applies one measure.
    const second = await send('POST', '/v1/checks', { subjects: [enterprise.code], scenario: 'government-procurement' });
    expect(second.body.results[0].measures.map((m: any) => m.id)).toEqual(['DJD.PROCUREMENT']);
    const recorded = await send(
      'POST',
      `/v1/checks/${second.body.checkId}/feedback`,
      feedback({ measures: [{ measureId: 'DJD.PROCUREMENT', applied: true }] }),
    );
    expect(recorded.status).toBe(201);
    // A check by another department, with no feedback; made without department=, it answered measures of others too.
    await send('POST', '/v1/checks', { subjects: [enterprise.code] }, api.keys['ankang-hrss']);
    // A check that answered no measure does not count.
    await send('POST', '/v1/checks', { subjects: [UNLISTED] });
    lastPosition = recorded.body.position;

    const report = await send(
      'GET',
      `/v1/statistics/feedback?from=2026-10-01&to=2026-12-31&after=${lastPosition}`,
      undefined,
      api.keys.office,
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ report: 'feedback', from: '2026-10-01', to: '2026-12-31' });
    const row = (department: string, measureId: string | null) =>
      report.body.rows.find((r: any) => r.department === department && r.measureId === measureId);
    expect(row('ankang-finance', null)).toEqual({
      department: 'ankang-finance',
      measureId: null,
      checks: 2,
      checksWithFeedback: 1,
      rate: 0.5,
      feedback: 1,
      applied: 1,
      notApplied: 0,
    });
    expect(row('ankang-finance', 'DJD.PROCUREMENT')).toMatchObject({ checks: 2, checksWithFeedback: 1, rate: 0.5, applied: 1 });
    expect(row('ankang-finance', 'DJD.SUBSIDY')).toMatchObject({ checks: 1, checksWithFeedback: 0, rate: 0, feedback: 0, notApplied: 0 });
    expect(row('ankang-hrss', null)).toMatchObject({ checks: 1, checksWithFeedback: 0, rate: 0 });
    // only the measures the registry says a department implements count: 人社 has the subsidy, not procurement (财政)
    const hrssMeasures = report.body.rows.filter((r: any) => r.department === 'ankang-hrss').map((r: any) => r.measureId);
    expect(hrssMeasures).toContain('DJD.SUBSIDY');
    expect(hrssMeasures).not.toContain('DJD.PROCUREMENT');

    const own = await send('GET', `/v1/statistics/feedback?from=2026-10-01&to=2026-12-31`, undefined, api.keys['ankang-finance']);
    expect(new Set(own.body.rows.map((r: any) => r.department))).toEqual(new Set(['ankang-finance']));
    const outside = await send('GET', `/v1/statistics/feedback?from=2026-12-01&to=2026-12-31`, undefined, api.keys.office);
    expect(outside.body.rows).toEqual([]);
  });

  it('the report as CSV: one header line of the row keys, a line per row', async () => {
    for (const [query, headers] of [
      ['&format=csv', {}],
      ['', { accept: 'text/csv' }],
    ] as const) {
      const csv = await send(
        'GET',
        `/v1/statistics/feedback?from=2026-10-01&to=2026-12-31&department=ankang-finance${query}`,
        undefined,
        api.keys.office,
        headers,
      );
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe('department,measureId,checks,checksWithFeedback,rate,feedback,applied,notApplied');
      expect(lines).toContain('ankang-finance,,2,1,0.5,1,1,0');
    }
  });

  it.each([
    ['no period', '', 'office', 400, ['from', 'to']],
    ['a period backwards and a bad format', '?from=2026-12-01&to=2026-11-01&format=xml', 'office', 400, ['to', 'format']],
    ['another department’s rows', '?from=2026-10-01&to=2026-12-31&department=ankang-hrss', 'ankang-finance', 403, ['department']],
  ])('statistics with %s are refused, naming the parameter', async (_, query, key, status, named) => {
    const answer = await send('GET', `/v1/statistics/feedback${query}`, undefined, api.keys[key]);
    expect([answer.status, fields(answer)]).toEqual([status, named]);
  });
});
