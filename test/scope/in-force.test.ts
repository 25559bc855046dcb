import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamPositions } from '../../src/authz/deciders.js';
import type { PersonViewer } from '../../src/authz/guards.js';
import { loadViewer } from '../../src/authz/scope.js';
import { dutiesLedger } from '../../src/modules/exports/ledgers/duties.js';
import { responsiblePeople } from '../../src/modules/duties/service.js';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { createWorkItem } from '../../src/modules/plan/service.js';
import { formatDate, todayInChina } from '../../src/lib/dates.js';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, demoPasswordHash, type TestApp } from '../helpers.js';

/**
 * Issue 20: one meaning of "in force" — [startDate, endDate) on the China date of the request or
 * job. Two posts at 大丰林场党委 make the two old meanings disagree: 明日委员 is appointed a committee
 * member (一岗双责 over 林场第一党支部) starting TOMORROW, and 何静 (一岗双责 over 林场第二党支部) is
 * ended with TOMORROW as her end date. Today she is in office and he is not; tomorrow (the test
 * app's clock moved with setNow) the other way round — and every path says the same: scope, the
 * viewer's own posts, team lists, isActive, coverage, deciders and assessments, responsible people,
 * escalation, work-item responsibility, and the ledgers. Each path fails if its site goes back to
 * "open" (`endDate: null` / `"endDate" IS NULL`), which counts him today and drops her.
 */

const CreatePerson = graphql(`mutation IfCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`);
const Appoint = graphql(`mutation IfAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }`);
const EndPost = graphql(`mutation IfEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id } } }`);
const Team = graphql(`
  query IfTeam($id: ID!) {
    node(id: $id) {
      ... on OrgUnit {
        leadershipTeam { person { name } }
        posts { isActive person { name } }
        duties { isActive kind person { name } }
      }
    }
  }
`);
const PersonPosts = graphql(`query IfPersonPosts($id: ID!) { node(id: $id) { ... on Person { posts { isActive } duties { isActive } } } }`);
const Me = graphql(`query IfMe { viewer { posts { id } duties { kind } } }`);
const Coverage = graphql(`query IfCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredUnits { name } } }`);
const CreateAssessment = graphql(`
  mutation IfCreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { assessment { id } } }
`);

const DAY = 86_400_000;
let app: TestApp;
let token: string;
let start: Date;
let tomorrow: Date;
let tenantId: string;
let future: { personId: string; userId: string; name: string };
let ended: { personId: string; userId: string; name: string };
const unitId = (key: string) => app.demo.bureau.units.get(key)!;
const unitGid = (key: string) => globalId('OrgUnit', unitId(key));
const names = (rows: readonly { person: { name: string } }[]) => rows.map((r) => r.person.name);

async function account(personId: string, username: string) {
  const a = await app.db.prisma.userAccount.create({ data: { username, passwordHash: await demoPasswordHash(), displayName: username, tenantId, personId } });
  return a.id;
}

/** Both days, in order: the check runs today, then with the clock moved to tomorrow. */
async function onBothDays(check: (day: 'today' | 'tomorrow', at: Date) => Promise<void>) {
  app.setNow(start);
  await check('today', start);
  const next = new Date(start.getTime() + DAY);
  app.setNow(next);
  try {
    await check('tomorrow', next);
  } finally {
    app.setNow(start);
  }
}

const secretaryViewer = async (at: Date) => (await loadViewer(app.db.prisma, (await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'secretary' } })).id, { now: at })) as PersonViewer;

beforeAll(async () => {
  app = await createTestApp();
  start = app.services.now();
  tomorrow = new Date(todayInChina(start).getTime() + DAY);
  token = await app.login('secretary');
  tenantId = (await app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId('forestry') } })).tenantId;
  // 明日委员: a committee member of 大丰林场党委 from tomorrow, 一岗双责 over 林场第一党支部.
  const created = await app.ok(CreatePerson, { input: { name: '明日委员' } }, token);
  await app.ok(Appoint, {
    input: {
      unitId: unitGid('forestry'), personId: created.createPerson.person.id, role: 'COMMITTEE_MEMBER', startDate: formatDate(tomorrow),
      duty: { kind: 'DUAL_DUTY', scopeUnitIds: [unitGid('forestry.b1')] },
    },
  }, token);
  const futureId = app.demo.bureau.people.get('明日委员') ?? (await app.db.prisma.person.findFirstOrThrow({ where: { tenantId, name: '明日委员' } })).id;
  future = { personId: futureId, userId: await account(futureId, 'in-force.future'), name: '明日委员' };
  // 何静: her post (and with it her duty over 林场第二党支部) ends tomorrow.
  const endedId = app.demo.bureau.people.get('何静')!;
  const post = await app.db.prisma.post.findFirstOrThrow({ where: { tenantId, unitId: unitId('forestry'), personId: endedId, endDate: null } });
  await app.ok(EndPost, { postId: globalId('Post', post.id), endDate: formatDate(tomorrow) }, token);
  ended = { personId: endedId, userId: await account(endedId, 'in-force.ended'), name: '何静' };
});
afterAll(() => app?.close());

describe('one meaning of "in force": a post starting tomorrow and one ending tomorrow', () => {
  it('scope: the viewer statement grants the future post nothing today and everything tomorrow', async () => {
    await onBothDays(async (day, at) => {
      const f = (await loadViewer(app.db.prisma, future.userId, { now: at })) as PersonViewer;
      const e = (await loadViewer(app.db.prisma, ended.userId, { now: at })) as PersonViewer;
      expect(f.scope.subtreeRoots.includes(unitId('forestry.b1'))).toBe(day === 'tomorrow');
      expect(e.scope.subtreeRoots.includes(unitId('forestry.b2'))).toBe(day === 'today');
    });
  });

  it('the auth schema: viewer.posts and viewer.duties are the posts and duties in force', async () => {
    const futureToken = await app.login('in-force.future');
    const endedToken = await app.login('in-force.ended');
    await onBothDays(async (day) => {
      const f = (await app.ok(Me, {}, futureToken)).viewer;
      const e = (await app.ok(Me, {}, endedToken)).viewer;
      expect([f.posts.length, f.duties.length]).toEqual(day === 'tomorrow' ? [1, 1] : [0, 0]);
      expect([e.posts.length, e.duties.length]).toEqual(day === 'today' ? [1, 1] : [0, 0]);
    });
  });

  it('team lists and isActive: leadershipTeam, posts, duties, Person.posts agree', async () => {
    await onBothDays(async (day) => {
      const node = (await app.ok(Team, { id: unitGid('forestry') }, token)).node!;
      if (!('leadershipTeam' in node)) throw new Error('not a unit');
      const expected = day === 'today' ? { in: ended.name, out: future.name } : { in: future.name, out: ended.name };
      for (const list of [node.leadershipTeam, node.posts, node.duties]) {
        expect(names(list)).toContain(expected.in);
        expect(names(list)).not.toContain(expected.out);
      }
      expect(node.posts.every((p) => p.isActive) && node.duties.every((d) => d.isActive)).toBe(true);
      const person = (await app.ok(PersonPosts, { id: globalId('Person', future.personId) }, token)).node!;
      if (!('posts' in person)) throw new Error('not a person');
      expect(person.posts.map((p) => p.isActive)).toEqual(day === 'tomorrow' ? [true] : []);
      expect(person.duties.map((d) => d.isActive)).toEqual(day === 'tomorrow' ? [true] : []);
    });
  });

  it('coverage (rule 7): 林场第二党支部 is covered while 何静 is in office, uncovered from tomorrow', async () => {
    await onBothDays(async (day) => {
      const uncovered = (await app.ok(Coverage, { unitId: unitGid('forestry') }, token)).coverage.uncoveredUnits.map((u) => u.name);
      expect(uncovered.includes('林场第二党支部')).toBe(day === 'tomorrow');
    });
  });

  it('deciders and assessments: team positions and "holds a post in this unit" follow the same day', async () => {
    const year = todayInChina(start).getUTCFullYear();
    await onBothDays(async (day, at) => {
      const positions = await teamPositions(app.db.prisma, tenantId, future.personId, todayInChina(at));
      expect(positions.map((u) => u.id)).toEqual(day === 'tomorrow' ? [unitId('forestry')] : []);
      const f = await app.run(CreateAssessment, { input: { year, unitId: unitGid('forestry'), personId: globalId('Person', future.personId) } }, token);
      const e = await app.run(CreateAssessment, { input: { year, unitId: unitGid('forestry'), personId: globalId('Person', ended.personId) } }, token);
      expect(codes(f)).toEqual(day === 'tomorrow' ? [] : ['BAD_USER_INPUT']);
      expect(codes(e)).toEqual(day === 'today' ? [] : ['BAD_USER_INPUT']);
    });
  });

  it('responsible people (risk warnings): a dual duty counts from its first day to the day before its end', async () => {
    await onBothDays(async (day, at) => {
      const unit = async (key: string) => app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: unitId(key) } });
      expect((await responsiblePeople(app.db.prisma, await unit('forestry.b1'), todayInChina(at))).includes(future.personId)).toBe(day === 'tomorrow');
      expect((await responsiblePeople(app.db.prisma, await unit('forestry.b2'), todayInChina(at))).includes(ended.personId)).toBe(day === 'today');
    });
  });

  it('escalation: an overdue work item escalates to the dual duty in force on the job\'s day', async () => {
    const yesterday = new Date(todayInChina(start).getTime() - DAY);
    const plan = await app.db.prisma.annualPlan.findFirstOrThrow({ where: { tenantId, year: yesterday.getUTCFullYear() } });
    const item = (key: string, responsible: string, title: string) => app.db.prisma.workItem.create({
      data: { tenantId, planId: plan.id, unitId: unitId(key), responsiblePersonId: app.demo.bureau.people.get(responsible)!, title, dueDate: yesterday },
    });
    await onBothDays(async (day, at) => {
      const b1 = await item('forestry.b1', '蒋涛', `逾期任务一（${day}）`);
      const b2 = await item('forestry.b2', '沈丽萍', `逾期任务二（${day}）`);
      await runReminders(app.db.prisma, app.services.pubsub, at);
      const escalated = async (entityId: string) => (await app.db.prisma.notification.findMany({
        where: { entityId, kind: 'WORK_ITEM_ESCALATED' }, select: { recipientPersonId: true },
      })).map((n) => n.recipientPersonId);
      expect((await escalated(b1.id)).includes(future.personId)).toBe(day === 'tomorrow');
      expect((await escalated(b2.id)).includes(ended.personId)).toBe(day === 'today');
    });
  });

  it('work items: the future member answers for 林场第一党支部 from tomorrow only', async () => {
    const plan = await app.db.prisma.annualPlan.findFirstOrThrow({ where: { tenantId, year: tomorrow.getUTCFullYear() } });
    await onBothDays(async (day, at) => {
      const run = createWorkItem(app.db.prisma, await secretaryViewer(at), {
        planId: plan.id, unitId: unitId('forestry.b1'), responsiblePersonId: future.personId, title: `明日委员的任务（${day}）`,
        dueDate: new Date(Date.UTC(tomorrow.getUTCFullYear(), 11, 31)),
      }, at);
      if (day === 'today') await expect(run).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      else await expect(run).resolves.toMatchObject({ responsiblePersonId: future.personId });
    });
  });

  it('ledgers: the duties ledger\'s 在任 filter and its status column', async () => {
    await onBothDays(async (day, at) => {
      const viewer = await secretaryViewer(at);
      const query = { db: app.db.prisma, viewer, scope: viewer.scope, now: at, pageSize: 500 };
      const active: string[] = [];
      for await (const page of dutiesLedger.rows!({ ...query, status: 'ACTIVE' })) active.push(...page.map((d) => d.personName));
      expect(active.includes(future.name)).toBe(day === 'tomorrow');
      expect(active.includes(ended.name)).toBe(day === 'today');
      const states = new Map<string, string>();
      for await (const page of dutiesLedger.rows!({ ...query, status: 'ALL' })) for (const d of page) if (d.unitName === '大丰林场党委') states.set(d.personName, d.status);
      expect(states.get(future.name)).toBe(day === 'today' ? '未生效' : '在任');
      expect(states.get(ended.name)).toBe(day === 'today' ? '在任' : '已终止');
    });
  });
});
