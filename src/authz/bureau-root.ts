/**
 * The bureau root (局党委): the one unit of a bureau with no parent (issue 20: one home, where it
 * was found by `depth: 0`, `parentId: null` and `viewer.bureauRootId` in turn). An OrgUnit filter;
 * SQL writes the same as `"parentId" IS NULL` (the viewer statement in scope.ts, which hands it on
 * as `viewer.bureauRootId`). Database rules keep it unique: tenancy creates it, the org chart never
 * moves a unit to the top.
 */
export const BUREAU_ROOT = { parentId: null } as const;
