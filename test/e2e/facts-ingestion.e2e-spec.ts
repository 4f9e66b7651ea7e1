import type { INestApplication } from '@nestjs/common';
import { subjectStream } from '#credit';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';
import { createApi } from '../../apps/api/src/create-api.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string> = {};

beforeAll(async () => {
  storage = await openTestStorage();
  const departments = testDepartments({ market: ['own-decisions', 'registration'], court: ['court'], tax: ['tax'] });
  keys = departments.keys;
  app = await createApi({ ...storage.config, runProjectionsInApi: false }, storage, { departments: departments.directory });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

const ENTERPRISE = { kind: 'enterprise', code: '91110000600037341L', name: '北京某某食品有限公司' };

const penalty = (sourceRecordId: string, decisionNumber: string, subject = ENTERPRISE) => ({
  type: 'PenaltyDecided',
  sourceRecordId,
  subject,
  data: {
    decisionNumber,
    violationType: '销售不符合食品安全标准的食品',
    violationFacts: '菌落总数超标',
    legalBasis: '《食品安全法》第一百二十四条',
    categories: [{ category: 'fine' }],
    content: '罚款',
    fineAmount: '5.2',
    severity: 'general',
    decisionDate: '2026-05-06',
    publicationDate: '2026-05-09',
    authorityName: '北京市朝阳区市场监督管理局',
  },
});

async function post(items: unknown[], key = keys.market) {
  const response = await fetch(`${base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const storedSourceRecords = async (code: string) =>
  (await storage.eventStore.readStream(subjectStream(code))).map((e) => (e.data as any).sourceRecordId);

describe(`POST /v1/facts (${backend})`, () => {
  it('answers a mixed batch item by item and writes exactly the valid items', async () => {
    const first = await post([penalty('mixed-0', '京朝市监罚〔2026〕1号')]);
    expect(first.body.results[0].status).toBe('accepted');

    const { status, body } = await post([
      penalty('mixed-1', '京朝市监罚〔2026〕2号'), // valid
      penalty('mixed-0', '京朝市监罚〔2026〕1号'), // the same record again: duplicate
      { ...penalty('mixed-2', '京朝市监罚〔2026〕3号'), data: { ...penalty('x', 'y').data, fineAmount: 5.2 } }, // invalid
      {
        type: 'DishonestDebtorListed', // a court's fact, sent by the market regulator
        sourceRecordId: 'mixed-3',
        subject: ENTERPRISE,
        data: {
          caseNumber: '（2026）京0105执1号',
          courtName: '北京市朝阳区人民法院',
          ground: 'able-but-refuses',
          obligation: '支付货款',
          basisDocumentNumber: '（2025）京0105民初1号',
          listedOn: '2026-06-15',
        },
      },
      penalty('mixed-4', '京朝市监罚〔2026〕1号'), // the same 文号 and content under a new record id: duplicate
    ]);
    expect(status).toBe(200);
    expect(body.results.map((r: any) => r.status)).toEqual(['accepted', 'duplicate', 'rejected', 'rejected', 'duplicate']);
    expect(body.results[1].eventId).toBe(first.body.results[0].eventId);
    expect(body.results[2].problem).toMatchObject({ status: 422, errors: [{ field: 'data.fineAmount' }] });
    expect(body.results[3].problem).toMatchObject({ status: 403, errors: [{ field: 'type' }] });
    expect(body.position).toMatch(/^\d+-\d+$/);
    expect(await storedSourceRecords(ENTERPRISE.code)).toEqual(['mixed-0', 'mixed-1']);
  });

  it('refuses the same 文号 from the same department with different content', async () => {
    const subject = { kind: 'enterprise', code: '91350100M000100Y43', name: '福州某某公司' };
    await post([penalty('conflict-1', '闽罚〔2026〕9号', subject)]);
    const other = penalty('conflict-2', '闽罚〔2026〕9号', subject);
    const { body } = await post([{ ...other, data: { ...other.data, fineAmount: '9.9' } }]);
    expect(body.results[0].problem).toMatchObject({ status: 409, errors: [{ field: 'data.decisionNumber' }] });
    expect(await storedSourceRecords(subject.code)).toEqual(['conflict-1']);
  });

  it('a retried batch writes nothing twice', async () => {
    const subject = { kind: 'enterprise', code: '9111000060003743X0', name: '重试有限公司' };
    const batch = [penalty('retry-1', '京罚〔2026〕11号', subject), penalty('retry-2', '京罚〔2026〕12号', subject)];
    const first = await post(batch);
    const again = await post(batch);
    expect(first.body.results.map((r: any) => r.status)).toEqual(['accepted', 'accepted']);
    expect(again.body.results.map((r: any) => [r.status, r.eventId])).toEqual(first.body.results.map((r: any) => ['duplicate', r.eventId]));
    expect(await storedSourceRecords(subject.code)).toEqual(['retry-1', 'retry-2']);
  });

  it('50 concurrent posts for one subject: every fact lands once', async () => {
    const subject = { kind: 'individual-business', code: '92350100M000100Y40', name: '某某个体户' };
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => post([penalty(`concurrent-${i}`, `闽个罚〔2026〕${i}号`, subject)])),
    );
    expect(outcomes.map((o) => o.body.results[0].status)).toEqual(Array(50).fill('accepted'));
    const stored = await storedSourceRecords(subject.code);
    expect(stored).toHaveLength(50);
    expect(new Set(stored)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `concurrent-${i}`)));
  });

  it('refuses a source record id reused for another subject', async () => {
    await post([penalty('reused', '京罚〔2026〕21号')]);
    const { body } = await post([
      penalty('reused', '闽罚〔2026〕21号', { kind: 'enterprise', code: '91350100M000100Y43', name: '福州某某公司' }),
    ]);
    expect(body.results[0].problem).toMatchObject({ status: 409, errors: [{ field: 'sourceRecordId' }] });
  });

  it('answers malformed batches and missing keys with problem+json', async () => {
    expect((await post([])).body).toMatchObject({ status: 400, errors: [{ field: 'items' }] });
    expect((await post(Array(1001).fill({}))).body).toMatchObject({ status: 400, errors: [{ field: 'items' }] });
    const anonymous = await fetch(`${base}/v1/facts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const broken = await fetch(`${base}/v1/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': keys.market },
      body: '{"items": [',
    });
    expect(broken.status).toBe(400);
  });
});

describe(`GET /v1/subjects/{code}/history (${backend})`, () => {
  const get = (path: string) => fetch(`${base}${path}`, { headers: { 'x-api-key': keys.court } });

  it('returns the subject’s events in order, and an empty history for an unknown valid code', async () => {
    const history = (await (await get(`/v1/subjects/${ENTERPRISE.code}/history`)).json()) as any;
    expect(history.events.map((e: any) => e.sourceRecordId).slice(0, 2)).toEqual(['mixed-0', 'mixed-1']);
    expect(history.events[0]).toMatchObject({ type: 'credit.PenaltyDecided.v1', label: '行政处罚', department: 'market', revision: 0 });
    const unknown = (await (await get('/v1/subjects/11010519491231002X/history?purpose=test')).json()) as any;
    expect(unknown).toEqual({ subject: '11010519491231002X', events: [] });
  });

  it('refuses a code that fails its check, naming the expected character', async () => {
    const response = await get('/v1/subjects/91110000600037341X/history');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'code', reason: expect.stringContaining('L') }] });
  });

  it('reads a verified pre-2016 code that fails its check with ?legacy=true; a legacy flag other than true or false is refused first', async () => {
    const legacy = await get('/v1/subjects/91110000600037341x/history?legacy=true');
    expect(legacy.status).toBe(200);
    expect(await legacy.json()).toMatchObject({ subject: '91110000600037341X', events: [] });
    expect((await get('/v1/subjects/91110000600037341X/history?legacy=false')).status).toBe(400);
    const unclear = await get('/v1/subjects/not-a-code/history?legacy=yes');
    expect(unclear.status).toBe(400);
    expect(await unclear.json()).toEqual({
      type: 'https://jiangcheng.dev/problems/bad-request',
      title: 'Validation failed (boolean string is expected)',
      status: 400,
      detail: 'Validation failed (boolean string is expected)',
      instance: '/v1/subjects/not-a-code/history?legacy=yes',
    });
  });
});

describe(`listing as recorded decisions (${backend})`, () => {
  const enterprise = { kind: 'enterprise', code: enterpriseCode(4242), name: '北京某某贸易有限公司' };
  const typesOf = async () => (await storage.eventStore.readStream(subjectStream(enterprise.code))).map((e) => e.type);
  const listingEvents = async (type: string) =>
    (await storage.eventStore.readStream(subjectStream(enterprise.code))).filter((e) => e.type === type);

  it('a court listing is appended with the fact, names its cause, rule set and the persons it reaches; deletion delists', async () => {
    await post([
      {
        type: 'RoleAppointed',
        sourceRecordId: 'role-1',
        subject: enterprise,
        data: { role: 'legal-representative', person: { idNumber: '11010519491231002X', name: '张三' }, from: '2020-01-01' },
      },
    ]);
    const listing = {
      type: 'DishonestDebtorListed',
      sourceRecordId: 'court-1',
      subject: enterprise,
      data: {
        caseNumber: '（2026）闽0102执77号',
        courtName: '福州市鼓楼区人民法院',
        ground: 'violates-consumption-restriction',
        obligation: '支付货款',
        basisDocumentNumber: '（2025）闽0102民初9号',
        listedOn: '2026-06-15',
      },
    };
    const { body } = await post([listing], keys.court);
    expect(body.results[0].status).toBe('accepted');
    const [listed] = await listingEvents('credit.SubjectListed.v1');
    expect(listed.data).toMatchObject({
      listType: 'dishonest-judgment-debtor',
      color: 'black',
      since: '2026-06-15',
      until: '2028-06-15',
      causes: [body.results[0].eventId],
      ruleSet: { id: 'jiangcheng-national' },
      reaches: [{ role: 'legal-representative', idNumber: '11010519491231002X', since: '2020-01-01' }],
    });
    expect(listed.metadata).toMatchObject({ causationId: body.results[0].eventId, department: 'court' });

    const retried = await post([listing], keys.court);
    expect(retried.body.results[0].status).toBe('duplicate');
    expect(await listingEvents('credit.SubjectListed.v1')).toHaveLength(1);

    const deletion = await post(
      [
        {
          type: 'DishonestDebtorDeleted',
          sourceRecordId: 'court-2',
          subject: enterprise,
          data: { caseNumber: '（2026）闽0102执77号', reason: '全部履行完毕', deletedOn: '2026-08-04' },
        },
      ],
      keys.court,
    );
    const [delisted] = await listingEvents('credit.SubjectDelisted.v1');
    expect(delisted.data).toMatchObject({
      listType: 'dishonest-judgment-debtor',
      on: '2026-08-04',
      reason: 'exit',
      cause: deletion.body.results[0].eventId,
    });
    expect(await typesOf()).toEqual([
      'credit.RoleAppointed.v1',
      'credit.DishonestDebtorListed.v1',
      'credit.SubjectListed.v1',
      'credit.DishonestDebtorDeleted.v1',
      'credit.SubjectDelisted.v1',
    ]);
  });

  it('a black listing delists the red A-grade entry in the same append, naming the black-listing fact', async () => {
    const taxpayer = { kind: 'enterprise', code: enterpriseCode(4343), name: '北京某某纳税人有限公司' };
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
    const { body } = await post(
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
    const events = await storage.eventStore.readStream(subjectStream(taxpayer.code));
    expect(events.map((e) => [e.type, (e.data as any).listType])).toEqual([
      ['credit.TaxCreditRated.v1', undefined],
      ['credit.SubjectListed.v1', 'a-level-taxpayer'],
      ['credit.MajorTaxCaseDecided.v2', undefined],
      ['credit.SubjectListed.v1', 'major-tax-case'],
      ['credit.SubjectListed.v1', 'tax-exit-ban'],
      ['credit.SubjectDelisted.v1', 'a-level-taxpayer'],
    ]);
    expect(events[5].data).toMatchObject({
      on: '2026-06-15',
      reason: 'black-listing',
      cause: body.results[0].eventId,
      basis: { documentNumber: '发改财金规〔2017〕1798号' },
    });
  });
});
