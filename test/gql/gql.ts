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
    "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    }\n  }\n": typeof types.RecordAccountabilityDocument,
    "\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n": typeof types.AccountabilityRecordsDocument,
    "\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n": typeof types.MyRecordsDocument,
    "\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n": typeof types.AccountabilityNodeDocument,
    "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id }\n  }\n": typeof types.CreateMemberAssessmentDocument,
    "\n  mutation EndPostForAccountability($postId: ID!) { endPost(postId: $postId, reason: \"调任\") { id endDate } }\n": typeof types.EndPostForAccountabilityDocument,
    "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } }\n  }\n": typeof types.DefineSetDocument,
    "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n": typeof types.SetsDocument,
    "\n  query Sources { indicatorSources { key name available } }\n": typeof types.SourcesDocument,
    "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n": typeof types.AssessmentByIdDocument,
    "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id status quantitativeScore values { indicator { code } value score } }\n  }\n": typeof types.CreateAssessmentDocument,
    "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(year: $year, committeeId: $committeeId) { id unit { name } } }\n": typeof types.StartRoundDocument,
    "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(id: $id, values: $values, grade: $grade) { id quantitativeScore grade }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  mutation Rate($id: ID!, $score: Decimal!) { rateAssessment(id: $id, score: $score) { id ratingSummary { count average } myRating { score } } }\n": typeof types.RateDocument,
    "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(id: $id, grade: $grade) { id status grade quantitativeScore } }\n": typeof types.FinaliseDocument,
    "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(id: $id, values: $values, grade: $grade, reason: $reason) { id quantitativeScore grade amendments { field before after } }\n  }\n": typeof types.AmendDocument,
    "\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n": typeof types.TrendDocument,
    "\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n": typeof types.AssessmentListDocument,
    "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { id sector form date contactName contactAffiliation leader { name } unit { name } }\n  }\n": typeof types.RecordContactDocument,
    "\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n": typeof types.LiaisonSummaryDocument,
    "\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n": typeof types.ContactsDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { id course hours layer trainingClass participantCount participants { hours person { name } } }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n": typeof types.TrainingsDocument,
    "\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n": typeof types.PersonHoursDocument,
    "\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n": typeof types.ScopeEverythingDocument,
    "\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.ScopeNodesDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
};
const documents: Documents = {
    "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    }\n  }\n": types.RecordAccountabilityDocument,
    "\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n": types.AccountabilityRecordsDocument,
    "\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n": types.MyRecordsDocument,
    "\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n": types.AccountabilityNodeDocument,
    "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id }\n  }\n": types.CreateMemberAssessmentDocument,
    "\n  mutation EndPostForAccountability($postId: ID!) { endPost(postId: $postId, reason: \"调任\") { id endDate } }\n": types.EndPostForAccountabilityDocument,
    "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } }\n  }\n": types.DefineSetDocument,
    "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n": types.SetsDocument,
    "\n  query Sources { indicatorSources { key name available } }\n": types.SourcesDocument,
    "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n": types.AssessmentByIdDocument,
    "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id status quantitativeScore values { indicator { code } value score } }\n  }\n": types.CreateAssessmentDocument,
    "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(year: $year, committeeId: $committeeId) { id unit { name } } }\n": types.StartRoundDocument,
    "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(id: $id, values: $values, grade: $grade) { id quantitativeScore grade }\n  }\n": types.UpdateAssessmentDocument,
    "\n  mutation Rate($id: ID!, $score: Decimal!) { rateAssessment(id: $id, score: $score) { id ratingSummary { count average } myRating { score } } }\n": types.RateDocument,
    "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(id: $id, grade: $grade) { id status grade quantitativeScore } }\n": types.FinaliseDocument,
    "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(id: $id, values: $values, grade: $grade, reason: $reason) { id quantitativeScore grade amendments { field before after } }\n  }\n": types.AmendDocument,
    "\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n": types.RankingDocument,
    "\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n": types.TrendDocument,
    "\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n": types.AssessmentListDocument,
    "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { id sector form date contactName contactAffiliation leader { name } unit { name } }\n  }\n": types.RecordContactDocument,
    "\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n": types.LiaisonSummaryDocument,
    "\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n": types.ContactsDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { id course hours layer trainingClass participantCount participants { hours person { name } } }\n  }\n": types.RecordTrainingDocument,
    "\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n": types.TrainingsDocument,
    "\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n": types.PersonHoursDocument,
    "\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n": types.ScopeEverythingDocument,
    "\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.ScopeNodesDocument,
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
export function graphql(source: "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n"): (typeof documents)["\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n"): (typeof documents)["\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n"): (typeof documents)["\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id }\n  }\n"): (typeof documents)["\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPostForAccountability($postId: ID!) { endPost(postId: $postId, reason: \"调任\") { id endDate } }\n"): (typeof documents)["\n  mutation EndPostForAccountability($postId: ID!) { endPost(postId: $postId, reason: \"调任\") { id endDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } }\n  }\n"): (typeof documents)["\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n"): (typeof documents)["\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources { indicatorSources { key name available } }\n"): (typeof documents)["\n  query Sources { indicatorSources { key name available } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id status quantitativeScore values { indicator { code } value score } }\n  }\n"): (typeof documents)["\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(year: $year, unitId: $unitId, personId: $personId) { id status quantitativeScore values { indicator { code } value score } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(year: $year, committeeId: $committeeId) { id unit { name } } }\n"): (typeof documents)["\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(year: $year, committeeId: $committeeId) { id unit { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(id: $id, values: $values, grade: $grade) { id quantitativeScore grade }\n  }\n"): (typeof documents)["\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(id: $id, values: $values, grade: $grade) { id quantitativeScore grade }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rate($id: ID!, $score: Decimal!) { rateAssessment(id: $id, score: $score) { id ratingSummary { count average } myRating { score } } }\n"): (typeof documents)["\n  mutation Rate($id: ID!, $score: Decimal!) { rateAssessment(id: $id, score: $score) { id ratingSummary { count average } myRating { score } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(id: $id, grade: $grade) { id status grade quantitativeScore } }\n"): (typeof documents)["\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(id: $id, grade: $grade) { id status grade quantitativeScore } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(id: $id, values: $values, grade: $grade, reason: $reason) { id quantitativeScore grade amendments { field before after } }\n  }\n"): (typeof documents)["\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(id: $id, values: $values, grade: $grade, reason: $reason) { id quantitativeScore grade amendments { field before after } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n"): (typeof documents)["\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n"): (typeof documents)["\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { id sector form date contactName contactAffiliation leader { name } unit { name } }\n  }\n"): (typeof documents)["\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { id sector form date contactName contactAffiliation leader { name } unit { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n"): (typeof documents)["\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n"): (typeof documents)["\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { id course hours layer trainingClass participantCount participants { hours person { name } } }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { id course hours layer trainingClass participantCount participants { hours person { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n"): (typeof documents)["\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n"): (typeof documents)["\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
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