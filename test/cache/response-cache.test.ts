import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadViewerAndVersion } from '../../src/authz/scope.js';
import { formatDate, todayInChina } from '../../src/lib/dates.js';
import { runReminders } from '../../src/modules/obligations/reminders.js';
import { createServer } from '../../src/server.js';
import { graphql } from '../gql/index.js';
import { codes, countStatements, createTestApp, type TestApp } from '../helpers.js';

/** The response cache (src/response-cache.ts, docs/response-cache.md). */

const Tree = graphql(`
  query CacheTree {
    orgUnits(first: 100) {
      totalCount
      edges { node { id name parent { name } leadershipTeam { id role endDate person { name } } } }
    }
  }
`);

const Risks = graphql(`
  query CacheRisks { risks(first: 100) { totalCount edges { node { id title handlingDeadline isOverdue } } } }
`);

const Rename = graphql(`
  mutation CacheRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id name } } }
`);

const Report = graphql(`
  mutation CacheReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id isOverdue } } }
`);

const EndPost = graphql(`
  mutation CacheEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id endDate } } }
`);

const ChangePassword = graphql(`
  mutation CacheChangePassword($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { token } }
`);

let app: TestApp;
const DAY = 24 * 3600 * 1000;
// Noon in China: a whole day either side of the clock.
const NOON = new Date('2026-06-15T04:00:00Z');

beforeAll(async () => {
  app = await createTestApp({ seed: true, now: NOON });
});
afterAll(() => app?.close());

/** Runs a document against another server over the same services (e.g. the cache switched off). */
async function runOn<R, V>(yoga: ReturnType<typeof createServer>, document: TypedDocumentNode<R, V>, variables: V | undefined, token: string) {
  const res = await yoga.fetch('http://zeren.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await res.json()) as ExecutionResult<R>;
}

async function unitNamed(token: string, name: string) {
  const tree = await app.ok(Tree, {}, token);
  const unit = tree.orgUnits.edges.find((e) => e.node.name === name)?.node;
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

describe('the data version', () => {
  it('every table with a tenantId column bumps its bureau\'s version on INSERT, UPDATE and DELETE; every other table the shared one', async () => {
    const tenantTables = (await app.db.sql.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'tenantId' AND t.table_type = 'BASE TABLE'`,
    )).map((r) => r.table_name).sort();
    const allTables = (await app.db.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )).map((r) => r.table_name).filter((t) => t !== 'DataVersion' && t !== '_prisma_migrations');
    const triggers = await app.db.sql.query<{ table: string; event: string; action: string }>(
      `SELECT event_object_table AS "table", event_manipulation AS "event", action_statement AS "action"
         FROM information_schema.triggers WHERE trigger_schema = 'public'`,
    );
    const eventsOf = (table: string, fn: string) =>
      [...new Set(triggers.filter((t) => t.table === table && t.action.includes(`${fn}()`)).map((t) => t.event))].sort();
    expect(tenantTables.length).toBeGreaterThan(30);
    for (const table of tenantTables) expect({ table, events: eventsOf(table, 'zeren_bump_data_version') }).toEqual({ table, events: ['DELETE', 'INSERT', 'UPDATE'] });
    for (const table of allTables.filter((t) => !tenantTables.includes(t))) {
      expect({ table, events: eventsOf(table, 'zeren_bump_shared_data_version') }).toEqual({ table, events: ['DELETE', 'INSERT', 'UPDATE'] });
    }
  });

  it('a district account\'s version moves with a write in any bureau of its district; a bureau account\'s only with its own', async () => {
    const prisma = app.db.prisma;
    const district = await prisma.userAccount.findUniqueOrThrow({ where: { username: 'district.propaganda' } });
    const mine = await prisma.userAccount.findUniqueOrThrow({ where: { username: 'secretary' } });
    const other = await prisma.userAccount.findUniqueOrThrow({ where: { username: 'other.secretary' } });
    const versions = async () => Promise.all([district, mine, other].map(async (a) => (await loadViewerAndVersion(prisma, a.id, { now: NOON })).dataVersion));
    const before = await versions();
    // By hand, outside every service: the trigger still sees it.
    await prisma.$executeRaw`UPDATE "Person" SET "jobTitle" = "jobTitle" WHERE "tenantId" = ${other.tenantId} AND "id" = (SELECT "id" FROM "Person" WHERE "tenantId" = ${other.tenantId} LIMIT 1)`;
    const after = await versions();
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
    // A statement that touches no row bumps nothing.
    await prisma.$executeRaw`UPDATE "Person" SET "jobTitle" = "jobTitle" WHERE false`;
    expect(await versions()).toEqual(after);
  });

  it('a job\'s writes move the version (the reminders job)', async () => {
    const account = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'secretary' } });
    const version = async () => (await loadViewerAndVersion(app.db.prisma, account.id, { now: NOON })).dataVersion;
    const before = await version();
    const run = await runReminders(app.db.prisma, app.services.pubsub, new Date(NOON.getTime() + 400 * DAY));
    expect(run.created).toBeGreaterThan(0);
    expect(await version()).not.toBe(before);
  });
});

describe('the response cache', () => {
  it('answers a repeated query with the viewer\'s one statement, and the same answer', async () => {
    const token = await app.login('secretary');
    const first = await countStatements(app.db, () => app.run(Tree, {}, token));
    const second = await countStatements(app.db, () => app.run(Tree, {}, token));
    expect(first.statements).toBeGreaterThan(1);
    expect(second.statements).toBe(1);
    expect(second.result).toEqual(first.result);
  });

  it('can be switched off (RESPONSE_CACHE=off): every request executes', async () => {
    const token = await app.login('secretary');
    const off = createServer({ ...app.services, config: { ...app.services.config, RESPONSE_CACHE: 'off' } });
    const first = await countStatements(app.db, () => runOn(off, Tree, {}, token));
    const second = await countStatements(app.db, () => runOn(off, Tree, {}, token));
    expect(second.statements).toBe(first.statements);
    expect(second.statements).toBeGreaterThan(1);
  });

  it('never serves one viewer\'s answer to another', async () => {
    const secretary = await app.login('secretary');
    const branch = await app.login('branch.organs1');
    const a = await app.ok(Tree, {}, secretary);
    const b = await app.ok(Tree, {}, branch);
    expect(b.orgUnits.totalCount).toBeLessThan(a.orgUnits.totalCount);
    expect(await app.ok(Tree, {}, branch)).toEqual(b);
    expect(await app.ok(Tree, {}, secretary)).toEqual(a);
  });

  it('misses after a mutation and after a write by hand in SQL', async () => {
    const token = await app.login('secretary');
    const unit = await unitNamed(token, '局机关党委');
    await app.ok(Tree, {}, token);
    await app.ok(Rename, { unitId: unit.id, name: '局机关党委（改）' }, token);
    expect((await app.ok(Tree, {}, token)).orgUnits.edges.map((e) => e.node.name)).toContain('局机关党委（改）');
    const [row] = await app.db.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "OrgUnit" WHERE "name" = '局机关党委（改）'`;
    await app.db.prisma.$executeRaw`UPDATE "OrgUnit" SET "name" = '局机关党委' WHERE "id" = ${row!.id}`;
    const names = (await app.ok(Tree, {}, token)).orgUnits.edges.map((e) => e.node.name);
    expect(names).toContain('局机关党委');
    expect(names).not.toContain('局机关党委（改）');
  });

  it('misses on a new China date: a deadline of today is overdue tomorrow with no write at all', async () => {
    const token = await app.login('secretary');
    const unit = await unitNamed(token, '局机关党委');
    const today = formatDate(todayInChina(NOON));
    const { reportRisk: { risk } } = await app.ok(Report, {
      input: { unitId: unit.id, title: '缓存测试风险', mechanism: 'RISK_JUDGEMENT', riskClass: 'ACADEMIC_VIEWPOINT', severity: 'LOW', handlingDeadline: today },
    }, token);
    const overdue = async () => (await app.ok(Risks, {}, token)).risks.edges.find((e) => e.node.id === risk.id)!.node.isOverdue;
    expect(await overdue()).toBe(false);
    expect(await overdue()).toBe(false);
    app.setNow(new Date(NOON.getTime() + DAY));
    try {
      expect(await overdue()).toBe(true);
    } finally {
      app.setNow(NOON);
    }
  });

  it('misses when a post ends at midnight: the scope changes with the date', async () => {
    const secretary = await app.login('secretary');
    const member = await app.login('member.forestry');
    const seen = async () => (await app.ok(Tree, {}, member)).orgUnits.totalCount;
    const before = await seen();
    expect(before).toBeGreaterThan(1);
    const bureau = (await app.ok(Tree, {}, secretary)).orgUnits.edges.find((e) => e.node.parent === null)!.node;
    const post = bureau.leadershipTeam.find((p) => p.person.name === '张海涛')!;
    const tomorrow = formatDate(todayInChina(new Date(NOON.getTime() + DAY)));
    await app.ok(EndPost, { postId: post.id, endDate: tomorrow }, secretary);
    expect(await seen()).toBe(before);
    app.setNow(new Date(NOON.getTime() + DAY));
    try {
      expect(await seen()).toBeLessThan(before);
    } finally {
      app.setNow(NOON);
    }
  });

  it('a cached query of a disabled account, or after a password change (the old session ends), answers UNAUTHENTICATED', async () => {
    const organs = await app.login('organs.secretary');
    await app.ok(Tree, {}, organs);
    await app.ok(Tree, {}, organs);
    await app.db.prisma.userAccount.update({ where: { username: 'organs.secretary' }, data: { disabledAt: NOON } });
    expect(codes(await app.run(Tree, {}, organs))).toEqual(['UNAUTHENTICATED']);

    const forestry = await app.login('forestry.secretary');
    await app.ok(Tree, {}, forestry);
    const { changePassword } = await app.ok(ChangePassword, { current: 'demo', next: 'a-new-password-2026' }, forestry);
    expect(codes(await app.run(Tree, {}, forestry))).toEqual(['UNAUTHENTICATED']);
    expect((await app.ok(Tree, {}, changePassword.token)).orgUnits.totalCount).toBeGreaterThan(0);
  });

  it('never caches a mutation, or an answer with errors', async () => {
    const token = await app.login('secretary');
    const unit = await unitNamed(token, '局机关党委');
    const rename = () => countStatements(app.db, () => app.run(Rename, { unitId: unit.id, name: '局机关党委' }, token));
    const [a, b] = [await rename(), await rename()];
    expect(b.statements).toBeGreaterThan(1);
    expect(b.statements).toBe(a.statements);
    const bad = graphql(`query CacheBad($id: ID!) { node(id: $id) { id } }`);
    const first = await countStatements(app.db, () => app.run(bad, { id: 'not-a-global-id' }, token));
    const second = await countStatements(app.db, () => app.run(bad, { id: 'not-a-global-id' }, token));
    expect(first.result.errors?.length).toBeGreaterThan(0);
    expect(second.statements).toBe(first.statements);
  });
});

describe('uploads are not keyed', () => {
  it('a multipart request\'s file is never serialised for a cache key (signed in or not, refused or not)', async () => {
    // The plugin asks for a key for every request, before it asks whether it may serve it; its own
    // recipe serialised the variables, an upload's Buffer becoming a JSON array of numbers (about
    // 2 s and up to 400 MB per MB uploaded). Our key builder keys only operations it may serve.
    const toJSON = vi.spyOn(Buffer.prototype, 'toJSON');
    try {
      for (const token of ['', await app.login('secretary')]) {
        const form = new FormData();
        form.append('operations', JSON.stringify({
          query: 'mutation($input: ImportOrgChartInput!) { importOrgChart(input: $input) { applied } }',
          variables: { input: { dryRun: true, file: null } },
        }));
        form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
        form.append('0', new File([new Uint8Array(64 * 1024).fill(7)], 'not-a-workbook.xlsx'));
        const res = await app.yoga.fetch('http://zeren.test/graphql', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
        const body = (await res.json()) as ExecutionResult;
        expect(body.errors?.[0]?.extensions?.code).toBe(token ? 'ORG_CHART_UNREADABLE' : 'UNAUTHENTICATED');
      }
      expect(toJSON).not.toHaveBeenCalled();
    } finally {
      toJSON.mockRestore();
    }
  });
});
