import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServices } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { AppServices } from '../../src/context.js';
import type { Database } from '../../src/db/client.js';
import type { DemoData } from '../../src/db/seed/index.js';
import { HEAVY_CONCURRENCY, RedisHeavySlots } from '../../src/lib/heavy-work.js';
import { createServer } from '../../src/server.js';
import { RequestExport } from '../exports/helpers.js';
import { seededDatabase } from '../helpers.js';
import { ImportOrgChart, validChart, workbookBytes } from '../orgchart/fixtures.js';

/**
 * Issue 23, point 2, across instances: two server instances on one database and one Redis
 * (REDIS_URL), each with its own RedisHeavySlots store under one key prefix unique to this run. The
 * per-account and per-bureau limits on imports and export downloads hold for the two together: once
 * the shared limit is reached by slots taken on both instances, the other instance refuses
 * RATE_LIMITED with retryAfter (429 and Retry-After on the download route); released slots are free
 * on both; a slot of an instance that died (stopped renewing, never released) expires with its lease.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `zeren-test-heavy-${process.pid}-${randomBytes(4).toString('hex')}:`;

let db: Database;
let base: AppServices;
let demo: DemoData;
let probe: Redis;
const instances: { services: AppServices; server: Server; url: string }[] = [];

async function listen(services: AppServices) {
  const server = createHttpServer(createServer(services));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { services, server, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  ({ db, demo } = await seededDatabase());
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: './data/test' } as NodeJS.ProcessEnv);
  base = await startServices(config, { db, secret: 'test-secret-test-secret-test-secret-!!' });
  for (let i = 0; i < 2; i++) {
    instances.push(await listen({ ...base, config: { ...config, REDIS_URL }, heavySlots: new RedisHeavySlots(REDIS_URL, PREFIX) }));
  }
  probe = new Redis(REDIS_URL);
}, 120_000);

afterAll(async () => {
  for (const { server, services } of instances) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await services.heavySlots.close();
  }
  if (probe) {
    const keys = await probe.keys(`${PREFIX}*`);
    if (keys.length) await probe.del(...keys);
    probe.disconnect();
  }
  await base?.heavySlots.close();
  await base?.loginThrottle.close();
  await base?.pubsub.close();
  await db?.close();
});

async function gql<T>(url: string, query: string, variables: object = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

const login = async (url: string, username: string) =>
  (await gql<{ login: { token: string } }>(url, 'mutation($u: String!) { login(username: $u, password: "demo") { token } }', { u: username })).data!.login.token;

async function importOverHttp(url: string, token: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('operations', JSON.stringify({
    query: print(ImportOrgChart),
    variables: { input: { file: null, dryRun: true } },
  }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', new File([bytes as Uint8Array<ArrayBuffer>], 'org-chart.xlsx'));
  const res = await fetch(`${url}/graphql`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}`} });
  return (await res.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

describe('heavy-work slots shared through Redis by two instances', () => {
  it('export downloads: one slot taken on each instance fills the account\'s two; both instances refuse 429 with Retry-After; a release frees it for both', async () => {
    const [a, b] = instances as [typeof instances[0], typeof instances[0]];
    const account = await db.prisma.userAccount.findFirstOrThrow({ where: { username: 'secretary' } });
    const tenantId = demo.bureau.tenantId;
    const token = await login(a.url, 'secretary');
    const requested = await gql<{ requestExport: { link: { url: string } } }>(a.url, print(RequestExport), { input: { ledger: 'ORG_CHART', format: 'XLSX' } }, token);
    const link = requested.data!.requestExport.link.url;

    const onA = await a.services.heavySlots.take('export', account.id, tenantId);
    expect((await fetch(`${b.url}${link}`).then(async (r) => { await r.arrayBuffer(); return r.status; }))).toBe(200); // one of two taken: B still serves
    const onB = await b.services.heavySlots.take('export', account.id, tenantId);
    expect(await a.services.heavySlots.inUse(`export:account:${account.id}`)).toBe(HEAVY_CONCURRENCY.export.perAccount);
    for (const instance of [a, b]) {
      const refused = await fetch(`${instance.url}${link}`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe(String(HEAVY_CONCURRENCY.export.retryAfter));
      const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'account', retryAfter: HEAVY_CONCURRENCY.export.retryAfter });
      expect(body.errors[0]!.message).toMatch(/^本账号已有导出正在进行/);
    }
    await onA();
    const served = await fetch(`${b.url}${link}`);
    expect(served.status).toBe(200);
    expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(0);
    await onB();
    expect(await b.services.heavySlots.inUse(`export:account:${account.id}`)).toBe(0);
    expect(await b.services.heavySlots.inUse(`export:scope:${tenantId}`)).toBe(0);
  });

  it('imports: the bureau\'s two import slots held by other staff, one on each instance, refuse an import on instance B (RATE_LIMITED, scope bureau); a release lets it run', async () => {
    const [a, b] = instances as [typeof instances[0], typeof instances[0]];
    const tenantId = demo.bureau.tenantId;
    const held = [await a.services.heavySlots.take('import', 'staff-1', tenantId), await b.services.heavySlots.take('import', 'staff-2', tenantId)];
    await expect(a.services.heavySlots.take('import', 'staff-3', tenantId)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const token = await login(b.url, 'secretary');
    const bytes = await workbookBytes(validChart('DFRS'));
    const refused = await importOverHttp(b.url, token, bytes);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'scope', limit: HEAVY_CONCURRENCY.import.perScope, retryAfter: HEAVY_CONCURRENCY.import.retryAfter });
    expect(refused.errors?.[0]?.message).toMatch(/^本单位已有导入正在进行/);
    await held[0]!();
    const ran = await importOverHttp(b.url, token, bytes);
    expect(ran.errors).toBeUndefined();
    // The import gave its slot back when it ended (on B); A's other slot is still counted on both.
    expect(await a.services.heavySlots.inUse(`import:scope:${tenantId}`)).toBe(1);
    await held[1]!();
    expect(await a.services.heavySlots.inUse(`import:scope:${tenantId}`)).toBe(0);
  });

  it('one account, two instances at once: of four imports taking the last slots together, exactly the limits\' worth are granted', async () => {
    const [a, b] = instances as [typeof instances[0], typeof instances[0]];
    const outcomes = await Promise.allSettled([a, b, a, b].map((i, n) => i.services.heavySlots.take('import', `racer-${n % 3}`, 'race-bureau')));
    const granted = outcomes.filter((o) => o.status === 'fulfilled');
    // racer-0 twice (account limit 1) and three accounts against the bureau's 2: two granted.
    expect(granted).toHaveLength(HEAVY_CONCURRENCY.import.perScope);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'RATE_LIMITED' });
    for (const o of granted) await (o as PromiseFulfilledResult<() => Promise<void>>).value();
  });

  it('a slot of an instance that died expires with its lease; a live holder\'s lease is renewed while it works', async () => {
    const lease = 400;
    const dying = new RedisHeavySlots(REDIS_URL, PREFIX, lease);
    const living = new RedisHeavySlots(REDIS_URL, PREFIX, lease);
    const other = new RedisHeavySlots(REDIS_URL, PREFIX, lease);
    try {
      await dying.take('import', 'crashed-user', 'lease-bureau');
      await living.take('import', 'working-user', 'lease-bureau');
      await dying.close(); // dies: no release, no renewal
      await expect(other.take('import', 'third-user', 'lease-bureau')).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: expect.objectContaining({ scope: 'scope' }) });
      await new Promise((r) => setTimeout(r, lease * 3));
      // The dead instance's slot is gone; the living one, renewed every lease/3, still counts.
      expect(await other.inUse('import:scope:lease-bureau')).toBe(1);
      expect(await other.inUse('import:account:crashed-user')).toBe(0);
      expect(await other.inUse('import:account:working-user')).toBe(1);
      const release = await other.take('import', 'third-user', 'lease-bureau');
      await release();
      // Keys carry a TTL, so nothing stays behind in Redis after the leases end.
      expect(await probe.pttl(`${PREFIX}import:scope:lease-bureau`)).toBeGreaterThan(0);
    } finally {
      await living.close();
      await other.close();
    }
  });
});
