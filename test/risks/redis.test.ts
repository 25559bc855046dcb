import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServices } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { AppServices } from '../../src/context.js';
import type { Database } from '../../src/db/client.js';
import type { DemoData } from '../../src/demo/index.js';
import { globalId } from '../../src/lib/ids.js';
import { createEventBus } from '../../src/pubsub.js';
import { createServer } from '../../src/server.js';
import { seededDatabase } from '../helpers.js';
import { subscribe } from './sse.js';

/**
 * Two server instances on one database, each with its own Redis event bus (REDIS_URL), behind real
 * HTTP listeners: a warning raised through instance A reaches a responsible person subscribed on
 * instance B, and not a subscriber on B who is out of scope.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `zeren-test-${process.pid}-${randomBytes(4).toString('hex')}:`;

let db: Database;
let base: AppServices;
let demo: DemoData;
const instances: { services: AppServices; server: Server; url: string }[] = [];
let probe: Redis;

async function listen(services: AppServices) {
  const server = createHttpServer(createServer(services));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { services, server, url: `http://127.0.0.1:${port}/graphql` };
}

beforeAll(async () => {
  ({ db, demo } = await seededDatabase());
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: './data/test' } as NodeJS.ProcessEnv);
  base = await startServices(config, { db, secret: 'test-secret-test-secret-test-secret-!!' });
  for (let i = 0; i < 2; i++) {
    instances.push(await listen({ ...base, config: { ...config, REDIS_URL }, pubsub: createEventBus(REDIS_URL, { channelPrefix: PREFIX }) }));
  }
  probe = new Redis(REDIS_URL);
});

afterAll(async () => {
  for (const { server, services } of instances) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await services.pubsub.close();
  }
  probe?.disconnect();
  await base?.pubsub.close();
  await db?.close();
});

async function gql<T>(url: string, query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const login = async (url: string, username: string) =>
  (await gql<{ login: { token: string } }>(url, 'mutation($u: String!) { login(username: $u, password: "demo") { token } }', { u: username })).login.token;

/** Waits until instance B's event bus is subscribed to the topic in Redis. */
async function redisSubscribers(topic: string, atLeast: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [, count] = (await probe.pubsub('NUMSUB', PREFIX + topic)) as [string, number];
    if (Number(count) >= atLeast) return;
    if (Date.now() > deadline) throw new Error(`no Redis subscriber on ${PREFIX + topic}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('a warning raised on instance A reaches the responsible person on instance B through Redis, and not an outsider', async () => {
  const [a, b] = instances as [typeof instances[0], typeof instances[0]];
  const query = 'subscription { riskWarnings { kind risk { id title unit { name } } } }';
  type Warning = { riskWarnings: { kind: string; risk: { id: string; title: string; unit: { name: string } } } };
  const leader = await subscribe<Warning>(fetch, b.url, query, await login(b.url, 'forestry.secretary'));
  const outsider = await subscribe<Warning>(fetch, b.url, query, await login(b.url, 'branch.organs1'));
  try {
    await redisSubscribers('riskWarning', 1);
    await new Promise((r) => setTimeout(r, 200)); // both subscribers' listeners attached on B

    const tokenA = await login(a.url, 'forestry.secretary');
    const report = `mutation($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }`;
    const move = `mutation($input: TransitionRiskInput!) { transitionRisk(input: $input) { risk { stage } } }`;
    const risk = (await gql<{ reportRisk: { risk: { id: string } } }>(a.url, report, {
      input: { unitId: globalId('OrgUnit', demo.bureau.units.get('forestry.b1')!), title: '林场职工群内出现错误言论', severity: 'HIGH', riskClass: 'POLITICAL_PRINCIPLE', mechanism: 'RISK_JUDGEMENT' },
    }, tokenA)).reportRisk.risk;
    await gql(a.url, move, { input: { riskId: risk.id, to: 'ASSESSED', note: '研判' } }, tokenA);
    await gql(a.url, move, { input: { riskId: risk.id, to: 'WARNED', note: '预警' } }, tokenA);

    // A control warning the outsider answers for, raised after the first: when it arrives on B the
    // first had already passed through the same Redis channel, so the outsider was listening.
    const control = (await gql<{ reportRisk: { risk: { id: string } } }>(a.url, report, {
      input: { unitId: globalId('OrgUnit', demo.bureau.units.get('organs.b1')!), title: '机关支部特别重大风险', severity: 'CRITICAL', riskClass: 'POLITICAL_PRINCIPLE', mechanism: 'RISK_JUDGEMENT' },
    }, await login(a.url, 'branch.organs1'))).reportRisk.risk;

    await leader.waitFor(1);
    await outsider.waitFor(1);
    expect(leader.events.map((e) => e.data?.riskWarnings)).toEqual([
      { kind: 'RISK_WARNED', risk: { id: risk.id, title: '林场职工群内出现错误言论', unit: { name: '林场第一党支部' } } },
    ]);
    expect(outsider.events.map((e) => [e.data?.riskWarnings.kind, e.data?.riskWarnings.risk.id])).toEqual([['RISK_CRITICAL_REPORTED', control.id]]);
  } finally {
    await leader.close();
    await outsider.close();
  }
});
