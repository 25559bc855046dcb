/**
 * `npm run setup -- --district 盐城市大丰区 --admin <username>`: the first step of a real
 * installation. Applies the migrations (PGlite in DATA_DIR, or DATABASE_URL), then creates the
 * district and its administrator and prints a one-time password.
 */
import { startServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { runSetup } from '../src/modules/tenancy/setup.js';

const services = await startServices(loadConfig());
let code = 1;
try {
  code = await runSetup(services.db.prisma, process.argv.slice(2));
} finally {
  await services.pubsub.close();
  await services.db.close();
}
process.exit(code);
