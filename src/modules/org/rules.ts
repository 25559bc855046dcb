import type { OrgUnitKind } from '../../generated/prisma/enums.js';

/** Units that have a leadership team (领导班子) and so carry duties. */
export const COMMITTEE_KINDS: readonly OrgUnitKind[] = ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];

export const isCommitteeKind = (kind: OrgUnitKind) => COMMITTEE_KINDS.includes(kind);

/** Rule 2: bureau and party committees must name a direct responsible person. */
export const requiresDirectResponsible = (kind: OrgUnitKind) => kind === 'BUREAU_COMMITTEE' || kind === 'PARTY_COMMITTEE';

/**
 * Which kind of unit may hang under which (DOMAIN.md §1, 三9): the bureau committee is the root and
 * nothing else; a party branch (党支部) is the lowest party organisation and has no units under
 * it; a party committee (党委) does not hang under a general branch (党总支); a 科室 (DEPARTMENT)
 * hangs directly under the bureau committee and holds no units (the OrgUnit_department_parent_rule
 * trigger backs the department part). Offices, sub-bureaus and direct units hang under committees
 * or each other, with their own branches below them.
 */
export function unitKindFitsUnder(parentKind: OrgUnitKind, childKind: OrgUnitKind): boolean {
  if (childKind === 'BUREAU_COMMITTEE') return false;
  if (parentKind === 'BRANCH' || parentKind === 'DEPARTMENT') return false;
  if (childKind === 'DEPARTMENT') return parentKind === 'BUREAU_COMMITTEE';
  if (childKind === 'PARTY_COMMITTEE' && parentKind === 'GENERAL_BRANCH') return false;
  return true;
}
