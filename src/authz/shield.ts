import { GraphQLError, getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import type { IMiddleware } from 'graphql-middleware';
import { allow as allowRule, deny, rule, shield, type IRule } from 'graphql-shield';
import { unauthenticatedError, type Context } from '../context.js';
import { notSignedIn } from './guards.js';
import { edgeMiddleware, verdictOf, type TypeCheck } from './object-checks.js';
import type { CheckVerdict } from './verdict-cache.js';
import { hasDistrictDuty, type DistrictDuty } from './district.js';
import { rowGuards } from './row-guards.js';
import type { Viewer } from './scope.js';

/**
 * The second authorisation layer. Resolvers already filter every list in SQL by the viewer's scope;
 * these rules check each object again as it is returned, so that a row that slips past a resolver
 * is an error, never data. Every type must be listed: anything unlisted is denied
 * (`fallbackRule: deny`). Each object is checked once, where a field returns it, and shield's rules
 * read that verdict (src/authz/object-checks.ts).
 */

/** The object check behind each rule of the tree, for the checks where objects are returned. */
const checkOfRule = new Map<IRule, TypeCheck>();
const withCheck = (r: IRule, check: TypeCheck) => {
  checkOfRule.set(r, check);
  return r;
};

// shield's `allow` is typed as a LogicRule; the tree accepts it as a rule.
const allow = withCheck(allowRule as unknown as IRule, { check: () => true, perRequest: true });

/** Each rule refuses an anonymous viewer, and one still on a one-time password, with their own codes. */
const viewerRule = (test: (viewer: Exclude<Viewer, { kind: 'anonymous' | 'passwordChange' }>) => boolean) => {
  const check = (_object: unknown, ctx: Context): CheckVerdict => {
    const refusal = ctx.viewer.kind === 'anonymous' ? unauthenticatedError(ctx) : notSignedIn(ctx.viewer);
    if (refusal) return refusal;
    return test(ctx.viewer as Exclude<Viewer, { kind: 'anonymous' | 'passwordChange' }>);
  };
  return withCheck(rule({ cache: 'contextual' })((_p, _a, ctx: Context) => check(undefined, ctx)), { check, perRequest: true });
};

const isAuthenticated = viewerRule(() => true);
const isBureauPerson = viewerRule((v) => v.kind === 'person');
const isDistrictRole = viewerRule((v) => v.kind === 'district');
const isBureauPersonOrDiscipline = viewerRule((v) => v.kind === 'person' || (v.kind === 'district' && v.role === 'DISCIPLINE_INSPECTION'));
/** People of a bureau and its administrator: the bureau's structure (units, people, posts, duties). */
const isBureauStructure = viewerRule((v) => v.kind === 'person' || v.kind === 'bureauAdmin');
/** People of a bureau and district roles: assessments, ratings and measures (who decides what: src/authz/deciders.ts). */
const isPersonOrDistrictRole = viewerRule((v) => v.kind === 'person' || v.kind === 'district');
/** Exports: bureau people and district roles; a bureau's administrator only the ledgers of its structure (the org chart; the service decides). */
const isExporter = viewerRule((v) => v.kind === 'person' || v.kind === 'district' || v.kind === 'bureauAdmin');
/** District roles by duty (src/authz/district.ts: DISTRICT_DUTIES). */
const hasDuty = (duty: DistrictDuty) => viewerRule((v) => hasDistrictDuty(v, duty));
const isBureauPersonOrChannelOverseer = viewerRule((v) => v.kind === 'person' || hasDistrictDuty(v, 'OVERSEE_CHANNELS'));
const isBureauPersonOrInspector = viewerRule((v) => v.kind === 'person' || hasDistrictDuty(v, 'INSPECT'));
const isDistrictAdmin = viewerRule((v) => v.kind === 'districtAdmin');
const isDistrictRoleOrAdmin = viewerRule((v) => v.kind === 'district' || v.kind === 'districtAdmin');
/** Any administrator: of a district, of a bureau, or a bureau person who is also its administrator. */
const isAdministrator = viewerRule((v) => v.kind === 'districtAdmin' || v.kind === 'bureauAdmin' || (v.kind === 'person' && v.administers));
/** Signed in, even with a one-time password: only changePassword. */
const hasAccountCheck = (_object: unknown, ctx: Context): CheckVerdict => (ctx.viewer.kind === 'anonymous' ? unauthenticatedError(ctx) : true);
const hasAccount = withCheck(rule({ cache: 'contextual' })((_p, _a, ctx: Context) => hasAccountCheck(undefined, ctx)), { check: hasAccountCheck, perRequest: true });

/**
 * A row type's rule: its row guard, once per row and request. The verdict is usually already known
 * (taken where a field returned the row); no_cache, because shield's own caches key on the
 * arguments and the path, not on the row.
 */
const guardRule = (type: string) => rule(`row:${type}`, { cache: 'no_cache' })((row, _a, ctx: Context) => verdictOf(typeChecks, type, row, ctx));

/**
 * The leaf fields (scalars, enums) of a checked type: their object was checked where it was
 * returned, before any of its fields could resolve. Listed in the tree, so that every field has a
 * rule; left unwrapped by permissions(), so that they resolve synchronously.
 */
const parentChecked = withCheck(rule('parentChecked', { cache: 'no_cache' })(() => true), { check: () => true, perRequest: true });

/**
 * Rules for whole object types: every row type's rule comes from its guard in row-guards.ts; types
 * that carry no rows of their own (payloads, aggregates) are listed here.
 */
export const typeRules: Record<string, IRule> = {
  Viewer: isAuthenticated,
  LoginPayload: allow,
  ChangePasswordPayload: hasAccount,
  ResetPasswordPayload: isAdministrator,
  CreateAccountPayload: isAdministrator,
  DisableAccountPayload: isAdministrator,
  EnableAccountPayload: isAdministrator,
  CreateBureauPayload: isDistrictAdmin,
  Account: isAdministrator,
  PageInfo: isAuthenticated,
  Coverage: isBureauStructure,
  RiskWarning: isBureauPerson,
  PlanTemplate: isAuthenticated,
  PlanTemplateTask: isAuthenticated,
  WorkItemProgress: isBureauPerson,
  CompliancePeriod: isBureauPerson,
  ComplianceRuleTally: isBureauPerson,
  ComplianceSummary: isBureauPerson,
  ReportAttachment: isDistrictRole,
  // Inside a BureauOverview, whose row guard checks the bureau's district.
  BureauRuleStatus: isDistrictRole,
  LiaisonSummary: isBureauPerson,
  LiaisonSectorCount: isBureauPerson,
  IndicatorSource: isBureauPerson,
  RatingSummary: isAuthenticated,
  AssessmentRankingEntry: isBureauPerson,
  AssessmentTrendPoint: isBureauPerson,
  ExportLink: isExporter,
  // Inside an OnlineChannel, whose row guard decides.
  ChannelContact: isBureauPersonOrChannelOverseer,
  BureauReports: hasDuty('RECEIVE_REPORTS'),
  ExportLedgerInfo: isAuthenticated,
  ImportOrgChartPayload: isBureauStructure,
  OrgChartCounts: isBureauStructure,
  OrgChartProblem: isBureauStructure,
  OrgChartAccount: isBureauStructure,
  OrgChartUnitRef: isBureauStructure,
  OrgChartAccountChange: isBureauStructure,
  // Only inside ResetPasswordPayload (administrators) and ImportOrgChartPayload (the bureau's structure); the viewer's own sheet.
  OneTimePasswordSheet: isAuthenticated,
  OpenTeamAssessmentsPayload: isAuthenticated,
  BureauTeamMember: isDistrictRole,
  RatingTarget: isAuthenticated,
  OpenRatingRoundPayload: isAuthenticated,
  CloseRatingRoundPayload: isAuthenticated,
  RateAssessmentPayload: isBureauPerson,
  ...Object.fromEntries(Object.keys(rowGuards).map((type) => [type, guardRule(type)])),
};

/** Each type's object check: its row guard, or the viewer test of its rule (filled by permissions()). */
const typeChecks: Record<string, TypeCheck> = Object.fromEntries(Object.entries(rowGuards).map(([type, guard]) => [type, { check: guard, perRequest: false }]));

/** Rules for root fields. Mutations check scope again in their services. */
export const rootRules: Record<'Query' | 'Mutation' | 'Subscription', Record<string, IRule>> = {
  Query: {
    viewer: isAuthenticated,
    node: isAuthenticated,
    nodes: isAuthenticated,
    orgUnits: isBureauStructure,
    unitDuties: isBureauStructure,
    coverage: isBureauStructure,
    bureaus: isDistrictRoleOrAdmin,
    risks: isBureauPerson,
    onlineChannels: isBureauPersonOrChannelOverseer,
    channelZeroReports: isBureauPersonOrChannelOverseer,
    inspections: isBureauPersonOrInspector,
    reportsByBureau: hasDuty('RECEIVE_REPORTS'),
    misconductCases: isBureauPersonOrDiscipline,
    liaisonContacts: isBureauPerson,
    liaisonSummary: isBureauPerson,
    trainingRecords: isBureauPerson,
    indicatorSets: isPersonOrDistrictRole,
    indicatorSources: isBureauPerson,
    assessments: isPersonOrDistrictRole,
    ratingRounds: isPersonOrDistrictRole,
    assessmentRanking: isBureauPerson,
    assessmentTrend: isBureauPerson,
    accountabilityRecords: isPersonOrDistrictRole,
    planTemplates: isAuthenticated,
    annualPlan: isBureauPerson,
    workItems: isBureauPerson,
    workRecords: isBureauPerson,
    obligationRules: isBureauPerson,
    compliance: isBureauPerson,
    complianceSummary: isBureauPerson,
    districtOverview: isDistrictRole,
    receivedReports: isDistrictRole,
    auditTrail: isBureauPerson,
    exportLedgers: isAuthenticated,
  },
  Mutation: {
    login: allow,
    changePassword: hasAccount,
    resetPassword: isAdministrator,
    createAccount: isAdministrator,
    disableAccount: isAdministrator,
    enableAccount: isAdministrator,
    createBureau: isDistrictAdmin,
    createOrgUnit: isBureauStructure,
    renameOrgUnit: isBureauStructure,
    moveOrgUnit: isBureauStructure,
    archiveOrgUnit: isBureauStructure,
    createPerson: isBureauStructure,
    appointToPost: isBureauStructure,
    endPost: isBureauStructure,
    assignDuty: isBureauStructure,
    changeDuty: isBureauStructure,
    endDuty: isBureauStructure,
    rearrangeDuties: isBureauStructure,
    markNotificationsRead: isPersonOrDistrictRole,
    reportRisk: isBureauPerson,
    transitionRisk: isBureauPerson,
    recordRiskResponse: isBureauPerson,
    addRectification: isBureauPerson,
    completeRectification: isBureauPerson,
    createOnlineChannel: isBureauPerson,
    updateOnlineChannel: isBureauPerson,
    recordChannelReview: isBureauPerson,
    fileChannelZeroReport: isBureauPerson,
    recordMisconductCase: isBureauPerson,
    referMisconductCase: isBureauPerson,
    recordMisconductOutcome: isBureauPersonOrDiscipline,
    recordLiaisonContact: isBureauPerson,
    recordTraining: isBureauPerson,
    defineIndicatorSet: isPersonOrDistrictRole,
    proposeIndicatorSet: isBureauPerson,
    approveIndicatorSet: isPersonOrDistrictRole,
    createAssessment: isAuthenticated,
    startUnitAssessments: isBureauPerson,
    updateAssessment: isAuthenticated,
    refreshAssessment: isAuthenticated,
    rateAssessment: isBureauPerson,
    openRatingRound: isAuthenticated,
    closeRatingRound: isAuthenticated,
    finaliseAssessment: isAuthenticated,
    amendAssessment: isAuthenticated,
    recordAccountability: isAuthenticated,
    createAnnualPlan: isBureauPerson,
    createWorkItem: isBureauPerson,
    updateWorkItem: isBureauPerson,
    changeWorkItemStatus: isBureauPerson,
    answerWorkItemConfirmation: isBureauPerson,
    addWorkItemNote: isBureauPerson,
    uploadEvidence: isBureauPerson,
    createWorkRecord: isBureauPerson,
    createObligationRule: isBureauPerson,
    updateObligationRule: isBureauPerson,
    requestExport: isExporter,
    recordInspection: hasDuty('INSPECT'),
    answerInspectionFinding: isBureauPerson,
    recordDistrictChannelReview: hasDuty('OVERSEE_CHANNELS'),
    importOrgChart: isBureauStructure,
    openTeamAssessments: isAuthenticated,
  },
  // Shield does not run on `subscribe`; each subscription authorises itself (see its module).
  Subscription: {
    notificationAdded: isBureauPerson,
    riskWarnings: isBureauPerson,
  },
};

/**
 * The middleware of the served schema, outermost first: graphql-shield (every field of every type
 * has a rule; a type without one is denied) without the wrappers of `parentChecked` leaf fields,
 * then the object checks where fields return objects.
 */
export function permissions(schema: GraphQLSchema): IMiddleware[] {
  const tree: Record<string, IRule | Record<string, IRule>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const name = type.name;
    if (name === 'Query' || name === 'Mutation' || name === 'Subscription') {
      tree[name] = rootRules[name];
      continue;
    }
    // Containers (pages, mutation payloads): the root field and the rows inside carry the rules.
    const typeRule = typeRules[name] ?? (/(Connection|Edge|Payload)$/.test(name) ? isAuthenticated : undefined);
    if (!typeRule) continue;
    if (!typeChecks[name]) {
      const check = checkOfRule.get(typeRule);
      if (!check) throw new Error(`shield: the rule of ${name} has no object check`);
      typeChecks[name] = check;
    }
    tree[name] = Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, isLeafType(getNamedType(field.type)) ? parentChecked : typeRule]));
  }
  const generated = shield(tree as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: new GraphQLError('无权限 (not allowed)', { extensions: { code: 'FORBIDDEN' } }),
  }).generate(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(tree)) {
    if (typeof fields !== 'object' || typeName === 'Query' || typeName === 'Mutation' || typeName === 'Subscription') continue;
    for (const [field, r] of Object.entries(fields as Record<string, IRule>)) if (r === parentChecked) delete generated[typeName]![field];
  }
  return [generated as IMiddleware, edgeMiddleware(schema, typeChecks) as IMiddleware];
}

/** Whether the viewer may see a row of a type (node/nodes answer null otherwise): its row guard, once per row and request. */
export async function objectIsVisible(typename: string, row: unknown, ctx: Context): Promise<boolean> {
  return !!row && !!rowGuards[typename] && (await verdictOf(typeChecks, typename, row, ctx)) === true;
}

export { isAdministrator, isAuthenticated, isBureauPerson, isBureauPersonOrDiscipline, isBureauStructure, isDistrictAdmin, isDistrictRole };
