import type { IncomingMessage } from 'node:http';
import DataLoader from 'dataloader';
import type { YogaInitialContext } from 'graphql-yoga';
import { newVerdictCache } from './authz/object-checks.js';
import { ANONYMOUS, loadViewerAndVersion, type UnitScope, type Viewer } from './authz/scope.js';
import type { TokenClaims, TokenService } from './authz/tokens.js';
import { personWhere } from './authz/visibility.js';
import type { Config } from './config.js';
import type { Database, PrismaClient } from './db/client.js';
import { DomainError } from './errors.js';
import { clientAddress } from './lib/client-address.js';
import type { HeavySlots } from './lib/heavy-work.js';
import type { ThrottleStore } from './modules/auth/throttle.js';
import { auditTrailReader } from './modules/audit/service.js';
import type { OrgUnit, Prisma } from './generated/prisma/client.js';
import type { PubSub } from './pubsub.js';

/** What a unit's visibility test reads. */
type KnownUnit = Pick<OrgUnit, 'id' | 'tenantId' | 'ancestorIds'>;

/** What the server shares between requests. */
export interface AppServices {
  config: Config;
  db: Database;
  tokens: TokenService;
  pubsub: PubSub;
  /** Failed sign-in counts (memory, or Redis with REDIS_URL). */
  loginThrottle: ThrottleStore;
  /** Slots for imports and export downloads (memory, or Redis with REDIS_URL: src/lib/heavy-work.ts). */
  heavySlots: HeavySlots;
  /** The clock; tests move it. */
  now: () => Date;
}

export interface Context extends AppServices {
  prisma: PrismaClient;
  viewer: Viewer;
  /** The token's claims, when the request carried one (subscriptions re-check the session with them). */
  session?: TokenClaims;
  loaders: ReturnType<typeof createLoaders>;
  request?: Request;
  /** Why the request's credentials were refused, when it sent a token that failed (see signIn). */
  credentialsRefused?: DomainError;
  /** The client's address (socket peer, or X-Forwarded-For behind TRUST_PROXY proxies). */
  clientAddress: string;
}

/**
 * The request's one cache: batched visibility checks for the second authorisation layer
 * (graphql-shield), each answering "may the viewer see this id" for a whole list of rows in one SQL
 * statement, and `named` for the DataLoaders modules create on first use (src/lib/request-loader.ts).
 * Created per request, and again by refreshViewer for each subscription event, so no answer outlives
 * the scope it was computed for.
 */
function createLoaders(prisma: PrismaClient, viewer: Viewer) {
  /** Module loaders by name (requestLoader), living as long as these loaders. */
  const named = new Map<string, DataLoader<never, unknown>>();
  const none = async (ids: readonly string[]) => ids.map(() => false);
  /** Whether a bureau (tenant id) belongs to a district viewer's district. */
  const tenantInDistrict = new DataLoader<string, boolean>(async (ids) => {
    if (viewer.kind !== 'district') return ids.map(() => false);
    const rows = await prisma.tenant.findMany({ where: { id: { in: [...ids] }, districtId: viewer.districtId }, select: { id: true } });
    const found = new Set(rows.map((r) => r.id));
    return ids.map((id) => found.has(id));
  });
  /**
   * Unit rows this request has read and checked (each carries its tenant and ancestry): the
   * visibility loaders answer for these in memory with the scope's own test (UnitScope.canSeeUnit,
   * the same predicate as its SQL filter) and send a statement only for the units not read yet.
   */
  const knownUnits = new Map<string, KnownUnit>();
  /**
   * Unit rows the `units` loader is reading now, by id: a visibility check of one of them waits for
   * that read (then answers in memory) instead of sending a statement of its own, so the number of
   * statements a request sends does not depend on which of two round trips comes back first.
   */
  const readingUnits = new Map<string, Promise<unknown>>();
  const visibleIn = (scope: UnitScope | undefined) =>
    new DataLoader<string, boolean>(!scope ? none : async (ids) => {
      const reading = ids.flatMap((id) => (knownUnits.has(id) ? [] : readingUnits.get(id) ?? []));
      if (reading.length) await Promise.all(reading);
      const unread = ids.filter((id) => !knownUnits.has(id));
      const rows = unread.length ? await prisma.orgUnit.findMany({ where: { id: { in: unread }, ...scope.unitWhere() }, select: { id: true } }) : [];
      const found = new Set(rows.map((r) => r.id));
      return ids.map((id) => {
        const known = knownUnits.get(id);
        return known ? scope.canSeeUnit(known) : found.has(id);
      });
    });
  const records = viewer.kind === 'person' ? viewer.scope : undefined;
  const structure = viewer.kind === 'person' || viewer.kind === 'bureauAdmin' ? viewer.structure : undefined;
  const visibleUnit = visibleIn(records);
  const units = new DataLoader<string, OrgUnit | null>(async (ids) => {
    if (!structure) return ids.map(() => null);
    const read = (async () => {
      const rows = await prisma.orgUnit.findMany({ where: { id: { in: [...ids] }, ...structure.unitWhere() } });
      for (const row of rows) knownUnits.set(row.id, row);
      return rows;
    })();
    // Waiters only need the read to be over; its failure is this loader's to report.
    const over = read.catch(() => undefined);
    for (const id of ids) readingUnits.set(id, over);
    try {
      const byId = new Map((await read).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    } finally {
      for (const id of ids) if (readingUnits.get(id) === over) readingUnits.delete(id);
    }
  });
  return {
    named,
    /** Unit rows read in this request, for the visibility loaders (set by the OrgUnit check). */
    knownUnits,
    /** A visible unit a resolver has read itself: later lookups and checks of it need no statement. */
    rememberUnit(unit: OrgUnit) {
      units.prime(unit.id, unit);
      knownUnits.set(unit.id, unit);
    },
    /** List sizes known from a first page that held the whole list, by the connection's arguments object (findPage, countPage). */
    pageTotals: new WeakMap<object, number>(),
    /** The object checks' verdicts (src/authz/object-checks.ts), per type: per object, or once for the viewer. */
    verdicts: newVerdictCache(),
    tenantInDistrict,
    /** The district of the viewer's bureau (the District row guard), once per request. */
    bureauDistrict: new DataLoader<string, string | null>(async (tenantIds) => {
      const rows = await prisma.tenant.findMany({ where: { id: { in: [...tenantIds] } }, select: { id: true, districtId: true } });
      const byId = new Map(rows.map((r) => [r.id, r.districtId]));
      return tenantIds.map((id) => byId.get(id) ?? null);
    }),
    /** Visible units (in the structure) by id, null when not visible, for fields that are not Prisma relations. */
    units,
    /** Units whose records the viewer may see. */
    visibleUnit,
    /** Units whose structure (posts, duties) the viewer may see: the same as visibleUnit but for administrators. */
    structureUnit: structure === records ? visibleUnit : visibleIn(structure),
    /** Whether the viewer may read the audit trail of their tenant (the key). */
    readsAuditTrail: new DataLoader<string, boolean>(viewer.kind !== 'person' ? none : async (tenantIds) => {
      const reads = await auditTrailReader(prisma, viewer).then(() => true, () => false);
      return tenantIds.map((id) => reads && id === viewer.tenantId);
    }),
    visiblePerson: new DataLoader<string, boolean>(!structure ? none : async (ids) => {
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
 * Points a long-lived context (a subscription's) at the viewer as the database sees them now, with
 * fresh loaders: each event is then resolved and guarded (graphql-shield's row guards) with the
 * current scope, not the one the stream opened with.
 */
export function refreshViewer(ctx: Context, viewer: Viewer): void {
  ctx.viewer = viewer;
  ctx.loaders = createLoaders(ctx.prisma, viewer);
}

/**
 * Reads the `Authorization` header. A token that fails verification does not fail the request:
 * the viewer stays anonymous and the refusal is kept, so `login` works whatever header a client
 * (or GraphiQL's headers pane) still sends, and every other field answers UNAUTHENTICATED with
 * this message (graphql-shield's rules and the subscriptions use `unauthenticatedError`).
 */
async function signIn(services: AppServices, header: string | null | undefined): Promise<SignIn> {
  if (!header) return { viewer: ANONYMOUS, dataVersion: '' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const claims = match?.[1] ? await services.tokens.verify(match[1]) : undefined;
  if (!claims) return { viewer: ANONYMOUS, dataVersion: '', refused: new DomainError('UNAUTHENTICATED', TOKEN_REFUSED, { reason: 'TOKEN_INVALID' }) };
  // The session version in the token must still be the account's: disabling or resetting it ends its sessions.
  const { viewer, dataVersion } = await loadViewerAndVersion(services.db.prisma, claims.userId, { sessionVersion: claims.sessionVersion, now: services.now() });
  if (viewer.kind === 'anonymous') return { viewer, dataVersion, refused: new DomainError('UNAUTHENTICATED', ACCOUNT_REFUSED, { reason: 'ACCOUNT_UNAVAILABLE' }) };
  return { viewer, dataVersion, session: claims };
}

/** Who a request signed in as, with the version of the data their answers are read from (the response cache's key). */
export interface SignIn {
  viewer: Viewer;
  /** From the viewer's own statement (loadViewerAndVersion); empty when not signed in. */
  dataVersion: string;
  session?: TokenClaims;
  refused?: DomainError;
}

const signIns = new WeakMap<Request, Promise<SignIn>>();

/**
 * The request's sign-in, once: the response cache (src/response-cache.ts) needs the viewer and
 * the data version to look an answer up before the context is built, and the context then reuses
 * that same result, so a request sends the viewer's statement once whichever asks first (batched
 * operations share it too).
 */
export function signInOnce(services: AppServices, request: Request): Promise<SignIn> {
  let signedIn = signIns.get(request);
  if (!signedIn) {
    signedIn = signIn(services, request.headers.get('authorization'));
    signIns.set(request, signedIn);
  }
  return signedIn;
}

const TOKEN_REFUSED = '登录凭证无效或已过期，请重新登录 (the token is invalid or expired: sign in again with the login mutation and send the new token)';
const ACCOUNT_REFUSED = '账号不存在或已停用，请重新登录 (the account is unknown or disabled: sign in again with the login mutation)';

/** The claims of the token this request signed in with; UNAUTHENTICATED when it carried none. */
export function sessionOf(ctx: Pick<Context, 'session' | 'credentialsRefused'>): TokenClaims {
  if (!ctx.session) throw unauthenticatedError(ctx);
  return ctx.session;
}

/** The UNAUTHENTICATED error for this request: why its token was refused, or that none was sent. */
export function unauthenticatedError(ctx: Pick<Context, 'credentialsRefused'>): DomainError {
  return ctx.credentialsRefused ?? new DomainError('UNAUTHENTICATED', '请先登录 (sign in first: call login and send its token as Authorization: Bearer <token>)');
}

export async function createContext(services: AppServices, initial: Partial<YogaInitialContext>): Promise<Context> {
  const request = initial.request;
  const { viewer, session, refused } = request ? await signInOnce(services, request) : await signIn(services, undefined);
  return {
    ...services,
    prisma: services.db.prisma,
    viewer,
    session,
    loaders: createLoaders(services.db.prisma, viewer),
    request,
    credentialsRefused: refused,
    clientAddress: clientAddress(request, (initial as { req?: IncomingMessage }).req, services.config.TRUST_PROXY),
  };
}
