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
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": typeof types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": typeof types.EquivalenceAuditDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": typeof types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": typeof types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": typeof types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }": typeof types.EquivalenceChangeDutyDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n": typeof types.RequestExportDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
};
const documents: Documents = {
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": types.EquivalenceAuditDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }": types.EquivalenceChangeDutyDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n": types.RequestExportDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
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
export function graphql(source: "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n"): (typeof documents)["\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n"): (typeof documents)["\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }"): (typeof documents)["mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"): (typeof documents)["mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"): (typeof documents)["mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }"): (typeof documents)["query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }"): (typeof documents)["mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n"): (typeof documents)["\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n"): (typeof documents)["\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n"): (typeof documents)["\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;