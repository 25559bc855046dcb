import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { globalId } from '../../src/lib/ids.js';
import { createOnlineChannel, fileChannelZeroReport } from '../../src/modules/channels/service.js';
import { appointToPost } from '../../src/modules/duties/service.js';
import { recordTraining } from '../../src/modules/intellectuals/service.js';
import { renameUnit } from '../../src/modules/org/service.js';
import { reportRisk } from '../../src/modules/risks/service.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { fcSeed } from '../fc.js';
import { loadWorld, referenceVisiblePeople, referenceVisibleUnits } from '../reference.js';
import { viewerOf } from '../concurrency/invariants.js';

/**
 * Scope properties of mutations' inputs and of counts (issue 10). fast-check gives a random demo
 * account a random id — of a unit or person it may see, one it may not (its own bureau or
 * another), or one that does not exist — in a random mutation. Against the independent reference
 * (test/reference.ts): an invisible id fails exactly like a missing one (same code, message and
 * extensions) and writes nothing. Then every viewer's count fields equal the reference count of
 * the rows it may see.
 */

const ACCOUNTS = ['secretary', 'propaganda', 'member.forestry', 'forestry.secretary', 'organs.secretary', 'branch.organs1', 'other.secretary'];
const MISSING = 'c0000000000000000000missing';
let app: TestApp;
let viewers: Map<string, Viewer>;
const now = new Date();
let serial = 0;

const Trainings = graphql(`
  query PropTrainingCounts { trainingRecords(first: 200) { edges { node { id participantCount } } } }
`);

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(now);
  viewers = new Map(await Promise.all(ACCOUNTS.map(async (u) => [u, await viewerOf(app, u)] as const)));
  // A training of the forest farm's branch with participants from all over the bureau, so that
  // some viewers see the training but not all of its participants.
  const people = app.demo.bureau.people;
  await recordTraining(app.db.prisma, viewers.get('secretary')!, {
    unitId: app.demo.bureau.units.get('forestry.b1')!, course: '随机计数培训', date: new Date(Date.UTC(now.getUTCFullYear(), 0, 5)), hours: '2',
    layer: 'PARTY_MEMBER', trainingClass: 'POLITICAL_THEORY',
    participants: ['蒋涛', '黄磊', '马超', '赵国强', '王建国'].map((n) => ({ personId: people.get(n)! })),
  }, now);
});
afterAll(() => app?.close());

type Target = 'unit' | 'person';
interface MutationCase { name: string; target: Target; call: (viewer: Viewer, id: string) => Promise<unknown> }

/** A unit the viewer leads, if any (for mutations that take a person into one of its units). */
const managed = (viewer: Viewer) => (viewer.kind === 'person' ? viewer.scope.managedRoots[0] : undefined) ?? app.demo.bureau.units.get('organs.b1')!;
const self = (viewer: Viewer) => (viewer.kind === 'person' ? viewer.personId : '');

const MUTATIONS: MutationCase[] = [
  { name: 'renameOrgUnit', target: 'unit', call: (v, id) => renameUnit(app.db.prisma, v, { unitId: id, name: `随机改名${(serial += 1)}` }) },
  { name: 'fileChannelZeroReport', target: 'unit', call: (v, id) => fileChannelZeroReport(app.db.prisma, v, { unitId: id, period: '2025-Q1' }, now) },
  {
    name: 'reportRisk', target: 'unit',
    call: (v, id) => reportRisk(app.db.prisma, app.services.pubsub, v, { unitId: id, title: '随机风险', mechanism: 'RISK_JUDGEMENT', riskClass: 'ACADEMIC_VIEWPOINT', severity: 'LOW' }, now),
  },
  { name: 'appointToPost', target: 'person', call: (v, id) => appointToPost(app.db.prisma, v, { unitId: managed(v), personId: id, role: 'MEMBER' }, now) },
  {
    name: 'createOnlineChannel', target: 'person',
    call: (v, id) => createOnlineChannel(app.db.prisma, v, {
      ownerUnitId: managed(v), kind: 'OTHER', name: '随机阵地', account: `random-${(serial += 1)}`, responsiblePersonId: id, reviewerPersonId: self(v),
      launchedOn: new Date(Date.UTC(2025, 0, 2)),
    }, now),
  },
  {
    name: 'recordTraining', target: 'person',
    call: (v, id) => recordTraining(app.db.prisma, v, {
      unitId: managed(v), course: '随机培训', date: new Date(Date.UTC(2025, 2, 1)), hours: '1', layer: 'PARTY_MEMBER', trainingClass: 'POLITICAL_THEORY', participants: [{ personId: id }],
    }, now),
  },
];

async function failure(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    const e = error as { code?: string; message: string; extensions?: Record<string, unknown> };
    return { code: e.code ?? 'UNCODED', message: e.message, extensions: e.extensions };
  }
  return 'SUCCEEDED';
}

async function footprint() {
  const p = app.db.prisma;
  const [audit, posts, risks, reports, channels, trainings, names] = await Promise.all([
    p.auditEvent.count(), p.post.count(), p.risk.count(), p.channelZeroReport.count(), p.onlineChannel.count(), p.trainingRecord.count(),
    p.orgUnit.findMany({ select: { name: true }, orderBy: { id: 'asc' } }).then((rows) => rows.map((r) => r.name).join()),
  ]);
  return { audit, posts, risks, reports, channels, trainings, names };
}

describe('scope property: mutations\' inputs', () => {
  it('an id the caller cannot see fails exactly like a missing one, and writes nothing', async () => {
    let visibleCalls = 0;
    let hiddenCalls = 0;
    // Every account × mutation × kind of id; fast-check picks which row of that kind (a new pick
    // each run of the suite with FC_SEED).
    const kinds = ['visible', 'hidden', 'otherBureau'] as const;
    const combos = ACCOUNTS.flatMap((account) => MUTATIONS.flatMap((mutation) => kinds.map((kind) => ({ account, mutation, kind }))));
    let run = 0;
    const seed = fcSeed('scope inputs', 20261130);
    for (const { account, mutation, kind } of combos) {
      run += 1;
      await fc.assert(fc.asyncProperty(fc.nat(), async (pick) => {
        const viewer = viewers.get(account)!;
        if (viewer.kind !== 'person') return;
        const world = await loadWorld(app.db.prisma);
        const visible = mutation.target === 'unit' ? referenceVisibleUnits(world, viewer.personId) : referenceVisiblePeople(world, viewer.personId);
        const all = mutation.target === 'unit' ? world.units : (world.people ?? []);
        const pool = all.filter((row) => {
          if (kind === 'visible') return visible.has(row.id);
          if (kind === 'hidden') return row.tenantId === viewer.tenantId && !visible.has(row.id);
          return row.tenantId !== viewer.tenantId;
        });
        if (!pool.length) return;
        const id = pool[pick % pool.length]!.id;
        if (kind === 'visible') {
          visibleCalls += 1;
          await failure(() => mutation.call(viewer, id));
          return;
        }
        hiddenCalls += 1;
        const before = await footprint();
        const hidden = await failure(() => mutation.call(viewer, id));
        const missing = await failure(() => mutation.call(viewer, MISSING));
        expect(hidden).not.toBe('SUCCEEDED');
        expect({ mutation: mutation.name, account, answer: hidden }).toEqual({ mutation: mutation.name, account, answer: missing });
        expect(await footprint()).toEqual(before);
      }), { numRuns: 1, seed: seed + run });
    }
    expect(hiddenCalls).toBeGreaterThan(ACCOUNTS.length * MUTATIONS.length);
    expect(visibleCalls).toBeGreaterThan(0);
  });
});

describe('scope property: counts', () => {
  it('every training\'s participantCount equals the reference count of the participants the viewer may see', async () => {
    const world = await loadWorld(app.db.prisma);
    const participants = await app.db.prisma.trainingParticipant.findMany({ select: { trainingId: true, personId: true } });
    for (const account of ACCOUNTS) {
      const viewer = viewers.get(account)!;
      if (viewer.kind !== 'person') continue;
      const people = referenceVisiblePeople(world, viewer.personId);
      const r = await app.ok(Trainings, {}, await app.login(account));
      for (const { node } of r.trainingRecords.edges) {
        const expected = participants.filter((p) => globalId('TrainingRecord', p.trainingId) === node.id && people.has(p.personId)).length;
        expect({ account, training: node.id, count: node.participantCount }).toEqual({ account, training: node.id, count: expected });
      }
    }
  });
});
