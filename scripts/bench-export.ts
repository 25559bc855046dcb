/**
 * `npm run bench:export`: streams the ORG_UNITS and DUTIES ledgers of a generated bureau, as CSV and
 * as XLSX, into a sink that discards the bytes, at 20,000 and 200,000 rows, and prints rows per
 * second and the peak memory of the process (RSS and JS heap, sampled every 20 ms) for each run,
 * then runs it again forcing a full collection before each sample (`live heap`: what the export
 * really holds, without the collector's slack).
 *
 * The database is an in-memory PGlite by default (it lives in this process, so its WASM memory is
 * part of the RSS figure), or the PostgreSQL named by BENCH_DATABASE_URL (a fresh database is
 * created and dropped). Sizes can be given as arguments: `npm run bench:export -- 20000 200000`.
 */
import { randomUUID } from 'node:crypto';
import { scopeFrom, type Viewer } from '../src/authz/scope.js';
import type { Database } from '../src/db/client.js';
import { scratchDatabase } from '../src/db/scratch.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openExport } from '../src/modules/exports/service.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [20_000, 200_000];
const MB = 1024 * 1024;

async function database(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const db = await scratchDatabase(process.env.BENCH_DATABASE_URL, { prefix: 'zeren_bench' });
  return { db, drop: () => db.close() };
}

/**
 * A bureau of `units` units (the root, 100 party committees, the rest branches under them), each
 * committee with a secretary; and `units` duty records: the secretaries' first responsibility and
 * ended historical duties of the branch secretaries (one per branch).
 */
async function generate(db: Database, units: number) {
  const district = await db.prisma.district.create({ data: { code: `B${units}`, name: '基准区' } });
  const tenant = await db.prisma.tenant.create({ data: { districtId: district.id, code: `bench-${units}`, name: `基准局${units}`, shortName: '基准局' } });
  const t = tenant.id;
  await db.sql.query(
    `INSERT INTO "OrgUnit" ("id", "tenantId", "parentId", "kind", "name", "ancestorIds", "depth", "sortOrder", "updatedAt")
     SELECT 'u' || g, $1,
            CASE WHEN g = 0 THEN NULL WHEN g <= 100 THEN 'u0' ELSE 'u' || (1 + g % 100) END,
            (CASE WHEN g = 0 THEN 'BUREAU_COMMITTEE' WHEN g <= 100 THEN 'PARTY_COMMITTEE' ELSE 'BRANCH' END)::"OrgUnitKind",
            CASE WHEN g = 0 THEN '基准局党委' WHEN g <= 100 THEN '第' || g || '党委' ELSE '第' || g || '党支部' END,
            CASE WHEN g = 0 THEN ARRAY['u0'] WHEN g <= 100 THEN ARRAY['u0', 'u' || g] ELSE ARRAY['u0', 'u' || (1 + g % 100), 'u' || g] END,
            CASE WHEN g = 0 THEN 0 WHEN g <= 100 THEN 1 ELSE 2 END, g, now()
       FROM generate_series(0, $2::int - 1) g`,
    [t, units],
  );
  // People, posts and duties, consistent by construction: the per-row rule triggers are switched off
  // while the generated history loads (they would re-check the same 100 teams 200,000 times).
  await db.sql.exec('ALTER TABLE "Post" DISABLE TRIGGER "Post_duties_rule"; ALTER TABLE "Duty" DISABLE TRIGGER "Duty_duties_rule"; ALTER TABLE "DutyScopeUnit" DISABLE TRIGGER "DutyScopeUnit_duties_rule"');
  await db.sql.query(
    `INSERT INTO "Person" ("id", "tenantId", "name", "updatedAt") SELECT 'p' || g, $1, '人员' || g, now() FROM generate_series(0, $2::int - 1) g`,
    [t, units],
  );
  await db.sql.query(
    `INSERT INTO "Post" ("id", "tenantId", "unitId", "personId", "role", "title", "startDate")
     SELECT 's' || g, $1, 'u' || g, 'p' || g, 'SECRETARY', '书记', DATE '2021-01-01' FROM generate_series(0, 100) g`,
    [t],
  );
  await db.sql.query(
    `INSERT INTO "Duty" ("id", "tenantId", "unitId", "personId", "postId", "kind", "startDate")
     SELECT 'd' || g, $1, 'u' || g, 'p' || g, 's' || g, 'FIRST_RESPONSIBLE', DATE '2021-01-01' FROM generate_series(0, 100) g`,
    [t],
  );
  await db.sql.query(
    `INSERT INTO "DutyScopeUnit" ("tenantId", "dutyId", "unitId") SELECT $1, 'd' || g, 'u' || g FROM generate_series(0, 100) g`,
    [t],
  );
  // Ended duty history: units - 101 records on the committees' secretaries' posts, so that the DUTIES
  // ledger has as many rows as ORG_UNITS.
  await db.sql.query(
    `INSERT INTO "Duty" ("id", "tenantId", "unitId", "personId", "postId", "kind", "startDate", "endDate", "endReason")
     SELECT 'h' || g, $1, 'u' || (1 + g % 100), 'p' || (1 + g % 100), 's' || (1 + g % 100), 'FIRST_RESPONSIBLE',
            DATE '2000-01-01' + (g / 100), DATE '2000-01-02' + (g / 100), '换届'
       FROM generate_series(0, $2::int - 102) g`,
    [t, units],
  );
  await db.sql.exec('ALTER TABLE "Post" ENABLE TRIGGER "Post_duties_rule"; ALTER TABLE "Duty" ENABLE TRIGGER "Duty_duties_rule"; ALTER TABLE "DutyScopeUnit" ENABLE TRIGGER "DutyScopeUnit_duties_rule"');
  // Statistics, as autovacuum would gather them on a server (PGlite runs no background workers).
  await db.sql.exec('ANALYZE');
  const root = { id: 'u0', kind: 'FIRST_RESPONSIBLE' as const, unitId: 'u0', scopeUnitIds: ['u0'] };
  const account = await db.prisma.userAccount.create({ data: { username: `bench${units}`, passwordHash: 'x', displayName: '基准用户', tenantId: t, personId: 'p0' } });
  const scope = scopeFrom(t, [{ id: 's0', unitId: 'u0', role: 'SECRETARY' }], [root]);
  const viewer: Viewer = {
    kind: 'person', userId: account.id, username: account.username, tenantId: t, personId: 'p0', scope, structure: scope, administers: false, leadsBureau: true,
  };
  return viewer;
}

/**
 * Runs one export and samples memory every 20 ms: peak RSS and peak heap as the process sees them.
 * With `live`, every sample first forces a full collection (node --expose-gc), so the heap figure
 * is what the export actually holds (live data), not what the collector has not yet reclaimed.
 */
async function measure(run: () => Promise<number>, live = false) {
  global.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    if (live) global.gc?.();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, live ? 100 : 20);
  const t0 = performance.now();
  const rows = await run();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);
  return { rows, seconds, peakRss, peakHeap, startRss: start.rss };
}

console.log('ledger     format     rows   seconds     rows/s   bytes(MB)  peak RSS(MB)  peak heap(MB)  live heap(MB)');
for (const size of SIZES) {
  // A fresh database per size, so that each run reads only its own bureau.
  const { db, drop } = await database();
  try {
    await applyMigrations(db.sql);
    const viewer = await generate(db, size);
    if (size === SIZES[0]) console.error(`engine: ${db.engine}; node ${process.version}`);
    for (const ledger of ['ORG_UNITS', 'DUTIES'] as const) {
      for (const format of ['CSV', 'XLSX'] as const) {
        let bytes = 0;
        const once = async () => {
          bytes = 0;
          const exported = await openExport(db.prisma, viewer, { ledger, format, status: 'ALL', exportId: randomUUID() }, new Date());
          for await (const chunk of exported.body) bytes += chunk.byteLength; // the discarding sink
          return exported.counter.rows;
        };
        const r = await measure(once);
        // The same export again, collecting before every sample: the heap it really holds.
        const live = global.gc ? (await measure(once, true)).peakHeap : NaN;
        console.log(
          `${ledger.padEnd(10)} ${format.padEnd(5)} ${String(r.rows).padStart(9)} ${r.seconds.toFixed(2).padStart(9)} ${Math.round(r.rows / r.seconds).toString().padStart(10)} ${(bytes / MB).toFixed(1).padStart(11)} ${(r.peakRss / MB).toFixed(0).padStart(13)} ${(r.peakHeap / MB).toFixed(0).padStart(14)} ${(live / MB).toFixed(0).padStart(14)}`,
        );
      }
    }
  } finally {
    await drop();
  }
}
