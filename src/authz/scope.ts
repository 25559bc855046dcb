import type { DistrictRole, DutyKind, PostRole } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { PrismaClient } from '../db/client.js';

/**
 * What a person may see in their bureau, computed once per request from their active posts and
 * duties (DOMAIN.md §3):
 * - first or direct responsible person of a unit: that unit's whole subtree;
 * - dual duty ("一岗双责"): the subtrees in the duty's scope, plus the committee unit itself;
 * - any other post: that unit only.
 * `subtreeRoots` are matched against each unit's ancestry (`ancestorIds && roots`, GIN-indexed);
 * `singleUnits` by id. Everything that belongs to a unit is visible exactly when its unit is.
 */
export class UnitScope {
  private readonly roots: ReadonlySet<string>;
  private readonly singles: ReadonlySet<string>;
  private readonly managed: ReadonlySet<string>;

  constructor(
    readonly tenantId: string,
    readonly subtreeRoots: readonly string[],
    readonly singleUnits: readonly string[],
    /** Units whose subtree the viewer leads (first or direct responsible): they may change it. */
    readonly managedRoots: readonly string[],
  ) {
    this.roots = new Set(subtreeRoots);
    this.singles = new Set(singleUnits);
    this.managed = new Set(managedRoots);
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

  /** Rows that hang off a unit (posts, duties, records …) are visible when their unit is. */
  viaUnit(): { tenantId: string; unit: Prisma.OrgUnitWhereInput } {
    return { tenantId: this.tenantId, unit: this.unitWhere() };
  }

  canSeeUnit(unit: { tenantId: string; id: string; ancestorIds: readonly string[] }): boolean {
    if (unit.tenantId !== this.tenantId) return false;
    return this.singles.has(unit.id) || unit.ancestorIds.some((id) => this.roots.has(id));
  }

  canManageUnit(unit: { tenantId: string; ancestorIds: readonly string[] }): boolean {
    return unit.tenantId === this.tenantId && unit.ancestorIds.some((id) => this.managed.has(id));
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
  for (const post of posts) singles.add(post.unitId);
  for (const duty of duties) {
    if (duty.kind === 'DUAL_DUTY') {
      singles.add(duty.unitId);
      for (const id of duty.scopeUnitIds) roots.add(id);
    } else {
      roots.add(duty.unitId);
      managed.add(duty.unitId);
    }
  }
  return new UnitScope(tenantId, [...roots], [...singles].filter((id) => !roots.has(id)), [...managed]);
}

export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      userId: string;
      username: string;
      tenantId: string;
      personId: string;
      scope: UnitScope;
    }
  | {
      kind: 'district';
      userId: string;
      username: string;
      districtId: string;
      role: DistrictRole;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** Loads an account and computes its viewer in one query. Disabled or unknown accounts are anonymous. */
export async function loadViewer(prisma: PrismaClient, userId: string): Promise<Viewer> {
  const account = await prisma.userAccount.findUnique({
    where: { id: userId },
    include: {
      person: {
        include: {
          posts: { where: { endDate: null }, select: { id: true, unitId: true, role: true } },
          duties: {
            where: { endDate: null },
            select: { id: true, kind: true, unitId: true, scope: { select: { unitId: true } } },
          },
        },
      },
    },
  });
  if (!account || account.disabledAt) return ANONYMOUS;
  if (account.person && account.tenantId) {
    const duties = account.person.duties.map((d) => ({
      id: d.id,
      kind: d.kind,
      unitId: d.unitId,
      scopeUnitIds: d.scope.map((s) => s.unitId),
    }));
    return {
      kind: 'person',
      userId: account.id,
      username: account.username,
      tenantId: account.tenantId,
      personId: account.person.id,
      scope: scopeFrom(account.tenantId, account.person.posts, duties),
    };
  }
  if (account.districtId && account.districtRole) {
    return {
      kind: 'district',
      userId: account.id,
      username: account.username,
      districtId: account.districtId,
      role: account.districtRole,
    };
  }
  return ANONYMOUS;
}
