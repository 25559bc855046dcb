import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';
import { chinaNoon, gid, personId, unitId } from './fixtures.js';

/**
 * 待确认 (issue 21 item 8, 四(一) 明确工作职责、留存佐证): a work item marked DONE by its own responsible
 * person waits for a leader of the unit (CONFIRM_WORK_ITEM: its first or direct responsible people, never
 * the responsible person); progress counts it done only once confirmed. A DONE marked by a leader
 * counts at once. Confirming and sending back (退回) are audited.
 */

const CreatePlan = graphql(`
  mutation CfCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }
`);
const CreateItem = graphql(`
  mutation CfCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }
`);
const ChangeStatus = graphql(`
  mutation CfChangeStatus($input: ChangeWorkItemStatusInput!) {
    changeWorkItemStatus(input: $input) { workItem { id status pendingConfirmation confirmedAt } }
  }
`);
const Answer = graphql(`
  mutation CfAnswer($input: AnswerWorkItemConfirmationInput!) {
    answerWorkItemConfirmation(input: $input) { workItem { id status pendingConfirmation confirmedAt confirmedBy { name } notes { text } } }
  }
`);
const Progress = graphql(`
  query CfProgress($year: Int!) {
    annualPlan(year: $year) {
      progress { total done pendingConfirmation inProgress }
      workItems(first: 50, filter: { pendingConfirmation: true }) { totalCount edges { node { id title pendingConfirmation } } }
    }
  }
`);

let app: TestApp;
let planId: string;
const YEAR = 2032;
const bureau = () => gid('OrgUnit', unitId(app, 'bureau'));

beforeAll(async () => {
  app = await createTestApp();
  app.setNow(chinaNoon('2032-03-01'));
  planId = (await app.ok(CreatePlan, { input: { year: YEAR } }, await app.login('secretary'))).createAnnualPlan.plan.id;
});
afterAll(() => app?.close());

/** A bureau item whose responsible person is 刘志华 (login propaganda, also a direct responsible person of the bureau). */
async function item(title: string) {
  const r = await app.ok(CreateItem, {
    input: { planId, unitId: bureau(), responsiblePersonId: gid('Person', personId(app, '刘志华')), title, dueDate: '2032-06-30' },
  }, await app.login('secretary'));
  return r.createWorkItem.workItem.id;
}
const progress = async (token: string) => (await app.ok(Progress, { year: YEAR }, token)).annualPlan!;

describe('a DONE marked by the responsible person waits for a leader', () => {
  it('the demo shows one item 待确认, not counted done', async () => {
    app.setNow(new Date());
    const year = new Date().getUTCFullYear();
    const pending = await app.db.prisma.workItem.findMany({ where: { tenantId: app.demo.bureau.tenantId, pendingConfirmation: true, plan: { year } } });
    expect(pending.map((w) => w.title)).toEqual(['机关第一支部意识形态阵地排查登记']);
    const p = (await app.ok(Progress, { year }, await app.login('organs.secretary'))).annualPlan!;
    expect(p.workItems.edges.map((e) => e.node.title)).toEqual(['机关第一支部意识形态阵地排查登记']);
    expect(p.progress.pendingConfirmation).toBe(1);
    app.setNow(chinaNoon('2032-03-01'));
  });

  it('marked by its responsible person: 待确认, counted apart from done; the responsible person cannot confirm it', async () => {
    const id = await item('确认：专题研究意识形态工作');
    const propaganda = await app.login('propaganda');
    const secretary = await app.login('secretary');
    const before = await progress(secretary);
    const done = (await app.ok(ChangeStatus, { input: { workItemId: id, status: 'DONE' } }, propaganda)).changeWorkItemStatus.workItem;
    expect(done).toMatchObject({ status: 'DONE', pendingConfirmation: true, confirmedAt: null });
    const mid = await progress(secretary);
    expect(mid.progress.done).toBe(before.progress.done);
    expect(mid.progress.pendingConfirmation).toBe(before.progress.pendingConfirmation + 1);
    expect(mid.workItems.edges.map((e) => e.node.id)).toContain(id);

    const audits = await app.db.prisma.auditEvent.count({ where: { action: { in: ['workItem.confirm', 'workItem.return'] } } });
    expect(codes(await app.run(Answer, { input: { workItemId: id, confirm: true } }, propaganda))).toEqual(['FORBIDDEN']);
    expect(await app.db.prisma.auditEvent.count({ where: { action: { in: ['workItem.confirm', 'workItem.return'] } } })).toBe(audits);

    const confirmed = (await app.ok(Answer, { input: { workItemId: id, confirm: true } }, secretary)).answerWorkItemConfirmation.workItem;
    expect(confirmed).toMatchObject({ status: 'DONE', pendingConfirmation: false, confirmedBy: { name: '王建国' } });
    expect(confirmed.confirmedAt).not.toBeNull();
    const after = await progress(secretary);
    expect(after.progress.done).toBe(before.progress.done + 1);
    expect(after.progress.pendingConfirmation).toBe(before.progress.pendingConfirmation);
    expect(await app.db.prisma.auditEvent.count({ where: { action: 'workItem.confirm', entityId: globalIdTail(id) } })).toBe(1);
    // confirmed once: nothing is waiting any more
    expect(codes(await app.run(Answer, { input: { workItemId: id, confirm: true } }, secretary))).toEqual(['WORK_ITEM_NOT_PENDING']);
  });

  it('a leader sends it back (退回) with a reason: 推进中 again, the reason as a progress note, audited', async () => {
    const id = await item('退回：分析研判');
    const secretary = await app.login('secretary');
    await app.ok(ChangeStatus, { input: { workItemId: id, status: 'DONE' } }, await app.login('propaganda'));
    expect(codes(await app.run(Answer, { input: { workItemId: id, confirm: false } }, secretary))).toEqual(['CANCEL_REASON_REQUIRED']);
    const back = (await app.ok(Answer, { input: { workItemId: id, confirm: false, reason: '缺少研判报告佐证' } }, secretary)).answerWorkItemConfirmation.workItem;
    expect(back).toMatchObject({ status: 'IN_PROGRESS', pendingConfirmation: false, confirmedAt: null });
    expect(back.notes.map((n) => n.text)).toContain('【退回】缺少研判报告佐证');
    expect(await app.db.prisma.auditEvent.count({ where: { action: 'workItem.return', entityId: globalIdTail(id) } })).toBe(1);
  });

  it('marked DONE by a leader of the unit (not the responsible person): counts at once', async () => {
    const id = await item('领导标记完成');
    const before = await progress(await app.login('secretary'));
    const done = (await app.ok(ChangeStatus, { input: { workItemId: id, status: 'DONE' } }, await app.login('secretary'))).changeWorkItemStatus.workItem;
    expect(done).toMatchObject({ status: 'DONE', pendingConfirmation: false });
    expect((await progress(await app.login('secretary'))).progress.done).toBe(before.progress.done + 1);
  });

  it('the responsible person may withdraw a DONE still waiting, without a reason', async () => {
    const id = await item('撤回');
    const propaganda = await app.login('propaganda');
    await app.ok(ChangeStatus, { input: { workItemId: id, status: 'DONE' } }, propaganda);
    const back = (await app.ok(ChangeStatus, { input: { workItemId: id, status: 'IN_PROGRESS' } }, propaganda)).changeWorkItemStatus.workItem;
    expect(back).toMatchObject({ status: 'IN_PROGRESS', pendingConfirmation: false });
  });

  it('the database refuses a pending flag on an item that is not DONE', async () => {
    const row = await app.db.prisma.workItem.findFirstOrThrow({ where: { plan: { year: YEAR }, status: 'IN_PROGRESS' } });
    await expect(app.db.prisma.workItem.update({ where: { id: row.id }, data: { pendingConfirmation: true } })).rejects.toThrow(/WorkItem_pending_confirmation_rule/);
  });
});

function globalIdTail(id: string) {
  return Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');
}
