import type { OrgUnitKind } from '../../generated/prisma/enums.js';

/** Units that have a leadership team (领导班子) and so carry duties. */
export const COMMITTEE_KINDS: readonly OrgUnitKind[] = ['BUREAU_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'];

export const isCommitteeKind = (kind: OrgUnitKind) => COMMITTEE_KINDS.includes(kind);

/** Rule 2: bureau and party committees must name a direct responsible person. */
export const requiresDirectResponsible = (kind: OrgUnitKind) => kind === 'BUREAU_COMMITTEE' || kind === 'PARTY_COMMITTEE';
