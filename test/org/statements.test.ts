import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticBureau } from '../../src/demo/synthetic.js';
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
    // 7 on PGlite and PostgreSQL: the viewer, the page's ids, the page with its relations joined,
    // and the batched lookups of the nested fields that are not relations; no count, since the page
    // holds the whole list (issue 12: it was 24 before relations were joined and checks reused the
    // unit rows already read, 32 before the viewer was one statement). Two spare for a batch that splits.
    expect(small.statements).toBeLessThanOrEqual(9);
  });

  it('totalCount of a list its first page holds is that page\'s size, with no count statement; any other page counts', async () => {
    const bureau = await createSyntheticBureau(app.db.prisma, { districtId: app.demo.districtId, committees: 2, branchesPer: 3 });
    const { token } = await app.services.tokens.issue(bureau.secretaryAccountId);
    const Page = graphql(`
      query StatementsPage($first: Int, $after: String, $last: Int) {
        orgUnits(first: $first, after: $after, last: $last) { totalCount edges { node { id } } pageInfo { endCursor } }
      }
    `);
    const page = (variables: { first?: number; after?: string; last?: number }) => countStatements(app.db, () => app.ok(Page, variables, token));
    const whole = await page({ first: 100 });
    expect(whole.result.orgUnits.edges).toHaveLength(bureau.unitCount);
    expect(whole.result.orgUnits.totalCount).toBe(bureau.unitCount);
    // A page that does not hold the whole list: the count is a statement of its own, and it is the
    // whole list's size, not the page's.
    const first = await page({ first: 2 });
    expect(first.result.orgUnits.edges).toHaveLength(2);
    expect(first.result.orgUnits.totalCount).toBe(bureau.unitCount);
    expect(first.statements).toBe(whole.statements + 1);
    // A later page that reaches the end is short too, but it is not the whole list.
    const rest = await page({ first: 100, after: first.result.orgUnits.pageInfo.endCursor! });
    expect(rest.result.orgUnits.edges).toHaveLength(bureau.unitCount - 2);
    expect(rest.result.orgUnits.totalCount).toBe(bureau.unitCount);
    // Backwards from the end: the same rule.
    const last = await page({ last: 100 });
    expect(last.result.orgUnits.edges).toHaveLength(bureau.unitCount);
    expect(last.result.orgUnits.totalCount).toBe(bureau.unitCount);
    expect(last.statements).toBe(whole.statements);
  });
});
