/**
 * `npm run bench:import`: generates an org-chart workbook of about 2,000 units with their teams
 * (40 party committees × 49 branches: 2,001 units, ~2,100 people, posts and duties), imports it
 * into a fresh bureau (dry run, then for real, then the same workbook again), and prints the time
 * and the SQL statements of each step.
 *
 * Engines: an in-memory PGlite, and the PostgreSQL named by BENCH_DATABASE_URL when it is set (a
 * fresh database is created and dropped). Size: `npm run bench:import -- <committees> <branchesPer>`.
 * With BENCH_PROFILE=1, each statement of each step is printed with its start (ms into the step)
 * and the database's duration — where the time goes (the COMMIT line is the deferred triggers).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { loadViewer } from '../src/authz/scope.js';
import type { Database } from '../src/db/client.js';
import { scratchDatabase } from '../src/db/scratch.js';
import { applyMigrations } from '../src/db/migrate.js';
import { chartWorkbook, syntheticChart } from '../src/modules/orgchart/synthetic.js';
import { importOrgChart } from '../src/modules/orgchart/service.js';

const [committees = 40, branchesPer = 49] = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** A bureau as createBureau leaves it: tenant, root, and its secretary with an account. */
async function bureau(db: Database, code: string) {
  const prisma = db.prisma;
  const district = await prisma.district.create({ data: { code: `bench-${code}`, name: '盐城市大丰区' } });
  const tenant = await prisma.tenant.create({ data: { districtId: district.id, code, name: '中共盐城市大丰区模拟局委员会', shortName: '模拟局' } });
  const rootId = randomUUID();
  await prisma.orgUnit.create({ data: { id: rootId, tenantId: tenant.id, code, kind: 'BUREAU_COMMITTEE', name: tenant.name, ancestorIds: [rootId], depth: 0 } });
  const person = await prisma.person.create({ data: { tenantId: tenant.id, name: '王建国' } });
  await prisma.$transaction(async (tx) => {
    const post = await tx.post.create({ data: { tenantId: tenant.id, unitId: rootId, personId: person.id, role: 'SECRETARY', startDate: new Date('2021-06-18') } });
    const duty = await tx.duty.create({ data: { tenantId: tenant.id, unitId: rootId, personId: person.id, postId: post.id, kind: 'FIRST_RESPONSIBLE', startDate: new Date('2021-06-18') } });
    await tx.dutyScopeUnit.create({ data: { tenantId: tenant.id, dutyId: duty.id, unitId: rootId } });
  });
  const account = await prisma.userAccount.create({
    data: { username: `bench.${code}`.toLowerCase(), passwordHash: 'x', displayName: '王建国', tenantId: tenant.id, personId: person.id },
  });
  return loadViewer(prisma, account.id);
}

async function run(engine: string, db: Database) {
  await applyMigrations(db.sql);
  const code = `BENCH${randomBytes(2).toString('hex').toUpperCase()}`;
  const viewer = await bureau(db, code);
  const chart = syntheticChart(code, committees, branchesPer);
  const bytes = await chartWorkbook(chart);
  const file = { size: bytes.byteLength, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
  console.log(`${engine}: ${chart.units.length} units, ${chart.people.length} people, ${chart.posts.length} posts, ${chart.duties.length} duty rows; workbook ${(bytes.byteLength / 1024).toFixed(0)} KB`);
  let started = performance.now();
  const profile: string[] = [];
  if (process.env.BENCH_PROFILE) {
    // The client is created with query events (src/db/client.ts); its type does not say so.
    const events = db.prisma as unknown as { $on(event: 'query', listener: (e: { duration: number; query: string }) => void): void };
    events.$on('query', (e) => {
      profile.push(`    ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${e.duration.toFixed(0).padStart(5)} ms  ${e.query.replace(/\s+/g, ' ').slice(0, 90)}`);
    });
  }
  for (const [step, dryRun] of [['dry run', true], ['import', false], ['re-import', false]] as const) {
    const before = db.statements.count;
    profile.length = 0;
    started = performance.now();
    const result = await importOrgChart(db.prisma, viewer, { file, dryRun }, new Date());
    const ms = performance.now() - started;
    if (result.errors.length) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
    console.log(`  ${step.padEnd(9)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${String(db.statements.count - before).padStart(3)} statements  counts ${JSON.stringify(result.counts)}`);
    if (profile.length) console.log(profile.join('\n'));
  }
}

const pglite = await scratchDatabase(undefined);
try {
  await run('PGlite', pglite);
} finally {
  await pglite.close();
}
if (process.env.BENCH_DATABASE_URL) {
  const db = await scratchDatabase(process.env.BENCH_DATABASE_URL, { prefix: 'zeren_bench' });
  try {
    await run('PostgreSQL', db);
  } finally {
    await db.close();
  }
} else {
  console.log('PostgreSQL: set BENCH_DATABASE_URL to run it too');
}
