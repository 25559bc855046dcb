import { todayInChina } from '../../src/lib/dates.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../src/authz/scope.js';
import { globalId } from '../../src/lib/ids.js';
import { responsiblePeople } from '../../src/modules/duties/service.js';
import { riskWarningFor } from '../../src/modules/risks/service.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';
import { fcParameters } from '../fc.js';
import { loadWorld, referenceVisibleUnits, type ReferenceWorld } from '../reference.js';

/**
 * Property: for random risks, channels and misconduct cases in random units of both bureaus, and a
 * random viewer (any person of either bureau, or any district role), every path — lists with their
 * counts, nested relations, node(id) and the early-warning delivery — returns exactly what the
 * reference model (test/reference.ts, which walks parentId) says the viewer may see. Misconduct
 * cases follow their own rule: the tenant root's first and direct responsible people, and the
 * discipline inspection account for referred cases.
 */

const RisksQ = graphql(`
  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }
`);
const ChannelsQ = graphql(`
  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }
`);
const DistrictChannelsQ = graphql(`
  query PbtDistrictChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnitName bureau { id } responsiblePerson { id } reviewer { id } reviews { id } } } } }
`);
const CasesQ = graphql(`
  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }
`);
const NodesQ = graphql(`
  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }
`);

let app: TestApp;
let tokens: Map<string, { token: string; userId: string; personId: string | null; tenantId: string | null; role: string | null; districtId: string | null }>;
let viewers: string[];

beforeAll(async () => {
  app = await createTestApp();
  const prisma = app.db.prisma;
  // every person of both bureaus gets an account, so that any of them can be the viewer
  const people = await prisma.person.findMany({ select: { id: true, tenantId: true, account: { select: { id: true } } } });
  const hash = await demoPasswordHash();
  await prisma.userAccount.createMany({
    data: people.filter((p) => !p.account).map((p) => ({ username: `pbt.${p.id}`, passwordHash: hash, displayName: p.id, tenantId: p.tenantId, personId: p.id })),
  });
  const accounts = await prisma.userAccount.findMany();
  tokens = new Map();
  for (const a of accounts) {
    tokens.set(a.username, { token: (await app.services.tokens.issue(a.id)).token, userId: a.id, personId: a.personId, tenantId: a.tenantId, role: a.districtRole, districtId: a.districtId });
  }
  viewers = [...tokens.keys()].sort();
});
afterAll(() => app?.close());

interface Spec {
  kind: 'risk' | 'channel' | 'case';
  housing: boolean;
  unit: number;
  person: number;
  referred: boolean;
  stage: number;
}

const specArb = fc.record({
  kind: fc.constantFrom('risk' as const, 'channel' as const, 'case' as const),
  housing: fc.boolean(),
  unit: fc.nat(),
  person: fc.nat(),
  referred: fc.boolean(),
  stage: fc.nat({ max: 3 }),
});

let seq = 0;
async function insert(spec: Spec) {
  const tenant = spec.housing ? app.demo.housing : app.demo.bureau;
  const units = [...tenant.units.values()];
  const people = [...tenant.people.values()];
  const unitId = units[spec.unit % units.length]!;
  const personId = people[spec.person % people.length]!;
  const prisma = app.db.prisma;
  const n = ++seq;
  if (spec.kind === 'risk') {
    return prisma.$transaction(async (tx) => {
      const now = new Date();
      const risk = await tx.risk.create({
        data: {
          tenantId: tenant.tenantId, unitId, title: `随机风险${n}`, source: 'ONLINE', mechanism: 'RISK_JUDGEMENT', riskClass: 'IDEOLOGICAL_UNDERSTANDING',
          severity: 'MEDIUM', responsiblePersonId: personId, reportedById: personId, reportedAt: now, handlingDeadline: new Date(Date.now() + 9 * 86_400_000),
        },
      });
      const base = { tenantId: tenant.tenantId, riskId: risk.id, unitId };
      await tx.riskTransition.create({ data: { ...base, toStage: 'MONITORED', actorPersonId: personId, at: now } });
      const stages = ['ASSESSED', 'WARNED', 'HANDLED'] as const;
      let from: 'MONITORED' | (typeof stages)[number] = 'MONITORED';
      for (const to of stages.slice(0, spec.stage)) {
        await tx.risk.update({ where: { id: risk.id }, data: { stage: to, ...(to === 'HANDLED' ? { handledAt: now } : {}) } });
        await tx.riskTransition.create({ data: { ...base, fromStage: from, toStage: to, actorPersonId: personId, at: now } });
        from = to;
      }
      if (spec.stage === 3) await tx.rectification.create({ data: { ...base, task: '整改', responsiblePersonId: personId, dueOn: new Date(Date.now() + 86_400_000) } });
      return { kind: 'risk' as const, id: risk.id, unitId, tenantId: tenant.tenantId, global: globalId('Risk', risk.id) };
    });
  }
  if (spec.kind === 'channel') {
    const c = await prisma.onlineChannel.create({
      data: { tenantId: tenant.tenantId, ownerUnitId: unitId, kind: 'OTHER', name: `随机阵地${n}`, account: `acct-${n}`, responsiblePersonId: personId, reviewerPersonId: personId, launchedOn: new Date('2025-01-01') },
    });
    await prisma.channelReview.create({ data: { tenantId: tenant.tenantId, channelId: c.id, ownerUnitId: unitId, reviewedOn: new Date('2025-02-01'), reviewerPersonId: personId, result: 'PASSED' } });
    return { kind: 'channel' as const, id: c.id, unitId, tenantId: tenant.tenantId, global: globalId('OnlineChannel', c.id) };
  }
  const record = await prisma.misconductCase.create({
    data: {
      tenantId: tenant.tenantId, unitId, personId, venue: 'INTERNET', misconductClass: 'POLITICAL_RUMOUR', occurredOn: new Date('2025-01-01'),
      summary: '随机案件', recordedById: personId,
      ...(spec.referred ? { referredOn: new Date('2025-01-05'), referredToDistrictId: app.demo.districtId, referredToBody: '纪委监委', referenceNumber: `号${n}` } : {}),
    },
  });
  return { kind: 'case' as const, id: record.id, unitId, tenantId: tenant.tenantId, global: globalId('MisconductCase', record.id) };
}

/** People responsible for a unit, by the reference's own walk up the parentId chain. */
function referenceResponsible(world: ReferenceWorld, unitId: string): Set<string> {
  const byId = new Map(world.units.map((u) => [u.id, u]));
  const chain: string[] = [];
  for (let u = byId.get(unitId); u; u = u.parentId ? byId.get(u.parentId) : undefined) chain.push(u.id);
  const out = new Set<string>();
  for (const d of world.duties) {
    if (!chain.includes(d.unitId)) continue;
    if (d.kind !== 'DUAL_DUTY' || d.scope.some((s) => chain.includes(s))) out.add(d.personId);
  }
  return out;
}

/** The misconduct rule, independently: leaders (first/direct) of the tenant root; discipline for referred cases. */
function referenceSeesCase(world: ReferenceWorld, viewer: { personId: string | null; tenantId: string | null; role: string | null }, c: { tenantId: string; referredOn: Date | null }) {
  if (viewer.personId) {
    const root = world.units.find((u) => u.tenantId === viewer.tenantId && u.parentId === null)!;
    return c.tenantId === viewer.tenantId && world.duties.some((d) => d.personId === viewer.personId && d.unitId === root.id && d.kind !== 'DUAL_DUTY');
  }
  return viewer.role === 'DISCIPLINE_INSPECTION' && c.referredOn !== null;
}

describe('scope of risks, channels, cases and warnings (property)', () => {
  it('every path matches the reference model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 4 }), fc.nat(), async (specs, viewerIndex) => {
        const created = [];
        for (const spec of specs) created.push(await insert(spec));
        const username = viewers[viewerIndex % viewers.length]!;
        const viewer = tokens.get(username)!;
        const prisma = app.db.prisma;
        const world = await loadWorld(prisma);
        const visibleUnits = viewer.personId ? referenceVisibleUnits(world, viewer.personId) : new Set<string>();

        const [allRisks, allChannels, allCases] = await Promise.all([
          prisma.risk.findMany({ select: { id: true, unitId: true, tenantId: true, _count: { select: { transitions: true } } } }),
          prisma.onlineChannel.findMany({ select: { id: true, ownerUnitId: true, tenantId: true, ownerUnit: { select: { tenant: { select: { districtId: true } } } } } }),
          prisma.misconductCase.findMany({ select: { id: true, tenantId: true, referredOn: true } }),
        ]);
        const expectRisks = allRisks.filter((r) => visibleUnits.has(r.unitId));
        // 区委网信办 oversees the channels of every bureau of its district (issue 11, item 12).
        const overseer = viewer.role === 'CYBERSPACE_OFFICE';
        const seesChannel = (c: { ownerUnitId: string; ownerUnit: { tenant: { districtId: string } } }) =>
          overseer ? c.ownerUnit.tenant.districtId === viewer.districtId : visibleUnits.has(c.ownerUnitId);
        const expectChannels = allChannels.filter(seesChannel);
        const expectCases = allCases.filter((c) => referenceSeesCase(world, viewer, c));

        const risks = await app.run(RisksQ, {}, viewer.token);
        const channels = await app.run(ChannelsQ, {}, viewer.token);
        const cases = await app.run(CasesQ, {}, viewer.token);
        if (viewer.personId) {
          expect(risks.errors).toBeUndefined();
          const got = risks.data!.risks;
          expect(got.totalCount).toBe(expectRisks.length);
          expect(got.edges.map((e) => e.node.id).sort()).toEqual(expectRisks.map((r) => globalId('Risk', r.id)).sort());
          for (const { node } of got.edges) {
            const row = expectRisks.find((r) => globalId('Risk', r.id) === node.id)!;
            expect(node.unit.id).toBe(globalId('OrgUnit', row.unitId));
            expect(node.transitions).toHaveLength(row._count.transitions);
          }
          expect(channels.errors).toBeUndefined();
          expect(channels.data!.onlineChannels.totalCount).toBe(expectChannels.length);
          expect(channels.data!.onlineChannels.edges.map((e) => e.node.id).sort()).toEqual(expectChannels.map((c) => globalId('OnlineChannel', c.id)).sort());
          expect(channels.data!.onlineChannels.edges.every((e) => e.node.reviews.length >= 0 && visibleUnits.has(fromGlobal(e.node.ownerUnit.id)))).toBe(true);
        } else if (overseer) {
          expect(codes(risks)).toEqual(['FORBIDDEN']);
          const district = await app.run(DistrictChannelsQ, {}, viewer.token);
          expect(district.errors).toBeUndefined();
          expect(district.data!.onlineChannels.totalCount).toBe(expectChannels.length);
          expect(district.data!.onlineChannels.edges.map((e) => e.node.id).sort()).toEqual(expectChannels.map((c) => globalId('OnlineChannel', c.id)).sort());
          // unit-level data only: no person beyond the responsible contact's name
          expect(district.data!.onlineChannels.edges.every((e) => e.node.responsiblePerson === null && e.node.reviewer === null)).toBe(true);
          // the owner unit itself stays closed to a district role
          expect(codes(channels)).toContain('FORBIDDEN');
        } else {
          expect(codes(risks)).toEqual(['FORBIDDEN']);
          expect(codes(channels)).toEqual(['FORBIDDEN']);
        }
        if (viewer.personId || viewer.role === 'DISCIPLINE_INSPECTION') {
          expect(cases.errors).toBeUndefined();
          expect(cases.data!.misconductCases.totalCount).toBe(expectCases.length);
          expect(cases.data!.misconductCases.edges.map((e) => e.node.id).sort()).toEqual(expectCases.map((c) => globalId('MisconductCase', c.id)).sort());
        } else {
          expect(codes(cases)).toEqual(['FORBIDDEN']);
        }

        // node(id) for everything just created: the record, or null — never an error
        const nodes = await app.run(NodesQ, { ids: created.map((c) => c.global) }, viewer.token);
        expect(nodes.errors).toBeUndefined();
        created.forEach((c, i) => {
          const row = allCases.find((k) => k.id === c.id);
          const channel = allChannels.find((k) => k.id === c.id);
          const visible = c.kind === 'case' ? referenceSeesCase(world, viewer, row!) : channel ? seesChannel(channel) : visibleUnits.has(c.unitId);
          expect(nodes.data!.nodes[i]?.id ?? null).toBe(visible ? c.global : null);
        });

        // early warnings: recipients are exactly the reference's responsible people; delivery to
        // this viewer exactly when they are one of them and see the risk
        const current = await loadViewer(prisma, viewer.userId);
        for (const c of created.filter((k) => k.kind === 'risk')) {
          const unit = await prisma.orgUnit.findUniqueOrThrow({ where: { id: c.unitId } });
          const recipients = await responsiblePeople(prisma, unit, todayInChina());
          const expected = referenceResponsible(world, c.unitId);
          expect(new Set(recipients)).toEqual(expected);
          const delivered = await riskWarningFor(prisma, current, { riskId: c.id, tenantId: c.tenantId, recipientPersonIds: recipients });
          expect(delivered?.id ?? null).toBe(viewer.personId && expected.has(viewer.personId) && visibleUnits.has(c.unitId) ? c.id : null);
        }
      }),
      fcParameters('risks scope', { seed: 20261207, numRuns: 14 }),
    );
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');
}
