import type { Page } from 'playwright-core';
import { fixedClock } from '#kernel';
import { validResidentId, validUscc } from '#kernel/testing';
import { courtListing, warningPenalty } from '../fixtures/fact-lines.js';
import { countScripts, useBrowser, expectText } from '../support/browser.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * The public credit site 信用安康 (issue 15) as the public uses it, with no key: 双公示 with its filter, a subject's page
 * (a 身份证号 only masked, a penalty past its window absent), the black list, the home search, and the polite message
 * of the public rate limit. Each page keeps a screenshot in artifacts/browser/public-site/.
 */
const PUBLIC_REQUESTS = 8;
const api = useTestApi(
  { market: ['own-decisions'], court: ['court'], tax: ['tax'] },
  {
    // Each page sends its own X-Forwarded-For, so each has its own budget of PUBLIC_REQUESTS (the limit is per address).
    config: { trustProxy: 'loopback', rateLimits: { windowSeconds: 60, publicRequests: PUBLIC_REQUESTS, failedAuthentications: 50 } },
    overrides: { clock: fixedClock('2026-11-20T04:00:00Z') },
  },
);
const browser = useBrowser('public-site');

const operatorId = validResidentId('610902', '19850307', 21);
const snackBar = { kind: 'individual-business', code: validUscc('92', '610902', 'MA0K3P7W'), name: '安康市汉滨区李四风味小吃店' };
const food = { kind: 'enterprise', code: validUscc('91', '610902', 'MA0F00D1'), name: '安康某某食品有限公司' };
const taxpayer = { kind: 'enterprise', code: validUscc('91', '610902', 'MA0TAX01'), name: '安康守信纳税有限公司' };
const MASKED_ID = `${operatorId.slice(0, 6)}********${operatorId.slice(-4)}`;
/** A full 身份证号: area, birth date, sequence, check character. */
const FULL_RESIDENT_ID = /\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]/;

let lastPosition = '';
async function record(department: string, items: object[]): Promise<void> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys[department] },
    body: JSON.stringify({ items }),
  });
  const body: any = await response.json();
  expect([response.status, body.results.map((r: any) => r.problem ?? r.status)]).toEqual([200, items.map(() => 'accepted')]);
  lastPosition = body.results.at(-1).position;
}

let address = 0;
/** A browser page from an address of its own (so from its own share of the public rate limit). */
async function publicPage(): Promise<{ page: Page; from: string }> {
  const from = `203.0.113.${++address}`;
  const page = await browser.newPage();
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': from });
  return { page, from };
}

async function publicGet(path: string, from: string): Promise<Response> {
  return fetch(`${api.base}${path}`, { headers: { 'x-forwarded-for': from } });
}

/** Waits until the read models the pages read have applied the seed (the subjects' search has no `after`: it is polled). */
async function seeded(): Promise<void> {
  const from = '198.51.100.1';
  for (const path of ['/v1/public/double-publicity?kind=penalty', '/v1/public/lists?kind=black'])
    expect((await publicGet(`${path}&after=${lastPosition}`, from)).status).toBe(200);
  for (let attempt = 0; ; attempt++) {
    const found: any = await (
      await publicGet(`/v1/public/subjects?q=${encodeURIComponent(food.name)}`, `198.51.100.${10 + attempt}`)
    ).json();
    if (found.items?.length) return;
    if (attempt > 40) throw new Error(`the subjects' search never found ${food.name}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** All the text the page shows, as a reader sees it. */
const pageText = (page: Page) => page.locator('body').innerText();

describe(`the public credit site 信用安康 (${backend})`, () => {
  beforeAll(async () => {
    await record('market', [
      // Decided 18 days before "today": inside its 令第36号 window (一般: a year). The operator's 身份证号 is in the facts.
      warningPenalty('P-1', snackBar, {
        decisionNumber: '安汉市监罚〔2026〕88号',
        violationType: '未取得食品经营许可从事食品经营活动',
        violationFacts: `经营者李四（公民身份号码${operatorId}）未取得食品经营许可销售自制食品`,
        content: '警告',
        decisionDate: '2026-11-02',
        publicationDate: '2026-11-03',
        legalRepresentative: { idNumber: operatorId, name: '李四' },
        authorityName: '安康市汉滨区市场监督管理局',
      }),
      // 527号 一般: published for a year from 2021-03-01, long over on 2026-11-20
      warningPenalty('P-2', snackBar, {
        decisionNumber: '安汉市监罚〔2021〕7号',
        decisionDate: '2021-03-01',
        publicationDate: '2021-03-03',
      }),
      {
        type: 'LicenceGranted',
        sourceRecordId: 'L-1',
        subject: snackBar,
        data: {
          decisionNumber: '安汉市监许〔2026〕301号',
          decisionDocumentName: '食品经营许可决定书',
          licenceCategory: '普通',
          content: '热食类食品制售',
          decisionDate: '2026-11-10',
          validFrom: '2026-11-10',
          validTo: '2031-11-09',
          authorityName: '安康市汉滨区市场监督管理局',
        },
      },
      {
        type: 'InspectionResultRecorded',
        sourceRecordId: 'I-1',
        subject: food,
        data: {
          inspectionNumber: 'AK-SJ-2026-077',
          inspectedOn: '2026-09-18',
          items: '食品生产许可条件保持情况检查',
          result: 'compliant',
          authorityName: '安康市市场监督管理局',
        },
      },
    ]);
    await record('court', [courtListing('C-1', food, 58)]);
    await record('tax', [
      { type: 'TaxCreditRated', sourceRecordId: 'T-1', subject: taxpayer, data: { year: 2025, level: 'A', publishedOn: '2026-04-20' } },
    ]);
    await seeded();
  });

  it('loads the home page within the first-load budget', async () => {
    const { page } = await publicPage();
    const scripts = countScripts(page);
    const started = Date.now();
    await page.goto(`${api.base}/`);
    await page.getByLabel('企业名称或统一社会信用代码').waitFor();
    const bytes = await scripts();
    console.log(
      `public home first load (${backend}): ${(bytes.transferred / 1024).toFixed(1)} kB of scripts transferred ` +
        `(${(bytes.decoded / 1024).toFixed(1)} kB decoded), search box ready in ${Date.now() - started} ms`,
    );
    expect(bytes.transferred).toBeGreaterThan(0);
    expect(bytes.transferred).toBeLessThan(500 * 1024);
    expect(await pageText(page)).toContain('隐私保护');
    await browser.shot(page, 'home');
  });

  it('finds the penalty in its window on 双公示 by part of the name; its subject page shows the 身份证号 only masked and not the old penalty', async () => {
    const { page } = await publicPage();
    await page.goto(`${api.base}/double-publicity`);
    const penalties = page.getByRole('table', { name: '行政处罚公示' });
    await penalties.getByText('安汉市监罚〔2026〕88号').waitFor();
    expect(await penalties.getByText('安汉市监罚〔2021〕7号').count()).toBe(0);
    await browser.shot(page, 'double-publicity-penalties');

    await page.getByLabel('按企业名称或统一社会信用代码筛选').fill('李四风味');
    await page.waitForURL(/q=/);
    await penalties.getByRole('link', { name: snackBar.name }).waitFor();
    expect(await penalties.locator('tbody tr.ant-table-row').count()).toBe(1);
    const text = await pageText(page);
    expect(text).toContain(MASKED_ID);
    expect(text).not.toMatch(FULL_RESIDENT_ID);
    await browser.shot(page, 'double-publicity-filtered');

    await page.getByRole('tab', { name: '行政许可' }).click();
    await page.getByRole('table', { name: '行政许可公示' }).getByText('安汉市监许〔2026〕301号').waitFor();
    await browser.shot(page, 'double-publicity-licences');

    await page.getByRole('tab', { name: '行政处罚' }).click();
    await penalties.getByRole('link', { name: snackBar.name }).click();
    await page.waitForURL(`**/subjects/${snackBar.code}`);
    await page.getByRole('heading', { name: snackBar.name }).waitFor();
    const subjectPenalties = page.getByRole('table', { name: /行政处罚/ });
    await subjectPenalties.getByText('安汉市监罚〔2026〕88号').waitFor();
    await page
      .getByRole('table', { name: /行政许可/ })
      .getByText('安汉市监许〔2026〕301号')
      .waitFor();
    const subjectText = await pageText(page);
    expect(subjectText).toContain(MASKED_ID);
    expect(subjectText).not.toMatch(FULL_RESIDENT_ID);
    expect(subjectText).not.toContain(operatorId);
    expect(subjectText).not.toContain('安汉市监罚〔2021〕7号');
    expect(subjectText).toContain('安康市汉滨区市场监督管理局'); // the deciding authority
    expect(subjectText).toContain('国家发展改革委令第36号'); // what sets the window
    expect(subjectText).toContain('2026-11-02 至 2027-11-01'); // 一般: a year from the decision
    await browser.shot(page, 'subject-individual-business');
  });

  it('publishes the court-listed enterprise on the black list; its page shows the entry and its 双随机 result', async () => {
    const { page } = await publicPage();
    await page.goto(`${api.base}/lists/black`);
    const list = page.getByRole('table', { name: /失信主体名单/ });
    await list.getByRole('link', { name: food.name }).waitFor();
    const row = list.locator('tbody tr.ant-table-row', { hasText: food.name });
    await expectText(row, /失信被执行人[\s\S]*北京市朝阳区人民法院[\s\S]*2026-06-15 至/);
    await browser.shot(page, 'lists-black');

    await list.getByRole('link', { name: food.name }).click();
    await page
      .getByRole('table', { name: /红黑名单/ })
      .getByText('失信被执行人')
      .waitFor();
    await page
      .getByRole('table', { name: /双随机抽查结果/ })
      .getByText('未发现问题')
      .waitFor();
    await browser.shot(page, 'subject-enterprise');
  });

  it('publishes the red list and the 双随机 results', async () => {
    const red = await publicPage();
    await red.page.goto(`${api.base}/lists/red`);
    await red.page
      .getByRole('table', { name: /守信激励红名单/ })
      .getByRole('link', { name: taxpayer.name })
      .waitFor();
    await browser.shot(red.page, 'lists-red');

    const inspections = await publicPage();
    await inspections.page.goto(`${api.base}/inspections`);
    await inspections.page.getByRole('table', { name: '双随机抽查结果公示' }).getByText('AK-SJ-2026-077').waitFor();
    await browser.shot(inspections.page, 'inspections');
  });

  it('finds the enterprise by part of its name from the home search', async () => {
    const { page } = await publicPage();
    await page.goto(`${api.base}/`);
    await page.getByLabel('企业名称或统一社会信用代码').fill('某某食品');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const results = page.getByRole('region', { name: '查询结果' });
    await results.getByRole('link', { name: food.name }).waitFor();
    await browser.shot(page, 'home-search');
    await results.getByRole('link', { name: food.name }).click();
    await page.waitForURL(`**/subjects/${food.code}`);
    await page.getByRole('heading', { name: food.name }).waitFor();
  });

  it('shows the polite message, with the wait, when an address has used up the public rate limit', async () => {
    const { page, from } = await publicPage();
    for (let i = 0; i < PUBLIC_REQUESTS; i++) expect((await publicGet('/v1/public/lists?kind=red', from)).status).toBe(200);
    await page.goto(`${api.base}/lists/black`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expectText(alert, /访问过于频繁，请稍后再试（约 \d+ 秒后可再次访问）/);
    await browser.shot(page, 'rate-limited');
  });
});
