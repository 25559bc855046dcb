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
    "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": typeof types.ChainRenameDocument,
    "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n": typeof types.TrailDocument,
    "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": typeof types.TrailRenameDocument,
    "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n": typeof types.ConcurrentAppointDocument,
    "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n": typeof types.RulesCreatePersonDocument,
    "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { id role isActive person { id name } duties { id kind isActive } }\n  }\n": typeof types.RulesAppointDocument,
    "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(postId: $postId, reason: $reason) { id isActive endDate duties { kind isActive endReason } } }\n": typeof types.RulesEndPostDocument,
    "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope) { id kind }\n  }\n": typeof types.RulesAssignDocument,
    "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date) { id kind startDate scopeUnits { name } }\n  }\n": typeof types.RulesChangeDocument,
    "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(dutyId: $dutyId) { id } }\n": typeof types.RulesEndDutyDocument,
    "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(unitId: $unitId, assignments: $assignments) { kind person { name } }\n  }\n": typeof types.RulesRearrangeDocument,
    "\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n": typeof types.RulesUnitTeamDocument,
    "\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n": typeof types.RulesUnitDutiesDocument,
    "\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n": typeof types.RulesCoverageDocument,
    "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name depth ancestors { name } } }\n": typeof types.RulesCreateUnitDocument,
    "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(unitId: $unitId, newParentId: $parentId) { id depth parent { name } } }\n": typeof types.RulesMoveUnitDocument,
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": typeof types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": typeof types.EquivalenceAuditDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": typeof types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": typeof types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": typeof types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }": typeof types.EquivalenceChangeDutyDocument,
    "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": typeof types.ExportsCreateDocument,
    "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": typeof types.ExportsArchiveDocument,
    "\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n": typeof types.ExportsSubtreeDocument,
    "query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }": typeof types.ExportsLedgersDocument,
    "mutation ExportsEndPost($postId: ID!) { endPost(postId: $postId) { id isActive } }": typeof types.ExportsEndPostDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n": typeof types.RequestExportDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": typeof types.StatementsTreeDocument,
    "\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n": typeof types.CrossNodeDocument,
    "\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n": typeof types.CrossFilterDocument,
    "\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n": typeof types.CrossDutiesDocument,
    "\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n": typeof types.CrossCoverageDocument,
    "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(unitId: $unitId, name: \"篡改\") { name } }\n": typeof types.CrossRenameDocument,
    "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n": typeof types.CrossAppointDocument,
    "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n": typeof types.CrossViewerDocument,
    "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n": typeof types.PropertyTreeDocument,
    "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.PropertyNodeDocument,
};
const documents: Documents = {
    "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": types.ChainRenameDocument,
    "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n": types.TrailDocument,
    "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": types.TrailRenameDocument,
    "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n": types.ConcurrentAppointDocument,
    "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n": types.RulesCreatePersonDocument,
    "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { id role isActive person { id name } duties { id kind isActive } }\n  }\n": types.RulesAppointDocument,
    "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(postId: $postId, reason: $reason) { id isActive endDate duties { kind isActive endReason } } }\n": types.RulesEndPostDocument,
    "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope) { id kind }\n  }\n": types.RulesAssignDocument,
    "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date) { id kind startDate scopeUnits { name } }\n  }\n": types.RulesChangeDocument,
    "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(dutyId: $dutyId) { id } }\n": types.RulesEndDutyDocument,
    "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(unitId: $unitId, assignments: $assignments) { kind person { name } }\n  }\n": types.RulesRearrangeDocument,
    "\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n": types.RulesUnitTeamDocument,
    "\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n": types.RulesUnitDutiesDocument,
    "\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n": types.RulesCoverageDocument,
    "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name depth ancestors { name } } }\n": types.RulesCreateUnitDocument,
    "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(unitId: $unitId, newParentId: $parentId) { id depth parent { name } } }\n": types.RulesMoveUnitDocument,
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": types.EquivalenceAuditDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }": types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(dutyId: $dutyId, scopeUnitIds: $scope) { id } }": types.EquivalenceChangeDutyDocument,
    "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }": types.ExportsCreateDocument,
    "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }": types.ExportsArchiveDocument,
    "\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n": types.ExportsSubtreeDocument,
    "query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }": types.ExportsLedgersDocument,
    "mutation ExportsEndPost($postId: ID!) { endPost(postId: $postId) { id isActive } }": types.ExportsEndPostDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { url expiresAt filename }\n  }\n": types.RequestExportDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": types.StatementsTreeDocument,
    "\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n": types.CrossNodeDocument,
    "\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n": types.CrossFilterDocument,
    "\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n": types.CrossDutiesDocument,
    "\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n": types.CrossCoverageDocument,
    "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(unitId: $unitId, name: \"篡改\") { name } }\n": types.CrossRenameDocument,
    "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n": types.CrossAppointDocument,
    "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n": types.CrossViewerDocument,
    "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n": types.PropertyTreeDocument,
    "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.PropertyNodeDocument,
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
export function graphql(source: "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"): (typeof documents)["mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n"): (typeof documents)["\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"): (typeof documents)["mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(unitId: $unitId, name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n"): (typeof documents)["\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n"): (typeof documents)["\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { id role isActive person { id name } duties { id kind isActive } }\n  }\n"): (typeof documents)["\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { id role isActive person { id name } duties { id kind isActive } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(postId: $postId, reason: $reason) { id isActive endDate duties { kind isActive endReason } } }\n"): (typeof documents)["\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(postId: $postId, reason: $reason) { id isActive endDate duties { kind isActive endReason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope) { id kind }\n  }\n"): (typeof documents)["\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope) { id kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date) { id kind startDate scopeUnits { name } }\n  }\n"): (typeof documents)["\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date) { id kind startDate scopeUnits { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(dutyId: $dutyId) { id } }\n"): (typeof documents)["\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(dutyId: $dutyId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(unitId: $unitId, assignments: $assignments) { kind person { name } }\n  }\n"): (typeof documents)["\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(unitId: $unitId, assignments: $assignments) { kind person { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n"): (typeof documents)["\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n"): (typeof documents)["\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name depth ancestors { name } } }\n"): (typeof documents)["\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id name depth ancestors { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(unitId: $unitId, newParentId: $parentId) { id depth parent { name } } }\n"): (typeof documents)["\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(unitId: $unitId, newParentId: $parentId) { id depth parent { name } } }\n"];
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
export function graphql(source: "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"): (typeof documents)["mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }"): (typeof documents)["mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(unitId: $unitId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n"): (typeof documents)["\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }"): (typeof documents)["query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsEndPost($postId: ID!) { endPost(postId: $postId) { id isActive } }"): (typeof documents)["mutation ExportsEndPost($postId: ID!) { endPost(postId: $postId) { id isActive } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n"): (typeof documents)["\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n"): (typeof documents)["\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n"): (typeof documents)["\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n"): (typeof documents)["\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(unitId: $unitId, name: \"篡改\") { name } }\n"): (typeof documents)["\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(unitId: $unitId, name: \"篡改\") { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n"): (typeof documents)["\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n"): (typeof documents)["\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;