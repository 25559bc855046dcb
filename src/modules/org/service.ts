import { OPEN_ROW } from '../../authz/in-force.js';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actionScope, assertMayAct, type Action } from '../../authz/actions.js';
import { structureViewer } from '../../authz/guards.js';
import { scopeUnitSql } from '../../authz/visibility.js';
import type { UnitScope, Viewer } from '../../authz/scope.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, lockTree, lockUnitRows, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { Prisma, type OrgUnit } from '../../generated/prisma/client.js';
import type { OrgUnitKind } from '../../generated/prisma/enums.js';
import { parseInput } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { unitKindFitsUnder } from './rules.js';

const unitName = z.string().trim().min(1, 'name is required').max(100, 'name is at most 100 characters');

export interface UnitListFilter {
  kinds?: readonly OrgUnitKind[] | null;
  /** Raw unit id: only this unit and its descendants. */
  subtreeOf?: string | null;
  nameContains?: string | null;
  includeArchived?: boolean | null;
  /** Only archived units. */
  archivedOnly?: boolean | null;
}

/**
 * The units a list shows: the viewer's visible units, narrowed by the filter. One definition for
 * the `orgUnits` query and the ORG_UNITS ledger, so that the two cannot drift apart.
 */
export function unitListWhere(scope: UnitScope, filter: UnitListFilter | null | undefined): Prisma.OrgUnitWhereInput {
  const and: Prisma.OrgUnitWhereInput[] = [scope.unitWhere()];
  if (filter?.archivedOnly) and.push({ archivedAt: { not: null } });
  else if (!filter?.includeArchived) and.push({ archivedAt: null });
  if (filter?.kinds?.length) and.push({ kind: { in: [...filter.kinds] } });
  if (filter?.subtreeOf) and.push(scope.subtreeWhere(filter.subtreeOf));
  if (filter?.nameContains) and.push({ name: { contains: filter.nameContains.slice(0, 100) } });
  return { AND: and };
}

/**
 * unitListWhere as an SQL condition on "OrgUnit" `u`, for the list's raw id page (issue 24, lever 2:
 * the page's ids and the list's size in one statement, src/lib/reload.ts). The scope comes from
 * src/authz (scopeUnitSql, the SQL form of UnitScope.unitWhere); archived and kinds as above. Null
 * for a filter this form does not cover (subtreeOf, nameContains): the list then pages with Prisma.
 * test/org/list-sql.test.ts checks that both forms list the same units.
 */
export function unitListSql(scope: UnitScope, filter: UnitListFilter | null | undefined): Prisma.Sql | null {
  if (filter?.subtreeOf || filter?.nameContains) return null;
  const and: Prisma.Sql[] = [scopeUnitSql(scope, 'u')];
  if (filter?.archivedOnly) and.push(Prisma.sql`u."archivedAt" IS NOT NULL`);
  else if (!filter?.includeArchived) and.push(Prisma.sql`u."archivedAt" IS NULL`);
  if (filter?.kinds?.length) and.push(Prisma.sql`u."kind"::text = ANY(${[...filter.kinds]}::text[])`);
  return Prisma.join(and, ' AND ');
}

/** A unit the viewer may see, or NOT_FOUND (the same answer for "does not exist" and "not yours"). */
export async function visibleUnit(db: PrismaClient | Tx, scope: UnitScope, unitId: string): Promise<OrgUnit> {
  const unit = await db.orgUnit.findFirst({ where: { id: unitId, ...scope.unitWhere() } });
  if (!unit) throw notFound('unit');
  return unit;
}

/**
 * A unit the viewer may see — through the scope the action reads: records, or the structure that
 * an administrator sees whole — and may act on (the table in src/authz/actions.ts). NOT_FOUND when
 * the viewer cannot see it, exactly as if it were missing; FORBIDDEN naming the action when they
 * see it but may not. `owners`: the person ids the row acted on names (its responsible person …).
 */
export async function actableUnit(
  db: PrismaClient | Tx, viewer: Viewer, action: Action, unitId: string, owners: readonly (string | null | undefined)[] = [],
): Promise<OrgUnit> {
  const unit = await visibleUnit(db, actionScope(viewer, action), unitId);
  assertMayAct(viewer, action, unit, owners);
  return unit;
}

async function assertSiblingNameFree(tx: Tx, tenantId: string, parentId: string, name: string, exceptId?: string) {
  const clash = await tx.orgUnit.findFirst({
    where: { tenantId, parentId, name, archivedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new DomainError('BAD_USER_INPUT', `a unit named ${name} already exists here`, { field: 'name' });
}

export async function createUnit(
  prisma: PrismaClient,
  viewer: Viewer,
  input: { parentId: string; kind: OrgUnitKind; name: string; sortOrder?: number | null },
): Promise<OrgUnit> {
  const { structure: scope } = structureViewer(viewer);
  const name = parseInput(unitName, input.name, 'name');
  if (input.kind === 'BUREAU_COMMITTEE') {
    throw new DomainError('BAD_USER_INPUT', 'a bureau has exactly one bureau committee, its root', { field: 'kind' });
  }
  return inTransaction(prisma, async (tx) => {
    // Shared tree lock (no move runs meanwhile, so the parent's ancestry stays as read), then the
    // parent's row lock (an archive of it waits for this commit, or this waits and sees it archived).
    await lockTree(tx, scope.tenantId, 'shared');
    await lockUnitRows(tx, scope.tenantId, [input.parentId], 'share');
    const parent = await actableUnit(tx, viewer, 'CHANGE_UNITS', input.parentId);
    if (parent.archivedAt) throw new DomainError('BAD_USER_INPUT', 'the parent unit is archived', { field: 'parentId' });
    if (!unitKindFitsUnder(parent.kind, input.kind)) throw new DomainError('UNIT_KIND_NOT_ALLOWED', undefined, { field: 'kind' });
    await assertSiblingNameFree(tx, parent.tenantId, parent.id, name);
    const id = randomUUID();
    const unit = await tx.orgUnit.create({
      data: {
        id,
        tenantId: parent.tenantId,
        parentId: parent.id,
        kind: input.kind,
        name,
        ancestorIds: [...parent.ancestorIds, id],
        depth: parent.depth + 1,
        sortOrder: input.sortOrder ?? 0,
      },
    });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'unit.create', entityType: 'OrgUnit', entityId: id, after: unit });
    return unit;
  });
}

export async function renameUnit(prisma: PrismaClient, viewer: Viewer, input: { unitId: string; name: string }) {
  const { structure: scope } = structureViewer(viewer);
  const name = parseInput(unitName, input.name, 'name');
  return inTransaction(prisma, async (tx) => {
    // The name is part of the tree key of the unit and its whole subtree (issue 13), which the
    // rename's trigger recomputes from what it reads: the bureau's tree lock, exclusive, keeps a
    // create below the unit (shared) from committing a child keyed under the old name meanwhile.
    await lockTree(tx, scope.tenantId, 'exclusive');
    const unit = await actableUnit(tx, viewer, 'CHANGE_UNITS', input.unitId);
    if (unit.parentId) await assertSiblingNameFree(tx, unit.tenantId, unit.parentId, name, unit.id);
    const renamed = await tx.orgUnit.update({ where: { id: unit.id }, data: { name } });
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'unit.rename', entityType: 'OrgUnit', entityId: unit.id,
      before: { name: unit.name }, after: { name },
    });
    return renamed;
  });
}

/**
 * Moves a unit and its subtree under a new parent of the same bureau: one UPDATE rewrites the
 * ancestry of the whole subtree. Duty scopes that would leave their committee's subtree are
 * refused (rule 4) by the deferred database check.
 */
export async function moveUnit(prisma: PrismaClient, viewer: Viewer, input: { unitId: string; newParentId: string }) {
  const { structure: scope } = structureViewer(viewer);
  return inTransaction(prisma, async (tx) => {
    // The bureau's tree lock comes first and both units are read after it: a move that committed
    // while this one waited has changed the ancestry the cycle check reads (A under B and B under
    // A at once would otherwise both pass and make A its own ancestor).
    await lockTree(tx, scope.tenantId, 'exclusive');
    const unit = await actableUnit(tx, viewer, 'CHANGE_UNITS', input.unitId);
    const parent = await actableUnit(tx, viewer, 'CHANGE_UNITS', input.newParentId);
    if (!unit.parentId) throw new DomainError('INVALID_MOVE', 'the bureau committee is the root and cannot move');
    if (parent.ancestorIds.includes(unit.id)) throw new DomainError('INVALID_MOVE');
    if (parent.archivedAt) throw new DomainError('BAD_USER_INPUT', 'the new parent unit is archived', { field: 'newParentId' });
    if (parent.id === unit.parentId) return unit;
    if (!unitKindFitsUnder(parent.kind, unit.kind)) throw new DomainError('UNIT_KIND_NOT_ALLOWED', undefined, { field: 'newParentId' });
    await assertSiblingNameFree(tx, unit.tenantId, parent.id, unit.name, unit.id);
    await tx.$executeRaw`
      UPDATE "OrgUnit"
         SET "ancestorIds" = ${parent.ancestorIds}::text[] || "ancestorIds"[${unit.depth + 1}:],
             "depth" = "depth" - ${unit.depth}::int + ${parent.depth + 1}::int,
             "parentId" = CASE WHEN "id" = ${unit.id} THEN ${parent.id} ELSE "parentId" END,
             "updatedAt" = now()
       WHERE "tenantId" = ${unit.tenantId} AND "ancestorIds" @> ARRAY[${unit.id}]::text[]`;
    const moved = await tx.orgUnit.findUniqueOrThrow({ where: { id: unit.id } });
    await recordAudit(tx, viewer, {
      tenantId: unit.tenantId, action: 'unit.move', entityType: 'OrgUnit', entityId: unit.id,
      before: { parentId: unit.parentId }, after: { parentId: parent.id },
    });
    return moved;
  });
}

/** Archives an empty unit: no active children, no active posts, named in no active duty scope. */
export async function archiveUnit(prisma: PrismaClient, viewer: Viewer, input: { unitId: string }) {
  const { structure: scope } = structureViewer(viewer);
  return inTransaction(prisma, async (tx) => {
    // The unit's row lock before counting: a child, post or duty scope being added holds a share
    // lock on it, so the count below waits for that commit and sees it; later ones wait for this
    // archive and then find the unit archived (the database triggers check the same).
    await lockTree(tx, scope.tenantId, 'shared');
    await lockUnitRows(tx, scope.tenantId, [input.unitId], 'update');
    const unit = await actableUnit(tx, viewer, 'CHANGE_UNITS', input.unitId);
    if (!unit.parentId) throw new DomainError('BAD_USER_INPUT', 'the bureau committee cannot be archived', { field: 'unitId' });
    if (unit.archivedAt) return unit;
    const [children, posts, scopes] = await Promise.all([
      tx.orgUnit.count({ where: { tenantId: unit.tenantId, parentId: unit.id, archivedAt: null } }),
      tx.post.count({ where: { tenantId: unit.tenantId, unitId: unit.id, ...OPEN_ROW } }),
      tx.dutyScopeUnit.count({ where: { tenantId: unit.tenantId, unitId: unit.id, duty: OPEN_ROW } }),
    ]);
    if (children || posts || scopes) {
      throw new DomainError('UNIT_NOT_EMPTY', undefined, { activeChildren: children, activePosts: posts, dutyScopes: scopes });
    }
    const archived = await tx.orgUnit.update({ where: { id: unit.id }, data: { archivedAt: new Date() } });
    await recordAudit(tx, viewer, { tenantId: unit.tenantId, action: 'unit.archive', entityType: 'OrgUnit', entityId: unit.id });
    return archived;
  });
}
