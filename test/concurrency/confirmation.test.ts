import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { addWorkItemNote, answerWorkItemConfirmation, changeWorkItemStatus, createAnnualPlan, createWorkItem } from '../../src/modules/plan/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { announceSkip, atOnce, brokenInvariants, onPostgres, viewerOf } from './invariants.js';

announceSkip('test/concurrency/confirmation');

/**
 * 待确认 (issue 21 item 8): a leader confirms a DONE at the same moment as its responsible person withdraws
 * it and adds a progress note. Each call runs in its own transaction through the services; afterwards the
 * database is checked in plain SQL: the item is either confirmed DONE or back IN_PROGRESS, never both, never
 * pending; the audit trail has exactly the events of the calls that succeeded.
 */

const ROUNDS = 12;
let app: TestApp;
let secretary: Viewer;
let responsible: Viewer;

beforeAll(async () => {
  if (!onPostgres) return;
  app = await createTestApp();
  secretary = await viewerOf(app, 'secretary');
  responsible = await viewerOf(app, 'propaganda');
});
afterAll(() => app?.close());

describe.skipIf(!onPostgres)('confirmation races (PostgreSQL)', () => {
  it('confirm vs. the responsible person withdrawing and editing at once: one wins, the state and the audit agree', async () => {
    const prisma = app.db.prisma;
    const plan = await createAnnualPlan(prisma, secretary, { year: 2060 });
    const now = new Date();
    const tally = { confirmed: 0, withdrawn: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const item = await createWorkItem(prisma, secretary, {
        planId: plan.id, unitId: app.demo.bureau.units.get('bureau')!, responsiblePersonId: app.demo.bureau.people.get('刘志华')!,
        title: `确认竞争${round}`, dueDate: new Date('2060-11-30T00:00:00Z'),
      });
      const done = await changeWorkItemStatus(prisma, responsible, { workItemId: item.id, status: 'DONE' }, now);
      expect(done.pendingConfirmation).toBe(true);
      const [confirm, withdraw, note] = await atOnce([
        () => answerWorkItemConfirmation(prisma, secretary, { workItemId: item.id, confirm: true }, now),
        () => changeWorkItemStatus(prisma, responsible, { workItemId: item.id, status: 'IN_PROGRESS' }, now),
        () => addWorkItemNote(prisma, responsible, { workItemId: item.id, text: `进展${round}` }),
      ]);
      expect(note).toBe('ok');
      // Exactly one of confirm and withdraw wins; the loser sees the winner's state.
      expect([confirm, withdraw].filter((o) => o === 'ok')).toHaveLength(1);
      const row = await prisma.workItem.findUniqueOrThrow({ where: { id: item.id } });
      const events = await prisma.auditEvent.findMany({ where: { entityId: item.id, action: { in: ['workItem.confirm', 'workItem.status'] } }, select: { action: true } });
      if (confirm === 'ok') {
        tally.confirmed += 1;
        expect(['WORK_ITEM_NOT_PENDING', 'CANCEL_REASON_REQUIRED', 'CONFLICT']).toContain(withdraw);
        expect(row).toMatchObject({ status: 'DONE', pendingConfirmation: false, confirmedById: app.demo.bureau.people.get('王建国')! });
        expect(events.filter((e) => e.action === 'workItem.confirm')).toHaveLength(1);
        expect(events.filter((e) => e.action === 'workItem.status')).toHaveLength(1);
      } else {
        tally.withdrawn += 1;
        expect(['WORK_ITEM_NOT_PENDING', 'CONFLICT']).toContain(confirm);
        expect(row).toMatchObject({ status: 'IN_PROGRESS', pendingConfirmation: false, confirmedAt: null, completedAt: null });
        expect(events.filter((e) => e.action === 'workItem.confirm')).toHaveLength(0);
        expect(events.filter((e) => e.action === 'workItem.status')).toHaveLength(2);
      }
      expect(await prisma.workItemNote.count({ where: { workItemId: item.id, text: `进展${round}` } })).toBe(1);
    }
    expect(tally.confirmed + tally.withdrawn).toBe(ROUNDS);
    expect(await brokenInvariants(app.db)).toEqual([]);
  });
});
