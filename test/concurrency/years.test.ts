import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { updateObligationRule } from '../../src/modules/obligations/service.js';
import { changeWorkItemStatus, createAnnualPlan, createWorkItem } from '../../src/modules/plan/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { announceSkip, atOnce, brokenInvariants, onPostgres, viewerOf } from './invariants.js';

announceSkip('test/concurrency/years');

/**
 * Issue 21 (docs/years.md): the year-versioned rule edit and the carry-over both read, then write.
 * Conflicting calls are sent at once through the services, each in its own transaction.
 */

const ROUNDS = 10;
let app: TestApp;
let secretary: Viewer;
let tenantId: string;

beforeAll(async () => {
  if (!onPostgres) return;
  app = await createTestApp();
  secretary = await viewerOf(app, 'secretary');
  tenantId = app.demo.bureau.tenantId;
});
afterAll(() => app?.close());

describe.skipIf(!onPostgres)('year races (PostgreSQL)', () => {
  it('two conflicting edits of a rule for the same year at once: one wins, the other is CONFLICT; one version per rule and year, the winner\'s', async () => {
    const rule = await app.db.prisma.obligationRule.findFirstOrThrow({ where: { tenantId, code: 'COMMITTEE_STUDY' } });
    const now = new Date(`${2040}-03-01T02:00:00Z`);
    let conflicts = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const [a, b] = [3 + 2 * round, 4 + 2 * round];
      const outcomes = await atOnce([
        () => updateObligationRule(app.db.prisma, secretary, rule.id, { minCount: a }, now),
        () => updateObligationRule(app.db.prisma, secretary, rule.id, { minCount: b }, now),
      ]);
      // Sent at once, the two usually overlap: one wins, the other reads a stale version and is CONFLICT.
      // On a loaded machine the second may start after the first committed and then simply edits the
      // result (two oks, the later one's value). Either way one version per rule and year, the row's.
      expect([['CONFLICT', 'ok'], ['ok', 'ok']]).toContainEqual(outcomes.sort());
      if (outcomes[0] === 'CONFLICT') conflicts += 1;
      const versions = await app.db.prisma.obligationRuleVersion.findMany({ where: { ruleId: rule.id, fromYear: 2040 } });
      const row = await app.db.prisma.obligationRule.findUniqueOrThrow({ where: { id: rule.id } });
      expect(versions).toHaveLength(1);
      expect([a, b]).toContain(versions[0]!.minCount);
      expect(versions[0]!.minCount).toBe(row.minCount);
    }
    // The optimistic lock was exercised: in some round the two did overlap.
    expect(conflicts).toBeGreaterThan(0);
    expect(await brokenInvariants(app.db)).toEqual([]);
  });

  it('carrying a plan\'s unfinished items over at once with an item marked done: never both done and carried', async () => {
    const prisma = app.db.prisma;
    const tally = { carried: 0, done: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const year = 2050 + 2 * round;
      const plan = await createAnnualPlan(prisma, secretary, { year });
      const item = await createWorkItem(prisma, secretary, {
        planId: plan.id, unitId: app.demo.bureau.units.get('bureau')!, responsiblePersonId: app.demo.bureau.people.get('刘志华')!,
        title: `结转竞争${round}`, dueDate: new Date(`${year}-11-30T00:00:00Z`),
      } as never);
      await changeWorkItemStatus(prisma, secretary, { workItemId: item.id, status: 'IN_PROGRESS' }, new Date());
      const outcomes = await atOnce([
        () => createAnnualPlan(prisma, secretary, { year: year + 1, carryOverUnfinished: true }),
        () => changeWorkItemStatus(prisma, secretary, { workItemId: item.id, status: 'DONE' }, new Date()),
      ]);
      expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThanOrEqual(1);
      const old = await prisma.workItem.findUniqueOrThrow({ where: { id: item.id }, include: { carriedOverTo: true } });
      if (old.carriedOverTo) {
        tally.carried += 1;
        expect(old).toMatchObject({ status: 'CANCELLED', cancelReason: '转入下一年度' });
      } else {
        tally.done += 1;
        expect(old.status).toBe('DONE');
      }
    }
    expect(tally.carried + tally.done).toBe(ROUNDS);
    expect(await brokenInvariants(app.db)).toEqual([]);
  });
});
