/**
 * `node --cpu-prof --import tsx bench/api/profile.ts [query] [viewer] [n]`: one bench query sent n
 * times in sequence to an in-process zeren (no HTTP), on the benchmark's 1× data (PostgreSQL with
 * BENCH_DATABASE_URL, else PGlite); prints wall and CPU ms per request; BENCH_PROFILE=<file> writes a
 * CPU profile of those requests (open it in Chrome DevTools).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startServices } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { scratchDatabase } from '../../src/db/scratch.js';
import { todayInChina } from '../../src/lib/dates.js';
import { createServer } from '../../src/server.js';
import { buildBenchData } from './data.js';
import { QUERIES, type ViewerName } from './queries.js';

const [name = 'tree', viewer = 'secretary', n = '20'] = process.argv.slice(2);
const query = QUERIES.find((q) => q.name === name)!;
const db = await scratchDatabase(process.env.BENCH_DATABASE_URL || undefined, { prefix: 'zeren_bench' });
const secret = 'bench-secret-bench-secret-bench-secret!!';
const services = await startServices(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: './data/bench', RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'on' } as NodeJS.ProcessEnv), { db, secret });
const data = await buildBenchData(db.prisma, 1, todayInChina(new Date()).getUTCFullYear());
const { token } = await services.tokens.issue(data.accounts[viewer as ViewerName]);
const yoga = createServer(services);
const body = JSON.stringify({ query: query.document, variables: query.variables(data, viewer as ViewerName) });
const send = async () => (await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })).text();
for (let i = 0; i < 3; i++) await send();
// BENCH_PROFILE=<file>: a CPU profile of the measured requests only.
const session = process.env.BENCH_PROFILE ? new Session() : undefined;
session?.connect();
await session?.post('Profiler.enable');
await session?.post('Profiler.start');
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < Number(n); i++) await send();
const cpu = process.cpuUsage(cpu0);
if (session) await writeFile(process.env.BENCH_PROFILE!, JSON.stringify((await session.post('Profiler.stop')).profile));
// CPU time is what this process spends; wall time also counts waiting for PostgreSQL and for a busy machine.
console.log(`${name}/${viewer}: ${((performance.now() - t0) / Number(n)).toFixed(1)} ms per request, ${((cpu.user + cpu.system) / 1000 / Number(n)).toFixed(1)} ms CPU per request`);
await services.pubsub.close();
await services.loginThrottle.close();
await db.close();
