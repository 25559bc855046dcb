import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import type { OrgUnitKind } from '../../src/generated/prisma/enums.js';
import { unitListSql, unitListWhere, type UnitListFilter } from '../../src/modules/org/service.js';
import { graphql } from '../gql/index.js';
import { countStatements, createTestApp, type TestApp } from '../helpers.js';

/**
 * The unit list's two forms (issue 24, lever 2): `orgUnits` pages its first page with one raw
 * statement built from unitListSql, and every other page, the ledger and the row filter with
 * unitListWhere. Both must list the same units for every viewer and filter.
 */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  // One archived unit, so that the archived filters have something to tell apart.
  const parent = await app.db.prisma.orgUnit.findFirstOrThrow({ where: { tenantId: app.demo.bureau.tenantId, kind: 'PARTY_COMMITTEE' }, orderBy: { id: 'asc' } });
  const id = randomUUID();
  await app.db.prisma.orgUnit.create({
    data: { id, tenantId: parent.tenantId, parentId: parent.id, kind: 'BRANCH', name: '已撤销测试支部', ancestorIds: [...parent.ancestorIds, id], depth: parent.depth + 1, archivedAt: new Date() },
  });
});
afterAll(() => app?.close());

const viewers = ['secretary', 'branch.organs1', 'member.forestry', 'forestry.secretary', 'propaganda', 'zrzy.admin', 'district.committee'];
const filters: UnitListFilter[] = [
  {}, { includeArchived: true }, { archivedOnly: true }, { kinds: ['BRANCH'] as OrgUnitKind[] },
  { kinds: ['PARTY_COMMITTEE', 'GENERAL_BRANCH'] as OrgUnitKind[], includeArchived: true },
];

describe('the unit list in SQL', () => {
  it('lists exactly the units of the Prisma filter, in the same order, for every viewer and filter', async () => {
    let compared = 0;
    for (const username of viewers) {
      const token = await app.login(username);
      const ctx = await createContext(app.services, { request: new Request('http://zeren.test/graphql', { headers: { authorization: `Bearer ${token}` } }) });
      const viewer = ctx.viewer;
      if (viewer.kind !== 'person' && viewer.kind !== 'bureauAdmin') continue;
      for (const filter of filters) {
        const byPrisma = await app.db.prisma.orgUnit.findMany({
          where: unitListWhere(viewer.structure, filter), orderBy: [{ depth: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }], select: { id: true },
        });
        const where = unitListSql(viewer.structure, filter)!;
        const bySql = await app.db.prisma.$queryRaw<{ id: string }[]>`SELECT u."id" FROM "OrgUnit" u WHERE ${where} ORDER BY u."depth", u."sortOrder", u."id"`;
        expect(bySql.map((r) => r.id), `${username} ${JSON.stringify(filter)}`).toEqual(byPrisma.map((r) => r.id));
        compared += byPrisma.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('a filter it does not cover is left to Prisma', () => {
    const scope = { tenantId: 't' } as never;
    expect(unitListSql(scope, { subtreeOf: 'x' })).toBeNull();
    expect(unitListSql(scope, { nameContains: '支部' })).toBeNull();
    expect(Prisma.sql`${unitListSql({ tenantId: 't', subtreeRoots: [], singleUnits: [] } as never, {})!}`.sql).toContain('FALSE');
  });

  it('a first page with relations sends its ids and the list size in one statement; a later page counts apart', async () => {
    const token = await app.login('secretary');
    const Page = graphql(`
      query ListSqlPage($first: Int, $after: String) {
        orgUnits(first: $first, after: $after) { totalCount edges { node { id name parent { id } } } pageInfo { endCursor } }
      }
    `);
    const all = await app.db.prisma.orgUnit.count({ where: { tenantId: app.demo.bureau.tenantId, archivedAt: null } });
    const first = await countStatements(app.db, () => app.ok(Page, { first: 3 }, token));
    expect(first.result.orgUnits.edges).toHaveLength(3);
    expect(first.result.orgUnits.totalCount).toBe(all);
    // The viewer, the ids with the list's size, the rows with their parents.
    expect(first.statements).toBe(3);
    const rest = await countStatements(app.db, () => app.ok(Page, { first: 3, after: first.result.orgUnits.pageInfo.endCursor! }, token));
    expect(rest.result.orgUnits.totalCount).toBe(all);
    expect(rest.statements).toBe(4);
  });
});
