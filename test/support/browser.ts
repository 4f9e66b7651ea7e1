import fs from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`, as .ci/run does); CHROMIUM_PATH for another. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** This machine's network is closed: without these, Chromium keeps calling home and fails at every start. Playwright gives each launch a fresh profile. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  /** A fresh page in a fresh context (no session storage shared with the last test). */
  readonly newPage: () => Promise<Page>;
  /** Keeps a screenshot of the page as a test artifact: artifacts/browser/<spec>/<step>.png; returns the path. */
  readonly shot: (page: Page, step: string) => Promise<string>;
}

/**
 * For a test file: a headless Chromium for its tests, closed after them, each test tried up to three times. A missing
 * Chromium fails the file with the command that installs it: the browser suite never skips.
 */
export function useBrowser(spec: string): BrowserSession {
  // A page driven through dropdowns and dialogs on two busy cores can miss a beat; a test that fails twice more, with
  // its errors logged, is a real failure.
  jest.retryTimes(2, { logErrorsBeforeRetry: true });
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const artifacts = path.resolve('artifacts', 'browser', spec);
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium chromium-driver (or set CHROMIUM_PATH)`);
    fs.mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return {
    newPage: async () => {
      if (!browser) throw new Error('the browser starts in beforeAll: open pages inside tests');
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      });
      contexts.push(context);
      return context.newPage();
    },
    shot: async (page, step) => {
      const file = path.join(artifacts, `${step}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}

/** Signs in to the console at `base` with a department's API key, as a user would: by the field's label. */
export async function signIn(page: Page, base: string, apiKey: string): Promise<void> {
  await page.goto(`${base}/console/sign-in`);
  await page.getByLabel('API 密钥 (API key)').fill(apiKey);
  await page.getByRole('button', { name: /登录/ }).click();
  await page.waitForURL(/\/console\/search/);
}

/** JavaScript the page loaded, as sent over the wire (compressed) and as code. */
export interface ScriptBytes {
  readonly transferred: number;
  readonly decoded: number;
}

/** Counts the JavaScript responses of a page from now on; read the totals when the page is ready. */
export function countScripts(page: Page): () => Promise<ScriptBytes> {
  const sizes: Promise<{ transferred: number; decoded: number }>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    sizes.push(
      request
        .sizes()
        .then(async (s) => ({ transferred: s.responseBodySize, decoded: (await (await request.response())?.body())?.length ?? 0 })),
    );
  });
  return async () => {
    const all = await Promise.all(sizes);
    return { transferred: all.reduce((sum, s) => sum + s.transferred, 0), decoded: all.reduce((sum, s) => sum + s.decoded, 0) };
  };
}

/**
 * Expects the locator's text to show `expected` (a pattern, or a string it contains), waiting up to `timeoutMs` for it:
 * a page may still be replacing stale rows with a new answer when the test reads it.
 */
export async function expectText(locator: Locator, expected: RegExp | string, timeoutMs = 10_000): Promise<void> {
  const text = await settledText(locator, expected, timeoutMs);
  if (typeof expected === 'string') expect(text).toContain(expected);
  else expect(text).toMatch(expected);
}

async function settledText(locator: Locator, expected: RegExp | string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await locator.innerText();
    const shows = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    if (shows || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
