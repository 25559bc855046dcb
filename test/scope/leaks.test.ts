import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { globalId } from '../../src/lib/ids.js';
import { createOnlineChannel } from '../../src/modules/channels/service.js';
import { appointToPost } from '../../src/modules/duties/service.js';
import { recordTraining } from '../../src/modules/intellectuals/service.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { viewerOf } from '../concurrency/invariants.js';

/**
 * Issue 10, items 9–11: ids a mutation or a filter takes are resolved through the caller's scope
 * (invisible answers exactly like missing, and nothing is written), and counts count only what the
 * caller may see.
 */

const Trainings = graphql(`
  query LeakTrainings($filter: TrainingRecordFilter) {
    trainingRecords(first: 50, filter: $filter) {
      totalCount edges { node { id course participantCount participants { person { name } } } }
    }
  }
`);

let app: TestApp;
const now = new Date();
const unit = (key: string) => app.demo.bureau.units.get(key)!;
const person = (name: string) => app.demo.bureau.people.get(name)!;
const MISSING = 'c0000000000000000000missing';

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(now);
});
afterAll(() => app?.close());

/** The error a call fails with, as a client sees it: code, message and extensions. */
async function failure(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    const e = error as { code?: string; message: string; extensions?: Record<string, unknown> };
    return { code: e.code, message: e.message, extensions: e.extensions };
  }
  return 'SUCCEEDED';
}

async function written() {
  const [posts, duties, audit] = await Promise.all([app.db.prisma.post.count(), app.db.prisma.duty.count(), app.db.prisma.auditEvent.count()]);
  return { posts, duties, audit };
}

describe('9. appointToPost resolves the person through the caller\'s scope', () => {
  it('a person the caller cannot see answers exactly like a missing one, and nothing changes', async () => {
    const forestry: Viewer = await viewerOf(app, 'forestry.secretary');
    const before = await written();
    const appoint = (personId: string) => () => appointToPost(app.db.prisma, forestry, { unitId: unit('forestry.b1'), personId, role: 'MEMBER' }, now);
    const hidden = await failure(appoint(person('黄磊'))); // 机关第一支部: outside the forest farm's subtree
    const missing = await failure(appoint(MISSING));
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
    expect(hidden).toEqual(missing);
    expect(await written()).toEqual(before);
    // A person of the forest farm is appointed as before.
    await expect(appoint(person('冯军'))()).resolves.toMatchObject({ personId: person('冯军') });
  });
});

describe('10. trainings count and match only visible participants', () => {
  it('participantCount counts, and participantId matches, only people the viewer may see', async () => {
    const secretary = await viewerOf(app, 'secretary');
    const training = await recordTraining(app.db.prisma, secretary, {
      unitId: unit('forestry.b1'), course: '泄露测试培训班', date: new Date(Date.UTC(now.getUTCFullYear(), 0, 10)), hours: '4',
      layer: 'PARTY_MEMBER', trainingClass: 'POLITICAL_THEORY',
      participants: [{ personId: person('蒋涛') }, { personId: person('黄磊') }, { personId: person('马超') }],
    }, now);
    const token = await app.login('forestry.secretary');
    const all = (await app.ok(Trainings, {}, token)).trainingRecords.edges.map((e) => e.node);
    const mine = all.find((t) => t.id === globalId('TrainingRecord', training.id))!;
    expect(mine.participants.map((p) => p.person.name)).toEqual(['蒋涛']);
    expect(mine.participantCount).toBe(1);
    // The secretary sees all three.
    const full = (await app.ok(Trainings, {}, await app.login('secretary'))).trainingRecords.edges.find((e) => e.node.id === mine.id)!.node;
    expect(full.participantCount).toBe(3);
    // Filtering by a hidden participant answers like filtering by one that does not exist.
    const byHidden = (await app.ok(Trainings, { filter: { participantId: globalId('Person', person('黄磊')) } }, token)).trainingRecords;
    const byMissing = (await app.ok(Trainings, { filter: { participantId: globalId('Person', MISSING) } }, token)).trainingRecords;
    expect(byHidden).toEqual({ totalCount: 0, edges: [] });
    expect(byHidden).toEqual(byMissing);
    const byVisible = (await app.ok(Trainings, { filter: { participantId: globalId('Person', person('蒋涛')) } }, token)).trainingRecords;
    expect(byVisible.edges.map((e) => e.node.id)).toContain(mine.id);
  });
});

describe('11. a channel account is one real-world thing: unique per bureau, disclosed as taken and nothing more', () => {
  it('an account held by a channel the caller cannot see is CHANNEL_ACCOUNT_TAKEN, with no detail of that channel', async () => {
    const forestry = await viewerOf(app, 'forestry.secretary');
    // '微信号：dfzrzy' belongs to the bureau committee's own WeChat account, which the forest farm cannot see.
    const result = await failure(() => createOnlineChannel(app.db.prisma, forestry, {
      ownerUnitId: unit('forestry.b1'), kind: 'WECHAT_OFFICIAL', name: '林场支部公众号', account: '微信号：dfzrzy',
      responsiblePersonId: person('蒋涛'), reviewerPersonId: person('蒋涛'), launchedOn: new Date(Date.UTC(2025, 0, 1)),
    }, now));
    expect(result).toMatchObject({ code: 'CHANNEL_ACCOUNT_TAKEN', extensions: { field: 'account' } });
    const text = JSON.stringify(result);
    for (const secret of ['大丰自然资源', '刘志华', '李明', unit('bureau')]) expect(text).not.toContain(secret);
  });
});

const SubtreeUnits = graphql(`
  query LeakSubtreeUnits($root: ID!) { orgUnits(first: 50, filter: { subtreeOf: $root }) { totalCount edges { node { name } } } }
`);
const SubtreeWorkItems = graphql(`
  query LeakSubtreeWorkItems($root: ID!) { workItems(first: 50, filter: { subtreeOf: $root }) { totalCount } }
`);

describe('a subtreeOf filter resolves its unit through the caller\'s scope', () => {
  it('naming a hidden ancestor answers exactly like naming a missing unit: it cannot confirm the ancestry', async () => {
    // 黄磊 sees 机关第一支部 only; 局机关党委 (its parent) and the bureau committee are hidden from him.
    const token = await app.login('branch.organs1');
    for (const hidden of [unit('organs'), unit('bureau')]) {
      const byHidden = (await app.ok(SubtreeUnits, { root: globalId('OrgUnit', hidden) }, token)).orgUnits;
      const byMissing = (await app.ok(SubtreeUnits, { root: globalId('OrgUnit', MISSING) }, token)).orgUnits;
      expect(byHidden).toEqual({ totalCount: 0, edges: [] });
      expect(byHidden).toEqual(byMissing);
      const items = (await app.ok(SubtreeWorkItems, { root: globalId('OrgUnit', hidden) }, token)).workItems;
      expect(items.totalCount).toBe(0);
    }
    // The unit he sees still filters as before.
    const own = (await app.ok(SubtreeUnits, { root: globalId('OrgUnit', unit('organs.b1')) }, token)).orgUnits;
    expect(own.edges.map((e) => e.node.name)).toEqual(['机关第一支部']);
    // And the secretary, who sees 局机关党委, gets its subtree.
    const secretary = (await app.ok(SubtreeUnits, { root: globalId('OrgUnit', unit('organs')) }, await app.login('secretary'))).orgUnits;
    expect(secretary.totalCount).toBeGreaterThan(1);
  });
});
