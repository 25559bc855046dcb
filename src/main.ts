import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadConfig } from './config.js';

// The first start of a fresh installation creates the database, applies the migrations and (on
// PGlite) loads the demo data: it says what it is doing at every step, and a step that takes more
// than a few seconds says so again while it runs. Only the configuration is imported before the
// first line; the rest of the program loads after it (its modules take a few seconds).
const config = loadConfig();
const started = Date.now();
let step = '';
let stepStarted = started;
let lastLine = started;
const say = (line: string) => {
  console.log(`[zeren] ${line}`);
  lastLine = Date.now();
};
/** Starts a step: says it now, and every few seconds of silence while it lasts. */
const begin = (line: string) => {
  step = line;
  stepStarted = Date.now();
  say(line);
};
const ticker = setInterval(() => {
  if (step && Date.now() - lastLine >= 4_000) say(`… ${step} (${Math.round((Date.now() - stepStarted) / 1000)} s)`);
}, 1_000);
ticker.unref();

/** Where the data lives, without a password: the PGlite directory, or PostgreSQL's host and database. */
const engine = config.DATABASE_URL
  ? (() => { const u = new URL(config.DATABASE_URL); return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`; })()
  : `PGlite ${resolve(config.DATA_DIR, 'pglite')}`;
say(`启动中 (starting): ${engine}`);
begin('载入程序 (loading the program)');
const [{ startServices }, { isEmpty, seedDemo }, { startReminderScheduler }, { createServer }] = await Promise.all([
  import('./app.js'),
  import('./db/seed/index.js'),
  import('./modules/obligations/reminders.js'),
  import('./server.js'),
]);
const services = await startServices(config, {
  progress: (line) => (line.startsWith('  ') ? say(line) : begin(line)),
});

// The embedded database starts with the demo data; PostgreSQL only through `npm run seed`.
begin('检查数据 (checking for data)');
const empty = await isEmpty(services.db.prisma);
if (!config.DATABASE_URL && config.SEED_DEMO === 'auto' && empty) {
  say('空库，载入演示数据 (empty database: loading the demo data, a few seconds)');
  const seeding = Date.now();
  await seedDemo(services.db.prisma, { progress: begin });
  say(`演示数据已载入 (demo data loaded in ${Math.round((Date.now() - seeding) / 1000)} s)`);
}

// Reminders: every instance schedules the job; an advisory lock lets one run it at a time.
const reminders = config.REMINDER_INTERVAL_MINUTES > 0
  ? startReminderScheduler(services, { intervalMinutes: config.REMINDER_INTERVAL_MINUTES })
  : undefined;

begin('构建 GraphQL 接口 (building the GraphQL schema and server)');
const yoga = createServer(services);
const server = createHttpServer(yoga);
server.listen(config.PORT, config.HOST, () => {
  step = '';
  clearInterval(ticker);
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  if (empty && (config.DATABASE_URL || config.SEED_DEMO === 'never')) {
    // A new installation: nothing to sign in with until setup has created the district's administrator.
    say(`就绪 (ready): ${url} — ${engine} — 空库 (empty database): set up your district first: npm run setup -- --district <name, e.g. 盐城市大丰区> --admin <username> (prints the administrator's one-time password; README: Setting up a district). To try zeren instead: npm run seed (demo data; every demo account's password is demo)`);
    return;
  }
  const signIn = config.DATABASE_URL
    ? 'sign in with an account of your data (the administrator npm run setup made, or a demo account after npm run seed)'
    : 'sign in: mutation { login(username: "secretary", password: "demo") { token } } — every demo account\'s password is demo';
  say(`就绪 (ready): ${url} — ${engine} — ${signIn}`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  reminders?.stop();
  server.close();
  await services.pubsub.close();
  await services.loginThrottle.close();
  await services.heavySlots.close();
  await services.db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
