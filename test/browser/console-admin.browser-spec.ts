import type { Page } from 'playwright-core';
import { fixedClock } from '#kernel';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { signIn, useBrowser, expectText } from '../support/browser.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * The credit office's admin pages in a browser: dashboards draw the seeded facts, the queues show an objection and a
 * repair application with their deadlines (overdue tagged), a changed rule set is published, previewed (who gains or
 * loses the A-level entry) and activated, and a key issued in the console works until it is revoked there.
 */
const api = useTestApi(
  { office: ['credit-office'], akscjgj: ['own-decisions'], akfy: ['court'], tax: ['tax'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') }, departmentsOnStream: true },
);
const browser = useBrowser('console-admin');

const debtor = { kind: 'enterprise', code: enterpriseCode(9101, '610902'), name: '安康某某商贸有限公司' };
const fined = { kind: 'enterprise', code: enterpriseCode(9102, '610902'), name: '安康某某食品有限公司' };
const rated = { kind: 'enterprise', code: enterpriseCode(9103), name: '北京某某A级有限公司' };
const rank = { kind: 'enterprise', code: enterpriseCode(9104), name: '北京某某B级有限公司' };
const PENALTY = '安市监罚〔2026〕77号';

async function send(method: string, path: string, key: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function record(key: string, ...items: object[]): Promise<{ eventIds: string[]; position: string }> {
  const { status, body } = await send('POST', '/v1/facts', key, { items });
  expect([status, body.results.map((r: any) => [r.status, r.problem])]).toEqual([200, items.map(() => ['accepted', undefined])]);
  return { eventIds: body.results.map((r: any) => r.eventId), position: body.position };
}

const rating = (sourceRecordId: string, subject: object, level: string) => ({
  type: 'TaxCreditRated',
  sourceRecordId,
  subject,
  data: { year: 2025, level, publishedOn: '2026-04-20' },
});

/** A court listing under objection since 2026-11-02 (acceptance overdue by 2026-11-20), a fine with a repair application
 * from 2026-10-15 (review overdue), and two tax ratings the next rule set treats differently. */
async function seed(): Promise<void> {
  const listing = await record(api.keys.akfy, courtListing('court-1', debtor, 9101));
  const [penaltyId] = (
    await record(api.keys.akscjgj, {
      type: 'PenaltyDecided',
      sourceRecordId: 'p-1',
      subject: fined,
      data: {
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
        authorityName: '安康市汉滨区市场监督管理局',
      },
    })
  ).eventIds;
  await record(api.keys.akscjgj, {
    type: 'PenaltyPerformed',
    sourceRecordId: 'pp-1',
    subject: fined,
    data: { decisionNumber: PENALTY, performedOn: '2026-05-20', proof: '缴款书 No.1' },
  });
  await record(api.keys.akscjgj, {
    type: 'CreditRepairApplied',
    sourceRecordId: 'a-1',
    subject: fined,
    data: { applicationNumber: 'XF-2026-001', recordEventId: penaltyId, commitmentMade: true, appliedOn: '2026-10-15' },
  });
  const ratings = await record(api.keys.tax, rating('r-a', rated, 'A'), rating('r-b', rank, 'B'));
  const filed = await send('POST', '/v1/objections', api.keys.office, {
    subject: debtor.code,
    eventId: listing.eventIds[0],
    filedBy: 'subject',
    grounds: '已履行完毕，不应列入',
    on: '2026-11-02',
  });
  expect(filed.status).toBe(201);
  // the preview reads the log in its gap-free order: wait until the ratings are readable there
  await send('GET', `/v1/subjects/${rated.code}/lists?after=${ratings.position}`, api.keys.office);
}

/** The answer to GET /v1/me with `key`, polled until it is `expected` (a revocation reaches the api's directory in moments) or 10 s pass. */
async function statusWithin(key: string, expected: number): Promise<number> {
  const until = Date.now() + 10_000;
  let status = 0;
  while (Date.now() < until && (status = (await send('GET', '/v1/me', key)).status) !== expected)
    await new Promise((r) => setTimeout(r, 100));
  return status;
}

async function signedIn(): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, api.base, api.keys.office);
  return page;
}

describe(`the console's admin pages (${backend})`, () => {
  beforeAll(seed, 30_000);

  it('统计看板 draws the seeded facts for the period in the URL, each chart named for screen readers', async () => {
    const page = await signedIn();
    await page.goto(`${api.base}/console/dashboards?from=2026-01-01&to=2026-12-31`);
    expect(await page.getByLabel('起始日期').inputValue()).toBe('2026-01-01');
    expect(await page.getByLabel('截止日期').inputValue()).toBe('2026-12-31');
    const listChanges = page.getByRole('img', { name: /^名单变更/ });
    await listChanges.waitFor();
    expect(await listChanges.getAttribute('aria-label')).toMatch(/2026-11 至 2026-11，共列入 [1-9]\d* 次/);
    expect(await page.getByRole('img', { name: /^双公示及时率.*超时 1 项/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^异议处理时限.*共受理异议 1 件.*逾期未办 1/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^信用修复时限.*共 1 件申请.*逾期未办 1/ }).count()).toBe(1);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel('数据表 Table').first().click();
    await page
      .getByRole('table', { name: /名单变更.*数据表/ })
      .getByText('dishonest-judgment-debtor')
      .waitFor();
    await browser.shot(page, 'dashboards');

    // another period in the URL: nothing recorded then
    await page.goto(`${api.base}/console/dashboards?from=2025-01-01&to=2025-03-31`);
    await page.getByText('本期无数据 No data in this period').first().waitFor();
  }, 60_000);

  it('异议与修复 shows the objection with its step deadlines and the repair application, overdue said in words', async () => {
    const page = await signedIn();
    await page.goto(`${api.base}/console/queues`);
    const objections = page.getByRole('table', { name: '异议 Objections' });
    const row = objections.getByRole('row', { name: new RegExp(debtor.code) });
    await row.waitFor();
    await expectText(row, /截止 2026-11-\d\d[\s\S]*逾期 Overdue/);
    expect(await row.getByRole('link', { name: new RegExp(debtor.name) }).getAttribute('href')).toBe(`/console/subjects/${debtor.code}`);
    await browser.shot(page, 'queues-objections');

    await page.getByLabel('状态 Status').click();
    await page.locator('.ant-select-dropdown').getByTitle('已决定 Decided').click();
    await page.waitForURL(/status=decided/);
    await row.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: '信用修复 Repairs' }).click();
    const repair = page.getByRole('table', { name: '信用修复申请 Repair applications' }).getByRole('row', { name: /XF-2026-001/ });
    await repair.waitFor();
    await expectText(repair, /待审 Pending[\s\S]*截止 2026-1\d-\d\d[\s\S]*逾期 Overdue/);
    await browser.shot(page, 'queues-repairs');
  }, 60_000);

  it('规则集: a refused file names its path; a changed set is published, previewed, activated from a date and is then in force', async () => {
    const page = await signedIn();
    await page.goto(`${api.base}/console/rule-sets`);
    await page.getByText('现行规则集 In force').waitFor();
    await page.getByRole('button', { name: /从内置规则集开始/ }).click();
    const head = page.getByLabel('rule-set.yaml');
    const aLevel = page.getByLabel('a-level-taxpayers.yaml');
    await head.waitFor();
    const headText = await head.inputValue();
    expect(headText).toContain('version: "2026.1"');

    await head.fill(headText.replace('version: "2026.1"', 'version: "2026.2"').replace(/effectiveFrom: .*/, 'effectiveFrom: 2026-13-01'));
    await page.getByRole('button', { name: '发布 Publish' }).click();
    const problems = page.getByRole('alert').getByRole('list', { name: '问题 Problems' });
    await problems.waitFor();
    await expectText(problems, 'files["rule-set.yaml"]');
    await browser.shot(page, 'rule-sets-refused');

    await head.fill(headText.replace('version: "2026.1"', 'version: "2026.2"'));
    // the A-level criterion moved to B: the A-rated subject leaves the red list, the B-rated one joins it
    await aLevel.fill((await aLevel.inputValue()).replace(/(id: TAXA\.LIST\.A_LEVEL[\s\S]*?equals: )A/, '$1B'));
    await page.getByRole('button', { name: '发布 Publish' }).click();
    await page.getByText('已发布版本 2026.2（尚未生效，需激活）').waitFor();

    const effective = page.getByLabel('生效日期 Effective from');
    await effective.click();
    await effective.fill('2026-11-01');
    await effective.press('Enter');
    await page.getByRole('button', { name: '预览 Preview' }).click();
    const plan = page.getByRole('table', { name: '预览 Preview 变化 Changes' });
    await plan.getByRole('row', { name: new RegExp(rated.code) }).waitFor();
    await expectText(plan.getByRole('row', { name: new RegExp(rated.code) }), '− a-level-taxpayer 2026-11-01');
    await expectText(plan.getByRole('row', { name: new RegExp(rank.code) }), '+ a-level-taxpayer 2026-04-20');
    await browser.shot(page, 'rule-sets-preview');

    await page.getByRole('button', { name: '激活 Activate' }).click();
    const dialog = page.getByRole('dialog', { name: '确认激活 Confirm activation' });
    await expectText(dialog, /2026\.2[\s\S]*2026-11-01/);
    await dialog.getByRole('button', { name: '激活 2026.2' }).click();
    await page.getByText('已激活版本 2026.2，自 2026-11-01 起生效').waitFor();
    await page.getByRole('table', { name: '激活记录 Activations' }).getByText('2026-11-01').waitFor();
    const inForce = (await send('GET', '/v1/rule-sets', api.keys.office)).body.inForce;
    expect(inForce).toMatchObject({ version: '2026.2', since: '2026-11-01', shipped: false });
    await page.reload();
    await page.getByText('2026.2').first().waitFor();
    await expectText(page.locator('.ant-descriptions'), /2026\.2[\s\S]*2026-11-01/);
    await browser.shot(page, 'rule-sets-activated');
  }, 120_000);

  it('部门与密钥: a key issued in the console works, and once revoked there it is refused (401), in the browser too', async () => {
    const page = await signedIn();
    await page.goto(`${api.base}/console/departments`);
    await page.getByRole('button', { name: '签发密钥 akscjgj' }).click();
    const shown = page.getByRole('dialog', { name: /新密钥 New key/ });
    await shown.getByText('此密钥只显示这一次').waitFor();
    const key = await shown.getByLabel('新密钥 New API key').inputValue();
    expect(key).toMatch(/^jc_/);
    await browser.shot(page, 'departments-key-issued');
    await shown.getByRole('button', { name: '我已保存 Done' }).click();

    const me = await send('GET', '/v1/me', key);
    expect([me.status, me.body.departmentId]).toEqual([200, 'akscjgj']);
    const keyId = (await send('GET', '/v1/departments', api.keys.office)).body.departments
      .find((d: any) => d.id === 'akscjgj')
      .keys.at(-1).id;

    await page.getByRole('button', { name: `吊销 Revoke ${keyId}` }).click();
    const confirm = page.getByRole('dialog', { name: '确认吊销密钥 Revoke key' });
    expect(await confirm.innerText()).toContain(keyId);
    await confirm.getByRole('button', { name: '吊销 Revoke' }).click();
    await page.getByText(/已吊销 Revoked/).waitFor();
    expect(await statusWithin(key, 401)).toBe(401);
    await browser.shot(page, 'departments-key-revoked');

    const refused = await browser.newPage();
    await refused.goto(`${api.base}/console/sign-in`);
    await refused.getByLabel('API 密钥 (API key)').fill(key);
    await refused.getByRole('button', { name: /登录/ }).click();
    await refused.getByRole('alert').waitFor();
    await expectText(refused.getByRole('alert'), /revoked|unknown|吊销|未知/i);
    await browser.shot(refused, 'sign-in-with-revoked-key');
  }, 60_000);

  it('部门与密钥: a department is added with roles the api knows and its roles changed', async () => {
    const page = await signedIn();
    await page.goto(`${api.base}/console/departments`);
    // A retried attempt adds its own department: the one an earlier attempt added would be refused as existing.
    const id = `ak-sw-${Math.random().toString(36).slice(2, 8)}`;
    await page.getByLabel('部门编号 Id').fill(id);
    await page.getByLabel('部门名称 Name').fill('安康市商务局');
    await page.getByLabel('角色 Roles').click();
    await page
      .locator('.ant-select-dropdown')
      .getByTitle(/^own-decisions：/)
      .click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '新增 Add' }).click();
    await page
      .getByRole('dialog', { name: `新密钥 New key：${id}` })
      .getByRole('button', { name: '我已保存 Done' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(id) });
    await row.getByText('own-decisions').waitFor();

    await page.getByRole('button', { name: `修改角色 ${id}` }).click();
    const dialog = page.getByRole('dialog', { name: /修改角色 Change roles/ });
    await dialog.getByLabel('角色 Roles').click();
    await page
      .locator('.ant-select-dropdown')
      .getByTitle(/^registration：/)
      .click();
    await dialog.getByText(/修改角色 Change roles/).click(); // closes the options, not the dialog
    await dialog.getByRole('button', { name: '保存 Save' }).click();
    await row.getByText('registration').waitFor();
    const departments = (await send('GET', '/v1/departments', api.keys.office)).body.departments;
    expect(departments.find((d: any) => d.id === id).roles).toEqual(['own-decisions', 'registration']);
    await browser.shot(page, 'departments');
  }, 60_000);
});
