import type { Tx } from '../../db/transaction.js';
import type { ImportPlan } from './validate.js';

/**
 * Writes an import plan with a constant number of statements, whatever its size: one
 * `INSERT … SELECT … FROM unnest(…)` per kind of row and one `UPDATE … FROM unnest(…)` per kind of
 * change — one array parameter per column, not one parameter per cell (createMany's thousands of
 * bound parameters cost more on the client than the insert itself costs the database). The order keeps
 * the immediate unique indexes happy (end before start: no transient second secretary or direct
 * responsible person); the deferred `*_duties_rule` triggers re-check every touched team once at
 * COMMIT, so a plan that slipped past the checks in validate.ts still cannot commit a broken team.
 */
export async function applyPlan(
  tx: Tx, tenantId: string, plan: ImportPlan, passwordHashes: ReadonlyMap<string, string>, reason: string,
): Promise<void> {
  const { units, people, posts, duties, accounts } = plan;
  if (units.create.length) {
    const u = units.create;
    await tx.$executeRaw`
      INSERT INTO "OrgUnit" ("id", "tenantId", "code", "name", "kind", "parentId", "ancestorIds", "depth", "sortOrder", "createdAt", "updatedAt")
      SELECT v.id, ${tenantId}, v.code, v.name, v.kind::"OrgUnitKind", v.parent, string_to_array(v.ancestry, ','), v.depth, v.sort, now(), now()
        FROM unnest(${u.map((x) => x.id)}::text[], ${u.map((x) => x.code)}::text[], ${u.map((x) => x.name)}::text[], ${u.map((x) => x.kind)}::text[],
                    ${u.map((x) => x.parentId)}::text[], ${u.map((x) => x.ancestorIds.join(','))}::text[], ${u.map((x) => x.depth)}::int[],
                    ${u.map((x) => x.sortOrder)}::int[])
             AS v(id, code, name, kind, parent, ancestry, depth, sort)`;
  }
  if (units.update.length) {
    const u = units.update;
    await tx.$executeRaw`
      UPDATE "OrgUnit" o
         SET "code" = NULLIF(v.code, ''), "name" = v.name, "parentId" = v.parent,
             "ancestorIds" = string_to_array(v.ancestry, ','), "depth" = v.depth, "updatedAt" = now()
        FROM unnest(${u.map((x) => x.id)}::text[], ${u.map((x) => x.code)}::text[], ${u.map((x) => x.name)}::text[],
                    ${u.map((x) => x.parentId)}::text[], ${u.map((x) => x.ancestorIds.join(','))}::text[], ${u.map((x) => x.depth)}::int[])
             AS v(id, code, name, parent, ancestry, depth)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id`;
  }
  if (people.create.length) {
    const p = people.create;
    await tx.$executeRaw`
      INSERT INTO "Person" ("id", "tenantId", "code", "name", "jobTitle", "createdAt", "updatedAt")
      SELECT v.id, ${tenantId}, v.code, v.name, v.title, now(), now()
        FROM unnest(${p.map((x) => x.id)}::text[], ${p.map((x) => x.code)}::text[], ${p.map((x) => x.name)}::text[], ${p.map((x) => x.jobTitle)}::text[])
             AS v(id, code, name, title)`;
  }
  if (people.update.length) {
    const p = people.update;
    await tx.$executeRaw`
      UPDATE "Person" o SET "code" = v.code, "name" = v.name, "jobTitle" = v.title, "updatedAt" = now()
        FROM unnest(${p.map((x) => x.id)}::text[], ${p.map((x) => x.code)}::text[], ${p.map((x) => x.name)}::text[], ${p.map((x) => x.jobTitle)}::text[])
             AS v(id, code, name, title)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id`;
  }
  // End first, then start (rule 6: ending keeps the row as history).
  if (duties.end.length) {
    const d = duties.end;
    await tx.$executeRaw`
      UPDATE "Duty" o SET "endDate" = v.end_date, "endReason" = ${reason}
        FROM unnest(${d.map((x) => x.id)}::text[], ${d.map((x) => x.endDate)}::date[]) AS v(id, end_date)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id AND o."endDate" IS NULL`;
  }
  if (posts.end.length) {
    const p = posts.end;
    await tx.$executeRaw`
      UPDATE "Post" o SET "endDate" = v.end_date
        FROM unnest(${p.map((x) => x.id)}::text[], ${p.map((x) => x.endDate)}::date[]) AS v(id, end_date)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id AND o."endDate" IS NULL`;
  }
  // A kept post's corrected start date, with the duties that started with it (history.ts).
  if (posts.restart.length) {
    const p = posts.restart;
    await tx.$executeRaw`
      UPDATE "Post" o SET "startDate" = v.start
        FROM unnest(${p.map((x) => x.id)}::text[], ${p.map((x) => x.startDate)}::date[]) AS v(id, start)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id AND o."endDate" IS NULL`;
  }
  if (duties.restart.length) {
    const d = duties.restart;
    await tx.$executeRaw`
      UPDATE "Duty" o SET "startDate" = v.start
        FROM unnest(${d.map((x) => x.id)}::text[], ${d.map((x) => x.startDate)}::date[]) AS v(id, start)
       WHERE o."tenantId" = ${tenantId} AND o."id" = v.id AND o."endDate" IS NULL`;
  }
  if (posts.create.length) {
    const p = posts.create;
    await tx.$executeRaw`
      INSERT INTO "Post" ("id", "tenantId", "unitId", "personId", "role", "startDate", "endDate", "createdAt")
      SELECT v.id, ${tenantId}, v.unit, v.person, v.role::"PostRole", v.start, v.finish, now()
        FROM unnest(${p.map((x) => x.id)}::text[], ${p.map((x) => x.unitId)}::text[], ${p.map((x) => x.personId)}::text[], ${p.map((x) => x.role)}::text[],
                    ${p.map((x) => x.startDate)}::date[], ${p.map((x) => x.endDate)}::date[])
             AS v(id, unit, person, role, start, finish)`;
  }
  if (duties.create.length) {
    const d = duties.create;
    await tx.$executeRaw`
      INSERT INTO "Duty" ("id", "tenantId", "unitId", "personId", "postId", "kind", "startDate", "endDate", "endReason", "createdAt")
      SELECT v.id, ${tenantId}, v.unit, v.person, v.post, v.kind::"DutyKind", v.start, v.finish, CASE WHEN v.finish IS NULL THEN NULL ELSE ${reason} END, now()
        FROM unnest(${d.map((x) => x.id)}::text[], ${d.map((x) => x.unitId)}::text[], ${d.map((x) => x.personId)}::text[], ${d.map((x) => x.postId)}::text[],
                    ${d.map((x) => x.kind)}::text[], ${d.map((x) => x.startDate)}::date[], ${d.map((x) => x.endDate)}::date[])
             AS v(id, unit, person, post, kind, start, finish)`;
    const scope = d.flatMap((x) => x.scopeUnitIds.map((unitId) => [x.id, unitId] as const));
    await tx.$executeRaw`
      INSERT INTO "DutyScopeUnit" ("tenantId", "dutyId", "unitId")
      SELECT ${tenantId}, v.duty, v.unit FROM unnest(${scope.map((x) => x[0])}::text[], ${scope.map((x) => x[1])}::text[]) AS v(duty, unit)`;
  }
  if (accounts.create.length) {
    await tx.userAccount.createMany({
      data: accounts.create.map((a) => ({
        tenantId, personId: a.personId, username: a.username, displayName: a.displayName, passwordHash: passwordHashes.get(a.username)!, mustChangePassword: true,
      })),
    });
  }
}
