import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';

/**
 * Credit repair under 令第36号 end to end: eligibility per record, an application refused before the minimum period or
 * without performed obligations (422), a decision without an application (409) or by another department (403); an
 * approval stops publication (the public view), sharing (other departments' history) and lifts the measures (the list
 * entry ends: lists, measures, the audit); the statistics count it against the review time limit.
 */
const api = useTestApi(
  {
    market: ['own-decisions'],
    hrss: ['human-resources', 'own-decisions'],
    other: ['own-decisions'],
    office: ['credit-office'],
  },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);

const subject = { kind: 'enterprise', code: enterpriseCode(7401), name: '江城某某食品建筑有限公司' };
const PENALTY = '京朝市监罚〔2026〕123号';
const FINDING = '京朝人社监处字〔2026〕31号';
const LISTING = '京朝人社列〔2026〕3号';

interface Item {
  status: string;
  eventId?: string;
  position?: string;
  problem?: { status: number; type: string; title: string; errors?: { field: string; reason: string }[] };
}

async function post(
  type: string,
  sourceRecordId: string,
  data: Record<string, unknown>,
  key: string,
): Promise<Item & { position: string }> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items: [{ type, sourceRecordId, subject, data }] }),
  });
  expect(response.status).toBe(200);
  const body: any = await response.json();
  return { ...body.results[0], position: body.position };
}

async function accepted(type: string, sourceRecordId: string, data: Record<string, unknown>, key: string) {
  const item = await post(type, sourceRecordId, data, key);
  expect([item.status, item.problem]).toEqual(['accepted', undefined]);
  return item as Item & { eventId: string; position: string };
}

async function get(path: string, key?: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(`${api.base}${path}`, { headers: key ? { 'x-api-key': key } : {} });
  const text = await response.text();
  return { status: response.status, text, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
}

describe('credit repair (令第36号)', () => {
  let penaltyId = '';
  let listingId = '';
  let last = '';

  beforeAll(async () => {
    penaltyId = (
      await accepted(
        'PenaltyDecided',
        'p-1',
        {
          decisionNumber: PENALTY,
          violationType: '销售不符合食品安全标准的食品',
          violationFacts: '菌落总数超标',
          legalBasis: '食品安全法第一百二十四条',
          categories: [{ category: 'fine' }],
          content: '罚款',
          fineAmount: '5.2',
          severity: 'general',
          decisionDate: '2026-05-06',
          publicationDate: '2026-05-09',
          authorityName: '北京市朝阳区市场监督管理局',
        },
        api.keys.market,
      )
    ).eventId;
    await accepted(
      'WageArrearsFound',
      'w-1',
      { decisionNumber: FINDING, foundOn: '2026-01-20', workers: 40, months: 4, amount: '620000.00', massIncident: true },
      api.keys.hrss,
    );
    listingId = (
      await accepted(
        'ListingDecided',
        'l-1',
        { decisionNumber: LISTING, listType: 'wage-arrears', grounds: [FINDING], basis: '人社部令第45号第五条', listedOn: '2026-03-20' },
        api.keys.hrss,
      )
    ).eventId;
    last = (await accepted('WageArrearsCorrected', 'c-1', { decisionNumber: FINDING, correctedOn: '2026-04-01' }, api.keys.hrss)).position;
  });

  it('eligibility per record: the regime, the minimum period and its date, the obligations and the commitment', async () => {
    const { status, body } = await get(`/v1/subjects/${subject.code}/repair-eligibility?asOf=2026-08-01`, api.keys.market);
    expect(status).toBe(200);
    const byId = new Map(body.records.map((r: any) => [r.record.eventId, r]));
    expect(byId.get(penaltyId)).toMatchObject({
      record: { kind: 'penalty', class: 'general', department: 'market', documentNumber: PENALTY },
      regime: { id: 'ndrc-order-36' },
      minimumPeriod: { reachedOn: '2026-08-06', reached: false },
      obligations: { performed: false, shownBy: null },
      commitment: { made: false },
      eligible: false,
    });
    expect((byId.get(penaltyId) as any).reasons.map((r: any) => r.code)).toEqual([
      'minimum-period-not-reached',
      'obligations-not-performed',
      'commitment-not-made',
    ]);
    expect(byId.get(listingId)).toMatchObject({
      record: { kind: 'list-entry', listType: 'wage-arrears', department: 'hrss' },
      regime: { documentNumber: '人社部令第45号' },
      minimumPeriod: { from: '2026-04-01', reachedOn: '2026-10-01', reached: false },
      obligations: { performed: true, shownBy: { type: 'WageArrearsCorrected' } },
    });
    expect((await get(`/v1/subjects/${subject.code}/repair-eligibility?asOf=2026-13-01`, api.keys.market)).body).toMatchObject({
      status: 400,
      errors: [{ field: 'asOf' }],
    });
  });

  it('an application before the minimum period, or without performed obligations, is refused with the reason (422)', async () => {
    const early = await post(
      'CreditRepairApplied',
      'a-0',
      { applicationNumber: 'XF-0', recordEventId: penaltyId, commitmentMade: true, appliedOn: '2026-08-05' },
      api.keys.market,
    );
    expect(early).toMatchObject({ status: 'rejected', problem: { status: 422, type: expect.stringMatching(/repair-not-eligible$/) } });
    expect(early.problem!.errors![0]).toMatchObject({ field: 'data.appliedOn', reason: expect.stringContaining('2026-08-06') });
    const unperformed = await post(
      'CreditRepairApplied',
      'a-1',
      { applicationNumber: 'XF-1', recordEventId: penaltyId, commitmentMade: true, appliedOn: '2026-08-10' },
      api.keys.market,
    );
    expect(unperformed).toMatchObject({
      status: 'rejected',
      problem: { status: 422, errors: [{ field: 'data.recordEventId', reason: expect.stringContaining('obligations-not-performed') }] },
    });
  });

  it('a decision without an application is refused (409); another department may not apply for the record (403)', async () => {
    const orphan = await post(
      'CreditRepairDecided',
      'd-0',
      { applicationNumber: 'XF-404', recordEventId: penaltyId, outcome: 'approved', decidedOn: '2026-08-18', reason: '核实' },
      api.keys.market,
    );
    expect(orphan).toMatchObject({ status: 'rejected', problem: { status: 409, type: expect.stringMatching(/repair-not-applied$/) } });
    await accepted(
      'PenaltyPerformed',
      'pp-1',
      { decisionNumber: PENALTY, performedOn: '2026-05-20', proof: '缴款书 No.1' },
      api.keys.market,
    );
    const foreign = await post(
      'CreditRepairApplied',
      'a-x',
      { applicationNumber: 'XF-X', recordEventId: penaltyId, commitmentMade: true, appliedOn: '2026-08-10' },
      api.keys.other,
    );
    expect(foreign).toMatchObject({
      status: 'rejected',
      problem: { status: 403, type: expect.stringMatching(/not-the-deciding-department$/) },
    });
  });

  it('approval: the penalty leaves the public view and other departments’ history; its department still sees it', async () => {
    const before = await get(`/v1/public/subjects/${subject.code}?after=${last}`);
    expect(before.body.records.map((r: any) => r.kind)).toEqual(expect.arrayContaining(['penalty', 'list-entry']));
    await accepted(
      'CreditRepairApplied',
      'a-2',
      { applicationNumber: 'XF-2', recordEventId: penaltyId, commitmentMade: true, appliedOn: '2026-08-10' },
      api.keys.market,
    );
    const decided = await accepted(
      'CreditRepairDecided',
      'd-2',
      { applicationNumber: 'XF-2', recordEventId: penaltyId, outcome: 'approved', decidedOn: '2026-08-18', reason: '已履行并承诺' },
      api.keys.market,
    );
    const after = await get(`/v1/public/subjects/${subject.code}?after=${decided.position}`);
    expect(after.body.records.map((r: any) => r.kind)).toEqual(['list-entry']);

    const ids = async (key: string) => (await get(`/v1/subjects/${subject.code}/history`, key)).body.events.map((e: any) => e.eventId);
    expect(await ids(api.keys.other)).not.toContain(penaltyId);
    expect(await ids(api.keys.other)).not.toContain(decided.eventId);
    expect(await ids(api.keys.market)).toContain(penaltyId);
    expect(await ids(api.keys.office)).toContain(penaltyId);

    const eligibility = await get(`/v1/subjects/${subject.code}/repair-eligibility`, api.keys.market);
    expect(eligibility.body.records.find((r: any) => r.record.eventId === penaltyId)).toMatchObject({
      repaired: { on: '2026-08-18', eventId: decided.eventId },
      eligible: false,
    });
    last = decided.position;
  });

  it('approval for the list entry: the entry ends on the decision date (credit-repair) in lists, measures, audit and the public view', async () => {
    const active = await get(`/v1/subjects/${subject.code}/lists?after=${last}`, api.keys.hrss);
    expect(active.body.lists.map((l: any) => [l.listType, l.status])).toEqual([['wage-arrears', 'active']]);
    // The credit office records the application (信用中国 is the single window); the listing department decides (谁认定、谁修复).
    await accepted(
      'CreditRepairApplied',
      'a-3',
      { applicationNumber: 'XF-3', recordEventId: listingId, commitmentMade: true, appliedOn: '2026-10-08' },
      api.keys.office,
    );
    const pending = await get(`/v1/subjects/${subject.code}/repair-eligibility`, api.keys.hrss);
    expect(pending.body.records.find((r: any) => r.record.eventId === listingId)).toMatchObject({
      pendingApplication: { applicationNumber: 'XF-3' },
      review: { startedOn: '2026-10-08', workingDays: 10, dueOn: '2026-10-21', status: 'overdue' },
    });
    const decided = await accepted(
      'CreditRepairDecided',
      'd-3',
      { applicationNumber: 'XF-3', recordEventId: listingId, outcome: 'approved', decidedOn: '2026-10-20', reason: '已改正并承诺' },
      api.keys.hrss,
    );

    const lists = await get(`/v1/subjects/${subject.code}/lists?after=${decided.position}`, api.keys.hrss);
    expect(lists.body.lists).toEqual([
      expect.objectContaining({
        listType: 'wage-arrears',
        status: 'ended',
        ended: expect.objectContaining({ on: '2026-10-20', reason: 'credit-repair' }),
      }),
    ]);
    const measures = await get(`/v1/subjects/${subject.code}/measures?after=${decided.position}`, api.keys.hrss);
    expect(measures.status).toBe(200);
    expect(measures.body.measures ?? []).toEqual([]);
    const earlier = await get(`/v1/subjects/${subject.code}/measures?asOf=2026-10-19&after=${decided.position}`, api.keys.hrss);
    expect(earlier.body.measures.length).toBeGreaterThan(0);

    const audit = await get(`/v1/audit/list-changes?subject=${subject.code}&after=${decided.position}`, api.keys.office);
    expect(audit.body.changes.find((c: any) => c.change === 'delisted')).toMatchObject({
      listType: 'wage-arrears',
      effectiveOn: '2026-10-20',
      reason: 'credit-repair',
      listingFactEventId: listingId,
    });
    const disclosed = await get(`/v1/public/subjects/${subject.code}?after=${decided.position}`);
    expect(disclosed.body.records).toEqual([]);
    last = decided.position;
  });

  it('statistics: applications, approved, within the time limit, per deciding department; JSON and CSV', async () => {
    const { status, body } = await get(`/v1/statistics/repairs?from=2026-07-01&to=2026-12-31&after=${last}`, api.keys.office);
    expect(status).toBe(200);
    expect(body).toMatchObject({ report: 'repairs', from: '2026-07-01', to: '2026-12-31', reviewWorkingDays: 10 });
    expect(body.rows).toEqual([
      expect.objectContaining({ department: 'hrss', applications: 1, approved: 1, refused: 0, pending: 0, decidedWithinTimeLimit: 1 }),
      expect.objectContaining({ department: 'market', applications: 1, approved: 1, decidedWithinTimeLimit: 1, decidedLate: 0 }),
    ]);
    const own = await get(`/v1/statistics/repairs?from=2026-07-01&to=2026-12-31`, api.keys.market);
    expect(own.body.rows.map((r: any) => r.department)).toEqual(['market']);
    const picked = await get(`/v1/statistics/repairs?from=2026-07-01&to=2026-12-31&department=hrss`, api.keys.office);
    expect(picked.body.rows.map((r: any) => r.department)).toEqual(['hrss']);
    const stranger = await get(`/v1/statistics/repairs?from=2026-07-01&to=2026-12-31&department=hrss`, api.keys.market);
    expect(stranger).toMatchObject({ status: 403, body: { errors: [{ field: 'department' }] } });
    const csv = await get(`/v1/statistics/repairs?from=2026-07-01&to=2026-12-31&format=csv`, api.keys.office);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'department,applications,approved,refused,pending,decidedWithinTimeLimit,decidedLate,overdue,calendarUnknown',
    );
    expect(csv.text).toContain('market,1,1,0,0,1,0,0,0');
    const bad = await get(`/v1/statistics/repairs?from=2026-07-01`, api.keys.office);
    expect(bad).toMatchObject({ status: 400, body: { errors: [{ field: 'to' }] } });
  });
});
