import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';
import { fcParameters } from '../fc.js';
import { loadWorld, referenceVisibleUnits, type ReferenceWorld } from '../reference.js';

/**
 * Property: for any person of the bureau, every list, count and node(id) of this feature returns
 * exactly the records the independent reference model allows — those whose unit the person may
 * see (DOMAIN.md §3), plus, for assessments and accountability records, those about the person.
 */

const Everything = graphql(`
  query ScopeEverything {
    liaisonContacts(first: 100) { totalCount edges { node { id } } }
    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }
    assessments(first: 100) { totalCount edges { node { id values { score } } } }
    accountabilityRecords(first: 100) { totalCount edges { node { id } } }
  }
`);

const Nodes = graphql(`
  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }
`);

let app: TestApp;
let world: ReferenceWorld;
let people: { id: string; name: string; username: string }[];
let records: {
  liaison: { id: string; unitId: string }[];
  training: { id: string; unitId: string }[];
  assessment: { id: string; unitId: string; personId: string | null }[];
  accountability: { id: string; unitId: string; personId: string | null }[];
};

beforeAll(async () => {
  app = await createTestApp();
  const prisma = app.db.prisma;
  const { tenantId } = app.demo.bureau;
  // Every person of the bureau gets an account, so that any of them can be the viewer.
  const hash = await demoPasswordHash();
  const all = await prisma.person.findMany({ where: { tenantId }, include: { account: true }, orderBy: { name: 'asc' } });
  let n = 0;
  for (const p of all) {
    if (!p.account) await prisma.userAccount.create({ data: { username: `p${++n}`, passwordHash: hash, displayName: p.name, tenantId, personId: p.id } });
  }
  // Accounts of people (the bureau's administrator account belongs to no person).
  people = (await prisma.userAccount.findMany({ where: { tenantId, personId: { not: null } }, include: { person: true } })).map((a) => ({ id: a.personId!, name: a.person!.name, username: a.username }));
  // Records whose unit a person cannot see but that are about them: a measure and an assessment
  // filed under the bureau committee, against a branch secretary who holds no post there.
  const huang = app.demo.bureau.people.get('黄磊')!;
  const bureau = app.demo.bureau.units.get('bureau')!;
  const propaganda = app.demo.bureau.people.get('刘志华')!;
  await prisma.accountabilityRecord.create({ data: { tenantId, unitId: bureau, personId: huang, measure: 'REMINDER', basis: '未按时报送支部意识形态工作总结。', decidingBody: '局党委', decidedOn: new Date('2026-03-02T00:00:00Z'), recordedById: propaganda } });
  const set = await prisma.indicatorSet.findFirstOrThrow({ where: { tenantId, year: 2026, status: 'ACTIVE' } });
  await prisma.assessment.create({ data: { tenantId, year: 2026, unitId: bureau, personId: huang, setId: set.id } });
  world = await loadWorld(prisma);
  const [liaison, training, assessment, accountability] = await Promise.all([
    prisma.liaisonContact.findMany({ select: { id: true, unitId: true } }),
    prisma.trainingRecord.findMany({ select: { id: true, unitId: true } }),
    prisma.assessment.findMany({ select: { id: true, unitId: true, personId: true } }),
    prisma.accountabilityRecord.findMany({ select: { id: true, unitId: true, personId: true } }),
  ]);
  records = { liaison, training, assessment, accountability };
});
afterAll(() => app?.close());

const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id).sort();

describe('scope of liaison, training, assessment and accountability (property-based)', () => {
  it('every person sees exactly what the reference model allows, in lists, counts and node(id)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: people.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), async (index, picks) => {
        const viewer = people[index]!;
        const units = referenceVisibleUnits(world, viewer.id);
        const expectIds = (typename: string, rows: { id: string; unitId: string; personId?: string | null }[]) =>
          rows.filter((r) => units.has(r.unitId) || r.personId === viewer.id).map((r) => globalId(typename, r.id)).sort();
        const token = await app.login(viewer.username);
        const r = await app.ok(Everything, {}, token);
        const expected = {
          liaison: expectIds('LiaisonContact', records.liaison),
          training: expectIds('TrainingRecord', records.training),
          assessment: expectIds('Assessment', records.assessment),
          accountability: expectIds('AccountabilityRecord', records.accountability),
        };
        expect(ids(r.liaisonContacts)).toEqual(expected.liaison);
        expect(r.liaisonContacts.totalCount).toBe(expected.liaison.length);
        expect(ids(r.trainingRecords)).toEqual(expected.training);
        expect(r.trainingRecords.totalCount).toBe(expected.training.length);
        expect(ids(r.assessments)).toEqual(expected.assessment);
        expect(r.assessments.totalCount).toBe(expected.assessment.length);
        expect(ids(r.accountabilityRecords)).toEqual(expected.accountability);
        expect(r.accountabilityRecords.totalCount).toBe(expected.accountability.length);

        // node(id) over a random mix of records, visible or not.
        const universe = [
          ...records.liaison.map((x) => ({ gid: globalId('LiaisonContact', x.id), ok: expected.liaison })),
          ...records.training.map((x) => ({ gid: globalId('TrainingRecord', x.id), ok: expected.training })),
          ...records.assessment.map((x) => ({ gid: globalId('Assessment', x.id), ok: expected.assessment })),
          ...records.accountability.map((x) => ({ gid: globalId('AccountabilityRecord', x.id), ok: expected.accountability })),
        ];
        const chosen = picks.map((p) => universe[p % universe.length]!);
        const nodes = await app.ok(Nodes, { ids: chosen.map((c) => c.gid) }, token);
        nodes.nodes.forEach((node, i) => {
          const c = chosen[i]!;
          expect(node?.id ?? null).toBe(c.ok.includes(c.gid) ? c.gid : null);
        });
      }),
      fcParameters('assessment scope', { seed: 20261202, numRuns: 30 }),
    );
  });
});
