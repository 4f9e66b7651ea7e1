import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { fixedClock } from '#kernel';
import { createApi } from '../../apps/api/src/create-api.js';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { recordTestDepartments } from '../support/test-departments.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

/**
 * What the console asks of the api (docs/web.md): who am I; the credit office registers departments and changes their
 * roles, which this api applies to the very next request; publishes, previews and activates a rule set given as its
 * YAML files; and the credit-repair queue with each application's review deadline.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-admin-console-'));
let storage: TestStorage;
let app: INestApplication;
let base: string;
let keys: Record<string, string>;

beforeAll(async () => {
  storage = await openTestStorage();
  keys = await recordTestDepartments(storage.eventStore, { office: ['credit-office'], tax: ['tax'], market: ['own-decisions'] });
  const config = {
    ...storage.config,
    runProjectionsInApi: true,
    rateLimits: { ...storage.config.rateLimits, failedAuthentications: 100_000 },
    departmentsFile: path.join(scratch, 'absent.json'),
    departmentsFileRequired: false,
  };
  // The departments follow the departments stream (no fixed directory), as in production.
  app = await createApi(config, storage, { clock: fixedClock('2026-11-20T04:00:00Z') });
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function call(method: string, url: string, key: string | undefined, body?: unknown): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = key ? { 'x-api-key': key } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const get = (url: string, key?: string) => call('GET', url, key);
const fields = (body: any) => body.errors.map((e: any) => e.field);

async function facts(key: string, items: unknown[]): Promise<{ results: any[]; position: string }> {
  const { status, body } = await call('POST', '/v1/facts', key, { items });
  expect(status).toBe(200);
  return body;
}

describe(`the console's api: who am I and the departments (${backend})`, () => {
  it('GET /v1/me answers the calling department and its roles; without a key, 401', async () => {
    expect(await get('/v1/me', keys.office)).toEqual({
      status: 200,
      body: { departmentId: 'office', name: 'office', roles: ['credit-office'], creditOffice: true },
    });
    expect((await get('/v1/me', keys.tax)).body).toMatchObject({ departmentId: 'tax', roles: ['tax'], creditOffice: false });
    expect((await get('/v1/me')).status).toBe(401);
  });

  it('the credit office registers a department whose first key works on the very next request; others get 403', async () => {
    const court = { id: 'bj-court', name: '北京市高级人民法院', roles: ['court'] };
    expect((await call('POST', '/v1/departments', keys.tax, court)).status).toBe(403);
    const registered = await call('POST', '/v1/departments', keys.office, court);
    expect(registered).toMatchObject({
      status: 201,
      body: { ...court, firstKey: { departmentId: 'bj-court', keyId: expect.any(String), key: expect.stringMatching(/^jc_/) } },
    });
    // no waiting: this api's directory read its own change
    expect(await get('/v1/me', registered.body.firstKey.key)).toMatchObject({ status: 200, body: { departmentId: 'bj-court' } });

    const again = await call('POST', '/v1/departments', keys.office, { ...court, name: 'x' });
    expect(again).toMatchObject({ status: 409, body: { errors: [{ field: 'id' }] } });
    const unknownRole = await call('POST', '/v1/departments', keys.office, { id: 'bj-x', name: 'x', roles: ['court', 'police'] });
    expect(unknownRole.status).toBe(422);
    expect(unknownRole.body.errors).toEqual([{ field: 'roles[1]', reason: expect.stringContaining('police') }]);
    expect(fields((await call('POST', '/v1/departments', keys.office, { id: 'bj-x', name: 'x', roles: 'court' })).body)).toEqual(['roles']);
    expect(fields((await call('POST', '/v1/departments', keys.office, { id: 'BJ_X', name: 'x', roles: ['court'] })).body)).toEqual(['id']);
    expect(fields((await call('POST', '/v1/departments', keys.office, { id: 'bj-x', roles: ['court'] })).body)).toEqual(['name']);
    const listed = (await get('/v1/departments', keys.office)).body.departments.map((d: any) => d.id);
    expect(listed).toContain('bj-court');
    expect(listed).not.toContain('bj-x');
  });

  it('changed roles hold on the next request: a fact outside the new competence is refused at once, and allowed again', async () => {
    const rating = (n: number) => ({
      type: 'TaxCreditRated',
      sourceRecordId: `roles-${n}`,
      subject: { kind: 'enterprise', code: enterpriseCode(7601), name: '北京某某角色有限公司' },
      data: { year: 2025, level: 'M', publishedOn: '2026-04-20' },
    });
    expect((await call('PUT', '/v1/departments/tax/roles', keys.tax, { roles: ['court'] })).status).toBe(403);
    const changed = await call('PUT', '/v1/departments/tax/roles', keys.office, { roles: ['court'] });
    expect(changed).toEqual({ status: 200, body: { departmentId: 'tax', roles: ['court'], previousRoles: ['tax'] } });
    const refused = (await facts(keys.tax, [rating(1)])).results[0];
    expect(refused).toMatchObject({ status: 'rejected', problem: { status: 403 } });

    expect((await call('PUT', '/v1/departments/tax/roles', keys.office, { roles: ['tax'] })).body.roles).toEqual(['tax']);
    expect((await facts(keys.tax, [rating(2)])).results[0].status).toBe('accepted');

    expect(await call('PUT', '/v1/departments/nobody/roles', keys.office, { roles: ['tax'] })).toMatchObject({
      status: 404,
      body: { errors: [{ field: 'id' }] },
    });
    expect(fields((await call('PUT', '/v1/departments/tax/roles', keys.office, { roles: ['judge'] })).body)).toEqual(['roles[0]']);
  });

  it('a revoked key is refused on the very next request', async () => {
    const issued = await call('POST', '/v1/departments/market/keys', keys.office);
    expect((await get('/v1/me', issued.body.key)).status).toBe(200);
    expect((await call('DELETE', `/v1/departments/market/keys/${issued.body.keyId}`, keys.office)).status).toBe(200);
    expect((await get('/v1/me', issued.body.key)).status).toBe(401);
  });
});

describe(`the console's api: rule sets (${backend})`, () => {
  const rated = { kind: 'enterprise', code: enterpriseCode(7611), name: '北京某某A级有限公司' };
  const rank = { kind: 'enterprise', code: enterpriseCode(7612), name: '北京某某B级有限公司' };
  let shipped: { id: string; version: string; files: Record<string, string> };
  /** The shipped set as 2026.9 with the A-level criterion moved to B: A-rated taxpayers leave the red list, B-rated join it. */
  const nextVersion = () => {
    const files = { ...shipped.files };
    files['rule-set.yaml'] = files['rule-set.yaml'].replace(`version: "${shipped.version}"`, 'version: "2026.9"');
    files['a-level-taxpayers.yaml'] = files['a-level-taxpayers.yaml'].replace(/(id: TAXA\.LIST\.A_LEVEL[\s\S]*?equals: )A/, '$1B');
    return files;
  };

  beforeAll(async () => {
    shipped = (await get('/v1/rule-sets/shipped', keys.office)).body;
    const { position } = await facts(keys.tax, [
      { type: 'TaxCreditRated', sourceRecordId: 'rs-a', subject: rated, data: { year: 2025, level: 'A', publishedOn: '2026-04-20' } },
      { type: 'TaxCreditRated', sourceRecordId: 'rs-b', subject: rank, data: { year: 2025, level: 'B', publishedOn: '2026-04-20' } },
    ]);
    // the preview reads the log in its gap-free order: wait until the ratings are readable there
    await get(`/v1/subjects/${rated.code}/lists?after=${position}`, keys.tax);
  });

  it('the shipped files are offered to start from; the rule sets are the credit office’s (403 for others)', async () => {
    expect(shipped.files['rule-set.yaml']).toContain(`version: "${shipped.version}"`);
    expect(Object.keys(shipped.files)).toContain('a-level-taxpayers.yaml');
    expect((await get('/v1/rule-sets', keys.tax)).status).toBe(403);
    expect((await call('POST', '/v1/rule-sets', keys.tax, { files: nextVersion() })).status).toBe(403);
    expect(await get('/v1/rule-sets', keys.office)).toMatchObject({
      status: 200,
      body: { asOf: '2026-11-20', inForce: { version: shipped.version, shipped: true }, published: [], activations: [] },
    });
  });

  it('a rule set that does not read is refused (422) naming each file and path; the shape of `files` is a 400', async () => {
    const files = nextVersion();
    files['wage-arrears.yaml'] = 'memoranda: [\n';
    files['a-level-taxpayers.yaml'] = files['a-level-taxpayers.yaml'].replace('kind: incentive', 'kind: bounty');
    const refused = await call('POST', '/v1/rule-sets', keys.office, { files });
    expect(refused.status).toBe(422);
    expect(fields(refused.body)).toEqual(
      expect.arrayContaining(['files["wage-arrears.yaml"]', 'files["a-level-taxpayers.yaml"].memoranda[0].kind']),
    );
    const { ['rule-set.yaml']: _head, ...headless } = nextVersion();
    expect(fields((await call('POST', '/v1/rule-sets', keys.office, { files: headless })).body)).toEqual(['files["rule-set.yaml"]']);
    expect(await call('POST', '/v1/rule-sets', keys.office, { files: { 'rule-set.yaml': 1 } })).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'files["rule-set.yaml"]' }] },
    });
    expect((await call('POST', '/v1/rule-sets', keys.office, { files: [] })).status).toBe(400);
  });

  it('publish (201, then 200 alreadyPublished) → preview shows who gains and loses → activate → in force', async () => {
    const published = await call('POST', '/v1/rule-sets', keys.office, { files: nextVersion() });
    expect(published).toMatchObject({
      status: 201,
      body: { id: shipped.id, version: '2026.9', digest: expect.stringMatching(/^[0-9a-f]{64}$/), alreadyPublished: false },
    });
    expect(await call('POST', '/v1/rule-sets', keys.office, { files: nextVersion() })).toMatchObject({
      status: 200,
      body: { version: '2026.9', alreadyPublished: true },
    });
    const otherContent = nextVersion();
    otherContent['rule-set.yaml'] = otherContent['rule-set.yaml'].replace(/effectiveFrom: \S+/, 'effectiveFrom: 2026-12-01');
    expect(await call('POST', '/v1/rule-sets', keys.office, { files: otherContent })).toMatchObject({
      status: 409,
      body: { errors: [{ field: 'version' }] },
    });

    const preview = await call('POST', '/v1/rule-sets/2026.9/preview', keys.office, { effectiveFrom: '2026-10-01' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ from: { version: shipped.version }, to: { version: '2026.9' }, effectiveFrom: '2026-10-01' });
    expect(preview.body.changes).toEqual([
      expect.objectContaining({
        subject: rated.code,
        lost: [expect.objectContaining({ listType: 'a-level-taxpayer', on: '2026-10-01' })],
        measuresLost: expect.arrayContaining(['TAXA.GREEN_CHANNEL']),
      }),
      expect.objectContaining({ subject: rank.code, gained: [expect.objectContaining({ listType: 'a-level-taxpayer' })] }),
    ]);
    expect(await call('POST', '/v1/rule-sets/2031.1/preview', keys.office, { effectiveFrom: '2026-10-01' })).toMatchObject({
      status: 404,
      body: { errors: [{ field: 'version' }] },
    });
    for (const effectiveFrom of ['2026-13-01', 20261001])
      expect(await call('POST', '/v1/rule-sets/2026.9/preview', keys.office, { effectiveFrom })).toMatchObject({
        status: 422,
        body: { errors: [{ field: 'effectiveFrom' }] },
      });

    const activated = await call('POST', '/v1/rule-sets/2026.9/activation', keys.office, { effectiveFrom: '2026-10-01' });
    expect(activated).toEqual({ status: 200, body: preview.body });
    const overview = (await get('/v1/rule-sets', keys.office)).body;
    expect(overview).toMatchObject({
      inForce: { version: '2026.9', since: '2026-10-01', shipped: false, digest: published.body.digest },
      shipped: { version: shipped.version },
      published: [{ version: '2026.9', publishedAt: expect.any(String), actor: expect.stringMatching(/^api-key:/) }],
      activations: [
        {
          version: '2026.9',
          effectiveFrom: '2026-10-01',
          previous: { version: shipped.version },
          actor: expect.stringMatching(/^api-key:/),
        },
      ],
    });
    expect(await call('POST', '/v1/rule-sets/2026.9/activation', keys.office, { effectiveFrom: '2026-10-01' })).toMatchObject({
      status: 409,
      body: { errors: [{ field: 'version' }] },
    });
  });
});

describe(`the console's api: the credit-repair queue (${backend})`, () => {
  const subject = { kind: 'enterprise', code: enterpriseCode(7621), name: '江城某某修复有限公司' };
  const penalty = (n: number) => ({
    type: 'PenaltyDecided',
    sourceRecordId: `rp-${n}`,
    subject,
    data: {
      decisionNumber: `京朝市监罚〔2026〕${700 + n}号`,
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
  });
  const performed = (n: number) => ({
    type: 'PenaltyPerformed',
    sourceRecordId: `rpp-${n}`,
    subject,
    data: { decisionNumber: `京朝市监罚〔2026〕${700 + n}号`, performedOn: '2026-05-20', proof: '缴款书' },
  });
  const application = (n: number, recordEventId: string, appliedOn: string) => ({
    type: 'CreditRepairApplied',
    sourceRecordId: `ra-${n}`,
    subject,
    data: { applicationNumber: `XF-7${n}`, recordEventId, commitmentMade: true, appliedOn },
  });
  let after = '';

  beforeAll(async () => {
    const recorded = await facts(keys.market, [penalty(1), penalty(2), performed(1), performed(2)]);
    expect(recorded.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    const [first, second] = recorded.results.map((r) => r.eventId as string);
    // one long past its review deadline, applied for by the deciding department; one recent, applied for by the credit office
    expect((await facts(keys.market, [application(1, first, '2026-11-02')])).results[0].status).toBe('accepted');
    const byOffice = await facts(keys.office, [application(2, second, '2026-11-19')]);
    expect(byOffice.results[0].status).toBe('accepted');
    after = byOffice.position;
  });

  it('lists pending applications with their review deadline and overdue flag; the credit office sees all', async () => {
    const { status, body } = await get(`/v1/repairs?status=pending&after=${after}`, keys.office);
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2026-11-20', reviewWorkingDays: 10, basis: { documentNumber: '国办发〔2025〕22号' } });
    expect(body.repairs).toEqual([
      expect.objectContaining({
        subject: subject.code,
        applicationNumber: 'XF-71',
        appliedBy: 'market',
        status: 'pending',
        review: expect.objectContaining({ startedOn: '2026-11-02', workingDays: 10, status: 'overdue' }),
        overdue: true,
      }),
      expect.objectContaining({
        applicationNumber: 'XF-72',
        appliedBy: 'office',
        review: expect.objectContaining({ status: 'open' }),
        overdue: false,
      }),
    ]);
    expect(body.repairs[0].review.dueOn < '2026-11-20').toBe(true);
    expect(body.repairs[1].review.dueOn > '2026-11-20').toBe(true);
    expect((await get('/v1/repairs?overdue=true', keys.office)).body.repairs.map((r: any) => r.applicationNumber)).toEqual(['XF-71']);
    expect((await get('/v1/repairs?status=decided', keys.office)).body.repairs).toEqual([]);
    expect((await get('/v1/repairs?limit=1', keys.office)).body.repairs).toHaveLength(1);
  });

  it('a department sees the applications for its own records, also those the credit office recorded; not another’s', async () => {
    const own = (await get('/v1/repairs', keys.market)).body.repairs.map((r: any) => r.applicationNumber);
    expect(own).toEqual(['XF-71', 'XF-72']);
    expect((await get('/v1/repairs', keys.tax)).body.repairs).toEqual([]);
    expect(await get('/v1/repairs?department=market', keys.tax)).toMatchObject({
      status: 403,
      body: { errors: [{ field: 'department' }] },
    });
    expect((await get('/v1/repairs?department=market', keys.office)).body.repairs).toHaveLength(2);
  });

  it('refuses bad filters naming each (400)', async () => {
    const { status, body } = await get('/v1/repairs?status=open&overdue=maybe&limit=0', keys.office);
    expect(status).toBe(400);
    expect(fields(body).sort()).toEqual(['limit', 'overdue', 'status']);
  });
});
