import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** GraphiQL is served from node_modules: in development openly, in production only when enabled and signed in. */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const page = (yoga: ReturnType<typeof createServer>, headers: Record<string, string> = {}) =>
  Promise.resolve(yoga.fetch('http://zeren.test/graphql', { headers: { accept: 'text/html', ...headers } }));
const get = (yoga: ReturnType<typeof createServer>, path: string, headers: Record<string, string> = {}) =>
  Promise.resolve(yoga.fetch(`http://zeren.test${path}`, { headers }));
const withConfig = (config: Partial<TestApp['services']['config']>) => createServer({ ...app.services, config: { ...app.services.config, ...config } });
const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('outside production', () => {
  it('serves a page that names no external URL, with the sign-in example and the headers hint', async () => {
    const res = await page(app.yoga);
    expect(res.status).toBe(200);
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url, url).toMatch(/^(\/graphiql\/|data:)/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(html).toContain('mutation SignIn');
    expect(html).toContain('query MyScope');
    expect(html).toContain('PASTE_THE_TOKEN_FROM_login_HERE');
  });

  it('serves its assets from the installed package, and nothing else under /graphiql/', async () => {
    for (const [path, type] of [['/graphiql/graphiql.css', 'text/css'], ['/graphiql/yoga-graphiql.umd.js', 'javascript'], ['/graphiql/graphql.worker.js', 'javascript']]) {
      const res = await get(app.yoga, path!);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await get(app.yoga, '/graphiql/../package.json')).status).not.toBe(200);
    expect((await get(app.yoga, '/graphiql/package.json')).status).toBe(404);
  });

  it('the stylesheet loads no font or icon from the internet', async () => {
    const css = await (await get(app.yoga, '/graphiql/graphiql.css')).text();
    const external = [...css.matchAll(/url\(\s*['"]?(https?:[^'")]+)/g)].map((m) => m[1]);
    expect(external).toEqual([]);
    expect(css).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
  });

  it('GRAPHIQL=off serves nothing', async () => {
    const yoga = withConfig({ GRAPHIQL: 'off' });
    expect((await page(yoga)).headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await get(yoga, '/graphiql/graphiql.css')).status).toBe(404);
  });
});

describe('in production', () => {
  it('is off by default', async () => {
    const yoga = withConfig({ NODE_ENV: 'production' });
    expect((await page(yoga)).headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await get(yoga, '/graphiql/yoga-graphiql.umd.js')).status).toBe(404);
  });

  it('GRAPHIQL=on asks for a zeren account (HTTP Basic) before the page or any asset', async () => {
    const yoga = withConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' });
    const anonymous = await page(yoga);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expect((await get(yoga, '/graphiql/yoga-graphiql.umd.js')).status).toBe(401);
    expect((await page(yoga, basic('secretary', 'wrong'))).status).toBe(401);
    expect((await page(yoga, basic('nobody', 'demo'))).status).toBe(401);
    const signedIn = await page(yoga, basic('secretary', 'demo'));
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toContain('mutation SignIn');
    expect((await get(yoga, '/graphiql/graphiql.css', basic('secretary', 'demo'))).status).toBe(200);
  });
});
