/** `npm run seed`: loads the demo data into an empty database (PGlite in DATA_DIR, or DATABASE_URL). */
import { startServices } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { isEmpty, seedDemo } from '../src/demo/index.js';

const services = await startServices(loadConfig());
try {
  if (!(await isEmpty(services.db.prisma))) {
    console.log('The database already holds data: nothing loaded.');
  } else {
    const demo = await seedDemo(services.db.prisma);
    console.log(`Loaded the demo data: ${demo.bureau.units.size + demo.housing.units.size} units in 2 bureaus. Password for every demo account: demo.`);
  }
} finally {
  await services.pubsub.close();
  await services.db.close();
}
