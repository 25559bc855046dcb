import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/authz/scope.js';
import { inTransaction, type Tx } from '../../src/db/transaction.js';
import type { DomainError } from '../../src/errors.js';
import { todayInChina } from '../../src/lib/dates.js';
import { archiveUnit, createUnit } from '../../src/modules/org/service.js';
import { createTestApp, type TestApp } from '../helpers.js';
import { viewerOf } from '../concurrency/invariants.js';

/**
 * The database's own rules for the tree and archived units (issue 10): writes that bypass the
 * services — a bug, a script, a race the service locks did not foresee — are refused at the row.
 * test/concurrency/races.test.ts shows the same rules holding under concurrent writers.
 */

let app: TestApp;
let secretary: Viewer;
let tenantId: string;
let root: string;

beforeAll(async () => {
  app = await createTestApp();
  secretary = await viewerOf(app, 'secretary');
  tenantId = app.demo.bureau.tenantId;
  root = app.demo.bureau.units.get('bureau')!;
});
afterAll(() => app?.close());

async function codeOf(work: (tx: Tx) => Promise<unknown>) {
  try {
    await inTransaction(app.db.prisma, work);
  } catch (error) {
    return (error as DomainError).code ?? String(error);
  }
  return 'COMMITTED';
}

const unit = (name: string, parentId = root) => createUnit(app.db.prisma, secretary, { parentId, kind: 'DIRECT_UNIT', name });

describe('the tree is a tree (OrgUnit_tree_rule)', () => {
  it('refuses an ancestry that makes a unit its own ancestor, even when it agrees with depth and parent', async () => {
    const a = await unit('树规则甲');
    const b = await unit('树规则乙', a.id);
    // B's ancestry already contains A: moving A under B by hand, as the race did, is refused.
    const code = await codeOf((tx) => tx.$executeRaw`
      UPDATE "OrgUnit" SET "parentId" = ${b.id}, "ancestorIds" = ${[...b.ancestorIds, a.id]}::text[], "depth" = ${b.depth + 1}
       WHERE "id" = ${a.id}`);
    expect(code).toBe('INVALID_MOVE');
    expect((await app.db.prisma.orgUnit.findUniqueOrThrow({ where: { id: a.id } })).parentId).toBe(root);
  });

  it('refuses a child whose ancestry is not its parent\'s (a stale read during a move)', async () => {
    const a = await unit('树规则丙');
    const id = randomUUID();
    const code = await codeOf((tx) => tx.orgUnit.create({
      data: { id, tenantId, parentId: a.id, kind: 'BRANCH', name: '陈旧祖先', ancestorIds: [a.id, id], depth: 1 },
    }));
    expect(code).toBe('INVALID_MOVE');
  });

  it('refuses moving a unit without its subtree (a child keeps the old ancestry)', async () => {
    const a = await unit('树规则丁');
    await unit('树规则丁下级', a.id);
    const b = await unit('树规则戊');
    const code = await codeOf((tx) => tx.$executeRaw`
      UPDATE "OrgUnit" SET "parentId" = ${b.id}, "ancestorIds" = ${[...b.ancestorIds, a.id]}::text[], "depth" = ${b.depth + 1}
       WHERE "id" = ${a.id}`);
    expect(code).toBe('INVALID_MOVE');
  });
});

describe('nothing archived holds live things (OrgUnit_tree_rule, Post_unit_live_rule, DutyScopeUnit_unit_live_rule)', () => {
  it('refuses archiving a unit with a live child or an active post, when the services are bypassed', async () => {
    const a = await unit('撤销规则甲');
    await unit('撤销规则甲下级', a.id);
    expect(await codeOf((tx) => tx.orgUnit.update({ where: { id: a.id }, data: { archivedAt: new Date() } }))).toBe('UNIT_NOT_EMPTY');
    const b = await unit('撤销规则乙');
    const person = await app.db.prisma.person.create({ data: { tenantId, name: '撤销规则人员' } });
    await app.db.prisma.post.create({ data: { tenantId, unitId: b.id, personId: person.id, role: 'MEMBER', startDate: todayInChina() } });
    expect(await codeOf((tx) => tx.orgUnit.update({ where: { id: b.id }, data: { archivedAt: new Date() } }))).toBe('UNIT_NOT_EMPTY');
  });

  it('refuses a live child, an active post or a duty scope in an archived unit', async () => {
    const a = await unit('撤销规则丙');
    await archiveUnit(app.db.prisma, secretary, { unitId: a.id });
    const id = randomUUID();
    expect(await codeOf((tx) => tx.orgUnit.create({
      data: { id, tenantId, parentId: a.id, kind: 'BRANCH', name: '撤销后下级', ancestorIds: [...a.ancestorIds, id], depth: a.depth + 1 },
    }))).toBe('BAD_USER_INPUT');
    const person = await app.db.prisma.person.create({ data: { tenantId, name: '撤销后人员' } });
    expect(await codeOf((tx) => tx.post.create({
      data: { tenantId, unitId: a.id, personId: person.id, role: 'MEMBER', startDate: todayInChina() },
    }))).toBe('BAD_USER_INPUT');
    const duty = await app.db.prisma.duty.findFirstOrThrow({ where: { tenantId, unitId: root, kind: 'DUAL_DUTY', endDate: null } });
    expect(await codeOf((tx) => tx.dutyScopeUnit.create({ data: { tenantId, dutyId: duty.id, unitId: a.id } }))).toBe('BAD_USER_INPUT');
    expect(await app.db.prisma.orgUnit.count({ where: { parentId: a.id } })).toBe(0);
  });
});
