import type { Tx } from '../../db/transaction.js';
import type { ImportPlan } from './validate.js';

/**
 * Writes an import plan with a constant number of statements, whatever its size: one INSERT per
 * kind of row (createMany) and one `UPDATE … FROM unnest(…)` per kind of change. The order keeps
 * the immediate unique indexes happy (end before start: no transient second secretary or direct
 * responsible person); the deferred `*_duties_rule` triggers re-check every touched team at
 * COMMIT, so a plan that slipped past the checks in validate.ts still cannot commit a broken team.
 */
export async function applyPlan(
  tx: Tx, tenantId: string, plan: ImportPlan, passwordHashes: ReadonlyMap<string, string>, reason: string,
): Promise<void> {
  const { units, people, posts, duties, accounts } = plan;
  if (units.create.length) {
    await tx.orgUnit.createMany({
      data: units.create.map((u) => ({
        id: u.id, tenantId, code: u.code, name: u.name, kind: u.kind, parentId: u.parentId, ancestorIds: u.ancestorIds, depth: u.depth, sortOrder: u.sortOrder,
      })),
    });
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
    await tx.person.createMany({ data: people.create.map((p) => ({ id: p.id, tenantId, code: p.code, name: p.name, jobTitle: p.jobTitle })) });
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
  if (posts.create.length) {
    await tx.post.createMany({ data: posts.create.map((p) => ({ id: p.id, tenantId, unitId: p.unitId, personId: p.personId, role: p.role, startDate: p.startDate })) });
  }
  if (duties.create.length) {
    await tx.duty.createMany({
      data: duties.create.map((d) => ({ id: d.id, tenantId, unitId: d.unitId, personId: d.personId, postId: d.postId, kind: d.kind, startDate: d.startDate })),
    });
    await tx.dutyScopeUnit.createMany({ data: duties.create.flatMap((d) => d.scopeUnitIds.map((unitId) => ({ tenantId, dutyId: d.id, unitId }))) });
  }
  if (accounts.create.length) {
    await tx.userAccount.createMany({
      data: accounts.create.map((a) => ({
        tenantId, personId: a.personId, username: a.username, displayName: a.displayName, passwordHash: passwordHashes.get(a.username)!, mustChangePassword: true,
      })),
    });
  }
}
