import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServices } from '../../src/app.js';
import { ANONYMOUS } from '../../src/authz/scope.js';
import { loadConfig } from '../../src/config.js';
import { backup, BackupError, filesUnder, restore, type BackupConfig } from '../../src/db/backup.js';
import { openDatabase } from '../../src/db/client.js';
import { tableFingerprints } from '../../src/db/fingerprint.js';
import { provisionBureau, provisionDistrict } from '../../src/modules/tenancy/service.js';

/**
 * Backup and restore round trip on the engine the suite runs on (PGlite in a data directory, or
 * new databases on the PostgreSQL server of DATABASE_URL): every table (row count and content hash)
 * and every evidence file of the restored installation equal the original's; a restore into a
 * non-empty installation is refused and changes nothing.
 */
const server = process.env.DATABASE_URL;
let dir: string;
const created: string[] = [];

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try { return await work(c); } finally { await c.end(); }
}

/** An installation: a data directory and, on PostgreSQL, an empty database of its own. */
async function installation(name: string): Promise<BackupConfig> {
  const DATA_DIR = join(dir, name);
  if (!server) return { DATA_DIR };
  const db = `zeren_backup_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${db}`));
  created.push(db);
  const url = new URL(server);
  url.pathname = `/${db}`;
  return { DATA_DIR, DATABASE_URL: url.toString() };
}

const open = (c: BackupConfig) => openDatabase(c.DATABASE_URL ? { url: c.DATABASE_URL } : { dataDir: join(c.DATA_DIR, 'pglite') });

let source: BackupConfig;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zeren-backup-test-'));
  source = await installation('source');
  const services = await startServices(loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'never', ...source } as NodeJS.ProcessEnv));
  await services.db.prisma.$transaction(async (tx) => {
    const { district } = await provisionDistrict(tx, { name: '备份区', code: '320998', adminUsername: 'backup.district' }, { adminPasswordHash: 'x' });
    await provisionBureau(tx, ANONYMOUS, district.id, { code: 'BAK', name: '中共备份局委员会', shortName: '备份局', adminUsername: 'admin.bak' }, { now: new Date(), adminPasswordHash: 'x' });
  });
  await services.pubsub.close();
  await services.db.close();
  for (const [path, bytes] of [['sha256/ab/cd/abcd01', randomBytes(5000)], ['sha256/ef/01/ef0102', Buffer.from('%PDF-1.7 佐证')]] as const) {
    await mkdir(dirname(join(source.DATA_DIR, 'evidence', path)), { recursive: true });
    await writeFile(join(source.DATA_DIR, 'evidence', path), bytes);
  }
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (server) for (const db of created) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
});

async function snapshot(c: BackupConfig) {
  const db = await open(c);
  try {
    const tables = await tableFingerprints(db.prisma);
    const files = Object.fromEntries(await Promise.all((await filesUnder(join(c.DATA_DIR, 'evidence'))).map(async (f) => [f, (await readFile(join(c.DATA_DIR, 'evidence', f))).toString('base64')])));
    return { tables, files };
  } finally {
    await db.close();
  }
}

it('backup → restore into an empty installation gives every table and every file back', async () => {
  const file = join(dir, 'zeren.tar.gz');
  const manifest = await backup(source, file);
  expect(manifest.engine).toBe(server ? 'postgresql' : 'pglite');
  expect(manifest.evidenceFiles).toHaveLength(2);
  await expect(backup(source, file)).rejects.toBeInstanceOf(BackupError); // never overwrites

  const target = await installation('target');
  await restore(target, file);
  const [a, b] = [await snapshot(source), await snapshot(target)];
  expect(Object.keys(a.tables).length).toBeGreaterThan(30);
  expect(a.tables.Tenant!.rows).toBe(1);
  expect(a.tables._prisma_migrations!.rows).toBeGreaterThan(0);
  expect(b.tables).toEqual(a.tables);
  expect(Object.keys(b.files)).toHaveLength(2);
  expect(b.files).toEqual(a.files);
  expect(await readFile(join(target.DATA_DIR, '.jwt-secret'), 'utf8')).toBe(await readFile(join(source.DATA_DIR, '.jwt-secret'), 'utf8'));

  // Restoring again into what is no longer empty is refused, and changes nothing.
  await expect(restore(target, file)).rejects.toThrow(/只能恢复到空/);
  expect(await snapshot(target)).toEqual(b);
  const withFile = await installation('with-evidence');
  await mkdir(join(withFile.DATA_DIR, 'evidence'), { recursive: true });
  await writeFile(join(withFile.DATA_DIR, 'evidence', 'x'), 'x');
  await expect(restore(withFile, file)).rejects.toThrow(/只能恢复到空/);
}, 300_000);
