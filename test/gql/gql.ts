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
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n": typeof types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n": typeof types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n": typeof types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n": typeof types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n": typeof types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": typeof types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": typeof types.LcNotificationsDocument,
};
const documents: Documents = {
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n": types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n": types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n": types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n": types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n": types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": types.LcNotificationsDocument,
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
export function graphql(source: "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n"): (typeof documents)["\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n"): (typeof documents)["\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n"): (typeof documents)["\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n"): (typeof documents)["\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n"): (typeof documents)["\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;