import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, day, gid, personId, tokenFor, unitId } from './fixtures.js';

const CreatePlan = graphql(`
  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }
`);
const CreateItem = graphql(`
  mutation WiCreateItem($input: CreateWorkItemInput!) {
    createWorkItem(input: $input) { workItem {
      id title status dueDate isOverdue
      unit { name } responsiblePerson { name } templateTask { number clause }
    } }
  }
`);
const ChangeStatus = graphql(`
  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {
    changeWorkItemStatus(input: $input) { workItem { id status completedAt cancelReason notes { text } } }
  }
`);
const UpdateItem = graphql(`
  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id dueDate responsiblePerson { name } } } }
`);
const AddNote = graphql(`
  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(input: { workItemId: $id, text: $text }) { note { text author { name } } } }
`);
const Confirm = graphql(`
  mutation WiConfirm($id: ID!) { answerWorkItemConfirmation(input: { workItemId: $id, confirm: true }) { workItem { id pendingConfirmation } } }
`);
const Item = graphql(`
  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }
`);
const Plan = graphql(`
  query WiPlan($year: Int!) {
    annualPlan(year: $year) {
      progress { total planned inProgress done cancelled overdue }
      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }
    }
  }
`);

let app: TestApp;
let planId: string;
const YEAR = 2031;
beforeAll(async () => {
  app = await createTestApp();
  app.setNow(chinaNoon('2031-03-01'));
  planId = (await app.ok(CreatePlan, { input: { year: YEAR } }, await app.login('secretary'))).createAnnualPlan.plan.id;
});
afterAll(() => app?.close());

const input = (over: Record<string, unknown> = {}) => ({
  planId,
  unitId: gid('OrgUnit', unitId(app, 'organs.b1')),
  responsiblePersonId: gid('Person', personId(app, '徐婷')),
  title: '机关第一支部专题学习意识形态工作责任制',
  dueDate: '2031-04-30',
  templateTaskId: gid('PlanTemplateTask', 'plan-2022-02'),
  ...over,
});

const itemCount = () => app.db.prisma.workItem.count({ where: { plan: { year: YEAR } } });

describe('decomposing the plan into work items', () => {
  it('lets the leaders of a unit create items for it, with a responsible person who answers for it', async () => {
    const r = await app.ok(CreateItem, { input: input() }, await app.login('organs.secretary'));
    expect(r.createWorkItem.workItem).toMatchObject({
      status: 'PLANNED', dueDate: '2031-04-30', isOverdue: false,
      unit: { name: '机关第一支部' }, responsiblePerson: { name: '徐婷' }, templateTask: { number: 2, clause: '三(一)2' },
    });
  });

  it('refuses people who do not lead the unit, and hides units out of scope', async () => {
    // A branch secretary leads their own branch …
    expect(codes(await app.run(CreateItem, { input: input() }, await app.login('branch.organs1')))).toEqual([]);
    // … a "one post, two duties" member acts in their 分管 units only (test/duties/actions.test.ts),
    // not on the bureau committee they sit on; a unit out of scope is NOT_FOUND.
    expect(codes(await app.run(CreateItem, { input: input() }, await app.login('member.forestry')))).toEqual(['NOT_FOUND']);
    const bureau = input({ unitId: gid('OrgUnit', unitId(app, 'bureau')), responsiblePersonId: gid('Person', personId(app, '王建国')) });
    expect(codes(await app.run(CreateItem, { input: bureau }, await app.login('member.forestry')))).toEqual(['FORBIDDEN']);
    const forestry = input({ unitId: gid('OrgUnit', unitId(app, 'forestry')), responsiblePersonId: gid('Person', personId(app, '钱红')) });
    expect(codes(await app.run(CreateItem, { input: forestry }, await app.login('other.secretary')))).toEqual(['NOT_FOUND']);
  });

  it('bad input: a due date outside the plan year, a person who does not answer for the unit, an empty title — nothing written', async () => {
    const token = await app.login('propaganda');
    const before = await itemCount();
    const outside = await app.run(CreateItem, { input: input({ dueDate: '2032-01-15' }) }, token);
    expect(codes(outside)).toEqual(['DUE_DATE_OUTSIDE_PLAN_YEAR']);
    expect(outside.errors?.[0]?.extensions?.field).toBe('dueDate');
    // 蒋涛 is secretary of a forest branch: no post or duty covering 机关第一支部.
    const stranger = await app.run(CreateItem, { input: input({ responsiblePersonId: gid('Person', personId(app, '蒋涛')) }) }, token);
    expect(codes(stranger)).toEqual(['BAD_USER_INPUT']);
    expect(stranger.errors?.[0]?.extensions?.field).toBe('responsiblePersonId');
    // Another bureau's person gives the same answer as a stranger.
    const foreign = await app.run(CreateItem, { input: input({ responsiblePersonId: gid('Person', personId(app, '姚远', 'housing')) }) }, token);
    expect(foreign.errors?.[0]?.message).toBe(stranger.errors?.[0]?.message);
    expect(codes(await app.run(CreateItem, { input: input({ title: '  ' }) }, token))).toEqual(['BAD_USER_INPUT']);
    const wrongTask = await app.run(CreateItem, { input: input({ templateTaskId: gid('PlanTemplateTask', 'nope') }) }, token);
    expect(codes(wrongTask)).toEqual(['BAD_USER_INPUT']);
    expect(await itemCount()).toBe(before);
  });

  it('the database refuses a due date outside the plan year even past the service', async () => {
    const item = await app.db.prisma.workItem.findFirstOrThrow({ where: { plan: { year: YEAR } } });
    await expect(app.db.prisma.workItem.update({ where: { id: item.id }, data: { dueDate: day('2030-12-31') } })).rejects.toThrow(/DUE_DATE_OUTSIDE_PLAN_YEAR/);
  });
});

describe('the status machine', () => {
  let itemId: string;
  beforeAll(async () => {
    // 马超 is a plain member of the branch: the owner of the item, answering for nothing else.
    itemId = (await app.ok(CreateItem, { input: input({ title: '状态测试任务', dueDate: '2031-06-30', responsiblePersonId: gid('Person', personId(app, '马超')) }) }, await app.login('organs.secretary'))).createWorkItem.workItem.id;
  });

  it('the responsible person starts and finishes; leaders cancel and reopen; reasons required; CANCELLED is final', async () => {
    const owner = await tokenFor(app, personId(app, '马超'));
    const leader = await app.login('organs.secretary');
    // The responsible person may not cancel.
    expect(codes(await app.run(ChangeStatus, { input: { workItemId: itemId, status: 'CANCELLED', reason: '不需要了' } }, owner))).toEqual(['FORBIDDEN']);
    // Someone who sees an item but neither owns it nor answers for its unit may not touch it (徐婷's item, 马超).
    const others = await app.db.prisma.workItem.findFirstOrThrow({ where: { plan: { year: YEAR }, title: '机关第一支部专题学习意识形态工作责任制' } });
    expect(codes(await app.run(ChangeStatus, { input: { workItemId: gid('WorkItem', others.id), status: 'IN_PROGRESS' } }, owner))).toEqual(['FORBIDDEN']);
    expect((await app.ok(ChangeStatus, { input: { workItemId: itemId, status: 'IN_PROGRESS' } }, owner)).changeWorkItemStatus.workItem.status).toBe('IN_PROGRESS');
    const done = (await app.ok(ChangeStatus, { input: { workItemId: itemId, status: 'DONE' } }, owner)).changeWorkItemStatus.workItem;
    expect(done.status).toBe('DONE');
    expect(done.completedAt).not.toBeNull();
    // Cancelling a done item without a reason is refused, and nothing changes.
    const noReason = await app.run(ChangeStatus, { input: { workItemId: itemId, status: 'CANCELLED' } }, leader);
    expect(codes(noReason)).toEqual(['CANCEL_REASON_REQUIRED']);
    expect(codes(await app.run(ChangeStatus, { input: { workItemId: itemId, status: 'CANCELLED', reason: '   ' } }, leader))).toEqual(['CANCEL_REASON_REQUIRED']);
    expect((await app.db.prisma.workItem.findUniqueOrThrow({ where: { id: (await raw(itemId)) } })).status).toBe('DONE');
    // The owner's DONE is 待确认 (test/plan/confirmation.test.ts); once a leader confirms it, reopening needs a reason too, and only leaders may.
    await app.ok(Confirm, { id: itemId }, leader);
    expect(codes(await app.run(ChangeStatus, { input: { workItemId: itemId, status: 'IN_PROGRESS', reason: '补充材料' } }, owner))).toEqual(['FORBIDDEN']);
    expect(codes(await app.run(ChangeStatus, { input: { workItemId: itemId, status: 'IN_PROGRESS' } }, leader))).toEqual(['CANCEL_REASON_REQUIRED']);
    const cancelled = (await app.ok(ChangeStatus, { input: { workItemId: itemId, status: 'CANCELLED', reason: '任务合并至局党委统一部署' } }, leader)).changeWorkItemStatus.workItem;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', completedAt: null, cancelReason: '任务合并至局党委统一部署' });
    expect(cancelled.notes.map((n) => n.text)).toContain('【已取消】任务合并至局党委统一部署');
    for (const status of ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const) {
      const r = await app.run(ChangeStatus, { input: { workItemId: itemId, status, reason: '恢复' } }, leader);
      expect(codes(r)).toEqual(['INVALID_STATUS_TRANSITION']);
    }
    expect(codes(await app.run(UpdateItem, { input: { workItemId: itemId, dueDate: '2031-07-01' } }, leader))).toEqual(['INVALID_STATUS_TRANSITION']);
    expect(codes(await app.run(AddNote, { id: itemId, text: '继续推进' }, owner))).toEqual(['INVALID_STATUS_TRANSITION']);
    // And the database backs it.
    await expect(app.db.prisma.workItem.update({ where: { id: await raw(itemId) }, data: { status: 'PLANNED', cancelReason: null } })).rejects.toThrow();
  });

  it('overdue is derived from today and the due date, never stored', async () => {
    const leader = await app.login('organs.secretary');
    const id = (await app.ok(CreateItem, { input: input({ title: '逾期测试任务', dueDate: '2031-03-20' }) }, leader)).createWorkItem.workItem.id;
    app.setNow(chinaNoon('2031-03-20'));
    expect((await app.ok(Item, { id }, leader)).node).toMatchObject({ isOverdue: false });
    app.setNow(chinaNoon('2031-03-21'));
    expect((await app.ok(Item, { id }, leader)).node).toMatchObject({ isOverdue: true });
    const plan = (await app.ok(Plan, { year: YEAR }, leader)).annualPlan!;
    expect(plan.workItems.edges.map((e) => e.node.title)).toContain('逾期测试任务');
    expect(plan.progress.overdue).toBe(plan.workItems.totalCount);
    await app.ok(ChangeStatus, { input: { workItemId: id, status: 'DONE' } }, leader);
    expect((await app.ok(Item, { id }, leader)).node).toMatchObject({ isOverdue: false });
    app.setNow(chinaNoon('2031-03-01'));
  });

  it('progress notes come from the responsible person or the leaders; updates change who and when', async () => {
    const leader = await app.login('organs.secretary');
    const id = (await app.ok(CreateItem, { input: input({ title: '进展测试任务', responsiblePersonId: gid('Person', personId(app, '马超')) }) }, leader)).createWorkItem.workItem.id;
    const note = await app.ok(AddNote, { id, text: '已召开支委会研究部署。' }, await tokenFor(app, personId(app, '马超')));
    expect(note.addWorkItemNote.note).toMatchObject({ text: '已召开支委会研究部署。', author: { name: '马超' } });
    expect(codes(await app.run(AddNote, { id, text: '  ' }, leader))).toEqual(['BAD_USER_INPUT']);
    const updated = await app.ok(UpdateItem, { input: { workItemId: id, dueDate: '2031-05-31', responsiblePersonId: gid('Person', personId(app, '林晓')) } }, leader);
    expect(updated.updateWorkItem.workItem).toMatchObject({ dueDate: '2031-05-31', responsiblePerson: { name: '林晓' } });
    expect(codes(await app.run(UpdateItem, { input: { workItemId: id, dueDate: '2030-05-31' } }, leader))).toEqual(['DUE_DATE_OUTSIDE_PLAN_YEAR']);
    // The former owner (a plain member) no longer may report on it.
    expect(codes(await app.run(AddNote, { id, text: '补充' }, await tokenFor(app, personId(app, '马超'))))).toEqual(['FORBIDDEN']);
  });
});

async function raw(globalIdValue: string) {
  const { decodeGlobalID } = await import('@pothos/plugin-relay');
  return decodeGlobalID(globalIdValue).id;
}

const ItemsPage = graphql(`
  query WiItemsPage {
    workItems(first: 100, filter: { year: 2031 }) {
      totalCount
      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }
        notes { text author { name } } attachments { fileName downloadUrl } } }
    }
  }
`);

describe('statements do not grow with the items listed', () => {
  it('the work item list with its nested relations sends the same number of statements at two sizes', async () => {
    const token = await app.login('secretary');
    const measure = async () => {
      const { result, statements } = await countStatements(app.db, () => app.ok(ItemsPage, {}, token));
      return { rows: result.workItems.edges.length, statements };
    };
    const small = await measure();
    const plan = await app.db.prisma.annualPlan.findFirstOrThrow({ where: { year: YEAR, tenantId: app.demo.bureau.tenantId } });
    const units = ['forestry.b1', 'office.3.branch', 'organs.b2', 'port.gb.b1'];
    const people = ['蒋涛', '陆永军', '朱慧', '潘宏'];
    for (let i = 0; i < 40; i++) {
      const item = await app.db.prisma.workItem.create({
        data: {
          tenantId: plan.tenantId, planId: plan.id, templateTaskId: `plan-2022-${String((i % 17) + 1).padStart(2, '0')}`, unitId: unitId(app, units[i % 4]!),
          responsiblePersonId: personId(app, people[i % 4]!), title: `批量任务${i}`, dueDate: day(`2031-${String((i % 12) + 1).padStart(2, '0')}-10`),
        },
      });
      await app.db.prisma.workItemNote.create({ data: { tenantId: plan.tenantId, workItemId: item.id, unitId: item.unitId, authorPersonId: item.responsiblePersonId, text: `进展${i}` } });
    }
    const big = await measure();
    expect(big.rows).toBeGreaterThan(small.rows + 39);
    expect(big.statements).toBe(small.statements);
  });
});
