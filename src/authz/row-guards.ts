import type { Context } from '../context.js';

/**
 * One place that says, for every object type, whether the viewer may see a given row. The
 * graphql-shield rules (second layer) are built from these, and `node`/`nodes` use them to answer
 * null for a row the viewer may not see, exactly as for one that does not exist. Lists never rely
 * on them: they are filtered in SQL first. Guards read only the row, the context and per-request
 * batched loaders, so they add no statement per row.
 */
// biome-ignore lint: rows are Prisma models of many shapes
type AnyRow = any;
export type RowGuard = (row: AnyRow, ctx: Context) => boolean | Promise<boolean>;

const personViewer = (ctx: Context) => (ctx.viewer.kind === 'person' ? ctx.viewer : undefined);

/** A unit row: checked in memory against the scope (the row carries its ancestry). */
export const unitRowVisible: RowGuard = (unit, ctx) => !!personViewer(ctx)?.scope.canSeeUnit(unit);

/** A row that belongs to a unit (post, duty, record …): visible exactly when its unit is. */
export const ownedByVisibleUnit: RowGuard = (row, ctx) => {
  const viewer = personViewer(ctx);
  return !!viewer && row.tenantId === viewer.tenantId && ctx.loaders.visibleUnit.load(row.unitId);
};

export const rowGuards: Record<string, RowGuard> = {
  OrgUnit: unitRowVisible,
  Post: ownedByVisibleUnit,
  Duty: ownedByVisibleUnit,
  Person: (person, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && person.tenantId === viewer.tenantId && ctx.loaders.visiblePerson.load(person.id);
  },
  Tenant: (tenant, ctx) =>
    (ctx.viewer.kind === 'person' && tenant.id === ctx.viewer.tenantId) ||
    (ctx.viewer.kind === 'district' && tenant.districtId === ctx.viewer.districtId),
  District: async (district, ctx) => {
    if (ctx.viewer.kind === 'district') return district.id === ctx.viewer.districtId;
    if (ctx.viewer.kind !== 'person') return false;
    const tenant = await ctx.prisma.tenant.findUnique({ where: { id: ctx.viewer.tenantId }, select: { districtId: true } });
    return tenant?.districtId === district.id;
  },
  Notification: (n, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && n.tenantId === viewer.tenantId && n.recipientPersonId === viewer.personId &&
      (n.unitId === null || ctx.loaders.visibleUnit.load(n.unitId));
  },
  /** An event of the viewer's own bureau, for a reader of its audit trail (one query per request). */
  AuditEvent: (event, ctx) => {
    const viewer = personViewer(ctx);
    return !!viewer && event.tenantId === viewer.tenantId && event.chainKey === viewer.tenantId &&
      ctx.loaders.readsAuditTrail.load(viewer.tenantId);
  },
};

export async function rowIsVisible(typename: string, row: unknown, ctx: Context): Promise<boolean> {
  const guard = rowGuards[typename];
  return !!row && !!guard && !!(await guard(row, ctx));
}
