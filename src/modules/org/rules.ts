import type { OrgUnitKind } from '../../generated/prisma/enums.js';

/** Units that have a leadership team (领导班子) and so carry duties. */
export const COMMITTEE_KINDS: readonly OrgUnitKind[] = ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];

export const isCommitteeKind = (kind: OrgUnitKind) => COMMITTEE_KINDS.includes(kind);

/** Rule 2: bureau and party committees must name a direct responsible person. */
export const requiresDirectResponsible = (kind: OrgUnitKind) => kind === 'BUREAU_COMMITTEE' || kind === 'PARTY_COMMITTEE';

/**
 * Which kinds may hang where (the migration's OrgUnit_department_parent_rule trigger backs it):
 * a 科室 (DEPARTMENT, 三9) hangs directly under the bureau committee, and no unit hangs under a
 * department. Every other kind may hang under any unit but a department (the bureau committee is
 * the root and never hangs anywhere).
 */
export function mayHangUnder(kind: OrgUnitKind, parentKind: OrgUnitKind): boolean {
  if (parentKind === 'DEPARTMENT') return false;
  if (kind === 'DEPARTMENT') return parentKind === 'BUREAU_COMMITTEE';
  return kind !== 'BUREAU_COMMITTEE';
}
