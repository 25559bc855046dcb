import { DomainError } from '../errors.js';
import type { Viewer } from './scope.js';

export type PersonViewer = Extract<Viewer, { kind: 'person' }>;
export type DistrictViewer = Extract<Viewer, { kind: 'district' }>;

/** The viewer as a person of a bureau, or an error: district roles hold no bureau records. */
export function bureauViewer(viewer: Viewer): PersonViewer {
  if (viewer.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED');
  if (viewer.kind !== 'person') throw new DomainError('FORBIDDEN', 'district roles see aggregate figures only');
  return viewer;
}

export function districtViewer(viewer: Viewer): DistrictViewer {
  if (viewer.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED');
  if (viewer.kind !== 'district') throw new DomainError('FORBIDDEN', 'only district roles may read district figures');
  return viewer;
}
