import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDatabaseError } from '../../src/errors.js';
import { createTestApp, type TestApp } from '../helpers.js';

/**
 * The history's exclusion constraints (migration 20261207233500_history_exclusion_rules), written to
 * directly in SQL, past every service: on no day may a unit have two secretaries, two first or two
 * direct responsible people, nor a person two posts or two duties in one unit. Runs on PGlite, and
 * on PostgreSQL with DATABASE_URL.
 */
let app: TestApp;
let tenantId: string, unitId: string, a: string, b: string;
beforeAll(async () => {
  app = await createTestApp({ seed: true });
  const [unit] = await app.db.sql.query<{ tenantId: string; id: string }>(
    `SELECT u."tenantId", u."id" FROM "OrgUnit" u WHERE u."kind" = 'BRANCH' ORDER BY u."treeKey" LIMIT 1`);
  ({ tenantId, id: unitId } = unit!);
  const people = await app.db.sql.query<{ id: string }>(`SELECT "id" FROM "Person" WHERE "tenantId" = $1 ORDER BY "id" LIMIT 2`, [tenantId]);
  [a, b] = people.map((p) => p.id) as [string, string];
});
afterAll(() => app?.close());

let n = 0;
const post = (person: string, role: string, start: string, end: string | null) =>
  [`INSERT INTO "Post" ("id", "tenantId", "unitId", "personId", "role", "startDate", "endDate") VALUES ($1, $2, $3, $4, $5::"PostRole", $6::date, $7::date)`,
    [`xp${++n}`, tenantId, unitId, person, role, start, end]] as const;
/** A duty on a fresh post of its own (posts of different roles and people never clash with each other here). */
const duty = (person: string, kind: string, start: string, end: string | null) => {
  const postId = `xq${++n}`;
  return [
    [`INSERT INTO "Post" ("id", "tenantId", "unitId", "personId", "role", "startDate", "endDate") VALUES ($1, $2, $3, $4, 'MEMBER', '1990-01-01', '1990-01-01')`, [postId, tenantId, unitId, person]],
    [`INSERT INTO "Duty" ("id", "tenantId", "unitId", "personId", "postId", "kind", "startDate", "endDate") VALUES ($1, $2, $3, $4, $5, $6::"DutyKind", $7::date, $8::date)`,
      [`xd${++n}`, tenantId, unitId, person, postId, kind, start, end]],
  ] as const;
};

/** Runs the statements in one transaction that is always rolled back: 'ok', or the database error. */
async function attempt(...statements: (readonly [string, readonly unknown[]])[]): Promise<unknown> {
  await app.db.sql.exec('BEGIN');
  try {
    // The unit's own rows are moved out of the way: these tests are about the rows they write.
    await app.db.sql.exec(`ALTER TABLE "Post" DISABLE TRIGGER "Post_history_rule"; ALTER TABLE "Duty" DISABLE TRIGGER "Duty_history_rule"`);
    await app.db.sql.query(`DELETE FROM "DutyScopeUnit" WHERE "dutyId" IN (SELECT "id" FROM "Duty" WHERE "unitId" = $1)`, [unitId]);
    await app.db.sql.query(`DELETE FROM "Duty" WHERE "unitId" = $1`, [unitId]);
    await app.db.sql.query(`DELETE FROM "Post" WHERE "unitId" = $1`, [unitId]);
    for (const [text, params] of statements) await app.db.sql.query(text, [...params]);
    return 'ok';
  } catch (error) {
    return error;
  } finally {
    await app.db.sql.exec('ROLLBACK');
  }
}
const refused = (result: unknown) => (result === 'ok' ? 'ok' : fromDatabaseError(result)?.code ?? String(result));

describe('history exclusion constraints, bypassing the services', () => {
  it('are in place, and the demo seed satisfies them', async () => {
    const names = await app.db.sql.query<{ conname: string }>(`SELECT conname FROM pg_constraint WHERE contype = 'x' ORDER BY conname`);
    expect(names.map((r) => r.conname)).toEqual([
      'Duty_no_overlap_rule', 'Duty_one_direct_responsible_per_day_rule', 'Duty_one_first_responsible_per_day_rule',
      'Post_no_overlap_rule', 'Post_one_secretary_per_day_rule',
    ]);
    const [{ posts }] = await app.db.sql.query<{ posts: number }>(`SELECT count(*)::int AS posts FROM "Post"`) as [{ posts: number }];
    expect(posts).toBeGreaterThan(20);
  });

  it('refuse a person two posts in one unit on one day; a successor post may start the day the old one ends', async () => {
    expect(refused(await attempt(post(a, 'MEMBER', '2022-03-01', '2026-11-30'), post(a, 'SECRETARY', '2022-03-01', null)))).toBe('HISTORY_OVERLAP');
    expect(refused(await attempt(post(a, 'MEMBER', '2022-03-01', '2024-01-01'), post(a, 'MEMBER', '2023-12-31', '2023-12-31'), post(a, 'COMMITTEE_MEMBER', '2023-06-01', '2023-07-01')))).toBe('HISTORY_OVERLAP');
    expect(await attempt(post(a, 'MEMBER', '2022-03-01', '2026-11-30'), post(a, 'SECRETARY', '2026-11-30', null))).toBe('ok');
    // A post that started and ended on one day covers no day.
    expect(await attempt(post(a, 'MEMBER', '2022-03-01', null), post(a, 'MEMBER', '2023-01-01', '2023-01-01'))).toBe('ok');
  });

  it('refuse two secretaries of one unit on one day, in the past as well as now', async () => {
    expect(refused(await attempt(post(a, 'SECRETARY', '2020-01-01', '2024-01-01'), post(b, 'SECRETARY', '2023-01-01', '2025-01-01')))).toBe('HISTORY_OVERLAP');
    expect(await attempt(post(a, 'SECRETARY', '2020-01-01', '2024-01-01'), post(b, 'SECRETARY', '2024-01-01', null))).toBe('ok');
    expect(await attempt(post(a, 'SECRETARY', '2020-01-01', '2024-01-01'), post(b, 'DEPUTY_SECRETARY', '2023-01-01', null))).toBe('ok');
  });

  it('refuse two first or two direct responsible people of one unit on one day, and two duties of one person', async () => {
    expect(refused(await attempt(...duty(a, 'FIRST_RESPONSIBLE', '2022-03-01', '2026-11-30'), ...duty(b, 'FIRST_RESPONSIBLE', '2022-03-01', null)))).toBe('HISTORY_OVERLAP');
    expect(refused(await attempt(...duty(a, 'DIRECT_RESPONSIBLE', '2022-03-01', '2025-01-01'), ...duty(b, 'DIRECT_RESPONSIBLE', '2024-12-31', '2025-06-01')))).toBe('HISTORY_OVERLAP');
    expect(refused(await attempt(...duty(a, 'DUAL_DUTY', '2022-03-01', '2025-01-01'), ...duty(a, 'DIRECT_RESPONSIBLE', '2024-12-31', null)))).toBe('HISTORY_OVERLAP');
    expect(await attempt(...duty(a, 'FIRST_RESPONSIBLE', '2022-03-01', '2026-11-30'), ...duty(b, 'FIRST_RESPONSIBLE', '2026-11-30', null))).toBe('ok');
    // "One post, two duties" is shared: two people may hold it in one unit at once.
    expect(await attempt(...duty(a, 'DUAL_DUTY', '2022-03-01', null), ...duty(b, 'DUAL_DUTY', '2022-03-01', null))).toBe('ok');
    expect(await attempt(...duty(a, 'FIRST_RESPONSIBLE', '2022-03-01', '2024-01-01'), ...duty(b, 'DIRECT_RESPONSIBLE', '2022-03-01', null))).toBe('ok');
  });
});
