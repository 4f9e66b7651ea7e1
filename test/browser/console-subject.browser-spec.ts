import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { backend } from '../support/test-storage.js';
import { useTestApi } from '../support/test-api.js';
import { countScripts, signIn, useBrowser, expectText } from '../support/browser.js';
import {
  HANBIN_ENTERPRISE,
  LEGAL_REPRESENTATIVE,
  LISTED_ON,
  hanbinCourtListing,
  hanbinLegalRepresentative,
  postFacts,
} from './console-seed.js';

/**
 * The console's core: find a subject by part of its name, read its measures with the proof behind each, move the
 * as-of date before the listing, audit the list changes (CSV) and see a person query logged with its purpose.
 */
const api = useTestApi({ office: ['credit-office'], court: ['court'], market: ['own-decisions', 'registration'] });
const browser = useBrowser('console-subject');
const CODE = HANBIN_ENTERPRISE.code;
const PROCUREMENT = '限制作为供应商参加政府采购';
let listingFact: string;

beforeAll(async () => {
  await postFacts(api.base, api.keys.market, [hanbinLegalRepresentative]);
  const listed = await postFacts(api.base, api.keys.court, [hanbinCourtListing]);
  listingFact = listed.eventIds[0];
  // read your writes: the search and list read models have applied the listing before the browser asks
  for (const path of [`/v1/subjects?q=${CODE}`, `/v1/subjects/${CODE}/measures`]) {
    const response = await fetch(`${api.base}${path}${path.includes('?') ? '&' : '?'}after=${listed.position}`, {
      headers: { 'x-api-key': api.keys.office },
    });
    expect(response.status).toBe(200);
  }
});

async function givePurpose(page: Page, purpose: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: '查询目的 Purpose' });
  await dialog.getByLabel('查询目的 Purpose').fill(purpose);
  await dialog.getByRole('button', { name: /查询 Query/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const measuresOf = (page: Page) => page.getByRole('table', { name: '措施 Measures' });

describe(`the console: search, subject, proof, audit (${backend})`, () => {
  it('finds the subject by part of its name, shows its measures with their proof chain, and follows the as-of date', async () => {
    const page = await browser.newPage();
    await signIn(page, api.base, api.keys.office);

    await page.getByLabel('统一社会信用代码、身份证号或名称').fill('汉滨区示例');
    await page.getByRole('button', { name: '查询 Search' }).click();
    const found = page.getByRole('link', { name: HANBIN_ENTERPRISE.name });
    await found.waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('汉滨区示例');
    expect(await page.getByRole('table', { name: '查询结果 Results' }).innerText()).toContain(CODE);
    await browser.shot(page, 'search');

    await found.click();
    await page.waitForURL(new RegExp(`/console/subjects/${CODE}`));
    // its relations name a person: the page asks why before showing them
    await givePurpose(page, '联合惩戒核查');
    await measuresOf(page).getByText(PROCUREMENT, { exact: true }).waitFor();
    await page.getByRole('heading', { name: HANBIN_ENTERPRISE.name }).waitFor();
    const entries = page.getByRole('table', { name: '名单条目 List entries' });
    await entries.getByText('失信被执行人').waitFor();
    await expectText(entries, /有效[\s\S]*2026-06-15[\s\S]*2028-06-15[\s\S]*法释〔2017〕7号/);
    await page.getByRole('table', { name: '关联人员与机构 Relations' }).getByRole('link', { name: LEGAL_REPRESENTATIVE.name }).waitFor();
    await browser.shot(page, 'subject');

    await measuresOf(page)
      .getByRole('button', { name: `依据链：${PROCUREMENT}` })
      .click();
    const proof = page.getByRole('region', { name: `依据链 Proof：${PROCUREMENT}` });
    await proof.waitFor();
    const proofText = await proof.innerText();
    expect(proofText).toContain('发改财金〔2016〕141号');
    expect(proofText).toContain('法释〔2017〕7号');
    expect(proofText).toContain('第一条第（五）项');
    expect(await proof.getByRole('link', { name: '失信被执行人', exact: true }).getAttribute('href')).toMatch(/^#entry-/);
    await browser.shot(page, 'proof-chain');
    await proof.getByRole('link', { name: '纳入失信被执行人名单' }).click();
    await page.waitForURL(new RegExp(`#event-${listingFact}$`));
    const event = page.locator(`#event-${listingFact}`);
    await expectText(event, '事实日期 2026-06-15');
    expect(await event.evaluate((e) => e.matches(':target'))).toBe(true);

    const asOf = page.getByLabel('查询日期 As of');
    await asOf.click();
    await asOf.fill('2026-06-01');
    await asOf.press('Enter');
    await page.waitForURL(/asOf=2026-06-01/);
    await page.getByText('该日无适用的惩戒或激励措施').waitFor();
    expect(await page.getByText(PROCUREMENT).count()).toBe(0);
    await entries.getByText('尚未生效').waitFor();
    // back: the day before is in the URL, so the measure returns
    await page.goBack();
    await measuresOf(page).getByText(PROCUREMENT, { exact: true }).waitFor();
    expect(LISTED_ON > '2026-06-01').toBe(true);
  });

  it('audits the list changes with filters and exports them as CSV; a person search is logged with its purpose', async () => {
    const page = await browser.newPage();
    await signIn(page, api.base, api.keys.office);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByText('名单变更审计 Audit').click();
    await page.getByLabel('主体代码 Subject').fill(CODE);
    await page.getByRole('button', { name: '筛选 Filter' }).click();
    await page.waitForURL(new RegExp(`subject=${CODE}`));
    const changes = page.getByRole('table', { name: '名单变更 List changes' });
    await changes.getByRole('link', { name: CODE }).waitFor();
    await expectText(changes, /列入[\s\S]*dishonest-judgment-debtor/);
    await browser.shot(page, 'audit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('list-changes.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/^position,recordedAt,subject,change/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(CODE);

    await menu.getByText('主体查询 Search').click();
    await page.getByLabel('统一社会信用代码、身份证号或名称').fill(LEGAL_REPRESENTATIVE.idNumber);
    await page.getByRole('button', { name: '查询 Search' }).click();
    await givePurpose(page, '核查法定代表人任职资格');
    await page.getByRole('table', { name: '查询结果 Results' }).waitFor();
    await menu.getByText('个人信息查询记录 Person queries').click();
    const log = page.getByRole('table', { name: '个人信息查询记录 Person queries' });
    await log.getByText('核查法定代表人任职资格').waitFor();
    await expectText(log, /search[\s\S]*核查法定代表人任职资格/);
    await browser.shot(page, 'person-queries');
  });

  it('is usable from the keyboard: Tab from the search field reaches the search button, Enter searches', async () => {
    const page = await browser.newPage();
    await signIn(page, api.base, api.keys.office);
    const field = page.getByLabel('统一社会信用代码、身份证号或名称');
    await field.focus();
    await page.keyboard.type('示例建设');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('查询 Search');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: HANBIN_ENTERPRISE.name }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('示例建设');
  });

  it('opens a subject page directly, signed in, within the first-load budget (≤ 500 kB compressed JS; ≤ 2 s idle, ≤ 2.5× the cold shell alone under load)', async () => {
    const context = (await browser.newPage()).context();
    const me = await (await fetch(`${api.base}/v1/me`, { headers: { 'x-api-key': api.keys.office } })).json();
    // sessionStorage is per tab: the new tab is given the signed-in session before the console's code runs
    await context.addInitScript(
      `sessionStorage.setItem('jiangcheng.apiKey', ${JSON.stringify(api.keys.office)});` +
        `sessionStorage.setItem('jiangcheng.caller', ${JSON.stringify(JSON.stringify(me))});`,
    );
    const page = await context.newPage();
    const scripts = countScripts(page);
    await page.goto(`${api.base}/console/subjects/${CODE}`);
    await measuresOf(page).getByText(PROCUREMENT, { exact: true }).waitFor();
    const interactiveMs = Math.round(await page.evaluate<number>('performance.now()'));
    const bytes = await scripts();
    const { measuresAskedMs, largestScriptInMs } = await page.evaluate<{ measuresAskedMs: number; largestScriptInMs: number }>(`(() => {
      const loaded = performance.getEntriesByType('resource');
      const largest = loaded.filter((e) => e.name.endsWith('.js')).sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
      const measures = loaded.find((e) => e.name.includes('/measures'));
      return { measuresAskedMs: Math.round(measures.startTime), largestScriptInMs: Math.round(largest.responseEnd) };
    })()`);
    // the same clock on the smallest page (the shell and the sign-in form), loaded the same way (a fresh context: nothing
    // cached), to read the subject page's time against the machine's load
    const reference = await browser.newPage();
    await reference.goto(`${api.base}/console/sign-in`);
    await reference.getByLabel('API 密钥 (API key)').waitFor();
    const signInPageMs = Math.round(await reference.evaluate<number>('performance.now()'));
    const result = {
      backend,
      url: `/console/subjects/${CODE}`,
      interactiveMs,
      scripts: bytes,
      signInPageMs,
      ratioToSignIn: Math.round((interactiveMs / signInPageMs) * 100) / 100,
      measuresAskedMs,
      largestScriptInMs,
    };
    fs.mkdirSync(path.resolve('artifacts', 'browser'), { recursive: true });
    fs.writeFileSync(path.resolve('artifacts', 'browser', 'first-load.json'), JSON.stringify(result, null, 2) + '\n');
    console.log('console first load', JSON.stringify(result));
    expect(bytes.transferred).toBeLessThanOrEqual(500_000);
    // The entry holds no React: the subject's calls are on their way before the shell's largest script has arrived.
    expect(measuresAskedMs).toBeLessThan(largestScriptInMs);
    // The goal is 2 s on an idle machine (docs/web.md reports the runs). Under the test suite's own load only the
    // ratio to the shell alone is steady: the subject page (its calls, its code and both renders) may cost at most
    // one and a half times the cold sign-in page on top of it.
    expect(interactiveMs).toBeLessThanOrEqual(Math.max(2000, 2.5 * signInPageMs));
  });
});
