/**
 * `npm run bench:api`: times the nested tree query a front-end's tree screen sends, against
 * synthetic bureaus of increasing size on in-memory PGlite, and prints milliseconds per request,
 * statements per request and units per second. Sizes: 28, 271 and 811 units.
 */
import { print } from 'graphql';
import { createSyntheticBureau } from '../src/db/seed/synthetic.js';
import { graphql } from '../test/gql/index.js';
import { createTestApp } from '../test/helpers.js';

const Tree = graphql(`
  query BenchTree {
    orgUnits(first: 500) {
      totalCount
      edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } }
    }
  }
`);

const app = await createTestApp();
const query = print(Tree);
console.log('units\trequests\tms/request\tstatements/request\tunits/s');
for (const [committees, branchesPer] of [[3, 8], [30, 8], [90, 8]] as const) {
  const bureau = await createSyntheticBureau(app.db.prisma, { districtId: app.demo.districtId, committees, branchesPer });
  const { token } = await app.services.tokens.issue(bureau.secretaryAccountId);
  const send = () => app.post({ query }, { authorization: `Bearer ${token}` }).then((r) => r.json());
  await send();
  const runs = committees >= 90 ? 3 : 10;
  const before = app.db.statements.count;
  const started = performance.now();
  for (let i = 0; i < runs; i++) await send();
  const ms = (performance.now() - started) / runs;
  const shown = Math.min(bureau.unitCount, 500);
  console.log(`${bureau.unitCount}\t${runs}\t${ms.toFixed(1)}\t${(app.db.statements.count - before) / runs}\t${Math.round((shown / ms) * 1000)}`);
}
await app.close();
