/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
    "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n": typeof types.CoComplianceDocument,
    "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met dueSoon overdue notYetDue total\n      byRule { rule { code } met dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n": typeof types.CoSummaryDocument,
    "\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n": typeof types.DiOverviewDocument,
    "\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n": typeof types.DiReceivedDocument,
    "query DiNode($id: ID!) { node(id: $id) { id } }": typeof types.DiNodeDocument,
    "query DiRecords { workRecords(first: 5) { totalCount } }": typeof types.DiRecordsDocument,
    "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }": typeof types.EvCreatePlanDocument,
    "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }": typeof types.EvCreateItemDocument,
    "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { id fileName mimeType size sha256 downloadUrl }\n  }\n": typeof types.EvUploadDocument,
    "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n": typeof types.EvItemDocument,
    "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } }\n  }\n": typeof types.RrCreateRecordDocument,
    "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n": typeof types.RrRecordsDocument,
    "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredCopies version } }\n": typeof types.RrRulesDocument,
    "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { code minCount period dueMonthDay version } }\n": typeof types.RrUpdateRuleDocument,
    "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { code minCount version } }\n": typeof types.RrCreateRuleDocument,
    "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n": typeof types.RmNotificationsDocument,
    "\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n": typeof types.ScopeItemsDocument,
    "\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n": typeof types.ScopeRecordsDocument,
    "\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n": typeof types.ScopeNestedDocument,
    "\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n": typeof types.ScopePlanItemsDocument,
    "\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n": typeof types.ScopeMineDocument,
    "\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n": typeof types.ScopeNodeDocument,
    "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n": typeof types.PlanTemplatesDocument,
    "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { id year title template { version } progress { total } }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n": typeof types.PlanOfYearDocument,
    "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n": typeof types.WiCreatePlanDocument,
    "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    }\n  }\n": typeof types.WiCreateItemDocument,
    "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { id status completedAt cancelReason notes { text } }\n  }\n": typeof types.WiChangeStatusDocument,
    "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { id dueDate responsiblePerson { name } } }\n": typeof types.WiUpdateItemDocument,
    "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(workItemId: $id, text: $text) { text author { name } } }\n": typeof types.WiAddNoteDocument,
    "\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n": typeof types.WiItemDocument,
    "\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n": typeof types.WiPlanDocument,
    "\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n": typeof types.WiItemsPageDocument,
};
const documents: Documents = {
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
    "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n": types.CoComplianceDocument,
    "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met dueSoon overdue notYetDue total\n      byRule { rule { code } met dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n": types.CoSummaryDocument,
    "\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n": types.DiOverviewDocument,
    "\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n": types.DiReceivedDocument,
    "query DiNode($id: ID!) { node(id: $id) { id } }": types.DiNodeDocument,
    "query DiRecords { workRecords(first: 5) { totalCount } }": types.DiRecordsDocument,
    "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }": types.EvCreatePlanDocument,
    "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }": types.EvCreateItemDocument,
    "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { id fileName mimeType size sha256 downloadUrl }\n  }\n": types.EvUploadDocument,
    "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n": types.EvItemDocument,
    "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } }\n  }\n": types.RrCreateRecordDocument,
    "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n": types.RrRecordsDocument,
    "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredCopies version } }\n": types.RrRulesDocument,
    "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { code minCount period dueMonthDay version } }\n": types.RrUpdateRuleDocument,
    "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { code minCount version } }\n": types.RrCreateRuleDocument,
    "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n": types.RmNotificationsDocument,
    "\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n": types.ScopeItemsDocument,
    "\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n": types.ScopeRecordsDocument,
    "\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n": types.ScopeNestedDocument,
    "\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n": types.ScopePlanItemsDocument,
    "\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n": types.ScopeMineDocument,
    "\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n": types.ScopeNodeDocument,
    "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n": types.PlanTemplatesDocument,
    "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { id year title template { version } progress { total } }\n  }\n": types.CreatePlanDocument,
    "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n": types.PlanOfYearDocument,
    "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n": types.WiCreatePlanDocument,
    "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    }\n  }\n": types.WiCreateItemDocument,
    "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { id status completedAt cancelReason notes { text } }\n  }\n": types.WiChangeStatusDocument,
    "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { id dueDate responsiblePerson { name } } }\n": types.WiUpdateItemDocument,
    "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(workItemId: $id, text: $text) { text author { name } } }\n": types.WiAddNoteDocument,
    "\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n": types.WiItemDocument,
    "\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n": types.WiPlanDocument,
    "\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n": types.WiItemsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n"): (typeof documents)["\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n"): (typeof documents)["\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n"): (typeof documents)["\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met dueSoon overdue notYetDue total\n      byRule { rule { code } met dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n"): (typeof documents)["\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met dueSoon overdue notYetDue total\n      byRule { rule { code } met dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n"): (typeof documents)["\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n"): (typeof documents)["\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query DiNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiRecords { workRecords(first: 5) { totalCount } }"): (typeof documents)["query DiRecords { workRecords(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }"): (typeof documents)["mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }"): (typeof documents)["mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { id fileName mimeType size sha256 downloadUrl }\n  }\n"): (typeof documents)["\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { id fileName mimeType size sha256 downloadUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n"): (typeof documents)["\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } }\n  }\n"): (typeof documents)["\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n"): (typeof documents)["\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredCopies version } }\n"): (typeof documents)["\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredCopies version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { code minCount period dueMonthDay version } }\n"): (typeof documents)["\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { code minCount period dueMonthDay version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { code minCount version } }\n"): (typeof documents)["\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { code minCount version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n"): (typeof documents)["\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n"): (typeof documents)["\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n"): (typeof documents)["\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n"): (typeof documents)["\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n"): (typeof documents)["\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n"): (typeof documents)["\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n"): (typeof documents)["\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { id year title template { version } progress { total } }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { id year title template { version } progress { total } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n"): (typeof documents)["\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n"): (typeof documents)["\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    }\n  }\n"): (typeof documents)["\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { id status completedAt cancelReason notes { text } }\n  }\n"): (typeof documents)["\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { id status completedAt cancelReason notes { text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { id dueDate responsiblePerson { name } } }\n"): (typeof documents)["\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { id dueDate responsiblePerson { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(workItemId: $id, text: $text) { text author { name } } }\n"): (typeof documents)["\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(workItemId: $id, text: $text) { text author { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n"): (typeof documents)["\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n"): (typeof documents)["\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n"): (typeof documents)["\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;