import { DomainError } from '../errors.js';
import type { UnitScope, Viewer } from './scope.js';

export type PersonViewer = Extract<Viewer, { kind: 'person' }>;
export type DistrictViewer = Extract<Viewer, { kind: 'district' }>;
export type DistrictAdminViewer = Extract<Viewer, { kind: 'districtAdmin' }>;
/** Anyone who may act on a bureau's structure: a bureau person or the bureau's administrator. */
export type StructureViewer = Extract<Viewer, { kind: 'person' | 'bureauAdmin' }>;

/** The refusal for a viewer who is not signed in, or still has to change a one-time password. */
export function notSignedIn(viewer: Viewer): DomainError | undefined {
  if (viewer.kind === 'anonymous') return new DomainError('UNAUTHENTICATED');
  if (viewer.kind === 'passwordChange') return new DomainError('PASSWORD_CHANGE_REQUIRED');
  return undefined;
}

/** The viewer as a person of a bureau, or an error: district roles and bare administrators hold no bureau records. */
export function bureauViewer(viewer: Viewer): PersonViewer {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'person') throw new DomainError('FORBIDDEN', 'district roles see aggregate figures only; administrators see no records');
  return viewer;
}

/**
 * The viewer as someone who sees a bureau's structure: units, people, posts and duties (who may
 * change what is the structure actions of src/authz/actions.ts). Bureau administrators see the whole bureau.
 */
export function structureViewer(viewer: Viewer): StructureViewer & { structure: UnitScope } {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'person' && viewer.kind !== 'bureauAdmin') throw new DomainError('FORBIDDEN', 'only people of a bureau and its administrator see its structure');
  return viewer;
}

export function districtViewer(viewer: Viewer): DistrictViewer {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'district') throw new DomainError('FORBIDDEN', 'only district roles may read district figures');
  return viewer;
}

export function districtAdminViewer(viewer: Viewer): DistrictAdminViewer {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'districtAdmin') throw new DomainError('FORBIDDEN', 'only the district administrator may do this');
  return viewer;
}

/**
 * The viewer as a body that may decide on assessments, ratings and accountability: a person of a
 * bureau or a district role (which of them decides what is src/authz/deciders.ts). Administrators
 * and accounts still on a one-time password decide nothing.
 */
export function assertDeciderViewer(viewer: Viewer): asserts viewer is PersonViewer | DistrictViewer {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'person' && viewer.kind !== 'district') throw new DomainError('FORBIDDEN', 'administrators decide no assessments, ratings or measures');
}

/**
 * Who may read a tenant's audit trail: the first and the direct responsible person of the tenant
 * root (局党委书记 and the member in charge of ideological work). They already see every record of
 * the bureau, so the trail shows them nothing they could not see; everyone else would learn of
 * records outside their scope from it. Returns the tenant whose chain they may read.
 */
export function auditTrailReader(viewer: Viewer): { tenantId: string } {
  const person = bureauViewer(viewer);
  if (!person.leadsBureau) {
    throw new DomainError('FORBIDDEN', '审计日志仅限局党委第一责任人、直接责任人查阅 (only the first and direct responsible people of the bureau committee may read the audit trail)');
  }
  return { tenantId: person.tenantId };
}

/** Whether the viewer may read the audit trail (auditTrailReader answers without an error). */
export function readsAuditTrail(viewer: Viewer): boolean {
  try {
    auditTrailReader(viewer);
    return true;
  } catch {
    return false;
  }
}
