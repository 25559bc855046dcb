import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction.js';
import type { DomainError } from '../../src/errors.js';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { codes, createTestApp, type TestApp } from '../helpers.js';

/**
 * The same rules, enforced by the database itself: writes that bypass the services (a bug, a
 * script, a race) are refused by unique partial indexes and by the deferred rule trigger.
 */

let app: TestApp;
let tenantId: string;
const unitId = (key: string) => app.demo.bureau.units.get(key)!;
const personId = (name: string) => app.demo.bureau.people.get(name)!;

async function codeOf(work: Parameters<typeof inTransaction>[1]) {
  try {
    await inTransaction(app.db.prisma, work);
  } catch (error) {
    return (error as DomainError).code ?? String(error);
  }
  return 'COMMITTED';
}

async function newPerson(name: string) {
  return (await app.db.prisma.person.create({ data: { tenantId, name } })).id;
}

beforeAll(async () => {
  app = await createTestApp();
  tenantId = app.demo.bureau.tenantId;
});
afterAll(() => app?.close());

describe('database backstop for the responsibility rules', () => {
  it('rule 1: refuses a first responsibility held by someone other than the secretary', async () => {
    const code = await codeOf(async (tx) => {
      const fr = await tx.duty.findFirstOrThrow({ where: { unitId: unitId('forestry'), kind: 'FIRST_RESPONSIBLE', endDate: null } });
      await tx.$executeRaw`UPDATE "Duty" SET "endDate" = CURRENT_DATE WHERE "id" = ${fr.id}`;
      const memberPost = await tx.post.findFirstOrThrow({ where: { unitId: unitId('forestry'), personId: personId('冯军'), endDate: null } });
      await tx.$executeRaw`UPDATE "Duty" SET "endDate" = CURRENT_DATE WHERE "postId" = ${memberPost.id} AND "endDate" IS NULL`;
      const id = randomUUID();
      await tx.duty.create({ data: { id, tenantId, unitId: unitId('forestry'), personId: personId('冯军'), postId: memberPost.id, kind: 'FIRST_RESPONSIBLE', startDate: new Date() } });
      await tx.dutyScopeUnit.create({ data: { tenantId, dutyId: id, unitId: unitId('forestry') } });
    });
    expect(code).toBe('FIRST_RESPONSIBLE_NOT_SECRETARY');
  });

  it('rule 2: refuses a second active direct responsible person (unique partial index)', async () => {
    const code = await codeOf(async (tx) => {
      const post = await tx.post.findFirstOrThrow({ where: { unitId: unitId('bureau'), personId: personId('李明'), endDate: null } });
      await tx.$executeRaw`UPDATE "Duty" SET "endDate" = CURRENT_DATE WHERE "postId" = ${post.id} AND "endDate" IS NULL`;
      await tx.duty.create({ data: { tenantId, unitId: unitId('bureau'), personId: personId('李明'), postId: post.id, kind: 'DIRECT_RESPONSIBLE', startDate: new Date() } });
    });
    expect(code).toBe('DIRECT_RESPONSIBLE_TAKEN');
  });

  it('rule 3: refuses a team member without a duty, and a dual duty without scope', async () => {
    const p = await newPerson('无责委员');
    expect(await codeOf(async (tx) => {
      await tx.post.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
    })).toBe('MEMBER_WITHOUT_DUTY');
    expect(await codeOf(async (tx) => {
      const post = await tx.post.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
      await tx.duty.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, postId: post.id, kind: 'DUAL_DUTY', startDate: new Date() } });
    })).toBe('DUAL_DUTY_EMPTY_SCOPE');
  });

  it('rule 4: refuses a scope outside the subtree, and a scope unit of another bureau', async () => {
    const p = await newPerson('越界委员');
    const attempt = (scopeUnit: string, scopeTenant = tenantId) => codeOf(async (tx) => {
      const post = await tx.post.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
      const duty = await tx.duty.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, postId: post.id, kind: 'DUAL_DUTY', startDate: new Date() } });
      await tx.$executeRaw`INSERT INTO "DutyScopeUnit" ("tenantId", "dutyId", "unitId") VALUES (${scopeTenant}, ${duty.id}, ${scopeUnit})`;
    });
    expect(await attempt(unitId('organs.b1'))).toBe('SCOPE_OUTSIDE_SUBTREE');
    // Composite foreign keys: a row cannot point into another bureau at all.
    expect(await attempt(app.demo.housing.units.get('organs')!)).not.toBe('COMMITTED');
    expect(await attempt(app.demo.housing.units.get('organs')!, app.demo.housing.tenantId)).not.toBe('COMMITTED');
  });

  it('rule 5: refuses two active posts of one person in one unit', async () => {
    const code = await codeOf(async (tx) => {
      await tx.post.create({ data: { tenantId, unitId: unitId('organs.b1'), personId: personId('马超'), role: 'MEMBER', startDate: new Date() } });
    });
    expect(code).toBe('POST_ALREADY_HELD');
  });

  it('rule 4 after a move: a unit taken out of a committee\'s subtree leaves a dual duty naming it refused', async () => {
    // A raw subtree move that keeps the tree itself consistent (the tree rule passes): a scope unit of
    // a dual duty below the bureau committee moves directly under the root, out of its committee.
    const scoped = await app.db.prisma.$queryRaw<{ unitId: string; rootId: string; depth: number }[]>`
      SELECT s."unitId", r."id" AS "rootId", u."depth" FROM "DutyScopeUnit" s
        JOIN "Duty" d ON d."id" = s."dutyId" AND d."endDate" IS NULL AND d."kind" = 'DUAL_DUTY'
        JOIN "OrgUnit" c ON c."id" = d."unitId" AND c."parentId" IS NOT NULL
        JOIN "OrgUnit" u ON u."id" = s."unitId" AND u."id" <> c."id" AND u."kind" = 'BRANCH'
        JOIN "OrgUnit" r ON r."tenantId" = u."tenantId" AND r."parentId" IS NULL
       WHERE s."tenantId" = ${tenantId} LIMIT 1`;
    expect(scoped).toHaveLength(1);
    const { unitId: moved, rootId } = scoped[0]!;
    expect(await codeOf(async (tx) => {
      await tx.$executeRaw`UPDATE "OrgUnit" SET "parentId" = ${rootId}, "ancestorIds" = ARRAY[${rootId}, ${moved}], "depth" = 1 WHERE "id" = ${moved}`;
    })).toBe('SCOPE_OUTSIDE_SUBTREE');
  });

  it('checks each touched team once at commit, against the final state, and again after a later write', async () => {
    const p = await newPerson('两次检查');
    // Broken, then repaired, in one transaction: only the final state counts.
    expect(await codeOf(async (tx) => {
      const post = await tx.post.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
      const duty = await tx.duty.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, postId: post.id, kind: 'DUAL_DUTY', startDate: new Date() } });
      await tx.dutyScopeUnit.create({ data: { tenantId, dutyId: duty.id, unitId: unitId('forestry') } });
    })).toBe('COMMITTED');
    // The team is checked early (SET CONSTRAINTS … IMMEDIATE, and passes), then broken: the later
    // write queues the team again and the commit refuses it.
    expect(await codeOf(async (tx) => {
      await tx.$executeRaw`UPDATE "Post" SET "title" = '委员' WHERE "tenantId" = ${tenantId} AND "personId" = ${p} AND "endDate" IS NULL`;
      await tx.$executeRawUnsafe('SET CONSTRAINTS ALL IMMEDIATE');
      await tx.$executeRawUnsafe('SET CONSTRAINTS ALL DEFERRED');
      await tx.$executeRaw`UPDATE "Duty" SET "endDate" = CURRENT_DATE WHERE "tenantId" = ${tenantId} AND "personId" = ${p} AND "endDate" IS NULL`;
    })).toBe('MEMBER_WITHOUT_DUTY');
  });

  it('a refused transaction writes nothing', async () => {
    const before = await app.db.prisma.post.count();
    const p = await newPerson('回滚测试');
    await codeOf(async (tx) => {
      await tx.post.create({ data: { tenantId, unitId: unitId('forestry'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
    });
    expect(await app.db.prisma.post.count()).toBe(before);
  });
});

const Appoint = graphql(`
  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }
`);

describe('concurrent appointments', () => {
  it('of several direct responsible people to one unit: exactly one wins', async () => {
    const token = await app.login('secretary');
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => newPerson(`并发委员${i}`)));
    const results = await Promise.all(people.map((p) =>
      app.run(Appoint, { input: { unitId: globalId('OrgUnit', unitId('port.gb')), personId: globalId('Person', p), role: 'COMMITTEE_MEMBER', duty: { kind: 'DIRECT_RESPONSIBLE' } } }, token),
    ));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const r of results.filter((r) => r.errors)) expect(['DIRECT_RESPONSIBLE_TAKEN', 'CONFLICT']).toContain(codes(r)[0]);
    expect(await app.db.prisma.duty.count({ where: { unitId: unitId('port.gb'), kind: 'DIRECT_RESPONSIBLE', endDate: null } })).toBe(1);
  });

  it('of several secretaries to one unit: one secretary, who holds the first responsibility', async () => {
    const token = await app.login('secretary');
    const people = await Promise.all(Array.from({ length: 5 }, (_, i) => newPerson(`并发书记${i}`)));
    await Promise.all(people.map((p) =>
      app.run(Appoint, { input: { unitId: globalId('OrgUnit', unitId('organs.b3')), personId: globalId('Person', p), role: 'SECRETARY' } }, token),
    ));
    const secretaries = await app.db.prisma.post.findMany({ where: { unitId: unitId('organs.b3'), role: 'SECRETARY', endDate: null } });
    const first = await app.db.prisma.duty.findMany({ where: { unitId: unitId('organs.b3'), kind: 'FIRST_RESPONSIBLE', endDate: null } });
    expect(secretaries).toHaveLength(1);
    expect(first.map((d) => d.personId)).toEqual([secretaries[0]!.personId]);
  });

  it('raw concurrent transactions that bypass the services still cannot commit two direct responsible people', async () => {
    const people = await Promise.all([newPerson('绕过甲'), newPerson('绕过乙')]);
    const outcomes = await Promise.allSettled(people.map((p) => inTransaction(app.db.prisma, async (tx) => {
      const post = await tx.post.create({ data: { tenantId, unitId: unitId('east.branch'), personId: p, role: 'COMMITTEE_MEMBER', startDate: new Date() } });
      const duty = await tx.duty.create({ data: { tenantId, unitId: unitId('east.branch'), personId: p, postId: post.id, kind: 'DIRECT_RESPONSIBLE', startDate: new Date() } });
      await tx.dutyScopeUnit.create({ data: { tenantId, dutyId: duty.id, unitId: unitId('east.branch') } });
    })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await app.db.prisma.duty.count({ where: { unitId: unitId('east.branch'), kind: 'DIRECT_RESPONSIBLE', endDate: null } })).toBe(1);
  });
});
