import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * GraphiQL in a real browser with the internet cut off: headless Chromium from Debian
 * (`apt-get install chromium`), every request to a host other than this test server aborted and
 * recorded. The page must render, run the default sign-in example and load the schema, with no
 * external request attempted. `.ci/run` installs Chromium; outside CI the test is skipped (with a
 * message) when no Chromium binary exists. CHROMIUM_PATH names another binary.
 */

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const executablePath = candidates.find((p) => existsSync(p));
if (!executablePath) {
  if (process.env.CI) throw new Error(`no Chromium binary at ${candidates.join(', ')}: CI must install it (apt-get install -y chromium)`);
  console.warn(`test/graphiql/browser.test.ts skipped: no Chromium binary (looked at ${candidates.join(', ')}; apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

let app: TestApp;
let server: Server;
let base: string;
let browser: Browser;

describe.skipIf(!executablePath)('GraphiQL offline in headless Chromium', () => {
  beforeAll(async () => {
    app = await createTestApp();
    server = createHttpServer(app.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await app?.close();
  });

  it('renders, runs the sign-in example and loads the schema, with no request leaving the machine', async () => {
    const context = await browser.newContext();
    const external: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) return route.continue();
      external.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    // Monaco renders spaces as no-break spaces.
    const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/\u00a0/g, ' ');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    // The default tab holds the example, and the headers editor the hint.
    await expect.poll(() => text('.graphiql-query-editor'), { timeout: 60_000 }).toContain('mutation SignIn');

    // Run: two operations in the document, so GraphiQL asks which; pick SignIn.
    await page.locator('.graphiql-execute-button').click();
    const choice = page.getByRole('menuitem', { name: 'SignIn' });
    if (await choice.isVisible({ timeout: 5_000 }).catch(() => false)) await choice.click();
    await expect.poll(() => text('.graphiql-response'), { timeout: 60_000 }).toMatch(/"token":\s*"eyJ/);

    // The schema came through introspection: the documentation explorer lists the root types.
    await page.locator('.graphiql-sidebar button[aria-label*="Documentation"]').first().click();
    await expect.poll(() => text('.graphiql-doc-explorer'), { timeout: 30_000 }).toContain('Mutation');

    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
