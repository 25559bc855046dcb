import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, day, personId, subscribe, tokenFor, unitId } from '../plan/fixtures.js';

const MyNotifications = graphql(`
  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }
`);

let app: TestApp;
const YEAR = 2031;
const items: Record<string, string> = {};
beforeAll(async () => {
  app = await createTestApp();
  const prisma = app.db.prisma;
  const tenantId = app.demo.bureau.tenantId;
  const plan = await prisma.annualPlan.create({ data: { tenantId, year: YEAR, templateId: 'plan-2022', title: '2031年度任务' } });
  const make = async (key: string, unit: string, person: string, due: string, status: 'PLANNED' | 'DONE' = 'PLANNED') => {
    const row = await prisma.workItem.create({
      data: {
        tenantId, planId: plan.id, unitId: unitId(app, unit), responsiblePersonId: personId(app, person), title: `任务${key}`, dueDate: day(due), status,
        completedAt: status === 'DONE' ? new Date() : null,
      },
    });
    items[key] = row.id;
  };
  await make('A', 'organs.b1', '徐婷', '2031-06-20');
  await make('B', 'organs.b1', '徐婷', '2031-06-01');
  await make('C', 'office.1.branch', '顾建华', '2031-06-10');
  await make('D', 'organs.b1', '徐婷', '2031-07-31');
  await make('E', 'organs.b1', '徐婷', '2031-06-01', 'DONE');
  // Keep the obligations of the seeded years out of this test: only 2031 matters.
});
afterAll(() => app?.close());

const rowsFor = (entityId: string) => app.db.prisma.notification.findMany({ where: { entityId }, select: { kind: true, recipientPersonId: true } });
const names = async (ids: string[]) => (await app.db.prisma.person.findMany({ where: { id: { in: ids } } })).map((p) => p.name).sort();

describe('the reminders job', () => {
  it('reminds of items due within a week and overdue, and escalates overdue items to the committee above', async () => {
    const run = await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-06-15'));
    expect(run.ran).toBe(true);
    const a = await rowsFor(items.A!);
    expect(a.map((n) => n.kind)).toEqual(['WORK_ITEM_DUE_SOON']);
    expect(await names(a.map((n) => n.recipientPersonId!))).toEqual(['徐婷']);
    const b = await rowsFor(items.B!);
    expect(await names(b.filter((n) => n.kind === 'WORK_ITEM_OVERDUE').map((n) => n.recipientPersonId!))).toEqual(['徐婷']);
    // 局机关党委: its secretary, its direct responsible person, and the member whose scope covers 机关第一支部 (not 杨帆: 第三支部).
    expect(await names(b.filter((n) => n.kind === 'WORK_ITEM_ESCALATED').map((n) => n.recipientPersonId!))).toEqual(['王芳', '郑敏', '陈刚'].sort());
    // An office branch: the office is not a committee, so the bureau committee is the one above.
    const c = await rowsFor(items.C!);
    expect(await names(c.filter((n) => n.kind === 'WORK_ITEM_ESCALATED').map((n) => n.recipientPersonId!))).toEqual(['王建国', '刘志华', '周立新'].sort());
    expect(await rowsFor(items.D!)).toEqual([]);
    expect(await rowsFor(items.E!)).toEqual([]);
  });

  it('reminds the unit\'s first and direct responsible people of obligations due soon, then overdue', async () => {
    const inBureau = { tenantId: app.demo.bureau.tenantId, dedupeKey: { contains: ':2031-06-30:' } };
    const soon = await app.db.prisma.notification.findMany({ where: { kind: 'OBLIGATION_DUE_SOON', ...inBureau } });
    // The first half's analysis (due 06-30) in the bureau committee and both party committees.
    expect(soon.length).toBe(6);
    expect(await names(soon.map((n) => n.recipientPersonId!))).toEqual(['王建国', '刘志华', '赵国强', '钱红', '陈刚', '郑敏'].sort());
    expect(soon[0]!.title).toContain('定期开展意识形态领域分析研判');
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-07-02'));
    const overdue = await app.db.prisma.notification.count({ where: { kind: 'OBLIGATION_OVERDUE', ...inBureau } });
    expect(overdue).toBe(6);
  });

  it('is idempotent: running again creates nothing', async () => {
    const before = await app.db.prisma.notification.count();
    const again = await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-07-02'));
    expect(again).toEqual({ ran: true, created: 0 });
    await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-06-15'));
    expect(await app.db.prisma.notification.count()).toBe(before);
  });

  it('notifications are queryable by their recipients only', async () => {
    const r = await app.ok(MyNotifications, {}, await app.login('organs.secretary'));
    const kinds = r.viewer.notifications.edges.map((e) => e.node.kind);
    expect(kinds).toContain('WORK_ITEM_ESCALATED');
    expect(r.viewer.notifications.edges.find((e) => e.node.kind === 'WORK_ITEM_ESCALATED')!.node.unit).toEqual({ name: '机关第一支部' });
    const branch = await app.ok(MyNotifications, {}, await app.login('branch.organs1'));
    // The branch secretary gets none of the work-item reminders above (they are 徐婷's and the
    // committee's). Since issue 21 the branch has its own obligation (组织生活会, applies to branches)
    // and closed years are followed up, so the only one they read is their own branch's: last
    // year's (2030) 组织生活会 overdue, addressed to them, about 机关第一支部.
    expect(branch.viewer.notifications.edges.map((e) => [e.node.kind, e.node.unit?.name])).toEqual([['OBLIGATION_OVERDUE', '机关第一支部']]);
    expect(branch.viewer.notifications.edges[0]!.node.title).toContain('2030年度');
    expect(branch.viewer.notifications.edges[0]!.node.title).toContain('组织生活会');
  });

  it('pushes new notifications to their recipients\' subscriptions, and to no one else', async () => {
    const chen = subscribe(app, await app.login('organs.secretary'), 'subscription { notificationAdded { kind title } }');
    const xu = subscribe(app, await tokenFor(app, personId(app, '徐婷')), 'subscription { notificationAdded { kind title } }');
    const huang = subscribe(app, await app.login('branch.organs1'), 'subscription { notificationAdded { kind title } }');
    await Promise.all([chen.ready, xu.ready, huang.ready]);
    await new Promise((r) => setTimeout(r, 150));
    // Item D becomes overdue at the start of August.
    const run = await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-08-01'));
    expect(run.created).toBeGreaterThan(0);
    const chenEvents = await chen.waitFor(1);
    const xuEvents = await xu.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all([chen.stop(), xu.stop(), huang.stop()]);
    const kinds = (events: unknown[]) => events.map((e) => (e as { data: { notificationAdded: { kind: string } } }).data.notificationAdded.kind);
    expect(kinds(chenEvents)).toContain('WORK_ITEM_ESCALATED');
    expect(kinds(xuEvents)).toEqual(['WORK_ITEM_OVERDUE']);
    expect(huang.events).toEqual([]);
  });

  it.skipIf(!process.env.DATABASE_URL)('only one instance runs at a time: a held lock makes a run a no-op', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = app.db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('zeren:reminders', 0))`;
      locked();
      await held;
    }, { timeout: 20_000 });
    await isLocked;
    const blocked = await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-09-01'));
    release();
    await holder;
    expect(blocked).toEqual({ ran: false, created: 0 });
    expect((await runReminders(app.db.prisma, app.services.pubsub, chinaNoon('2031-09-01'))).ran).toBe(true);
  });
});
