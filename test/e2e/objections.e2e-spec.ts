import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';

/**
 * Objections (异议) end to end: the credit office files an objection to a record, the record shows "under objection"
 * in the measures, lists, checks and the public view; the case goes through acceptance, the platform check, the source
 * department's answer and the decision on the official working-day calendar. Upheld with revocation, the listing is
 * void from the start (no date shows it; the audit says revoked); upheld with correction names the corrected fact;
 * rejected or not accepted removes the flag. Steps out of order, strangers and bad input are refused.
 */
const api = useTestApi(
  { office: ['credit-office'], court: ['court'], market: ['own-decisions'], other: ['own-decisions'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);

const debtor = { kind: 'enterprise', code: enterpriseCode(8101, '610902'), name: '安康某某商贸有限公司' };
const fined = { kind: 'enterprise', code: enterpriseCode(8102, '610902'), name: '安康某某食品有限公司' };
const third = { kind: 'enterprise', code: enterpriseCode(8103, '610902'), name: '安康某某建材有限公司' };

const LISTED = {
  caseNumber: '（2026）陕0902执1234号',
  courtName: '安康市汉滨区人民法院',
  ground: 'able-but-refuses',
  obligation: '支付货款人民币 120000 元及利息',
  basisDocumentNumber: '（2025）陕0902民初5678号',
  listedOn: '2026-06-15',
};
const PENALTY = (decisionNumber: string) => ({
  decisionNumber,
  violationType: '销售不符合食品安全标准的食品',
  violationFacts: '当事人销售的某批次食品菌落总数超标。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
  categories: [{ category: 'fine' }],
  content: '罚款',
  fineAmount: '5.2',
  severity: 'general',
  decisionDate: '2026-09-01',
  publicationDate: '2026-09-03',
  authorityName: '安康市汉滨区市场监督管理局',
});

async function record(
  key: string,
  type: string,
  sourceRecordId: string,
  subject: object,
  data: object,
): Promise<{ eventId: string; position: string }> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys[key] },
    body: JSON.stringify({ items: [{ type, sourceRecordId, subject, data }] }),
  });
  const body: any = await response.json();
  expect([response.status, body.results[0].status, body.results[0].problems]).toEqual([200, 'accepted', undefined]);
  return body.results[0];
}

async function send(method: string, path: string, body: unknown, key = 'office'): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': api.keys[key] } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}
const get = (path: string, key = 'office') => send('GET', path, undefined, key);
const post = (path: string, body: unknown, key = 'office') => send('POST', path, body, key);

function expectProblem(answer: { status: number; body: any }, status: number, field: string) {
  expect({ status: answer.status, fields: answer.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
    status,
    fields: expect.arrayContaining([field]),
  });
}

describe('objections (异议)', () => {
  let listing: { eventId: string; position: string };
  let objection: any;

  it('files an objection to a listing fact: the entry is under objection in measures, lists, checks and the public view', async () => {
    listing = await record('court', 'DishonestDebtorListed', 'djd-1', debtor, LISTED);
    const before = await get(`/v1/subjects/${debtor.code}/measures?after=${listing.position}`);
    expect(before.body.lists).toEqual([expect.objectContaining({ listType: 'dishonest-judgment-debtor', status: 'active' })]);
    expect(before.body.lists[0].underObjection).toBeUndefined();
    const july = await get(`/v1/subjects/${debtor.code}/measures?asOf=2026-07-01`);
    expect(july.body.lists).toEqual([expect.objectContaining({ since: '2026-06-15', status: 'active' })]);

    const filed = await post('/v1/objections', {
      subject: debtor.code,
      eventId: listing.eventId,
      filedBy: 'subject',
      grounds: '已履行完毕，不应列入',
    });
    expect(filed.status).toBe(201);
    objection = filed.body;
    expect(objection).toMatchObject({
      status: 'filed',
      open: true,
      filedOn: '2026-11-20',
      record: { eventId: listing.eventId, type: 'DishonestDebtorListed', department: 'court' },
      workingDays: { acceptance: 2, check: 2, answer: 10 },
      // Friday 2026-11-20 + 2 working days: Tuesday 11-24.
      timeLimits: { acceptance: { dueOn: '2026-11-24', status: 'open' } },
      overdue: false,
    });

    const flag = { objectionId: objection.id, filedOn: '2026-11-20' };
    const measures = await get(`/v1/subjects/${debtor.code}/measures?after=${objection.position}`);
    expect(measures.body.lists[0].underObjection).toEqual(flag);
    expect(measures.body.measures.length).toBeGreaterThan(0); // under objection, the measures still apply until decided
    const lists = await get(`/v1/subjects/${debtor.code}/lists?after=${objection.position}`, 'market');
    expect(lists.body.lists[0].underObjection).toEqual(flag);
    const checks = await post('/v1/checks', { subjects: [debtor.code], after: objection.position }, 'market');
    expect(checks.body.results[0].lists[0].underObjection).toEqual(flag);
    const published = await get(`/v1/public/subjects/${debtor.code}?after=${objection.position}`, '');
    expect(published.body.records).toEqual([expect.objectContaining({ kind: 'list-entry', underObjection: flag })]);
    expect(published.body.records[0].factEventId).toBeUndefined();
  });

  it('refuses a second objection to the record, an unknown record, a department that is not the credit office, and bad bodies', async () => {
    const again = await post('/v1/objections', { subject: debtor.code, eventId: listing.eventId, filedBy: 'office', grounds: '再次' });
    expectProblem(again, 409, 'eventId');
    expect(again.body.detail).toContain(objection.id);
    expectProblem(
      await post('/v1/objections', { subject: debtor.code, eventId: 'no-such-event', filedBy: 'subject', grounds: 'x' }),
      404,
      'eventId',
    );
    expect(
      (await post('/v1/objections', { subject: debtor.code, eventId: listing.eventId, filedBy: 'subject', grounds: 'x' }, 'market')).status,
    ).toBe(403);
    expectProblem(
      await post('/v1/objections', { subject: debtor.code, eventId: listing.eventId, filedBy: 'neighbour', grounds: 'x' }),
      400,
      'filedBy',
    );
    expectProblem(
      await post('/v1/objections', { subject: '123', eventId: listing.eventId, filedBy: 'subject', grounds: 'x' }),
      400,
      'subject',
    );
  });

  it('refuses steps out of order with the reason, strangers, and an unknown case', async () => {
    const early = await post(`/v1/objections/${objection.id}/check`, { finding: '核查' });
    expectProblem(early, 409, 'id');
    expect(early.body.detail).toContain('acceptance');
    expect((await post(`/v1/objections/${objection.id}/acceptance`, { accepted: true }, 'court')).status).toBe(403);
    expectProblem(await post(`/v1/objections/${objection.id}/acceptance`, { accepted: 'yes' }), 400, 'accepted');
    expectProblem(await post(`/v1/objections/${objection.id}/acceptance`, { accepted: true, on: '2026-12-01' }), 422, 'on');
    expectProblem(await post(`/v1/objections/${objection.id}/acceptance`, { accepted: true, on: '2026-11-19' }), 422, 'on');
    expectProblem(await post(`/v1/objections/${objection.id}/acceptance`, { accepted: false }), 422, 'reason');
    expect((await post('/v1/objections/00000000-0000-8000-8000-000000000000/acceptance', { accepted: true })).status).toBe(404);
    expect((await get('/v1/objections/00000000-0000-8000-8000-000000000000')).status).toBe(404);
  });

  it('accepted, checked, answered by the source department only, and upheld with revocation: the listing is void from the start', async () => {
    expect((await post(`/v1/objections/${objection.id}/acceptance`, { accepted: true })).body).toMatchObject({
      status: 'accepted',
      timeLimits: { acceptance: { status: 'met' }, check: { dueOn: '2026-11-24', status: 'open' } },
    });
    expect((await post(`/v1/objections/${objection.id}/check`, { finding: '平台数据与法院报送一致，转法院核查' })).body.status).toBe(
      'checked',
    );
    const stranger = await post(`/v1/objections/${objection.id}/answer`, { proposes: 'revocation', explanation: 'x' }, 'market');
    expectProblem(stranger, 403, 'department');
    const answered = await post(
      `/v1/objections/${objection.id}/answer`,
      { proposes: 'revocation', explanation: '执行案件已结案，误列' },
      'court',
    );
    expect(answered.body).toMatchObject({ status: 'answered', answer: { department: 'court', proposes: 'revocation' } });
    expect(answered.body.timeLimits.answer).toMatchObject({ workingDays: 10, status: 'met' });

    const decided = await post(`/v1/objections/${objection.id}/decision`, { outcome: 'upheld-revocation', reason: '法院确认误列' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      open: false,
      decision: { outcome: 'upheld-revocation', revocationEventId: expect.any(String) },
    });
    const after = decided.body.position;

    for (const asOf of ['2026-07-01', '2026-11-20']) {
      const measures = await get(`/v1/subjects/${debtor.code}/measures?asOf=${asOf}&after=${after}`);
      expect({ asOf, lists: measures.body.lists, measures: measures.body.measures }).toEqual({ asOf, lists: [], measures: [] });
    }
    const history = await get(`/v1/subjects/${debtor.code}/history`);
    expect(history.body.events.map((e: { eventId: string }) => e.eventId)).toContain(decided.body.decision.revocationEventId);
    const audit = await get(`/v1/audit/list-changes?subject=${debtor.code}&after=${after}`);
    expect(audit.body.changes.map((c: any) => [c.change, c.reason ?? null, c.effectiveOn])).toEqual([
      ['listed', null, '2026-06-15'],
      ['delisted', 'revoked', '2026-06-15'],
    ]);
    expect((await get(`/v1/public/subjects/${debtor.code}?after=${after}`, '')).body.records).toEqual([]);
    expect((await post(`/v1/objections/${objection.id}/decision`, { outcome: 'rejected', reason: 'x' })).status).toBe(409);
  });

  it('upheld with correction names the corrected fact the source department recorded; a time limit passed shows overdue in the queue', async () => {
    const penalty = await record('market', 'PenaltyDecided', 'pen-1', fined, PENALTY('安汉市监罚〔2026〕88号'));
    // Filed Monday 11-16: acceptance was due Wednesday 11-18, so today (Friday 11-20) it is overdue.
    const filed = await post('/v1/objections', {
      subject: fined.code,
      eventId: penalty.eventId,
      filedBy: 'subject',
      grounds: '罚款金额有误',
      on: '2026-11-16',
    });
    expect(filed.body.timeLimits.acceptance).toMatchObject({ dueOn: '2026-11-18', status: 'overdue' });
    const overdue = await get(`/v1/objections?overdue=true&after=${filed.body.position}`);
    expect(overdue.body.objections.map((o: { id: string }) => o.id)).toEqual([filed.body.id]);
    expect((await get(`/v1/objections?status=open&overdue=false&after=${filed.body.position}`)).body.objections).toEqual([]);
    const published = await get(`/v1/public/subjects/${fined.code}?after=${filed.body.position}`, '');
    expect(published.body.records).toEqual([
      expect.objectContaining({ kind: 'penalty', underObjection: { objectionId: filed.body.id, filedOn: '2026-11-16' } }),
    ]);
    // The source department sees the objections to its own records, not others'.
    expect((await get(`/v1/objections?after=${filed.body.position}`, 'market')).body.objections.map((o: { id: string }) => o.id)).toEqual([
      filed.body.id,
    ]);
    expect((await get(`/v1/objections/${filed.body.id}`, 'other')).status).toBe(403);

    const id = filed.body.id;
    expect((await post(`/v1/objections/${id}/acceptance`, { accepted: true })).body.timeLimits.acceptance.status).toBe('missed');
    await post(`/v1/objections/${id}/check`, { finding: '转来源部门' });
    await post(`/v1/objections/${id}/answer`, { proposes: 'correction', explanation: '罚款金额应为 5.0 万元' }, 'market');
    expectProblem(
      await post(`/v1/objections/${id}/decision`, { outcome: 'upheld-correction', reason: '已更正', correctionEventId: 'nope' }),
      422,
      'correctionEventId',
    );
    const corrected = await record('market', 'PenaltyCorrected', 'pen-1-fix', fined, {
      decisionNumber: '安汉市监罚〔2026〕88号',
      correction: '罚款金额更正为 5.0 万元',
      correctedOn: '2026-11-20',
    });
    const decided = await post(`/v1/objections/${id}/decision`, {
      outcome: 'upheld-correction',
      reason: '已更正',
      correctionEventId: corrected.eventId,
    });
    expect(decided.body.decision).toMatchObject({ outcome: 'upheld-correction', correctionEventId: corrected.eventId });
    const after = await get(`/v1/public/subjects/${fined.code}?after=${decided.body.position}`, '');
    expect(after.body.records).toEqual([expect.objectContaining({ kind: 'penalty' })]);
    expect(after.body.records[0].underObjection).toBeUndefined();
  });

  it('not accepted or rejected removes the flag; the record may then be objected to again', async () => {
    const penalty = await record('market', 'PenaltyDecided', 'pen-3', third, PENALTY('安汉市监罚〔2026〕99号'));
    const first = await post('/v1/objections', { subject: third.code, eventId: penalty.eventId, filedBy: 'office', grounds: '主动核查' });
    const closed = await post(`/v1/objections/${first.body.id}/acceptance`, { accepted: false, reason: '材料不全' });
    expect(closed.body).toMatchObject({ status: 'not-accepted', open: false });
    expect(
      (await get(`/v1/public/subjects/${third.code}?after=${closed.body.position}`, '')).body.records[0].underObjection,
    ).toBeUndefined();

    const second = await post('/v1/objections', {
      subject: third.code,
      eventId: penalty.eventId,
      filedBy: 'subject',
      grounds: '补正材料后再次申请',
    });
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    const id = second.body.id;
    await post(`/v1/objections/${id}/acceptance`, { accepted: true });
    await post(`/v1/objections/${id}/check`, { finding: '转来源部门' });
    await post(`/v1/objections/${id}/answer`, { proposes: 'no-change', explanation: '信息无误' }, 'market');
    const rejected = await post(`/v1/objections/${id}/decision`, { outcome: 'rejected', reason: '信息无误' });
    expect(rejected.body).toMatchObject({ status: 'decided', decision: { outcome: 'rejected' } });
    expect((await get(`/v1/public/subjects/${third.code}?after=${rejected.body.position}`, '')).body.records).toEqual([
      expect.objectContaining({ kind: 'penalty' }),
    ]);
    expect((await get(`/v1/public/subjects/${third.code}`, '')).body.records[0].underObjection).toBeUndefined();
  });

  it('counts outcomes and time-limit compliance per source department, as JSON and CSV', async () => {
    const report = await get('/v1/statistics/objections?from=2026-11-01&to=2026-11-30');
    expect(report.body).toMatchObject({ report: 'objections', from: '2026-11-01', to: '2026-11-30' });
    const rows = Object.fromEntries(report.body.rows.map((row: { department: string }) => [row.department, row]));
    expect(rows.court).toMatchObject({ filed: 1, upheldRevocation: 1, acceptanceMet: 1, checkMet: 1, answerMet: 1 });
    expect(rows.market).toMatchObject({
      filed: 3,
      open: 0,
      notAccepted: 1,
      upheldCorrection: 1,
      rejected: 1,
      acceptanceMissed: 1,
      acceptanceMet: 2,
    });
    const own = await get('/v1/statistics/objections?from=2026-11-01&to=2026-11-30', 'market');
    expect(own.body.rows.map((row: { department: string }) => row.department)).toEqual(['market']);
    // the shared statistics shape: the office picks a department, a department only itself; `after` reads the writes
    const picked = await get(`/v1/statistics/objections?from=2026-11-01&to=2026-11-30&department=court&after=${objection.position}`);
    expect(picked.body.rows.map((row: { department: string }) => row.department)).toEqual(['court']);
    expectProblem(await get('/v1/statistics/objections?from=2026-11-01&to=2026-11-30&department=court', 'market'), 403, 'department');
    expectProblem(await get('/v1/statistics/objections?from=2026-11-01&to=2026-11-30&after=soon'), 400, 'after');
    const csv = await get('/v1/statistics/objections?from=2026-11-01&to=2026-11-30&format=csv');
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['department', 'filed', 'open']);
    expect(lines).toHaveLength(3);
    expectProblem(await get('/v1/statistics/objections?from=2026-11-30&to=2026-11-01'), 400, 'to');
    expectProblem(await get('/v1/statistics/objections?to=2026-11-01'), 400, 'from');
    expectProblem(await get('/v1/objections?status=lost'), 400, 'status');
  });
});

describe('an upheld revocation cut short between its two appends', () => {
  const cutShort = { kind: 'enterprise', code: enterpriseCode(8104, '610902'), name: '安康某某物流有限公司' };

  it('is finished by deciding again, whatever the reason’s wording; no other outcome is taken', async () => {
    const penalty = await record('market', 'PenaltyDecided', 'pen-cut-short', cutShort, PENALTY('安市监罚〔2026〕88号'));
    const filed = await post('/v1/objections', {
      subject: cutShort.code,
      eventId: penalty.eventId,
      filedBy: 'subject',
      grounds: '非本企业',
    });
    const id = filed.body.id;
    expect((await post(`/v1/objections/${id}/acceptance`, { accepted: true })).status).toBe(200);
    expect((await post(`/v1/objections/${id}/check`, { finding: '转来源部门核查' })).status).toBe(200);
    expect((await post(`/v1/objections/${id}/answer`, { proposes: 'revocation', explanation: '主体认定错误' }, 'market')).status).toBe(200);
    // The first append of the decision (RecordRevoked on the subject's stream, as ObjectionCases.revoke writes it) landed;
    // the process died before the case's ObjectionDecided.
    const revocation = await record('office', 'RecordRevoked', `objection-${id}`, cutShort, {
      revokedEventId: penalty.eventId,
      objectionId: id,
      reason: '异议成立，撤销记录：主体认定错误',
      revokedOn: '2026-11-20',
    });
    expect((await get(`/v1/objections/${id}?after=${revocation.position}`)).body).toMatchObject({ status: 'answered', open: true });

    expectProblem(await post(`/v1/objections/${id}/decision`, { outcome: 'rejected', reason: '不成立' }), 409, 'outcome');
    const decided = await post(`/v1/objections/${id}/decision`, { outcome: 'upheld-revocation', reason: '来源部门确认主体认定错误' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      open: false,
      decision: { outcome: 'upheld-revocation', revocationEventId: revocation.eventId },
    });
    const history = await get(`/v1/subjects/${cutShort.code}/history`);
    const revocations = history.body.events.filter((e: { type: string }) => e.type.includes('RecordRevoked'));
    expect(revocations.map((e: { eventId: string }) => e.eventId)).toEqual([revocation.eventId]);
  });
});
