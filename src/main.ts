import { createServer as createHttpServer } from 'node:http';
import { resolve } from 'node:path';
import { startServices } from './app.js';
import { loadConfig } from './config.js';
import { isEmpty, seedDemo } from './db/seed/index.js';
import { startReminderScheduler } from './modules/obligations/reminders.js';
import { createServer } from './server.js';

const config = loadConfig();
const say = (line: string) => console.log(`[zeren] ${line}`);
/** Where the data lives, without a password: the PGlite directory, or PostgreSQL's host and database. */
const engine = config.DATABASE_URL
  ? (() => { const u = new URL(config.DATABASE_URL); return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`; })()
  : `PGlite ${resolve(config.DATA_DIR, 'pglite')}`;
say(`启动中 (starting): ${engine}`);
const services = await startServices(config, { progress: say });

// The embedded database starts with the demo data; PostgreSQL only through `npm run seed`.
if (!config.DATABASE_URL && config.SEED_DEMO === 'auto' && (await isEmpty(services.db.prisma))) {
  say('空库，载入演示数据 (empty database: loading the demo data, about a minute on a first start)');
  const started = Date.now();
  await seedDemo(services.db.prisma, { progress: say });
  say(`演示数据已载入 (demo data loaded in ${Math.round((Date.now() - started) / 1000)} s)`);
}

// Reminders: every instance schedules the job; an advisory lock lets one run it at a time.
const reminders = config.REMINDER_INTERVAL_MINUTES > 0
  ? startReminderScheduler(services, { intervalMinutes: config.REMINDER_INTERVAL_MINUTES })
  : undefined;

const yoga = createServer(services);
const server = createHttpServer(yoga);
server.listen(config.PORT, config.HOST, () => {
  const signIn = config.DATABASE_URL
    ? 'sign in with an account of your data (PostgreSQL demo data: npm run seed; accounts as in README)'
    : 'sign in: mutation { login(username: "secretary", password: "demo") { token } } — every demo account\'s password is demo';
  say(`就绪 (ready): http://localhost:${config.PORT}/graphql — ${engine} — ${signIn}`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  reminders?.stop();
  server.close();
  await services.pubsub.close();
  await services.loginThrottle.close();
  await services.db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
