import type { ErrorCode } from '../../errors.js';
import type { DutyKind, OrgUnitKind, PostRole } from '../../generated/prisma/enums.js';
import { isCommitteeKind, requiresDirectResponsible } from '../org/rules.js';

/**
 * The rules of the responsibility system (DOMAIN.md §2) as pure functions over a team. The
 * single mutations (service.ts) check one change against the unit's current team with them; the
 * org-chart import checks every team of a workbook with them before writing; the deferred
 * `zeren_check_unit_duties` trigger re-checks the same rules at COMMIT.
 */

/** Leadership team (领导班子) roles: everyone but a plain member. */
export const TEAM_ROLES: readonly PostRole[] = ['SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER'];
export const isTeamRole = (role: PostRole) => TEAM_ROLES.includes(role);

/** Rules 1, 2 and 5: whether a post of this role may hold a duty of this kind (null: it may). */
export function dutyKindRefusal(role: PostRole, kind: DutyKind): ErrorCode | null {
  if (!isTeamRole(role)) return 'DUTY_HOLDER_NOT_TEAM_MEMBER';
  if (kind === 'FIRST_RESPONSIBLE' && role !== 'SECRETARY') return 'FIRST_RESPONSIBLE_NOT_SECRETARY';
  if (kind !== 'FIRST_RESPONSIBLE' && role === 'SECRETARY') {
    return kind === 'DIRECT_RESPONSIBLE' ? 'DIRECT_RESPONSIBLE_IS_SECRETARY' : 'FIRST_RESPONSIBLE_NOT_SECRETARY';
  }
  return null;
}

/** Rule 4: a scope unit lies in the committee's own subtree (its ancestry names the committee). */
export const scopeUnitInsideSubtree = (committeeId: string, scopeUnitAncestorIds: readonly string[]) =>
  scopeUnitAncestorIds.includes(committeeId);

export interface TeamPost<K> {
  /** Whatever identifies the holder to the caller (a person id, a spreadsheet row). */
  key: K;
  role: PostRole;
  duty?: { kind: DutyKind; scopeUnitIds: readonly string[] } | null;
}

export interface TeamViolation<K> {
  code: ErrorCode;
  /** The post the violation is about; absent when it is about the team as a whole. */
  key?: K;
}

/**
 * Rules 1–5 for one unit's whole active team, all violations at once. `insideSubtree` answers
 * rule 4 for a scope unit id. Mirrors `zeren_check_unit_duties` (the backstop at COMMIT).
 */
export function teamViolations<K>(
  unit: { id: string; kind: OrgUnitKind }, posts: readonly TeamPost<K>[], insideSubtree: (scopeUnitId: string) => boolean,
): TeamViolation<K>[] {
  const out: TeamViolation<K>[] = [];
  const committee = isCommitteeKind(unit.kind);
  if (!committee) {
    for (const p of posts) if (isTeamRole(p.role) || p.duty) out.push({ code: 'NOT_COMMITTEE_UNIT', key: p.key });
    return out;
  }
  const secretaries = posts.filter((p) => p.role === 'SECRETARY');
  const members = posts.filter((p) => p.role === 'DEPUTY_SECRETARY' || p.role === 'COMMITTEE_MEMBER');
  for (const extra of secretaries.slice(1)) out.push({ code: 'FIRST_RESPONSIBLE_NOT_SECRETARY', key: extra.key });
  if (members.length && !secretaries.length) out.push({ code: 'FIRST_RESPONSIBLE_REQUIRED' });
  const directs = posts.filter((p) => p.duty?.kind === 'DIRECT_RESPONSIBLE');
  for (const extra of directs.slice(1)) out.push({ code: 'DIRECT_RESPONSIBLE_TAKEN', key: extra.key });
  if (requiresDirectResponsible(unit.kind) && members.length && !directs.length) out.push({ code: 'DIRECT_RESPONSIBLE_REQUIRED' });
  for (const p of posts) {
    if (p.duty) {
      const refusal = dutyKindRefusal(p.role, p.duty.kind);
      if (refusal) out.push({ code: refusal, key: p.key });
      else if (p.duty.kind === 'DUAL_DUTY' && !p.duty.scopeUnitIds.length) out.push({ code: 'DUAL_DUTY_EMPTY_SCOPE', key: p.key });
      else if (p.duty.kind === 'DUAL_DUTY' && p.duty.scopeUnitIds.some((id) => !insideSubtree(id))) out.push({ code: 'SCOPE_OUTSIDE_SUBTREE', key: p.key });
      else if (p.duty.kind !== 'DUAL_DUTY' && p.duty.scopeUnitIds.some((id) => id !== unit.id)) out.push({ code: 'SCOPE_OUTSIDE_SUBTREE', key: p.key });
    } else if (p.role === 'DEPUTY_SECRETARY' || p.role === 'COMMITTEE_MEMBER') {
      out.push({ code: 'MEMBER_WITHOUT_DUTY', key: p.key });
    }
  }
  return out;
}
