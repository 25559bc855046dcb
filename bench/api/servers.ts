/**
 * The benchmark's server process (started by scripts/bench-api.ts): opens a scratch database
 * (PostgreSQL with BENCH_DATABASE_URL, else in-memory PGlite), builds the bench data for each size
 * in BENCH_SIZES, and serves zeren (node:http + yoga, as `npm start` does) and the hand-written
 * floor (node:http + `pg`, one statement per request) on two ports. Prints one JSON line with the
 * ports, the tokens and the data, then serves until killed. GET /__bench/statements on the zeren
 * port answers how many SQL statements Prisma has sent (the benchmark's own counter, not zeren's).
 *
 * POST /__bench/reads/<size>/<query>/<viewer> on the zeren port replays the Prisma calls zeren made
 * for that request (recorded once at start through a second, recording client: model, operation and
 * arguments, raw statements included), one after another, and answers nothing: the data layer's
 * share of the request with no GraphQL execution and no checks above the SQL. Its throughput
 * against the floor's is the most any change above Prisma could reach.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { startServices } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { scratchDatabase } from '../../src/db/scratch.js';
import { createServer } from '../../src/server.js';
import { todayInChina } from '../../src/lib/dates.js';
import { buildBenchData } from './data.js';
import { QUERIES, type Sql, type ViewerName } from './queries.js';
import type { PrismaClient } from '../../src/generated/prisma/client.js';

const url = process.env.BENCH_DATABASE_URL || undefined;
const sizes = (process.env.BENCH_SIZES ?? '1,10').split(',').map(Number);
const secret = 'bench-secret-bench-secret-bench-secret!!';
const db = await scratchDatabase(url, { prefix: 'zeren_bench' });
// RESPONSE_CACHE=off measures every request executed (a cold read); on (the default) a repeated read is a cache hit.
const config = loadConfig({
  NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: './data/bench', REMINDER_INTERVAL_MINUTES: '0', RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'on',
} as NodeJS.ProcessEnv);
const services = await startServices(config, { db, secret });
const year = todayInChina(new Date()).getUTCFullYear();
const sets = [];
for (const size of sizes) {
  const data = await buildBenchData(db.prisma, size, year);
  const tokens = Object.fromEntries(await Promise.all(Object.entries(data.accounts).map(async ([k, id]) => [k, (await services.tokens.issue(id)).token])));
  sets.push({ size, data, tokens });
}
await db.sql.exec('ANALYZE');

const yoga = createServer(services);

interface Call { model?: string; operation: string; args: unknown }
let recording: Call[] | undefined;
const recorder = db.prisma.$extends({
  query: {
    async $allOperations({ model, operation, args, query }) {
      // A raw statement's arguments are a Prisma.Sql object, kept as it is.
      recording?.push({ model, operation, args: model ? structuredClone(args) : args });
      return query(args);
    },
  },
}) as unknown as PrismaClient;
// Without the response cache: the second request must execute for its Prisma calls to be recorded.
const recordingYoga = createServer({ ...services, config: { ...config, RESPONSE_CACHE: 'off' }, db: { ...db, prisma: recorder } });
const calls = new Map<string, Call[]>();
for (const { size, data, tokens } of sets) {
  for (const query of QUERIES) {
    for (const viewer of query.viewers) {
      const body = JSON.stringify({ query: query.document, variables: query.variables(data, viewer) });
      const send = async () => (await recordingYoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[viewer as ViewerName]}` }, body })).text();
      await send();
      recording = [];
      await send();
      calls.set(`${size}/${query.name}/${viewer}`, recording);
      recording = undefined;
    }
  }
}
const client = db.prisma as unknown as Record<string, (args: unknown) => Promise<unknown>> & Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
async function replay(key: string) {
  for (const call of calls.get(key) ?? []) {
    await (call.model ? client[call.model[0]!.toLowerCase() + call.model.slice(1)]![call.operation]!(call.args) : client[call.operation]!(call.args));
  }
}

const zeren = createHttpServer((req, res) => {
  if (req.url === '/__bench/statements') return void res.end(String(db.statements.count));
  if (req.url?.startsWith('/__bench/reads/')) {
    const key = req.url.slice('/__bench/reads/'.length);
    req.resume();
    return void replay(key).then(() => res.end(calls.has(key) ? '{}' : 'unknown'), (error) => res.writeHead(500).end(String(error)));
  }
  return yoga(req, res);
});

// The floor's own connections (10, like Prisma's pool), or PGlite's single session.
const floorPool = db.url ? new pg.Pool({ connectionString: db.url, max: 10 }) : undefined;
const sql: Sql = floorPool
  ? async (text, params) => (await floorPool.query(text, params)).rows
  : async (text, params) => (await db.sql.query(text, params)) as Record<string, unknown>[];
const byName = new Map(QUERIES.map((q) => [q.name, q]));

async function floorHandler(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const query = byName.get((req.url ?? '').replace('/floor/', ''));
  const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const claims = token ? await services.tokens.verify(token) : undefined;
  if (!query || !claims) {
    res.writeHead(query ? 401 : 404).end();
    return;
  }
  const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { variables?: Record<string, unknown> };
  try {
    const body = await query.floor(sql, { userId: claims.userId, sessionVersion: claims.sessionVersion }, variables, new Date());
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}
const floor = createHttpServer((req, res) => void floorHandler(req, res));

await new Promise<void>((resolve) => zeren.listen(0, '127.0.0.1', resolve));
await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
console.log(JSON.stringify({
  engine: db.engine, node: process.version, execArgv: process.execArgv,
  zeren: (zeren.address() as AddressInfo).port, floor: (floor.address() as AddressInfo).port, sets,
}));

async function shutdown() {
  zeren.close();
  floor.close();
  await floorPool?.end();
  await services.pubsub.close();
  await services.loginThrottle.close();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
