import type { DistrictRole, DutyKind, PostRole } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../db/client.js';
import { todayInChina } from '../lib/dates.js';

/**
 * What a person may see in their bureau, computed once per request from their active posts and
 * duties (DOMAIN.md §3):
 * - first or direct responsible person of a unit: that unit's whole subtree;
 * - dual duty ("一岗双责"): the subtrees in the duty's scope, plus the committee unit itself;
 * - any other post: that unit only.
 * `subtreeRoots` are matched against each unit's ancestry (`ancestorIds && roots`, GIN-indexed);
 * `singleUnits` by id. Everything that belongs to a unit is visible exactly when its unit is.
 */
/**
 * What each duty kind (and plain membership) grants the viewer, kept apart so that what they may
 * *do* can differ by duty (src/authz/actions.ts): subtree roots for the three duties, unit ids for
 * MEMBER (the units of their posts, and a dual-duty member's own committee).
 */
export interface ScopeGrants {
  FIRST_RESPONSIBLE: readonly string[];
  DIRECT_RESPONSIBLE: readonly string[];
  DUAL_DUTY: readonly string[];
  MEMBER: readonly string[];
}

export const NO_GRANTS: ScopeGrants = { FIRST_RESPONSIBLE: [], DIRECT_RESPONSIBLE: [], DUAL_DUTY: [], MEMBER: [] };

export class UnitScope {
  private readonly roots: ReadonlySet<string>;
  private readonly singles: ReadonlySet<string>;

  constructor(
    readonly tenantId: string,
    readonly subtreeRoots: readonly string[],
    readonly singleUnits: readonly string[],
    /** Units whose subtree the viewer leads (first or direct responsible): they may change it. */
    readonly managedRoots: readonly string[],
    /** The same, by duty kind: what src/authz/actions.ts reads to decide who may act where. */
    readonly grants: ScopeGrants = NO_GRANTS,
  ) {
    this.roots = new Set(subtreeRoots);
    this.singles = new Set(singleUnits);
  }

  static empty(tenantId: string) {
    return new UnitScope(tenantId, [], [], []);
  }

  /** The units the viewer may see, as a Prisma filter (runs in SQL on the GIN index). */
  unitWhere(): Prisma.OrgUnitWhereInput {
    const anyOf: Prisma.OrgUnitWhereInput[] = [];
    if (this.subtreeRoots.length) anyOf.push({ ancestorIds: { hasSome: [...this.subtreeRoots] } });
    if (this.singleUnits.length) anyOf.push({ id: { in: [...this.singleUnits] } });
    return { tenantId: this.tenantId, OR: anyOf.length ? anyOf : [{ id: { in: [] } }] };
  }

  /**
   * The subtree of `rootId` (the unit and everything below it), provided the viewer sees that root:
   * a filter naming a hidden unit matches nothing, exactly like one naming a missing unit, so it
   * cannot reveal that the hidden unit is an ancestor of visible ones (issue 10: every id an
   * operation takes is resolved through the caller's scope). One EXISTS on the same GIN-indexed scope.
   */
  subtreeWhere(rootId: string): Prisma.OrgUnitWhereInput {
    return { ancestorIds: { has: rootId }, tenant: { units: { some: { AND: [{ id: rootId }, this.unitWhere()] } } } };
  }

  /** Rows that hang off a unit (posts, duties, records …) are visible when their unit is. */
  viaUnit(): { tenantId: string; unit: Prisma.OrgUnitWhereInput } {
    return { tenantId: this.tenantId, unit: this.unitWhere() };
  }

  canSeeUnit(unit: { tenantId: string; id: string; ancestorIds: readonly string[] }): boolean {
    if (unit.tenantId !== this.tenantId) return false;
    return this.singles.has(unit.id) || unit.ancestorIds.some((id) => this.roots.has(id));
  }

}

export interface ActiveDuty {
  id: string;
  kind: DutyKind;
  unitId: string;
  scopeUnitIds: string[];
}

export interface ActivePost {
  id: string;
  unitId: string;
  role: PostRole;
}

/** The same rules as a pure function, used by scope computation and by tests' reference model. */
export function scopeFrom(tenantId: string, posts: readonly ActivePost[], duties: readonly ActiveDuty[]): UnitScope {
  const roots = new Set<string>();
  const singles = new Set<string>();
  const managed = new Set<string>();
  const grants = { FIRST_RESPONSIBLE: new Set<string>(), DIRECT_RESPONSIBLE: new Set<string>(), DUAL_DUTY: new Set<string>(), MEMBER: new Set<string>() };
  for (const post of posts) {
    singles.add(post.unitId);
    grants.MEMBER.add(post.unitId);
  }
  for (const duty of duties) {
    if (duty.kind === 'DUAL_DUTY') {
      singles.add(duty.unitId);
      grants.MEMBER.add(duty.unitId);
      for (const id of duty.scopeUnitIds) {
        roots.add(id);
        grants.DUAL_DUTY.add(id);
      }
    } else {
      roots.add(duty.unitId);
      managed.add(duty.unitId);
      grants[duty.kind].add(duty.unitId);
    }
  }
  return new UnitScope(tenantId, [...roots], [...singles].filter((id) => !roots.has(id)), [...managed], {
    FIRST_RESPONSIBLE: [...grants.FIRST_RESPONSIBLE],
    DIRECT_RESPONSIBLE: [...grants.DIRECT_RESPONSIBLE],
    DUAL_DUTY: [...grants.DUAL_DUTY],
    MEMBER: [...grants.MEMBER],
  });
}

/**
 * Who is asking. Bureau people carry two scopes: `scope` for records (risks, cases, assessments,
 * work records, plans …), from their posts and duties; and `structure` for the bureau's structure
 * (units, people, posts, duties), which is the same scope for everyone but a bureau administrator,
 * whose structure scope is the whole bureau and who may change it. A bureau administrator without
 * a person (`bureauAdmin`) sees the structure and no records at all.
 * An account still on a one-time password is `passwordChange`: it holds no scope of any kind, so
 * that nothing but `changePassword` can serve it even if a rule forgot to refuse it.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'passwordChange'; userId: string; username: string }
  | {
      kind: 'person';
      userId: string;
      username: string;
      tenantId: string;
      personId: string;
      scope: UnitScope;
      structure: UnitScope;
      /** Also the administrator of the bureau. */
      administers: boolean;
    }
  | {
      kind: 'bureauAdmin';
      userId: string;
      username: string;
      tenantId: string;
      structure: UnitScope;
    }
  | {
      kind: 'district';
      userId: string;
      username: string;
      districtId: string;
      role: DistrictRole;
    }
  | {
      kind: 'districtAdmin';
      userId: string;
      username: string;
      districtId: string;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** The whole bureau, as an administrator sees and changes its structure. */
export function wholeBureau(tenantId: string, rootUnitId: string | undefined): UnitScope {
  return rootUnitId ? new UnitScope(tenantId, [rootUnitId], [], [rootUnitId]) : UnitScope.empty(tenantId);
}

/** Posts and duties in force on `today`: started, and not ended (effective-dated [start, end)). */
export function inForceOn(today: Date) {
  return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gt: today } }] };
}

export interface LoadViewerOptions {
  /** The token's session version: an account whose version moved on (disabled, reset, password changed) is anonymous. */
  sessionVersion?: number;
  /** The clock: posts and duties that start later grant nothing yet. */
  now?: Date;
}

/**
 * Loads an account and computes its viewer in one query. Disabled or unknown accounts, and tokens
 * of an older session version, are anonymous.
 */
export async function loadViewer(prisma: PrismaClient, userId: string, options: LoadViewerOptions = {}): Promise<Viewer> {
  const inForce = inForceOn(todayInChina(options.now ?? new Date()));
  const account = await prisma.userAccount.findUnique({
    where: { id: userId },
    include: {
      person: {
        include: {
          posts: { where: inForce, select: { id: true, unitId: true, role: true } },
          duties: {
            where: inForce,
            select: { id: true, kind: true, unitId: true, scope: { select: { unitId: true } } },
          },
        },
      },
      tenant: { select: { units: { where: { parentId: null }, select: { id: true } } } },
    },
  });
  if (!account || account.disabledAt) return ANONYMOUS;
  if (options.sessionVersion !== undefined && options.sessionVersion !== account.sessionVersion) return ANONYMOUS;
  const signedIn = { userId: account.id, username: account.username };
  if (account.mustChangePassword) return { kind: 'passwordChange', ...signedIn };
  const administered = account.isAdministrator && account.tenantId ? wholeBureau(account.tenantId, account.tenant?.units[0]?.id) : undefined;
  if (account.person && account.tenantId) {
    const duties = account.person.duties.map((d) => ({
      id: d.id,
      kind: d.kind,
      unitId: d.unitId,
      scopeUnitIds: d.scope.map((s) => s.unitId),
    }));
    const scope = scopeFrom(account.tenantId, account.person.posts, duties);
    return {
      kind: 'person',
      ...signedIn,
      tenantId: account.tenantId,
      personId: account.person.id,
      scope,
      structure: administered ?? scope,
      administers: !!administered,
    };
  }
  if (administered && account.tenantId) return { kind: 'bureauAdmin', ...signedIn, tenantId: account.tenantId, structure: administered };
  if (account.districtId && account.districtRole) {
    return { kind: 'district', ...signedIn, districtId: account.districtId, role: account.districtRole };
  }
  if (account.districtId && account.isAdministrator) return { kind: 'districtAdmin', ...signedIn, districtId: account.districtId };
  return ANONYMOUS;
}

/**
 * A `subtreeOf` filter for any viewer: through the scope the viewer's rows are filtered by (the
 * records scope of a person, the structure scope of a bureau administrator); district roles, whose
 * rows are already limited to what they decide on, filter by ancestry alone.
 */
export function subtreeOfWhere(viewer: Viewer, rootId: string): Prisma.OrgUnitWhereInput {
  if (viewer.kind === 'person') return viewer.scope.subtreeWhere(rootId);
  if (viewer.kind === 'bureauAdmin') return viewer.structure.subtreeWhere(rootId);
  if (viewer.kind === 'district') return { ancestorIds: { has: rootId } };
  return { id: { in: [] } };
}
