import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { allow as allowRule, deny, rule, shield, type IRule } from 'graphql-shield';

// shield's `allow` is typed as a LogicRule; the tree accepts it as a rule.
const allow = allowRule as unknown as IRule;
import type { Context } from '../context.js';
import { DomainError } from '../errors.js';

/**
 * The second authorisation layer. Resolvers already filter every list in SQL by the viewer's scope;
 * these rules check each object again as it is returned, so that a row that slips past a resolver
 * is an error, never data. Every type must be listed: anything unlisted is denied
 * (`fallbackRule: deny`). Rules read only the context and the parent object, or a per-request
 * batched loader, so they add no statement per row.
 */

const unauthenticated = () => new DomainError('UNAUTHENTICATED', '请先登录 (sign in first)');

const isAuthenticated = rule({ cache: 'contextual' })((_p, _a, ctx: Context) => ctx.viewer.kind !== 'anonymous' || unauthenticated());
const isBureauPerson = rule({ cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer.kind === 'anonymous' ? unauthenticated() : ctx.viewer.kind === 'person',
);
const isDistrictRole = rule({ cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.viewer.kind === 'anonymous' ? unauthenticated() : ctx.viewer.kind === 'district',
);

type Row = { id: string; tenantId: string; unitId: string; ancestorIds: string[]; districtId: string };

/** A row of OrgUnit: checked in memory against the scope (the row carries its ancestry). */
export const unitIsVisible = rule({ cache: 'no_cache' })((unit: Row, _a, ctx: Context) =>
  ctx.viewer.kind === 'person' && ctx.viewer.scope.canSeeUnit(unit),
);
/** A row that belongs to a unit (post, duty, record …): visible exactly when its unit is. */
export const ownerUnitIsVisible = rule({ cache: 'no_cache' })(async (row: Row, _a, ctx: Context) =>
  ctx.viewer.kind === 'person' && row.tenantId === ctx.viewer.tenantId && ctx.loaders.visibleUnit.load(row.unitId),
);
const personIsVisible = rule({ cache: 'no_cache' })(async (person: Row, _a, ctx: Context) =>
  ctx.viewer.kind === 'person' && person.tenantId === ctx.viewer.tenantId && ctx.loaders.visiblePerson.load(person.id),
);
const tenantIsVisible = rule({ cache: 'no_cache' })((tenant: Row, _a, ctx: Context) =>
  (ctx.viewer.kind === 'person' && tenant.id === ctx.viewer.tenantId) ||
  (ctx.viewer.kind === 'district' && tenant.districtId === ctx.viewer.districtId),
);
const districtIsVisible = rule({ cache: 'contextual' })(async (district: Row, _a, ctx: Context) => {
  if (ctx.viewer.kind === 'district') return district.id === ctx.viewer.districtId;
  if (ctx.viewer.kind !== 'person') return false;
  const tenant = await ctx.prisma.tenant.findUnique({ where: { id: ctx.viewer.tenantId }, select: { districtId: true } });
  return tenant?.districtId === district.id;
});

const notificationIsOwn = rule({ cache: 'no_cache' })((n: Row & { recipientPersonId: string }, _a, ctx: Context) =>
  ctx.viewer.kind === 'person' && n.tenantId === ctx.viewer.tenantId && n.recipientPersonId === ctx.viewer.personId,
);

/**
 * An audit event of the viewer's own bureau, for a reader of its trail (the root's first or direct
 * responsible person). The per-request check is one query, cached for the request.
 */
const auditEventIsReadable = rule({ cache: 'no_cache' })(async (event: Row, _a, ctx: Context) =>
  ctx.viewer.kind === 'person' && event.tenantId === ctx.viewer.tenantId && ctx.loaders.readsAuditTrail.load(ctx.viewer.tenantId),
);

/** Rules for whole object types; modules of later features add theirs here. */
export const typeRules: Record<string, IRule> = {
  Viewer: isAuthenticated,
  LoginPayload: allow,
  PageInfo: isAuthenticated,
  Coverage: isBureauPerson,
  OrgUnit: unitIsVisible,
  Post: ownerUnitIsVisible,
  Duty: ownerUnitIsVisible,
  Person: personIsVisible,
  Tenant: tenantIsVisible,
  District: districtIsVisible,
  Notification: notificationIsOwn,
  AuditEvent: auditEventIsReadable,
  ExportLink: isBureauPerson,
  ExportLedgerInfo: isAuthenticated,
};

/** Rules for root fields. Mutations check scope again in their services. */
export const rootRules: Record<'Query' | 'Mutation' | 'Subscription', Record<string, IRule>> = {
  Query: {
    viewer: isAuthenticated,
    node: isAuthenticated,
    nodes: isAuthenticated,
    orgUnits: isBureauPerson,
    unitDuties: isBureauPerson,
    coverage: isBureauPerson,
    bureaus: isDistrictRole,
    auditTrail: isBureauPerson,
    exportLedgers: isAuthenticated,
  },
  Mutation: {
    login: allow,
    createOrgUnit: isBureauPerson,
    renameOrgUnit: isBureauPerson,
    moveOrgUnit: isBureauPerson,
    archiveOrgUnit: isBureauPerson,
    createPerson: isBureauPerson,
    appointToPost: isBureauPerson,
    endPost: isBureauPerson,
    assignDuty: isBureauPerson,
    changeDuty: isBureauPerson,
    endDuty: isBureauPerson,
    rearrangeDuties: isBureauPerson,
    markNotificationsRead: isBureauPerson,
    requestExport: isBureauPerson,
  },
  // Shield does not run on `subscribe`; each subscription authorises itself (see its module).
  Subscription: {
    notificationAdded: isBureauPerson,
  },
};

export function permissions(schema: GraphQLSchema) {
  const tree: Record<string, IRule | Record<string, IRule>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const name = type.name;
    if (name === 'Query' || name === 'Mutation' || name === 'Subscription') {
      tree[name] = rootRules[name];
    } else if (typeRules[name]) {
      tree[name] = typeRules[name];
    } else if (/(Connection|Edge)$/.test(name)) {
      // Containers: their nodes carry their own rule.
      tree[name] = isAuthenticated;
    }
  }
  return shield(tree as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: new GraphQLError('无权限 (not allowed)', { extensions: { code: 'FORBIDDEN' } }),
  });
}

export { isAuthenticated, isBureauPerson, isDistrictRole };
