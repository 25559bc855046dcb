/**
 * `npm run bench:data-version`: what the response cache's data-version triggers (migration
 * `data_version`) cost a write. On a fresh migrated database, N single-row INSERTs, then N
 * single-row UPDATEs of a bureau's Person rows (each its own transaction, as a mutation's
 * statements are), then one INSERT … SELECT of N rows, once with the triggers and once after
 * dropping them; prints ms per statement and the ratio.
 *
 * Engines: an in-memory PGlite, and the PostgreSQL named by BENCH_DATABASE_URL when it is set (a
 * fresh database is created and dropped). `npm run bench:data-version -- <N>` (default 1,000).
 */
import { randomUUID } from 'node:crypto';
import { applyMigrations } from '../src/db/migrate.js';
import { scratchDatabase } from '../src/db/scratch.js';

const N = Number(process.argv[2] ?? 1000) || 1000;

async function run(url: string | undefined, triggers: boolean) {
  const db = await scratchDatabase(url, { prefix: 'zeren_bench_dv' });
  try {
    await applyMigrations(db.sql);
    if (!triggers) {
      const rows = await db.sql.query<{ t: string; n: string }>(
        `SELECT DISTINCT event_object_table AS t, trigger_name AS n FROM information_schema.triggers WHERE trigger_name LIKE '%\\_data\\_version\\_%' ESCAPE '\\'`,
      );
      for (const r of rows) await db.sql.exec(`DROP TRIGGER "${r.n}" ON "${r.t}"`);
    }
    const districtId = randomUUID();
    const tenantId = randomUUID();
    await db.sql.query(`INSERT INTO "District" ("id", "code", "name") VALUES ($1, $1, '区')`, [districtId]);
    await db.sql.query(`INSERT INTO "Tenant" ("id", "districtId", "code", "name", "shortName") VALUES ($1, $2, $1, '局', '局')`, [tenantId, districtId]);
    const ids = Array.from({ length: N }, () => randomUUID());
    const time = async (work: () => Promise<void>) => {
      const started = performance.now();
      await work();
      return performance.now() - started;
    };
    const insert = await time(async () => {
      for (const id of ids) await db.sql.query(`INSERT INTO "Person" ("id", "tenantId", "name", "updatedAt") VALUES ($1, $2, '人', now())`, [id, tenantId]);
    });
    const update = await time(async () => {
      for (const id of ids) await db.sql.query(`UPDATE "Person" SET "jobTitle" = 'x', "updatedAt" = now() WHERE "tenantId" = $1 AND "id" = $2`, [tenantId, id]);
    });
    const bulk = await time(async () => {
      await db.sql.query(`INSERT INTO "Person" ("id", "tenantId", "name", "updatedAt") SELECT gen_random_uuid()::text, $1, '人', now() FROM generate_series(1, ${N})`, [tenantId]);
    });
    const [version] = await db.sql.query<{ version: string }>(`SELECT "version"::text AS "version" FROM "DataVersion" WHERE "scope" = $1`, [tenantId]);
    return { insert: insert / N, update: update / N, bulk, version: version?.version ?? '-' };
  } finally {
    await db.close();
  }
}

const engines: [string, string | undefined][] = [['PGlite (memory)', undefined]];
if (process.env.BENCH_DATABASE_URL) engines.unshift(['PostgreSQL', process.env.BENCH_DATABASE_URL]);
for (const [name, url] of engines) {
  // Warm-up, then without and with the triggers.
  await run(url, true);
  const without = await run(url, false);
  const withTriggers = await run(url, true);
  const f = (x: number) => x.toFixed(3);
  console.log(`${name}, N = ${N}`);
  console.log(`  single-row INSERT  ms/statement: without ${f(without.insert)}, with ${f(withTriggers.insert)} (× ${(withTriggers.insert / without.insert).toFixed(2)})`);
  console.log(`  single-row UPDATE  ms/statement: without ${f(without.update)}, with ${f(withTriggers.update)} (× ${(withTriggers.update / without.update).toFixed(2)})`);
  console.log(`  INSERT … SELECT of ${N} rows, ms: without ${f(without.bulk)}, with ${f(withTriggers.bulk)} (× ${(withTriggers.bulk / without.bulk).toFixed(2)})`);
  console.log(`  the bureau's version after the run: without ${without.version}, with ${withTriggers.version}`);
}
