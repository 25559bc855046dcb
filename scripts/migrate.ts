/** `npm run db:migrate`: applies pending migrations to PGlite in DATA_DIR, or to DATABASE_URL. */
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrate.js';

const config = loadConfig();
const db = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: join(config.DATA_DIR, 'pglite') });
try {
  const ran = await applyMigrations(db.sql);
  console.log(ran.length ? `Applied ${ran.join(', ')}` : 'Database is up to date.');
} finally {
  await db.close();
}
