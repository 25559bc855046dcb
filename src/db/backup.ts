import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPGlite } from './client.js';

/**
 * `npm run backup -- FILE` / `npm run restore -- FILE`: the database and the evidence files of one
 * installation in one tar.gz, on the configuration `npm start` uses (DATA_DIR, DATABASE_URL).
 *
 * Archive layout: `manifest.json` (format, engine, time, file list), the database — PGlite:
 * `database/pglite.tar.gz` (PGlite's own dumpDataDir of DATA_DIR/pglite); PostgreSQL:
 * `database/postgres.dump` (pg_dump custom format, no owners or privileges) — `evidence/` (a copy of
 * DATA_DIR/evidence, content-addressed files) and `jwt-secret` (DATA_DIR/.jwt-secret when there is
 * one, so signed links and sessions survive a move). The archive holds password hashes and the
 * secret: keep it as safe as the server.
 *
 * Restore only into an empty installation: no PGlite data (or no table in the PostgreSQL database)
 * and no evidence file; anything else is refused, nothing touched. An archive restores into the
 * engine it was taken from (a PGlite archive needs DATABASE_URL unset).
 */

const exec = promisify(execFile);
export const BACKUP_FORMAT = 'zeren-backup/1';

export interface BackupConfig { DATA_DIR: string; DATABASE_URL?: string }
export interface BackupManifest { format: string; engine: 'pglite' | 'postgresql'; createdAt: string; evidenceFiles: string[]; jwtSecret: boolean }

export class BackupError extends Error {}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Every file under a directory, as relative paths (sorted). */
export async function filesUnder(dir: string): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/** pg_dump / pg_restore must be at least the server's major version (an older one refuses or misreads). */
async function assertToolVersion(tool: 'pg_dump' | 'pg_restore', url: string) {
  const { stdout } = await exec(tool, ['--version']).catch(() => {
    throw new BackupError(`找不到 ${tool}，请安装与服务器同版本的 PostgreSQL 客户端 (${tool} is not on PATH)`);
  });
  const toolMajor = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1]);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>('SHOW server_version_num');
    const serverMajor = Math.floor(Number(rows[0]!.v) / 10000);
    if (toolMajor < serverMajor) throw new BackupError(`${tool} ${toolMajor} 低于服务器版本 ${serverMajor} (${tool} is older than the server)`);
  } finally {
    await client.end();
  }
}

async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

export async function backup(config: BackupConfig, file: string): Promise<BackupManifest> {
  if (await exists(file)) throw new BackupError(`${file} 已存在，不会覆盖 (the file exists; not overwritten)`);
  const staging = await mkdtemp(join(tmpdir(), 'zeren-backup-'));
  try {
    await mkdir(join(staging, 'database'));
    const engine = config.DATABASE_URL ? 'postgresql' : 'pglite';
    if (config.DATABASE_URL) {
      await assertToolVersion('pg_dump', config.DATABASE_URL);
      await exec('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--file', join(staging, 'database', 'postgres.dump'), config.DATABASE_URL]);
    } else {
      const dataDir = join(config.DATA_DIR, 'pglite');
      if (!(await exists(join(dataDir, 'PG_VERSION')))) throw new BackupError(`${dataDir} 中没有数据库 (no PGlite database there)`);
      // Opening the directory is also the check that no server holds it: stop `npm start` first.
      const pglite = await createPGlite(dataDir);
      try {
        await pglite.exec('CHECKPOINT');
        const dump = await pglite.dumpDataDir('gzip');
        await writeFile(join(staging, 'database', 'pglite.tar.gz'), new Uint8Array(await dump.arrayBuffer()));
      } finally {
        await pglite.close();
      }
    }
    const evidence = join(config.DATA_DIR, 'evidence');
    const evidenceFiles = await filesUnder(evidence);
    if (evidenceFiles.length) await cp(evidence, join(staging, 'evidence'), { recursive: true });
    const secret = join(config.DATA_DIR, '.jwt-secret');
    const jwtSecret = await exists(secret);
    if (jwtSecret) await cp(secret, join(staging, 'jwt-secret'));
    const manifest: BackupManifest = { format: BACKUP_FORMAT, engine, createdAt: new Date().toISOString(), evidenceFiles, jwtSecret };
    await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await exec('tar', ['-czf', file, '-C', staging, '.']);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export async function restore(config: BackupConfig, file: string): Promise<BackupManifest> {
  if (!(await exists(file))) throw new BackupError(`找不到 ${file} (no such file)`);
  const staging = await mkdtemp(join(tmpdir(), 'zeren-restore-'));
  try {
    await exec('tar', ['-xzf', file, '-C', staging]).catch(() => { throw new BackupError(`${file} 不是 tar.gz 备份 (not a tar.gz backup)`); });
    const manifest = JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8').catch(() => '{}')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${file} 不是本系统的备份 (not a ${BACKUP_FORMAT} archive)`);
    const engine = config.DATABASE_URL ? 'postgresql' : 'pglite';
    if (manifest.engine !== engine) {
      throw new BackupError(`备份来自 ${manifest.engine}，当前配置为 ${engine}；请按备份时的配置恢复 (the archive is of ${manifest.engine}; the configuration is ${engine})`);
    }
    // Empty target only: refuse before touching anything.
    const evidence = join(config.DATA_DIR, 'evidence');
    if ((await filesUnder(evidence)).length) throw new BackupError(`${evidence} 中已有文件，只能恢复到空的数据目录 (restore only into an empty data directory)`);
    const pgliteDir = join(config.DATA_DIR, 'pglite');
    if (config.DATABASE_URL) {
      if ((await userTableCount(config.DATABASE_URL)) > 0) throw new BackupError('数据库不是空的，只能恢复到空数据库 (restore only into an empty database)');
      await assertToolVersion('pg_restore', config.DATABASE_URL);
    } else if ((await filesUnder(pgliteDir)).length) {
      throw new BackupError(`${pgliteDir} 中已有数据库，只能恢复到空的数据目录 (restore only into an empty data directory)`);
    }
    if (config.DATABASE_URL) {
      await exec('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--dbname', config.DATABASE_URL, join(staging, 'database', 'postgres.dump')]);
    } else {
      await mkdir(pgliteDir, { recursive: true });
      const dump = new Blob([new Uint8Array(await readFile(join(staging, 'database', 'pglite.tar.gz')))]);
      const pglite = await PGlite.create(pgliteDir, { loadDataDir: dump, extensions: { btree_gist } });
      await pglite.close();
    }
    if (manifest.evidenceFiles.length) await cp(join(staging, 'evidence'), evidence, { recursive: true });
    if (manifest.jwtSecret && !(await exists(join(config.DATA_DIR, '.jwt-secret')))) {
      await mkdir(config.DATA_DIR, { recursive: true });
      await cp(join(staging, 'jwt-secret'), join(config.DATA_DIR, '.jwt-secret'));
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
