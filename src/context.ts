import DataLoader from 'dataloader';
import type { YogaInitialContext } from 'graphql-yoga';
import { ANONYMOUS, loadViewer, type Viewer } from './authz/scope.js';
import type { TokenService } from './authz/tokens.js';
import type { Config } from './config.js';
import type { Database, PrismaClient } from './db/client.js';
import { DomainError } from './errors.js';
import { auditTrailReader } from './modules/audit/service.js';
import type { OrgUnit, Prisma } from './generated/prisma/client.js';
import type { PubSub } from './pubsub.js';

/** What the server shares between requests. */
export interface AppServices {
  config: Config;
  db: Database;
  tokens: TokenService;
  pubsub: PubSub;
  /** The clock; tests move it. */
  now: () => Date;
}

export interface Context extends AppServices {
  prisma: PrismaClient;
  viewer: Viewer;
  loaders: ReturnType<typeof createLoaders>;
  request?: Request;
}

/**
 * Batched visibility checks for the second authorisation layer (graphql-shield). Each answers
 * "may the viewer see this id" for a whole list of rows in one SQL statement.
 */
function createLoaders(prisma: PrismaClient, viewer: Viewer) {
  const none = async (ids: readonly string[]) => ids.map(() => false);
  /** Whether a bureau (tenant id) belongs to a district viewer's district. */
  const tenantInDistrict = new DataLoader<string, boolean>(async (ids) => {
    if (viewer.kind !== 'district') return ids.map(() => false);
    const rows = await prisma.tenant.findMany({ where: { id: { in: [...ids] }, districtId: viewer.districtId }, select: { id: true } });
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  });
  if (viewer.kind !== 'person') {
    return {
      tenantInDistrict,
      visibleUnit: new DataLoader<string, boolean>(none),
      visiblePerson: new DataLoader<string, boolean>(none),
      units: new DataLoader<string, OrgUnit | null>(async (ids) => ids.map(() => null)),
      readsAuditTrail: new DataLoader<string, boolean>(none),
    };
  }
  const { scope } = viewer;
  return {
    tenantInDistrict,
    /** Visible units by id (null when not visible), for fields that are not Prisma relations. */
    units: new DataLoader<string, OrgUnit | null>(async (ids) => {
      const rows = await prisma.orgUnit.findMany({ where: { id: { in: [...ids] }, ...scope.unitWhere() } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    visibleUnit: new DataLoader<string, boolean>(async (ids) => {
      const rows = await prisma.orgUnit.findMany({ where: { id: { in: [...ids] }, ...scope.unitWhere() }, select: { id: true } });
      const found = new Set(rows.map((r) => r.id));
      return ids.map((id) => found.has(id));
    }),
    /** Whether the viewer may read the audit trail of their tenant (the key). */
    readsAuditTrail: new DataLoader<string, boolean>(async (tenantIds) => {
      const reads = await auditTrailReader(prisma, viewer).then(() => true, () => false);
      return tenantIds.map((id) => reads && id === viewer.tenantId);
    }),
    visiblePerson: new DataLoader<string, boolean>(async (ids) => {
      const rows = await prisma.person.findMany({
        where: { id: { in: [...ids] }, ...personWhere(viewer) },
        select: { id: true },
      });
      const found = new Set(rows.map((r) => r.id));
      return ids.map((id) => found.has(id));
    }),
  };
}

/**
 * A person is visible to a bureau viewer who sees a unit where they hold or held a post, and to
 * themself; people not yet placed in any unit are visible to those who may place them (first and
 * direct responsible people).
 */
export function personWhere(viewer: Viewer): Prisma.PersonWhereInput {
  if (viewer.kind !== 'person') return { id: { in: [] } };
  const anyOf: Prisma.PersonWhereInput[] = [{ id: viewer.personId }, { posts: { some: { unit: viewer.scope.unitWhere() } } }];
  if (viewer.scope.managedRoots.length) anyOf.push({ posts: { none: {} } });
  return { tenantId: viewer.scope.tenantId, OR: anyOf };
}

export async function createContext(services: AppServices, initial: Partial<YogaInitialContext>): Promise<Context> {
  const request = initial.request;
  let viewer: Viewer = ANONYMOUS;
  const header = request?.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const userId = match?.[1] ? await services.tokens.verify(match[1]) : undefined;
    if (!userId) throw new DomainError('UNAUTHENTICATED', 'invalid or expired token');
    viewer = await loadViewer(services.db.prisma, userId);
    if (viewer.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'account unknown or disabled');
  }
  return {
    ...services,
    prisma: services.db.prisma,
    viewer,
    loaders: createLoaders(services.db.prisma, viewer),
    request,
  };
}
