import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DutyKind, OrgUnitKind, PostRole } from '../../src/generated/prisma/enums.js';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { fcParameters } from '../fc.js';
import { loadWorld, referenceVisibleUnits } from '../reference.js';

/**
 * Property: for random trees and random duties, every list, node lookup and nested relation
 * returns exactly the units an independent reference model says the viewer may see.
 */

const COMMITTEE: OrgUnitKind[] = ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];
const OTHER: OrgUnitKind[] = ['RESOURCE_OFFICE', 'SUB_BUREAU', 'DIRECT_UNIT'];

const worldArb = fc.record({
  // parents[i] is the index of unit i+1's parent among units 0..i (unit 0 is the bureau committee)
  parents: fc.array(fc.nat(), { minLength: 1, maxLength: 24 }).map((xs) => xs.map((x, i) => x % (i + 1))),
  kinds: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 24, maxLength: 24 }),
  people: fc.array(
    fc.record({
      unit: fc.nat(),
      role: fc.constantFrom<'MEMBER' | 'DUAL' | 'DIRECT'>('MEMBER', 'DUAL', 'DIRECT'),
      scopePicks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  tenantId: string;
  units: string[];
  /** `admin`: the bureau's administrator (sees the whole structure), with or without a person. */
  viewers: { personId: string | null; admin: boolean; token: string }[];
}

async function build(app: TestApp, world: World): Promise<Built> {
  const prisma = app.db.prisma;
  return prisma.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({ data: { districtId: app.demo.districtId, code: `prop-${randomUUID()}`, name: '随机测试局党委', shortName: '随机局' } });
    const n = world.parents.length + 1;
    const ids = Array.from({ length: n }, () => randomUUID());
    const kind = (i: number): OrgUnitKind => (i === 0 ? 'BUREAU_COMMITTEE' : [...COMMITTEE, ...OTHER][world.kinds[i - 1]! % 6]!);
    const ancestors: string[][] = [];
    const parentOf = (i: number) => (i === 0 ? null : world.parents[i - 1]!);
    for (let i = 0; i < n; i++) ancestors[i] = [...(i === 0 ? [] : ancestors[parentOf(i)!]!), ids[i]!];
    await tx.orgUnit.createMany({
      data: ids.map((id, i) => ({ id, tenantId: tenant.id, parentId: i === 0 ? null : ids[parentOf(i)!]!, kind: kind(i), name: `单元${i}`, ancestorIds: ancestors[i]!, depth: ancestors[i]!.length - 1 })),
    });
    const committees = ids.map((_, i) => i).filter((i) => i === 0 || COMMITTEE.includes(kind(i)));
    const subtreeOf = (c: number) => ids.map((_, i) => i).filter((i) => ancestors[i]!.includes(ids[c]!));

    type P = { personId: string; unit: number; role: PostRole; duty?: { kind: DutyKind; scope: number[] } };
    const posts: P[] = [];
    const teamOf = new Map<number, P[]>();
    for (const spec of world.people) {
      const personId = randomUUID();
      if (spec.role === 'MEMBER') {
        posts.push({ personId, unit: spec.unit % n, role: 'MEMBER' });
        continue;
      }
      const c = committees[spec.unit % committees.length]!;
      const team = teamOf.get(c) ?? [];
      const hasDirect = team.some((p) => p.duty?.kind === 'DIRECT_RESPONSIBLE');
      const scope: number[] = [...new Set(spec.scopePicks.map((k: number) => subtreeOf(c)[k % subtreeOf(c).length]!))];
      const p: P = spec.role === 'DIRECT' && !hasDirect
        ? { personId, unit: c, role: 'COMMITTEE_MEMBER', duty: { kind: 'DIRECT_RESPONSIBLE', scope: [c] } }
        : { personId, unit: c, role: 'COMMITTEE_MEMBER', duty: { kind: 'DUAL_DUTY', scope } };
      team.push(p);
      teamOf.set(c, team);
      posts.push(p);
    }
    // Complete every team so the rules hold: a secretary, and for party committees a direct responsible person.
    for (const [c, team] of teamOf) {
      posts.push({ personId: randomUUID(), unit: c, role: 'SECRETARY', duty: { kind: 'FIRST_RESPONSIBLE', scope: [c] } });
      if ((c === 0 || kind(c) === 'PARTY_COMMITTEE') && !team.some((p) => p.duty?.kind === 'DIRECT_RESPONSIBLE')) {
        team[0]!.duty = { kind: 'DIRECT_RESPONSIBLE', scope: [c] };
      }
    }
    const personIds = [...new Set(posts.map((p) => p.personId))];
    await tx.person.createMany({ data: personIds.map((id, i) => ({ id, tenantId: tenant.id, name: `人员${i}` })) });
    const rows = posts.map((p) => ({ id: randomUUID(), p }));
    await tx.post.createMany({ data: rows.map(({ id, p }) => ({ id, tenantId: tenant.id, unitId: ids[p.unit]!, personId: p.personId, role: p.role, startDate: new Date('2024-01-01') })) });
    const duties = rows.filter(({ p }) => p.duty).map(({ id, p }) => ({ id: randomUUID(), postId: id, p }));
    await tx.duty.createMany({ data: duties.map((d) => ({ id: d.id, tenantId: tenant.id, unitId: ids[d.p.unit]!, personId: d.p.personId, postId: d.postId, kind: d.p.duty!.kind, startDate: new Date('2024-01-01') })) });
    await tx.dutyScopeUnit.createMany({ data: duties.flatMap((d) => d.p.duty!.scope.map((s) => ({ tenantId: tenant.id, dutyId: d.id, unitId: ids[s]! }))) });
    const accounts = await Promise.all(personIds.map((personId) =>
      tx.userAccount.create({ data: { username: `prop-${personId}`, passwordHash: 'x', displayName: 'x', tenantId: tenant.id, personId } }),
    ));
    // The bureau's administrator: one without a person, and one person who also administers.
    const bareAdmin = await tx.userAccount.create({ data: { username: `prop-admin-${tenant.id}`, passwordHash: 'x', displayName: 'x', tenantId: tenant.id, isAdministrator: true } });
    if (accounts[0]) await tx.userAccount.update({ where: { id: accounts[0].id }, data: { isAdministrator: true } });
    const viewers = await Promise.all([...accounts, bareAdmin].map(async (a, i) => ({
      personId: a.personId, admin: a.id === bareAdmin.id || i === 0, token: (await app.services.tokens.issue(a.id)).token,
    })));
    return { tenantId: tenant.id, units: ids, viewers };
  }, { timeout: 60_000 });
}

const TreeQuery = graphql(`
  query PropertyTree {
    orgUnits(first: 200) {
      totalCount
      edges {
        node {
          id
          parent { id }
          ancestors { id }
          children { id }
          leadershipTeam { id unit { id } person { id posts { unit { id } } } }
          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }
        }
      }
    }
  }
`);

const NodeQuery = graphql(`
  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }
`);

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('scope property: units', () => {
  it('lists, node lookups and nested relations return exactly the reference visible set (a bureau administrator: the whole bureau)', async () => {
    await fc.assert(
      fc.asyncProperty(worldArb, async (world) => {
        const built = await build(app, world);
        const reference = await loadWorld(app.db.prisma);
        const g = (id: string) => globalId('OrgUnit', id);
        const parentOf = new Map(reference.units.map((u) => [u.id, u.parentId]));
        for (const viewer of built.viewers) {
          const visible = viewer.admin ? new Set(built.units) : referenceVisibleUnits(reference, viewer.personId!);
          const seen = new Set([...visible].map(g));
          const r = await app.ok(TreeQuery, {}, viewer.token);
          const listed = r.orgUnits.edges.map((e) => e.node.id);
          expect(new Set(listed)).toEqual(seen);
          expect(r.orgUnits.totalCount).toBe(seen.size);
          for (const { node } of r.orgUnits.edges) {
            const nested = [
              node.parent?.id, ...node.ancestors.map((a) => a.id), ...node.children.map((c) => c.id),
              ...node.leadershipTeam.flatMap((p) => [p.unit.id, ...p.person.posts.map((q) => q.unit.id)]),
              ...node.duties.flatMap((d) => [d.unit.id, ...d.scopeUnits.map((s) => s.id), ...d.person.duties.map((x) => x.unit.id)]),
            ].filter((x): x is string => !!x);
            for (const id of nested) expect(seen.has(id)).toBe(true);
            // Nothing visible is left out: the parent and children shown are all the visible ones.
            const rawId = [...visible].find((id) => g(id) === node.id)!;
            const parent = parentOf.get(rawId);
            expect(node.parent?.id ?? null).toBe(parent && visible.has(parent) ? g(parent) : null);
            const children = reference.units.filter((u) => u.parentId === rawId && visible.has(u.id)).map((u) => g(u.id));
            expect(new Set(node.children.map((c) => c.id))).toEqual(new Set(children));
          }
          // node lookups: every unit of this bureau and a few of the demo bureaus
          const probe = [...built.units, ...[...app.demo.housing.units.values()].slice(0, 3), ...[...app.demo.bureau.units.values()].slice(0, 3)];
          const nodes = await app.ok(NodeQuery, { ids: probe.map(g) }, viewer.token);
          nodes.nodes.forEach((n, i) => expect(n?.id ?? null).toBe(seen.has(g(probe[i]!)) ? g(probe[i]!) : null));
        }
      }),
      fcParameters('scope org', { seed: 20261127, numRuns: 12 }),
    );
  });
});
