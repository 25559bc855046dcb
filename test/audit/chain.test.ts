import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewer, type Viewer } from '../../src/authz/scope.js';
import { openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { inTransaction } from '../../src/db/transaction.js';
import { GENESIS_HASH, verifyAllChains, verifyChain } from '../../src/modules/audit/chain.js';
import { recordAudit } from '../../src/modules/audit/service.js';
import { globalId } from '../../src/lib/ids.js';
import { graphql } from '../gql/index.js';
import { createTestApp, type TestApp } from '../helpers.js';

/** The audit trail is append-only and hash-chained per tenant; `audit:verify` finds the first broken link. */

const Rename = graphql(`mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }`);

let app: TestApp;
let secretary: Viewer;
beforeAll(async () => {
  app = await createTestApp();
  const account = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'secretary' } });
  secretary = await loadViewer(app.db.prisma, account.id);
});
afterAll(() => app?.close());

const write = (viewer: Viewer, tenantId: string | null, entityId: string) =>
  inTransaction(app.db.prisma, (tx) => recordAudit(tx, viewer, { tenantId, action: 'test.write', entityType: 'Test', entityId, after: { entityId, 名称: '测试', n: 1.5 } }));

/** Rewrites history as someone with the database's owner rights would: the append-only trigger off. */
async function tamper(sql: string, params: unknown[]) {
  await app.db.sql.exec('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only_rule"');
  try {
    await app.db.sql.query(sql, params);
  } finally {
    await app.db.sql.exec('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only_rule"');
  }
}

describe('the chain', () => {
  it('every mutation links its event to the previous one of its bureau', async () => {
    const token = await app.login('secretary');
    // What the demo's loading wrote first: the bureau's creation, then the district's inspections and their answers.
    const base = await app.db.prisma.auditEvent.count({ where: { chainKey: app.demo.bureau.tenantId } });
    for (const name of ['局机关党委（一）', '局机关党委（二）', '局机关党委']) {
      await app.ok(Rename, { unitId: globalId('OrgUnit', app.demo.bureau.units.get('organs')!), name }, token);
    }
    // The bureau's chain opens with its creation (provisioning) and ends with the three renames, seq without gaps.
    const events = await app.db.prisma.auditEvent.findMany({ where: { chainKey: app.demo.bureau.tenantId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    expect(events[0]!.action).toBe('bureau.create');
    expect(events.slice(base).map((e) => e.action)).toEqual(['unit.rename', 'unit.rename', 'unit.rename']);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    expect(new Set(events.map((e) => e.hash)).size).toBe(base + 3);
    const report = await verifyChain(app.db.sql, app.demo.bureau.tenantId);
    expect(report).toMatchObject({ events: base + 3, headSeq: String(base + 3), headHash: events.at(-1)!.hash, broken: null });
  });

  it('concurrent writers keep each chain linear: no gap, no fork', async () => {
    const otherAccount = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'other.secretary' } });
    const other = await loadViewer(app.db.prisma, otherAccount.id);
    const before = await app.db.prisma.auditEvent.count({ where: { chainKey: app.demo.bureau.tenantId } });
    await Promise.all(Array.from({ length: 24 }, (_, i) =>
      i % 2 ? write(secretary, app.demo.bureau.tenantId, `c${i}`) : write(other, app.demo.housing.tenantId, `c${i}`)));
    const seqs = (await app.db.prisma.auditEvent.findMany({ where: { chainKey: app.demo.bureau.tenantId }, orderBy: { seq: 'asc' }, select: { seq: true } }))
      .map((e) => Number(e.seq));
    expect(seqs).toEqual(Array.from({ length: before + 12 }, (_, i) => i + 1));
    const reports = await verifyAllChains(app.db.sql);
    expect(reports.map((r) => [r.chainKey, r.broken])).toEqual(
      expect.arrayContaining([[app.demo.bureau.tenantId, null], [app.demo.housing.tenantId, null]]),
    );
    expect(reports.find((r) => r.chainKey === app.demo.housing.tenantId)!.events).toBe(1 + 12);
  });

  it('district-level events have a chain of their own', async () => {
    const account = await app.db.prisma.userAccount.findUniqueOrThrow({ where: { username: 'district.propaganda' } });
    const district = await loadViewer(app.db.prisma, account.id);
    await write(district, null, 'd1');
    await write(district, null, 'd2');
    const events = await app.db.prisma.auditEvent.findMany({ where: { chainKey: `district:${app.demo.districtId}` }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [Number(e.seq), e.tenantId])).toEqual([[1, null], [2, null]]);
    expect((await verifyChain(app.db.sql, `district:${app.demo.districtId}`)).broken).toBeNull();
  });

  it('an event cannot be filed in another bureau\'s chain, nor forge its own link', async () => {
    await expect(app.db.sql.query(
      `INSERT INTO "AuditEvent" ("tenantId", "chainKey", "action", "entityType", "entityId") VALUES ($1, $2, 'x', 'Test', 'x')`,
      [app.demo.bureau.tenantId, app.demo.housing.tenantId],
    )).rejects.toThrow(/AuditEvent_chain_rule/);
    const [row] = await app.db.sql.query<{ seq: string; prevHash: string; hash: string }>(
      `INSERT INTO "AuditEvent" ("tenantId", "chainKey", "action", "entityType", "entityId", "seq", "prevHash", "hash")
       VALUES ($1, $1, 'x', 'Test', 'forged', 1, $2, $2) RETURNING "seq"::text AS seq, "prevHash", "hash"`,
      [app.demo.bureau.tenantId, 'f'.repeat(64)],
    );
    expect(row!.seq).not.toBe('1');
    expect(row!.hash).not.toBe('f'.repeat(64));
    expect((await verifyChain(app.db.sql, app.demo.bureau.tenantId)).broken).toBeNull();
  });

  it('the table stays append-only', async () => {
    const event = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { chainKey: app.demo.bureau.tenantId } });
    await expect(app.db.prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'changed' } })).rejects.toThrow(/AUDIT_APPEND_ONLY/);
    await expect(app.db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/AUDIT_APPEND_ONLY/);
  });
});

describe('verification finds the first broken link', () => {
  const chain = async (key: string, n: number) => {
    for (let i = 1; i <= n; i += 1) {
      await app.db.sql.query(`INSERT INTO "AuditEvent" ("chainKey", "action", "entityType", "entityId", "after") VALUES ($1, 'test', 'Test', $2, $3)`,
        [key, String(i), JSON.stringify({ i, 说明: `第${i}条` })]);
    }
    expect((await verifyChain(app.db.sql, key)).broken).toBeNull();
  };

  it('an altered row: hash mismatch at exactly its seq', async () => {
    await chain('test:altered', 6);
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"i": 4, "说明": "改过"}' WHERE "chainKey" = $1 AND "seq" = 4`, ['test:altered']);
    const report = await verifyChain(app.db.sql, 'test:altered');
    expect(report.broken).toMatchObject({ seq: '4', kind: 'HASH_MISMATCH' });
    expect(report.headSeq).toBe('3');
  });

  it('an altered row whose hash was recomputed too: the next link no longer matches', async () => {
    await chain('test:rehashed', 5);
    await tamper(
      `UPDATE "AuditEvent" SET "action" = 'rewritten',
              "hash" = zeren_audit_hash("chainKey", "seq", "prevHash", "tenantId", "actorId", 'rewritten', "entityType", "entityId", "before", "after", "createdAt")
        WHERE "chainKey" = $1 AND "seq" = 2`, ['test:rehashed'],
    );
    expect((await verifyChain(app.db.sql, 'test:rehashed')).broken).toMatchObject({ seq: '3', kind: 'PREV_HASH_MISMATCH' });
  });

  it('a removed row: a gap at the seq after it', async () => {
    await chain('test:removed', 6);
    await tamper(`DELETE FROM "AuditEvent" WHERE "chainKey" = $1 AND "seq" = 3`, ['test:removed']);
    const report = await verifyChain(app.db.sql, 'test:removed');
    expect(report.broken).toMatchObject({ seq: '4', kind: 'SEQ_GAP' });
    expect(report.broken!.detail).toContain('3..3 removed');
  });

  it('a removed row with the rest renumbered: prevHash mismatch', async () => {
    await chain('test:renumbered', 5);
    await tamper(`DELETE FROM "AuditEvent" WHERE "chainKey" = $1 AND "seq" = 2`, ['test:renumbered']);
    await tamper(`UPDATE "AuditEvent" SET "seq" = "seq" - 1 WHERE "chainKey" = $1 AND "seq" > 2`, ['test:renumbered']);
    expect((await verifyChain(app.db.sql, 'test:renumbered')).broken).toMatchObject({ seq: '2', kind: 'PREV_HASH_MISMATCH' });
  });

  it('verification pages through long chains', async () => {
    await app.db.sql.query(`INSERT INTO "AuditEvent" ("chainKey", "action", "entityType", "entityId") SELECT 'test:long', 'bulk', 'Test', g::text FROM generate_series(1, 120) g`);
    expect(await verifyChain(app.db.sql, 'test:long', 50)).toMatchObject({ events: 120, headSeq: '120', broken: null });
    await tamper(`UPDATE "AuditEvent" SET "entityId" = 'x' WHERE "chainKey" = 'test:long' AND "seq" = 101`, []);
    expect((await verifyChain(app.db.sql, 'test:long', 50)).broken).toMatchObject({ seq: '101', kind: 'HASH_MISMATCH' });
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on intact chains and 1, naming the first broken seq, after tampering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zeren-audit-'));
    try {
      const db = await openDatabase({ dataDir: join(dir, 'pglite') });
      await applyMigrations(db.sql);
      await db.sql.query(`INSERT INTO "District" ("id", "code", "name") VALUES ('d1', 'D1', '大丰区')`);
      await db.sql.query(`INSERT INTO "Tenant" ("id", "districtId", "code", "name", "shortName") VALUES ('t1', 'd1', 'T1', '大丰区自然资源和规划局', '自规局')`);
      await db.sql.query(`INSERT INTO "AuditEvent" ("chainKey", "action", "entityType", "entityId") VALUES ('district:d1', 'district.setup', 'District', 'd1')`);
      for (let i = 1; i <= 4; i += 1) {
        await db.sql.query(`INSERT INTO "AuditEvent" ("tenantId", "chainKey", "action", "entityType", "entityId") VALUES ('t1', 't1', 'unit.rename', 'OrgUnit', $1)`, [String(i)]);
      }
      await db.close();
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { env, encoding: 'utf8', timeout: 60_000 });
      const ok = run();
      // Each chain by name: the bureau's (with its district), the district's.
      expect(ok.stdout).toContain('ok     大丰区自然资源和规划局（大丰区） [t1]: 4 events, head seq 4');
      expect(ok.stdout).toContain('ok     大丰区（区级） [district:d1]: 1 events, head seq 1');
      expect(ok.status).toBe(0);

      const again = await openDatabase({ dataDir: join(dir, 'pglite') });
      await again.sql.exec('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only_rule"');
      await again.sql.query(`UPDATE "AuditEvent" SET "action" = 'unit.archive' WHERE "seq" = 2`);
      await again.close();
      const broken = run();
      expect(broken.stdout).toContain('BROKEN 大丰区自然资源和规划局（大丰区） [t1]: first broken link at seq 2 (HASH_MISMATCH)');
      expect(broken.status).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
