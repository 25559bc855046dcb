import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** List argument caps (issue 10 item 7): refused with a code before any work, in variables or inline. */

let app: TestApp;
let auth: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  auth = { authorization: `Bearer ${await app.login('secretary')}` };
});
afterAll(() => app?.close());

async function send(query: string, variables?: unknown) {
  const started = Date.now();
  const res = await app.post({ query, variables }, auth);
  const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string; argument?: string; limit?: number } }[] };
  return { status: res.status, ms: Date.now() - started, json, codes: (json.errors ?? []).map((e) => e.extensions?.code), ext: json.errors?.[0]?.extensions };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => globalId('OrgUnit', `u${i}`));
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('list arguments', () => {
  it('nodes(ids:) takes 100 ids, refuses 101 with LIST_TOO_LONG', async () => {
    const ok = await send(NODES, { ids: ids(100) });
    expect(ok.codes).toEqual([]);
    const r = await send(NODES, { ids: ids(101) });
    expect(r.codes).toEqual(['LIST_TOO_LONG']);
    expect(r.ext).toMatchObject({ argument: 'Query.nodes.ids', limit: 100 });
  });

  it('40,000 ids in variables are refused quickly, before any resolver reads the database', async () => {
    const before = app.db.statements.count;
    const r = await send(NODES, { ids: Array.from({ length: 40_000 }, (_, i) => `x${i}`) });
    expect(r.codes).toEqual(['LIST_TOO_LONG']);
    expect(r.ms).toBeLessThan(2000);
    // Only the context's own viewer lookup ran (a handful of statements), no resolver.
    expect(app.db.statements.count - before).toBeLessThan(10);
  });

  it('lists inside filter input objects, inline or in variables', async () => {
    const kinds = Array.from({ length: 101 }, () => 'BRANCH');
    const inVars = await send('query($f: OrgUnitFilter) { orgUnits(filter: $f) { totalCount } }', { f: { kinds } });
    expect(inVars.codes).toEqual(['LIST_TOO_LONG']);
    expect(inVars.ext?.argument).toBe('OrgUnitFilter.kinds');
    const inline = await send(`{ orgUnits(filter: { kinds: [${kinds.join(',')}] }) { totalCount } }`);
    expect(inline.codes).toEqual(['LIST_TOO_LONG']);
    const fine = await send('query($f: OrgUnitFilter) { orgUnits(filter: $f) { totalCount } }', { f: { kinds: ['BRANCH'] } });
    expect(fine.codes).toEqual([]);
  });

  it('the lists of one operation count together (aliases reusing a list variable)', async () => {
    const aliases = Array.from({ length: 11 }, (_, i) => `a${i}: nodes(ids: $ids) { id }`).join(' ');
    const r = await send(`query($ids: [ID!]!) { ${aliases} }`, { ids: ids(100) });
    expect(r.codes).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('/health stays responsive', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createHttpServer(app.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const call = (path: string, body?: string) => {
    const started = Date.now();
    return new Promise<{ status: number; body: string; ms: number }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers: { 'content-type': 'application/json', ...auth } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => { text += d; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: Date.now() - started }));
      });
      req.on('error', reject);
      req.end(body);
    });
  };

  it('while oversized list requests are refused', async () => {
    const body = JSON.stringify({ query: NODES, variables: { ids: Array.from({ length: 40_000 }, (_, i) => `x${i}`) } });
    const [a, b, health] = await Promise.all([call('/graphql', body), call('/graphql', body), call('/health')]);
    for (const r of [a, b]) expect(JSON.parse(r.body).errors[0].extensions.code).toBe('LIST_TOO_LONG');
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1000);
  });
});
