import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';

/** The audit trail through GraphQL: the bureau committee's first and direct responsible people only. */

const Trail = graphql(`
  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {
    auditTrail(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }
    }
  }
`);
const Rename = graphql(`mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }`);

let app: TestApp;
/** Events the demo's own loading put in the bureau's chain (its creation, the district's inspections and their answers). */
let base = 0;
const seq = (n: number) => String(base + n);
const unit = (key: string) => globalId('OrgUnit', app.demo.bureau.units.get(key)!);

beforeAll(async () => {
  // The response cache is on by default (issue 24): a repeated query (the pagination test's
  // { first: 2 }) would be answered from memory with the viewer's one statement, and 'statements do
  // not grow with the page' would compare a cache hit with an execution. Statement counts here
  // measure execution; the cache has its own tests (test/cache/response-cache.test.ts).
  app = await createTestApp({ env: { RESPONSE_CACHE: 'off' } });
  base = await app.db.prisma.auditEvent.count({ where: { chainKey: app.demo.bureau.tenantId } });
  const secretary = await app.login('secretary');
  const forestry = await app.login('forestry.secretary');
  await app.ok(Rename, { unitId: unit('organs'), name: '局机关委员会' }, secretary);
  await app.ok(Rename, { unitId: unit('organs'), name: '局机关党委' }, secretary);
  await app.ok(Rename, { unitId: unit('forestry.b1'), name: '林场一支部' }, forestry);
  await app.ok(Rename, { unitId: globalId('OrgUnit', app.demo.housing.units.get('archive')!), name: '城建档案馆' }, await app.login('other.secretary'));
});
afterAll(() => app?.close());

describe('who may read the trail', () => {
  it('the first responsible person of the bureau committee reads the whole bureau trail, newest first', async () => {
    const r = await app.ok(Trail, { first: 3 }, await app.login('secretary'));
    expect(r.auditTrail.totalCount).toBe(base + 3);
    expect(r.auditTrail.edges.map((e) => [e.node.seq, e.node.action, e.node.actorName])).toEqual([
      [seq(3), 'unit.rename', '赵国强（林场党委书记、场长）'],
      [seq(2), 'unit.rename', '王建国（党委书记、局长）'],
      [seq(1), 'unit.rename', '王建国（党委书记、局长）'],
    ]);
    // The chain opens with the bureau's creation (provisioning, no actor).
    const all = await app.ok(Trail, { first: 100 }, await app.login('secretary'));
    expect(all.auditTrail.edges.at(-1)!.node).toMatchObject({ seq: '1', action: 'bureau.create', actorName: null });
    const [latest, previous] = r.auditTrail.edges;
    expect(latest!.node.prevHash).toBe(previous!.node.hash);
    expect(latest!.node.subjectId).toBe(unit('forestry.b1'));
    expect(latest!.node.after).toEqual({ name: '林场一支部' });
  });

  it('so does the direct responsible person', async () => {
    expect((await app.ok(Trail, {}, await app.login('propaganda'))).auditTrail.totalCount).toBe(base + 3);
  });

  it('first responsible people of units below, dual-duty members, branch secretaries and district roles may not', async () => {
    for (const username of ['forestry.secretary', 'organs.secretary', 'member.forestry', 'branch.organs1', 'district.committee', 'discipline']) {
      const r = await app.run(Trail, {}, await app.login(username));
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.data?.auditTrail ?? null).toBeNull();
    }
    expect(codes(await app.run(Trail, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('each bureau reads its own trail only', async () => {
    const r = await app.ok(Trail, {}, await app.login('other.secretary'));
    expect(r.auditTrail.totalCount).toBe(2);
    expect(r.auditTrail.edges[0]!.node.after).toEqual({ name: '城建档案馆' });
  });
});

describe('filters and pages', () => {
  it('by actor, by entity, by period', async () => {
    const token = await app.login('secretary');
    const byActor = await app.ok(Trail, { filter: { actorId: globalId('Person', app.demo.bureau.people.get('赵国强')!) } }, token);
    expect(byActor.auditTrail.totalCount).toBe(1);
    const byEntity = await app.ok(Trail, { filter: { entityId: unit('organs') } }, token);
    expect(byEntity.auditTrail.edges.map((e) => e.node.seq)).toEqual([seq(2), seq(1)]);
    const byRawEntity = await app.ok(Trail, { filter: { entityType: 'OrgUnit', entityId: app.demo.bureau.units.get('forestry.b1')! } }, token);
    expect(byRawEntity.auditTrail.totalCount).toBe(1);
    const all = await app.ok(Trail, {}, token);
    const second = new Date(all.auditTrail.edges[1]!.node.createdAt);
    const fromSecond = await app.ok(Trail, { filter: { from: second.toISOString() } }, token);
    expect(fromSecond.auditTrail.edges.map((e) => e.node.seq)).toContain(seq(2));
    expect(fromSecond.auditTrail.edges.map((e) => e.node.seq)).not.toContain(
      all.auditTrail.edges.find((e) => new Date(e.node.createdAt) < second)?.node.seq ?? 'none',
    );
    const future = await app.ok(Trail, { filter: { from: '2999-01-01T00:00:00Z' } }, token);
    expect(future.auditTrail.totalCount).toBe(0);
    const past = await app.ok(Trail, { filter: { to: '2000-01-01T00:00:00Z' } }, token);
    expect(past.auditTrail.totalCount).toBe(0);
  });

  it('a period the wrong way round, a malformed time or actor: typed errors', async () => {
    const token = await app.login('secretary');
    const reversed = await app.run(Trail, { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }, token);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const malformed = await app.run(Trail, { filter: { from: '2025年1月' } }, token);
    expect(malformed.errors?.[0]?.message).toMatch(/DateTime/);
    const actor = await app.run(Trail, { filter: { actorId: unit('organs') } }, token);
    expect(actor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
  });

  it('cursor pagination walks the chain without overlap', async () => {
    const token = await app.login('secretary');
    const first = await app.ok(Trail, { first: 2 }, token);
    expect(first.auditTrail.pageInfo.hasNextPage).toBe(true);
    const next = await app.ok(Trail, { first: 2, after: first.auditTrail.pageInfo.endCursor }, token);
    expect([...first.auditTrail.edges, ...next.auditTrail.edges].map((e) => e.node.seq)).toEqual([seq(3), seq(2), seq(1), seq(0)]);
  });

  it('statements do not grow with the page', async () => {
    const token = await app.login('secretary');
    const small = await countStatements(app.db, () => app.ok(Trail, { first: 2 }, token));
    for (let i = 0; i < 30; i += 1) await app.ok(Rename, { unitId: unit('organs.b2'), name: `机关第二支部${i % 2 ? '' : '（临时）'}` }, token);
    const large = await countStatements(app.db, () => app.ok(Trail, { first: 30 }, token));
    expect(large.result.auditTrail.edges).toHaveLength(30);
    expect(large.statements).toBe(small.statements);
  });
});
