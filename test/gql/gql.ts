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
    "\n  query BenchTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } }\n    }\n  }\n": typeof types.BenchTreeDocument,
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
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": typeof types.StatementsTreeDocument,
    "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n": typeof types.CmChannelsDocument,
    "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { id name registrationStatus registrationDueOn reviewer { name } }\n  }\n": typeof types.CmCreateChannelDocument,
    "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { id registeredOn registrationStatus registeredInTime status reviewer { name } }\n  }\n": typeof types.CmUpdateChannelDocument,
    "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(channelId: $channelId, result: $result, findings: $findings) { id result reviewedOn reviewer { name } }\n  }\n": typeof types.CmReviewDocument,
    "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(unitId: $unitId, period: $period) { id period unit { name } filedBy { name } }\n  }\n": typeof types.CmZeroDocument,
    "\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n": typeof types.CmCasesDocument,
    "\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n": typeof types.CmCaseNodeDocument,
    "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(caseId: $caseId, referenceNumber: $ref) { id isReferred referredOn referredToBody referenceNumber }\n  }\n": typeof types.CmReferDocument,
    "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(caseId: $caseId, outcome: $outcome) { id outcome outcomeOn } }\n": typeof types.CmOutcomeDocument,
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n": typeof types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n": typeof types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n": typeof types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n": typeof types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n": typeof types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": typeof types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": typeof types.LcNotificationsDocument,
    "\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n": typeof types.PbtRisksDocument,
    "\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n": typeof types.PbtChannelsDocument,
    "\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n": typeof types.PbtCasesDocument,
    "\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.PbtNodesDocument,
    "\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n": typeof types.StRiskListDocument,
    "\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n": typeof types.StChannelsDocument,
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
    "\n  query BenchTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } }\n    }\n  }\n": types.BenchTreeDocument,
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
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": types.StatementsTreeDocument,
    "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n": types.CmChannelsDocument,
    "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { id name registrationStatus registrationDueOn reviewer { name } }\n  }\n": types.CmCreateChannelDocument,
    "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { id registeredOn registrationStatus registeredInTime status reviewer { name } }\n  }\n": types.CmUpdateChannelDocument,
    "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(channelId: $channelId, result: $result, findings: $findings) { id result reviewedOn reviewer { name } }\n  }\n": types.CmReviewDocument,
    "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(unitId: $unitId, period: $period) { id period unit { name } filedBy { name } }\n  }\n": types.CmZeroDocument,
    "\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n": types.CmCasesDocument,
    "\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n": types.CmCaseNodeDocument,
    "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(caseId: $caseId, referenceNumber: $ref) { id isReferred referredOn referredToBody referenceNumber }\n  }\n": types.CmReferDocument,
    "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(caseId: $caseId, outcome: $outcome) { id outcome outcomeOn } }\n": types.CmOutcomeDocument,
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    }\n  }\n": types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    }\n  }\n": types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { id task dueOn isDone responsiblePerson { name } }\n  }\n": types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(rectificationId: $id) { id isDone doneOn } }\n": types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { id channel content respondedOn } }\n": types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": types.LcNotificationsDocument,
    "\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n": types.PbtRisksDocument,
    "\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n": types.PbtChannelsDocument,
    "\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n": types.PbtCasesDocument,
    "\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.PbtNodesDocument,
    "\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n": types.StRiskListDocument,
    "\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n": types.StChannelsDocument,
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
export function graphql(source: "\n  query BenchTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query BenchTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges { node { id name kind parent { id } children { id name } leadershipTeam { role person { name } } duties { kind person { name } scopeUnits { id } } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { id name registrationStatus registrationDueOn reviewer { name } }\n  }\n"): (typeof documents)["\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { id name registrationStatus registrationDueOn reviewer { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { id registeredOn registrationStatus registeredInTime status reviewer { name } }\n  }\n"): (typeof documents)["\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { id registeredOn registrationStatus registeredInTime status reviewer { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(channelId: $channelId, result: $result, findings: $findings) { id result reviewedOn reviewer { name } }\n  }\n"): (typeof documents)["\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(channelId: $channelId, result: $result, findings: $findings) { id result reviewedOn reviewer { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(unitId: $unitId, period: $period) { id period unit { name } filedBy { name } }\n  }\n"): (typeof documents)["\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(unitId: $unitId, period: $period) { id period unit { name } filedBy { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n"): (typeof documents)["\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n"): (typeof documents)["\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(caseId: $caseId, referenceNumber: $ref) { id isReferred referredOn referredToBody referenceNumber }\n  }\n"): (typeof documents)["\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(caseId: $caseId, referenceNumber: $ref) { id isReferred referredOn referredToBody referenceNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(caseId: $caseId, outcome: $outcome) { id outcome outcomeOn } }\n"): (typeof documents)["\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(caseId: $caseId, outcome: $outcome) { id outcome outcomeOn } }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n"): (typeof documents)["\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n"): (typeof documents)["\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n"): (typeof documents)["\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n"): (typeof documents)["\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n"];
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