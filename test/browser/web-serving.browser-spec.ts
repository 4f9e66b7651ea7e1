import { backend } from '../support/test-storage.js';
import { useTestApi } from '../support/test-api.js';
import { countScripts, signIn, useBrowser, expectText } from '../support/browser.js';

/** The api serves the built console and public site; signing in with a key follows the department's roles. */
const api = useTestApi({ office: ['credit-office'], akscjgj: ['own-decisions'] });
const browser = useBrowser('web-serving');

describe(`the console and the public site are served by the api (${backend})`, () => {
  it('serves the public site at / and its client routes, compressed, and leaves the api its own 404s', async () => {
    const home = await fetch(`${api.base}/lists/black`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('信用安康');
    const unknownApi = await fetch(`${api.base}/v1/nothing-here`, { headers: { accept: 'text/html' } });
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.headers.get('content-type')).toContain('application/problem+json');

    const page = await browser.newPage();
    const scripts = countScripts(page);
    await page.goto(`${api.base}/`);
    await page.getByRole('navigation', { name: '栏目', exact: true }).waitFor();
    const bytes = await scripts();
    expect(bytes.transferred).toBeGreaterThan(0);
    expect(bytes.transferred).toBeLessThan(bytes.decoded); // brotli on the wire
    await browser.shot(page, 'public-home');
  });

  it('signs in with an API key, shows the menu the roles allow, and refuses an unknown key with the reason', async () => {
    const page = await browser.newPage();
    await page.goto(`${api.base}/console/sign-in`);
    await page.getByLabel('API 密钥 (API key)').fill('jc_unknown_key');
    await page.getByRole('button', { name: /登录/ }).click();
    await page.getByRole('alert').waitFor();
    await expectText(page.getByRole('alert'), /unknown|revoked|未知/);
    await browser.shot(page, 'sign-in-refused');

    await signIn(page, api.base, api.keys.office);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByText('名单变更审计 Audit').waitFor();
    expect(await menu.getByRole('menuitem').count()).toBe(7);

    const other = await browser.newPage();
    await signIn(other, api.base, api.keys.akscjgj);
    const items = other.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem');
    await items.first().waitFor();
    expect(await items.allInnerTexts()).toEqual(['主体查询 Search', '统计看板 Dashboards', '异议与修复 Objections & repairs']);
    await browser.shot(other, 'department-menu');
  });
});
