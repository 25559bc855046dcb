/**
 * `npm run audit:verify`: walks every audit hash chain (one per tenant, one per district, 'system')
 * and reports the first broken link of each — an altered event (hash mismatch) or a removed one
 * (seq gap, prevHash mismatch). Each chain is named by its bureau (or district), with its key. Exit code 0 when every chain verifies, 1 when one is broken.
 * Uses PGlite in DATA_DIR, or DATABASE_URL.
 */
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { chainNames, verifyAllChains } from '../src/modules/audit/chain.js';

const config = loadConfig();
const db = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: join(config.DATA_DIR, 'pglite') });
let broken = 0;
try {
  const reports = await verifyAllChains(db.sql);
  if (!reports.length) console.log('No audit events yet.');
  const names = await chainNames(db.sql, reports.map((r) => r.chainKey));
  const label = (key: string) => (names.has(key) ? `${names.get(key)} [${key}]` : key);
  for (const r of reports) {
    if (r.broken) {
      broken += 1;
      console.log(`BROKEN ${label(r.chainKey)}: first broken link at seq ${r.broken.seq} (${r.broken.kind}) — ${r.broken.detail}`);
      console.log(`       verified up to seq ${r.headSeq ?? 0}${r.headHash ? ` (hash ${r.headHash})` : ''}`);
    } else {
      console.log(`ok     ${label(r.chainKey)}: ${r.events} events, head seq ${r.headSeq} hash ${r.headHash}`);
    }
  }
} finally {
  await db.close();
}
process.exit(broken ? 1 : 0);
