import type { INestApplication } from '@nestjs/common';

import { fixedClock } from '#kernel';
import { allProjections, rebuildProjection } from '#read-model';
import { loadShippedRuleSet } from '#runtime';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';
import { createApi } from '../../apps/api/src/create-api.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string> = {};

beforeAll(async () => {
  storage = await openTestStorage();
  const departments = testDepartments({
    market: ['own-decisions', 'registration'],
    court: ['court'],
    tax: ['tax'],
    office: ['credit-office'],
  });
  keys = departments.keys;
  app = await createApi({ ...storage.config, runProjectionsInApi: true }, storage, {
    departments: departments.directory,
    clock: fixedClock('2026-11-20T04:00:00Z'),
  });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

const LEGAL_REP = { idNumber: '11010519491231002X', name: '张三' };
const enterprise = { kind: 'enterprise', code: enterpriseCode(5151), name: '北京某某建材有限公司' };
const taxpayer = { kind: 'enterprise', code: enterpriseCode(5252), name: '北京某某纳税人有限公司' };

async function post(items: unknown[], key = keys.market): Promise<{ status: number; body: any; position: string }> {
  const response = await fetch(`${base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items }),
  });
  const body = (await response.json()) as any;
  if (!body.results) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  for (const result of body.results) if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  return { status: response.status, body, position: body.results.at(-1)?.position };
}

async function get(path: string, key = keys.market, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { 'x-api-key': key, ...headers } });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  } as any;
}

const ids = (measures: any[]) => measures.map((m) => m.id).sort();

let listedAt: string;
let deletedAt: string;

describe(`from facts to measure lists through HTTP (${backend})`, () => {
  it('a court listing of an enterprise reaches its legal representative, through that role, with the events behind it', async () => {
    await post([
      {
        type: 'RoleAppointed',
        sourceRecordId: 'role-1',
        subject: enterprise,
        data: { role: 'legal-representative', person: LEGAL_REP, from: '2020-01-01' },
      },
    ]);
    const listing = await post([courtListing('court-1', enterprise, 77)], keys.court);
    listedAt = listing.position;
    // read your writes: the position the ingestion answered makes the query wait for the projections
    const person = await get(`/v1/subjects/${LEGAL_REP.idNumber}/measures?asOf=2026-07-01&after=${listedAt}&purpose=招录审查`);
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ subject: LEGAL_REP.idNumber, naturalPerson: true, lists: [] });
    expect(person.body.reachedThrough).toEqual([
      expect.objectContaining({
        organization: enterprise.code,
        role: 'legal-representative',
        listType: 'dishonest-judgment-debtor',
        status: 'active',
      }),
    ]);
    expect(ids(person.body.measures)).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
    expect(person.body.measures[0].because).toEqual([
      expect.objectContaining({
        listType: 'dishonest-judgment-debtor',
        role: 'legal-representative',
        organization: enterprise.code,
        since: '2026-06-15',
        eventIds: [listing.body.results[0].eventId],
      }),
    ]);
    const company = await get(`/v1/subjects/${enterprise.code}/measures?asOf=2026-07-01`);
    expect(ids(company.body.measures)).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY', 'DJD.PROCUREMENT', 'DJD.SUBSIDY']);
    expect(company.body.measures.find((m: any) => m.id === 'DJD.PROCUREMENT')).toMatchObject({
      kind: 'punishment',
      text: expect.any(String),
      gloss: expect.any(String),
      departments: expect.any(Array),
      scenarios: ['government-procurement'],
      basis: { documentNumber: expect.stringContaining('141号') },
      because: [{ listType: 'dishonest-judgment-debtor', since: '2026-06-15', eventIds: [listing.body.results[0].eventId] }],
    });
    expect(company.body.lists[0]).toMatchObject({
      color: 'black',
      since: '2026-06-15',
      until: '2028-06-15',
      status: 'active',
      basis: { documentNumber: expect.any(String) },
      causes: [listing.body.results[0].eventId],
    });
  });

  it('fulfilment ends the listing: the measures are gone from that date, and an as-of query before it still shows them', async () => {
    const deletion = await post(
      [
        {
          type: 'DishonestDebtorDeleted',
          sourceRecordId: 'court-2',
          subject: enterprise,
          data: { caseNumber: '（2026）京0105执77号', reason: '全部履行完毕', deletedOn: '2026-08-04' },
        },
      ],
      keys.court,
    );
    deletedAt = deletion.position;
    const on = async (code: string, asOf: string) =>
      (await get(`/v1/subjects/${code}/measures?asOf=${asOf}&purpose=test`, keys.market, { 'x-after-position': deletedAt })).body;
    expect(ids((await on(enterprise.code, '2026-08-03')).measures)).toHaveLength(4);
    expect(await on(enterprise.code, '2026-08-04')).toMatchObject({
      measures: [],
      lists: [expect.objectContaining({ status: 'ended', ended: expect.objectContaining({ on: '2026-08-04', reason: 'exit' }) })],
    });
    expect(ids((await on(LEGAL_REP.idNumber, '2026-08-03')).measures)).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY']);
    expect((await on(LEGAL_REP.idNumber, '2026-08-04')).measures).toEqual([]);
    expect((await on(enterprise.code, '2026-06-14')).measures).toEqual([]);
  });

  it('a red-listed A-grade taxpayer loses its incentives when black-listed and does not regain them later', async () => {
    await post(
      [
        {
          type: 'TaxCreditRated',
          sourceRecordId: 'rating-1',
          subject: taxpayer,
          data: { year: 2025, level: 'A', publishedOn: '2026-04-20' },
        },
      ],
      keys.tax,
    );
    const decided = await post(
      [
        {
          type: 'MajorTaxCaseDecided',
          sourceRecordId: 'case-1',
          subject: taxpayer,
          data: {
            decisionNumber: '京税稽罚〔2026〕99号',
            decisionDate: '2026-05-10',
            finalOn: '2026-06-15',
            determinedOn: '2026-06-15',
            violation: 'evasion',
            yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
            unpaidAssessedTax: '1200000.00',
          },
        },
      ],
      keys.tax,
    );
    const paid = await post(
      [
        {
          type: 'TaxPaidInFull',
          sourceRecordId: 'paid-1',
          subject: taxpayer,
          data: { decisionNumber: '京税稽罚〔2026〕99号', paidOn: '2026-07-01' },
        },
      ],
      keys.tax,
    );
    const kinds = async (asOf: string) => {
      const { body } = await get(`/v1/subjects/${taxpayer.code}/measures?asOf=${asOf}&after=${paid.position}`);
      return {
        incentives: body.measures.filter((m: any) => m.kind === 'incentive').length,
        punishments: body.measures.filter((m: any) => m.kind === 'punishment').length,
      };
    };
    expect(await kinds('2026-05-01')).toMatchObject({ incentives: 3, punishments: 0 });
    expect(await kinds('2026-06-20')).toMatchObject({ incentives: 0 });
    expect((await kinds('2026-06-20')).punishments).toBeGreaterThan(0);
    expect(await kinds('2027-03-01')).toEqual({ incentives: 0, punishments: expect.any(Number) });
    const lists = await get(`/v1/subjects/${taxpayer.code}/lists?asOf=2026-06-20`);
    expect(lists.body.lists.find((l: any) => l.color === 'red')).toMatchObject({
      status: 'ended',
      ended: { reason: 'black-listing', on: '2026-06-15', eventId: decided.body.results[0].eventId },
    });
  });

  it('scenario and department filters narrow the measures; bad input gets a precise 400; an unknown valid subject an empty answer', async () => {
    const q = (query: string) => get(`/v1/subjects/${enterprise.code}/measures?asOf=2026-07-01&${query}`);
    expect(ids((await q('scenario=air-travel')).body.measures)).toEqual(['DJD.AIR_RAIL']);
    const procurement = (await q('department=财政部')).body.measures;
    expect(procurement.length).toBeGreaterThan(0);
    expect(procurement.every((m: any) => m.departments.includes('财政部'))).toBe(true);
    // A local department of the registry finds its national counterpart's measures.
    expect(ids((await q('department=安康市财政局')).body.measures)).toEqual(ids(procurement));
    expect(ids((await q('scenario=air-travel&department=财政部')).body.measures)).toEqual([]);
    const bad = await get(`/v1/subjects/${enterprise.code}/measures?asOf=2026-02-30&scenario=space-travel&department=不存在的部门`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['asOf', 'scenario', 'department']);
    expect((await get('/v1/subjects/91110000600037341X/measures')).body.errors).toEqual([
      { field: 'code', reason: expect.stringContaining('check') },
    ]);
    expect((await get(`/v1/subjects/${enterprise.code}/measures?after=soon`)).body.errors).toEqual([
      { field: 'after', reason: expect.any(String) },
    ]);
    const unknown = await get(`/v1/subjects/${enterpriseCode(999_999)}/measures`);
    expect(unknown.body).toMatchObject({
      subject: enterpriseCode(999_999),
      asOf: '2026-11-20',
      lists: [],
      reachedThrough: [],
      measures: [],
    });
  });

  it('a position beyond the head of the log answers 400 at once (the 503 of a position not yet projected: read-your-writes.e2e-spec)', async () => {
    const started = Date.now();
    const late = await get(`/v1/subjects/${enterprise.code}/measures?after=99999999999-0`);
    expect(late.status).toBe(400);
    expect(late.body.errors).toEqual([{ field: 'after', reason: expect.stringContaining('beyond the end of the log') }]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a batch check of 1,000 subjects answers each in the order asked, and refuses a batch with any bad code naming the item', async () => {
    const subjects = Array.from({ length: 1000 }, (_, i) =>
      i === 500 ? enterprise.code : i === 700 ? LEGAL_REP.idNumber : enterpriseCode(20_000 + i),
    );
    const response = await fetch(`${base}/v1/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
      body: JSON.stringify({ subjects, asOf: '2026-07-01', scenario: 'luxury-consumption', purpose: '评优审查' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.results).toHaveLength(1000);
    expect(body.checkId).toEqual(response.headers.get('x-check-id'));
    expect(body.results.map((r: any) => r.subject)).toEqual(subjects);
    expect(ids(body.results[500].measures)).toEqual(['DJD.HOTEL_LUXURY']);
    expect(ids(body.results[700].measures)).toEqual(['DJD.HOTEL_LUXURY']);
    expect(body.results.filter((r: any) => r.measures.length > 0)).toHaveLength(2);

    const bad = await fetch(`${base}/v1/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
      body: JSON.stringify({ subjects: [enterprise.code, '91110000600037341X'], scenario: 'nowhere' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors.map((e: any) => e.field)).toEqual(['scenario', 'subjects[1]']);
    const tooMany = await fetch(`${base}/v1/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
      body: JSON.stringify({ subjects: Array.from({ length: 1001 }, () => enterprise.code) }),
    });
    expect(tooMany.status).toBe(400);
  });

  it('the lists endpoint shows validity on a date and the relations', async () => {
    const lists = await get(`/v1/subjects/${enterprise.code}/lists?asOf=2026-09-01`);
    expect(lists.body.lists).toEqual([expect.objectContaining({ listType: 'dishonest-judgment-debtor', status: 'ended' })]);
    // not the credit office: the legal representative's number is masked
    expect(lists.body.relations).toEqual([
      expect.objectContaining({ person: '110105********002X', role: 'legal-representative', from: '2020-01-01' }),
    ]);
    expect(lists.body).not.toHaveProperty('measures');
  });

  it('the audit log shows each change with its cause, rule-set version and department; paged and as CSV; credit office only', async () => {
    expect((await get('/v1/audit/list-changes')).status).toBe(403);
    const page = await get(`/v1/audit/list-changes?subject=${enterprise.code}&after=${deletedAt}`, keys.office);
    expect(page.status).toBe(200);
    expect(page.body.changes).toEqual([
      expect.objectContaining({
        change: 'listed',
        listType: 'dishonest-judgment-debtor',
        effectiveOn: '2026-06-15',
        department: 'court',
        ruleSet: expect.objectContaining({ id: 'jiangcheng-national' }),
        causes: [expect.any(String)],
      }),
      expect.objectContaining({
        change: 'delisted',
        listType: 'dishonest-judgment-debtor',
        effectiveOn: '2026-08-04',
        reason: 'exit',
        department: 'court',
      }),
    ]);
    const all: any[] = [];
    let cursor: string | undefined;
    do {
      const next = await get(`/v1/audit/list-changes?limit=2${cursor ? `&cursor=${cursor}` : ''}`, keys.office);
      all.push(...next.body.changes);
      cursor = next.body.next;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((c) => c.eventId)).size).toBe(all.length);
    const csv = await get('/v1/audit/list-changes?listType=dishonest-judgment-debtor', keys.office, { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toContain('position,recordedAt,subject,change,listType');
    expect(lines).toHaveLength(3);
    expect(
      (await get('/v1/audit/list-changes?from=2026-13-01&listType=nope&limit=0', keys.office)).body.errors.map((e: any) => e.field),
    ).toEqual(['from', 'listType', 'limit']);
  });

  it('every query about a natural person is recorded, with the purpose, and listed for the credit office', async () => {
    const logged = await get(`/v1/audit/person-queries?subject=${LEGAL_REP.idNumber}`, keys.office);
    expect(logged.body.queries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ department: 'market', endpoint: 'measures', purpose: '招录审查' }),
        expect.objectContaining({ department: 'market', endpoint: 'checks', purpose: '评优审查' }),
      ]),
    );
    const companies = await get(`/v1/audit/person-queries?subject=${enterprise.code}`, keys.office);
    expect(companies.body.queries).toEqual([]);
  });

  it('the public view drops exited and expired records, keeps penalties inside their Order 36 window, and masks 身份证号', async () => {
    const person = { kind: 'natural-person', code: LEGAL_REP.idNumber, name: LEGAL_REP.name };
    const penalty = (n: number, severity: string, decisionDate: string, subject: object = enterprise) => ({
      type: 'PenaltyDecided',
      sourceRecordId: `penalty-${n}`,
      subject,
      data: {
        decisionNumber: `京朝市监罚〔2026〕${n}号`,
        violationType: '销售不符合食品安全标准的食品',
        violationFacts: `当事人（身份证号${LEGAL_REP.idNumber}）销售过期食品`,
        legalBasis: '《食品安全法》第一百二十四条',
        categories: [{ category: 'fine' }],
        content: '罚款',
        fineAmount: '5.2',
        severity,
        decisionDate,
        publicationDate: decisionDate,
        authorityName: '北京市朝阳区市场监督管理局',
      },
    });
    const { position } = await post([
      penalty(1, 'general', '2026-06-01'),
      penalty(2, 'general', '2022-06-03'), // 527号 一般: one year, ended 2023-06-03 (a 2025 penalty runs 3 years under 令第58号)
      penalty(3, 'minor', '2026-06-01'), // 轻微: not published
      penalty(4, 'serious', '2026-06-01', person),
    ]);
    const view = await fetch(`${base}/v1/public/subjects/${enterprise.code}?after=${position}`);
    const body = (await view.json()) as any;
    expect(body.records.map((r: any) => [r.kind, r.content.decisionNumber])).toEqual([['penalty', '京朝市监罚〔2026〕1号']]);
    expect(JSON.stringify(body)).not.toContain(LEGAL_REP.idNumber);
    expect(body.records[0].content.violationFacts).toContain('110105********002X');
    const ofPerson = (await (await fetch(`${base}/v1/public/subjects/${LEGAL_REP.idNumber}`)).json()) as any;
    expect(ofPerson.subject).toBe('110105********002X');
    expect(ofPerson.records).toHaveLength(1);
  });

  it('rebuilding every projection from zero gives identical query answers', async () => {
    const questions = [
      `/v1/subjects/${enterprise.code}/measures?asOf=2026-07-01`,
      `/v1/subjects/${LEGAL_REP.idNumber}/measures?asOf=2026-07-01&purpose=test`,
      `/v1/subjects/${taxpayer.code}/lists?asOf=2026-06-20&purpose=test`,
      `/v1/subjects/${enterprise.code}/lists?asOf=2026-09-01&purpose=test`,
      '/v1/audit/list-changes?limit=1000',
    ];
    const answers = async () => Promise.all(questions.map(async (q) => (await get(q, keys.office)).text));
    const before = await answers();
    for (const projection of allProjections(loadShippedRuleSet().document.publicationPeriods ?? [])) {
      await rebuildProjection(storage.readModels, storage.eventStore, projection);
    }
    expect(await answers()).toEqual(before);
    expect(((await fetch(`${base}/v1/public/subjects/${enterprise.code}`).then((r) => r.json())) as any).records).toHaveLength(1);
  });

  it('a subject never listed is answered from memory, and a new listing shows without `after` once the log is read', async () => {
    const newcomer = { kind: 'enterprise', code: enterpriseCode(5353), name: '北京新来企业有限公司' };
    const path = `/v1/subjects/${newcomer.code}/measures?asOf=2026-07-01`;
    expect((await get(path)).body).toMatchObject({ lists: [], measures: [] });
    await post([courtListing('court-newcomer', newcomer, 99)], keys.court);
    let measures: unknown[] = [];
    for (
      const deadline = Date.now() + 10_000;
      measures.length === 0 && Date.now() < deadline;
      await new Promise((r) => setTimeout(r, 50))
    ) {
      measures = (await get(path)).body.measures;
    }
    expect(ids(measures)).toEqual(['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY', 'DJD.PROCUREMENT', 'DJD.SUBSIDY']);
  });
});
