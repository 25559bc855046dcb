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
}

export async function loadWorld(prisma: PrismaClient): Promise<ReferenceWorld> {
  const [units, posts, duties] = await Promise.all([
    prisma.orgUnit.findMany({ select: { id: true, tenantId: true, parentId: true } }),
    prisma.post.findMany({ where: { endDate: null }, select: { personId: true, unitId: true, tenantId: true } }),
    prisma.duty.findMany({ where: { endDate: null }, select: { personId: true, unitId: true, kind: true, scope: { select: { unitId: true } } } }),
  ]);
  return { units, posts, duties: duties.map((d) => ({ ...d, scope: d.scope.map((s) => s.unitId) })) };
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
