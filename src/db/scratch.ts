import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './client.js';

/**
 * A scratch database for tests and benchmarks: a new database on the PostgreSQL server named by
 * `url` (created here; `close()` closes the pools, then drops it), or an in-memory PGlite without a
 * url. Not migrated: callers apply the migrations they need. One helper for test/helpers.ts and the
 * scripts/bench-*.ts benchmarks.
 */
export async function scratchDatabase(url: string | undefined, options: { prefix?: string; poolSize?: number } = {}): Promise<ScratchDatabase> {
  if (!url) return openDatabase({ dataDir: 'memory://' });
  const name = `${options.prefix ?? 'zeren_scratch'}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db: ScratchDatabase = await openDatabase({ url: target.toString(), poolSize: options.poolSize });
  db.url = target.toString();
  const close = db.close.bind(db);
  db.close = async () => {
    await close();
    await withAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  return db;
}

/** A scratch database; `url` is its connection string on PostgreSQL (for a second client, e.g. a plain `pg` pool). */
export type ScratchDatabase = Database & { url?: string };

async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
