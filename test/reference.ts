import type { PrismaClient } from '../src/db/client.js';

/**
 * An independent model of DOMAIN.md §3, for property-based tests. It reads the raw rows and walks
 * the tree through parentId (not through the stored ancestry the application uses), so a bug in
 * the ancestry, in UnitScope or in a Prisma filter shows up as a difference.
 */
export interface ReferenceWorld {
  units: { id: string; tenantId: string; parentId: string | null }[];
  posts: { personId: string; unitId: string; tenantId: string }[];
  duties: { personId: string; unitId: string; kind: string; scope: string[] }[];
  /** Every person, and every post ever held (ended ones too): person visibility reads both. */
  people?: { id: string; tenantId: string }[];
  everPosts?: { personId: string; unitId: string }[];
}

export async function loadWorld(prisma: PrismaClient): Promise<ReferenceWorld> {
  const [units, posts, duties, people, everPosts] = await Promise.all([
    prisma.orgUnit.findMany({ select: { id: true, tenantId: true, parentId: true } }),
    prisma.post.findMany({ where: { endDate: null }, select: { personId: true, unitId: true, tenantId: true } }),
    prisma.duty.findMany({ where: { endDate: null }, select: { personId: true, unitId: true, kind: true, scope: { select: { unitId: true } } } }),
    prisma.person.findMany({ select: { id: true, tenantId: true } }),
    prisma.post.findMany({ select: { personId: true, unitId: true } }),
  ]);
  return { units, posts, duties: duties.map((d) => ({ ...d, scope: d.scope.map((s) => s.unitId) })), people, everPosts };
}

/** The ids of every unit a person may see. */
export function referenceVisibleUnits(world: ReferenceWorld, personId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of world.units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const subtree = (root: string): string[] => [root, ...(children.get(root) ?? []).flatMap(subtree)];
  const visible = new Set<string>();
  for (const post of world.posts) if (post.personId === personId) visible.add(post.unitId);
  for (const duty of world.duties) {
    if (duty.personId !== personId) continue;
    if (duty.kind === 'DUAL_DUTY') {
      visible.add(duty.unitId);
      for (const root of duty.scope) subtree(root).forEach((id) => visible.add(id));
    } else {
      subtree(duty.unitId).forEach((id) => visible.add(id));
    }
  }
  return visible;
}

/**
 * The ids of every person a viewer may see: themself; anyone who holds or held a post in a unit the
 * viewer sees; and, for first or direct responsible people, people of their bureau not yet placed
 * in any unit (those they may place).
 */
export function referenceVisiblePeople(world: ReferenceWorld, personId: string): Set<string> {
  const units = referenceVisibleUnits(world, personId);
  const tenantOf = new Map((world.people ?? []).map((p) => [p.id, p.tenantId]));
  const tenant = tenantOf.get(personId);
  const visible = new Set<string>([personId]);
  for (const post of world.everPosts ?? []) if (units.has(post.unitId)) visible.add(post.personId);
  const leads = world.duties.some((d) => d.personId === personId && d.kind !== 'DUAL_DUTY');
  if (leads) {
    const placed = new Set((world.everPosts ?? []).map((p) => p.personId));
    for (const p of world.people ?? []) if (p.tenantId === tenant && !placed.has(p.id)) visible.add(p.id);
  }
  return visible;
}

/** Who may act, as the tests state it (independently of src/authz/actions.ts): the holders of an action. */
export type ReferenceHolder = 'FIRST' | 'DIRECT' | 'DUAL' | 'MEMBER';

/**
 * Whether a person holds, for `unitId`, one of `holders` (DOMAIN.md §2, §6), walking parent
 * pointers: FIRST/DIRECT — a duty of that kind on the unit or a unit above it; DUAL — a dual duty
 * whose scope names the unit or a unit above it; MEMBER — a post in the unit, or a dual duty of it.
 */
export function referenceHolds(world: ReferenceWorld, personId: string, holders: readonly ReferenceHolder[], unitId: string): boolean {
  const parent = new Map(world.units.map((u) => [u.id, u.parentId]));
  const upward: string[] = [];
  for (let id: string | null | undefined = unitId; id; id = parent.get(id)) upward.push(id);
  const duties = world.duties.filter((d) => d.personId === personId);
  return holders.some((holder) => {
    switch (holder) {
      case 'FIRST': return duties.some((d) => d.kind === 'FIRST_RESPONSIBLE' && upward.includes(d.unitId));
      case 'DIRECT': return duties.some((d) => d.kind === 'DIRECT_RESPONSIBLE' && upward.includes(d.unitId));
      case 'DUAL': return duties.some((d) => d.kind === 'DUAL_DUTY' && d.scope.some((s) => upward.includes(s)));
      case 'MEMBER':
        return world.posts.some((p) => p.personId === personId && p.unitId === unitId)
          || duties.some((d) => d.kind === 'DUAL_DUTY' && d.unitId === unitId);
    }
  });
}
