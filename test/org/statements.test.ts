import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticBureau } from '../../src/db/seed/synthetic.js';
import { graphql } from '../gql/index.js';
import { countStatements, createTestApp, type TestApp } from '../helpers.js';

/** The statements a request sends do not grow with the rows it returns. */

const Tree = graphql(`
  query StatementsTree {
    orgUnits(first: 500) {
      totalCount
      edges {
        node {
          name kind
          parent { name }
          ancestors { name }
          children { name leadershipTeam { title person { name } } }
          firstResponsible { name }
          directResponsible { name }
          leadershipTeam { role person { name duties { kind } } }
          duties { kind person { name } scopeUnits { name } }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
});
afterAll(() => app?.close());

async function statementsFor(committees: number, branchesPer: number) {
  const bureau = await createSyntheticBureau(app.db.prisma, { districtId: app.demo.districtId, committees, branchesPer });
  const { token } = await app.services.tokens.issue(bureau.secretaryAccountId);
  const started = performance.now();
  const { result, statements } = await countStatements(app.db, () => app.ok(Tree, {}, token));
  console.log(`${bureau.unitCount} units: ${statements} statements, ${Math.round(performance.now() - started)} ms`);
  expect(result.orgUnits.totalCount).toBe(bureau.unitCount);
  expect(result.orgUnits.edges).toHaveLength(bureau.unitCount);
  return { statements, units: bureau.unitCount };
}

describe('statement counts', () => {
  it('a nested tree query sends the same number of statements for a tree ten times larger', async () => {
    const small = await statementsFor(3, 8); // 28 units
    const large = await statementsFor(30, 8); // 271 units
    expect(large.units).toBeGreaterThanOrEqual(small.units * 9);
    // DataLoader batches follow the event loop, so a batch may split in two on a small tree (a
    // network round trip finishing early); what must never happen is growth with the rows.
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    // 8 on PGlite and PostgreSQL: the viewer, the page's ids, the page with its relations joined,
    // the count, and the batched lookups of the nested fields that are not relations (issue 12: it
    // was 24 before relations were joined and checks reused the unit rows already read, 32 before
    // the viewer was one statement). Two spare for a batch that splits.
    expect(small.statements).toBeLessThanOrEqual(10);
  });
});
