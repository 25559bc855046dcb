import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { openDatabase, type Database } from './client.js';

/**
 * A scratch database for tests and benchmarks: a new database on the PostgreSQL server named by
 * `url` (created here; `close()` closes the pools, then drops it), or an in-memory PGlite without a
 * url. Not migrated: callers apply the migrations they need. One helper for test/helpers.ts and the
 * scripts/bench-*.ts benchmarks.
 *
 * `template` starts it as a copy of a prepared database instead of an empty one: on PostgreSQL the
 * name of a database on the same server (`CREATE DATABASE … TEMPLATE`, which needs the template to
 * have no open connection), on PGlite the path of a data directory dumped with
 * `PGlite.dumpDataDir()` (test/template.ts makes both).
 */
export async function scratchDatabase(
  url: string | undefined,
  options: { prefix?: string; poolSize?: number; template?: string } = {},
): Promise<ScratchDatabase> {
  if (!url) {
    if (!options.template) return openDatabase({ dataDir: 'memory://' });
    return openDatabase({ loadDataDir: new Blob([await readFile(options.template)]) });
  }
  const name = `${options.prefix ?? 'zeren_scratch'}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => createDatabase(admin, name, options.template));
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

/**
 * CREATE DATABASE, optionally from a template. PostgreSQL refuses a template another session is
 * connected to (SQLSTATE 55006), and a closed pool's backends can take a moment to exit: retry briefly.
 */
async function createDatabase(admin: pg.Client, name: string, template?: string): Promise<void> {
  const sql = template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(sql);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Runs `work` on a connection to the server's maintenance database (the one `url` names). */
export async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
