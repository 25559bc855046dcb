/**
 * `npm run bench:api`: the main screens' queries — the tree, a unit's compliance, the risk list, the
 * work item list, the district overview — against zeren and, in the same run, against a
 * hand-written floor server (bench/api: node:http + `pg`, one SQL statement per request with the
 * same scope filter, the same JSON). For each engine (PostgreSQL with BENCH_DATABASE_URL or
 * DATABASE_URL, then in-memory PGlite), size (synthetic bureaus of 271 and 2,701 units), query and
 * viewer (the bureau secretary, a branch secretary; a district role for the overview), 10 clients
 * send requests over keep-alive for a fixed time. Prints req/s, p50 and p99 latency, SQL statements
 * per request and zeren's throughput as a fraction of the floor's. Before measuring, each cell
 * checks that zeren and the floor answer the same JSON. A third row per cell, `reads`, replays only
 * the Prisma calls zeren's request makes (no GraphQL, no checks above the SQL): its fraction of the
 * floor is the ceiling for any change above the data layer.
 *
 * Options: --engines pg,pglite  --sizes 1,10  --seconds 4  --clients 10  --queries tree,risks
 *          --node-args=--max-semi-space-size=16 (V8 flags for the server process; by default those
 *          `npm start` runs the server with, so the benchmark measures what ships)
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { QUERIES, type ViewerName } from '../bench/api/queries.js';
import type { BenchData } from '../bench/api/data.js';

const { values: opts } = parseArgs({
  options: {
    engines: { type: 'string' }, sizes: { type: 'string', default: '1,10' }, seconds: { type: 'string', default: '4' },
    clients: { type: 'string', default: '10' }, queries: { type: 'string' }, 'node-args': { type: 'string', default: '--max-semi-space-size=64' },
  },
});
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const engines = (opts.engines ?? (pgUrl ? 'pg,pglite' : 'pglite')).split(',');
const seconds = Number(opts.seconds);
const clients = Number(opts.clients);
const queries = QUERIES.filter((q) => !opts.queries || opts.queries.split(',').includes(q.name));

interface Servers {
  engine: string;
  node: string;
  execArgv: string[];
  zeren: number;
  floor: number;
  sets: { size: number; data: BenchData; tokens: Record<ViewerName, string> }[];
}

async function startServers(engine: string) {
  const child = spawn(process.execPath, [...opts['node-args'].split(' ').filter(Boolean), '--import', 'tsx', 'bench/api/servers.ts'], {
    env: { ...process.env, NODE_ENV: 'production', BENCH_SIZES: opts.sizes, BENCH_DATABASE_URL: engine === 'pg' ? pgUrl : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
  });
  return { child, servers: JSON.parse(line) as Servers };
}

interface Target { url: string; body: string; token: string }

async function send(t: Target): Promise<string> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` }, body: t.body });
  return res.text();
}

/** `clients` loops sending requests until the deadline; latencies in ms. */
async function load(t: Target, ms: number) {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await send(t);
      latencies.push(performance.now() - t0);
    }
  }));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/** The path and values of the first difference between two JSON values. */
function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: zeren ${JSON.stringify(a)?.slice(0, 300)} / floor ${JSON.stringify(b)?.slice(0, 300)}`;
}

const statements = async (port: number) => Number(await (await fetch(`http://127.0.0.1:${port}/__bench/statements`)).text());
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

const header = ['engine', 'query', 'viewer', 'units', 'system', 'req/s', 'p50 ms', 'p99 ms', 'stmts/req', '× floor', 'same JSON'];
const rows: string[][] = [];
const print = (cells: string[]) => console.log(cells.map((c, i) => (i < 5 ? c.padEnd([10, 11, 10, 6, 6][i]!) : c.padStart(9))).join(' '));
print(header);

for (const engine of engines) {
  const { child, servers } = await startServers(engine);
  console.error(`${engine}: ${servers.engine}, node ${servers.node} ${servers.execArgv.join(' ')}, ${clients} clients, ${seconds} s per cell`);
  try {
    for (const set of servers.sets) {
      for (const query of queries) {
        for (const viewer of query.viewers) {
          const variables = query.variables(set.data, viewer);
          const token = set.tokens[viewer];
          const z: Target = { url: `http://127.0.0.1:${servers.zeren}/graphql`, body: JSON.stringify({ query: query.document, variables }), token };
          const f: Target = { url: `http://127.0.0.1:${servers.floor}/floor/${query.name}`, body: JSON.stringify({ variables }), token };
          const [zj, fj] = [JSON.parse(await send(z)), JSON.parse(await send(f))];
          const same = isDeepStrictEqual(zj, fj);
          if (!same || zj.errors) console.error(`${query.name}/${viewer}/${set.size}×: ${firstDifference(zj, fj)}`);
          const r: Target = { url: `http://127.0.0.1:${servers.zeren}/__bench/reads/${set.size}/${query.name}/${viewer}`, body: '', token };
          const result: Record<string, { rps: number; p50: number; p99: number; stmts: number }> = {};
          for (const [system, target] of [['zeren', z], ['reads', r], ['floor', f]] as const) {
            await load(target, Math.min(1000, seconds * 250)); // warm-up
            const before = system === 'floor' ? 0 : await statements(servers.zeren);
            const { latencies: lat, seconds: took } = await load(target, seconds * 1000);
            const stmts = system === 'floor' ? 1 : ((await statements(servers.zeren)) - before) / lat.length;
            lat.sort((a, b) => a - b);
            result[system] = { rps: lat.length / took, p50: pct(lat, 50), p99: pct(lat, 99), stmts };
          }
          for (const system of ['zeren', 'reads', 'floor'] as const) {
            const m = result[system]!;
            const cells = [engine, query.name, viewer, String(set.data.units), system, m.rps.toFixed(1), m.p50.toFixed(1), m.p99.toFixed(1), m.stmts.toFixed(1),
              (m.rps / result.floor!.rps).toFixed(2), system === 'zeren' ? (same ? 'yes' : 'NO') : ''];
            rows.push(cells);
            print(cells);
          }
        }
      }
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
