import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TokenService } from './authz/tokens.js';
import type { Config } from './config.js';
import type { AppServices } from './context.js';
import { openDatabase, type Database } from './db/client.js';
import { applyMigrations } from './db/migrate.js';
import { createHeavySlots } from './lib/heavy-work.js';
import { createThrottleStore } from './modules/auth/throttle.js';
import { createEventBus } from './pubsub.js';

/**
 * The JWT secret: from the environment (required in production, where every instance must share
 * it), or generated once and kept in the data directory for development.
 */
async function jwtSecret(config: Config): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  await mkdir(config.DATA_DIR, { recursive: true });
  const file = join(config.DATA_DIR, '.jwt-secret');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing && existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('hex');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** Opens the database, applies pending migrations and assembles the shared services. */
export async function startServices(
  config: Config,
  options: { db?: Database; secret?: string; progress?: (line: string) => void } = {},
): Promise<AppServices> {
  if (!options.db) {
    options.progress?.(config.DATABASE_URL
      ? '连接数据库 (connecting to the database)'
      : '打开数据库 (opening the embedded database; the first start creates it, a few seconds)');
  }
  const db =
    options.db ?? (await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: join(config.DATA_DIR, 'pglite') }));
  await applyMigrations(db.sql, undefined, options.progress);
  const secret = options.secret ?? (await jwtSecret(config));
  return {
    config,
    db,
    tokens: new TokenService(secret, config.TOKEN_TTL_SECONDS),
    pubsub: createEventBus(config.REDIS_URL),
    loginThrottle: createThrottleStore(config.REDIS_URL),
    heavySlots: createHeavySlots(config.REDIS_URL),
    now: () => new Date(),
  };
}
