import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** 四(一) 细化分解: the year's plan shows which of the 17 main tasks have no work item, and the bureau's leaders are reminded. */

const Plan = graphql(`
  query TuPlan($year: Int!) { annualPlan(year: $year) { tasksWithoutWorkItems { number } } }
`);
const Mine = graphql(`
  query TuMine { viewer { notifications(first: 50) { edges { node { kind title } } } } }
`);

let app: TestApp;
const year = new Date().getUTCFullYear();
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe('main tasks without work items', () => {
  it('lists the tasks of the demo plan that have no work item, and reminds the bureau committee\'s leaders', async () => {
    const r = await app.ok(Plan, { year }, await app.login('secretary'));
    // The demo decomposes tasks 2, 4–10, 12, 15 and 17.
    expect(r.annualPlan!.tasksWithoutWorkItems.map((t) => t.number)).toEqual([1, 3, 11, 13, 14, 16]);
    await runReminders(app.db.prisma, app.services.pubsub, app.services.now());
    for (const username of ['secretary', 'propaganda']) {
      const mine = await app.ok(Mine, {}, await app.login(username));
      expect(mine.viewer.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'PLAN_TASKS_UNASSIGNED', title: '年度计划尚有6项主要任务未分解' });
    }
    // A branch secretary is not the bureau's leader.
    const branch = await app.ok(Mine, {}, await app.login('branch.organs1'));
    expect(branch.viewer.notifications.edges.map((e) => e.node.kind)).not.toContain('PLAN_TASKS_UNASSIGNED');
  });
});
