import type { DistrictRole } from '../generated/prisma/enums.js';
import { DomainError } from '../errors.js';
import { DISTRICT_ROLE_NAMES } from '../lib/labels.js';
import { districtViewer, type DistrictViewer } from './guards.js';
import type { Viewer } from './scope.js';

/**
 * 区级机关的职责 — what each district role does in the bureaus of its district besides reading the
 * district overview (DOMAIN.md §3; plan 三11, 三(四)12, 四(一)). One table, read by the services
 * (enforcement), by the list filters below (what each role sees) and by the row guards. Deciding on
 * assessments and accountability is src/authz/deciders.ts.
 * - INSPECT: 区委宣传部 conducts the annual 专项督查 of each bureau (三11 "区委宣传部门…专项督查"), records
 *   its findings and the rectification required, and reads the bureaus' answers.
 * - OVERSEE_CHANNELS: 区委网信办 leads network ideological security (三(四)12 "区委网信办牵头"): it reads
 *   the channel ledger of every bureau (unit-level data and the responsible contact), their zero
 *   reports, and records its own reviews.
 * - RECEIVE_REPORTS: the roles the plan addresses reports to (主送 区委, 抄送 区委宣传部) read the
 *   annual and special reports per bureau.
 * - DEFINE_TEAM_INDICATORS: 区委组织部 defines the indicator sets the bureau committee's team and its
 *   members are assessed by, or approves a version the bureau proposes (三(三)10 建立考核制度, 四(二)
 *   纳入领导班子和领导干部年度考核; issue 21 item 4: the assessed do not set their yardstick).
 * District roles hold no other person-level record of a bureau.
 */
export type DistrictDuty = 'INSPECT' | 'OVERSEE_CHANNELS' | 'RECEIVE_REPORTS' | 'DEFINE_TEAM_INDICATORS';

export const DISTRICT_DUTIES: Readonly<Record<DistrictDuty, readonly DistrictRole[]>> = {
  INSPECT: ['PROPAGANDA_DEPARTMENT'],
  OVERSEE_CHANNELS: ['CYBERSPACE_OFFICE'],
  RECEIVE_REPORTS: ['DISTRICT_COMMITTEE', 'PROPAGANDA_DEPARTMENT'],
  DEFINE_TEAM_INDICATORS: ['ORGANISATION_DEPARTMENT'],
};

/** Whether the viewer is a district role with `duty`. */
export function hasDistrictDuty(viewer: Viewer, duty: DistrictDuty): viewer is DistrictViewer {
  return viewer.kind === 'district' && DISTRICT_DUTIES[duty].includes(viewer.role);
}

/** The viewer as a district role with `duty`, or FORBIDDEN (UNAUTHENTICATED when not signed in). */
export function districtDutyViewer(viewer: Viewer, duty: DistrictDuty): DistrictViewer {
  const district = districtViewer(viewer);
  if (!DISTRICT_DUTIES[duty].includes(district.role)) {
    const roles = DISTRICT_DUTIES[duty];
    throw new DomainError('FORBIDDEN', `只有${roles.map((r) => DISTRICT_ROLE_NAMES[r]).join('、')}可以办理 (only ${roles.join(', ')} may do this)`);
  }
  return district;
}
