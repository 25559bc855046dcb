import { createServer as createHttpServer } from 'node:http';
import { startServices } from './app.js';
import { loadConfig } from './config.js';
import { isEmpty, seedDemo } from './db/seed/index.js';
import { startReminderScheduler } from './modules/obligations/reminders.js';
import { createServer } from './server.js';

const config = loadConfig();
const services = await startServices(config);

// The embedded database starts with the demo data; PostgreSQL only through `npm run seed`.
if (!config.DATABASE_URL && config.SEED_DEMO === 'auto' && (await isEmpty(services.db.prisma))) {
  await seedDemo(services.db.prisma);
  console.log('Loaded the demo data (password for every demo account: demo).');
}

// Reminders: every instance schedules the job; an advisory lock lets one run it at a time.
const reminders = config.REMINDER_INTERVAL_MINUTES > 0
  ? startReminderScheduler(services, { intervalMinutes: config.REMINDER_INTERVAL_MINUTES })
  : undefined;

const yoga = createServer(services);
const server = createHttpServer(yoga);
server.listen(config.PORT, config.HOST, () => {
  console.log(`zeren on http://localhost:${config.PORT}/graphql (${services.db.engine})`);
});

async function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  reminders?.stop();
  server.close();
  await services.pubsub.close();
  await services.db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
