import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createPGlite, openDatabase, type Database } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrate.js';
import { withAdmin } from '../src/db/scratch.js';
import { seedDemo, type DemoData } from '../src/demo/index.js';
import { hashPassword } from '../src/modules/auth/service.js';

/**
 * The demo template of a test run (test/global-setup.ts builds it once per `vitest run`; every test
 * file's createTestApp starts from a copy): one database, migrated and seeded at one instant, on the
 * engine the run uses.
 */
export interface TestTemplate {
  engine: 'pglite' | 'postgresql';
  /** PGlite: the path of the dumped data directory (.tar.gz); PostgreSQL: the template database's name. */
  source: string;
  /** PostgreSQL: the server URL the template lives on (the run's DATABASE_URL). */
  url?: string;
  /** The demo seed's clock: every file's demo data were made at this instant (ISO). */
  seededAt: string;
  /** The argon2 hash of the demo password that the template's accounts hold. */
  passwordHash: string;
  /** The seed's DemoData, as written by serializeDemo. */
  demo: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    zerenTemplate: TestTemplate | undefined;
  }
}

/** DemoData holds strings and Maps of strings: JSON with the Maps spelled as `{ "$map": entries }`. */
export function serializeDemo(demo: DemoData): string {
  const text = JSON.stringify(demo, (_key, value: unknown) => (value instanceof Map ? { $map: [...value] } : value));
  // Anything JSON cannot carry back (a Date, a Set, undefined) would differ after the round trip.
  if (!isDeepStrictEqual(parseDemo(text), demo)) throw new Error('test/template.ts: DemoData does not survive JSON; teach serializeDemo its new field');
  return text;
}

export function parseDemo(text: string): DemoData {
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && '$map' in value ? new Map((value as { $map: [unknown, unknown][] }).$map) : value) as DemoData;
}

/** Migrates and seeds `db` with the clock at `now`; returns the demo data. */
async function migrateAndSeed(db: Database, now: Date, passwordHash: string): Promise<DemoData> {
  await applyMigrations(db.sql);
  return seedDemo(db.prisma, { passwordHash, now });
}

/**
 * Builds the template for `url` (PostgreSQL) or PGlite (no url) and returns it with a function that
 * removes it. PGlite: an in-memory database, dumped to a gzipped tarball in a temporary directory
 * (loading it takes about a quarter of a fresh PGlite's initdb, and no migrations or seed).
 * PostgreSQL: a database on the server, left with no connection so that CREATE DATABASE … TEMPLATE
 * can copy it.
 */
export async function buildTemplate(url: string | undefined, now: Date): Promise<{ template: TestTemplate; remove: () => Promise<void> }> {
  const passwordHash = await hashPassword('demo');
  const seededAt = now.toISOString();
  if (!url) {
    const dir = await mkdtemp(join(tmpdir(), 'zeren-test-template-'));
    const pglite = await createPGlite('memory://');
    const db = await openDatabase({ pglite });
    try {
      const demo = serializeDemo(await migrateAndSeed(db, now, passwordHash));
      await db.close();
      const source = join(dir, 'pglite.tar.gz');
      await writeFile(source, Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()));
      await writeFile(join(dir, 'demo.json'), demo);
      return { template: { engine: 'pglite', source, seededAt, passwordHash, demo }, remove: () => rm(dir, { recursive: true, force: true }) };
    } finally {
      await pglite.close();
    }
  }
  const name = `zeren_template_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const remove = () => withAdmin(url, async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = await openDatabase({ url: target.toString() });
    let demo: string;
    try {
      demo = serializeDemo(await migrateAndSeed(db, now, passwordHash));
    } finally {
      await db.close();
    }
    return { template: { engine: 'postgresql', source: name, url, seededAt, passwordHash, demo }, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
