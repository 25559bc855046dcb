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
    "\n  mutation OtpImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accounts { username temporaryPassword }\n      oneTimePasswords { id url expiresAt filename }\n    }\n  }\n": typeof types.OtpImportDocument,
    "\n  mutation OtpReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { temporaryPassword oneTimePasswords { id url expiresAt filename } }\n  }\n": typeof types.OtpResetDocument,
    "query OtpViewer { viewer { username } }": typeof types.OtpViewerDocument,
    "\n  mutation PathLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token mustChangePassword }\n  }\n": typeof types.PathLoginDocument,
    "\n  mutation PathChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { token }\n  }\n": typeof types.PathChangePasswordDocument,
    "query PathBureaus { bureaus { name code } }": typeof types.PathBureausDocument,
    "\n  mutation PathCreateBureau($input: CreateBureauInput!) {\n    createBureau(input: $input) { tenant { id name } temporaryPassword administrator { username mustChangePassword } }\n  }\n": typeof types.PathCreateBureauDocument,
    "query PathViewer { viewer { username isAdministrator person { name } tenant { name } } }": typeof types.PathViewerDocument,
    "query PathUnits { orgUnits(first: 100) { totalCount edges { node { id name code kind } } } }": typeof types.PathUnitsDocument,
    "\n  mutation PathCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }\n": typeof types.PathCreateUnitDocument,
    "\n  mutation PathCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n": typeof types.PathCreatePersonDocument,
    "\n  mutation PathAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id role } } }\n": typeof types.PathAppointDocument,
    "\n  mutation PathCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { account { username } temporaryPassword } }\n": typeof types.PathCreateAccountDocument,
    "query PathRisks { risks(first: 5) { totalCount } }": typeof types.PathRisksDocument,
    "mutation PathDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { username disabled } } }": typeof types.PathDisableDocument,
    "mutation PathEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { username disabled } } }": typeof types.PathEnableDocument,
    "mutation PathReset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { username mustChangePassword } temporaryPassword } }": typeof types.PathResetDocument,
    "query AdminUnits { orgUnits(first: 200) { totalCount } }": typeof types.AdminUnitsDocument,
    "\n  query AdminRecords {\n    risks(first: 5) { totalCount }\n  }\n": typeof types.AdminRecordsDocument,
    "query AdminWorkItems { workItems(first: 5) { totalCount } }": typeof types.AdminWorkItemsDocument,
    "query AdminAssessments { assessments(first: 5) { totalCount } }": typeof types.AdminAssessmentsDocument,
    "query AdminTrail { auditTrail(first: 1) { totalCount } }": typeof types.AdminTrailDocument,
    "query AdminNode($id: ID!) { node(id: $id) { id } }": typeof types.AdminNodeDocument,
    "query AdminOverview($year: Int!) { districtOverview(year: $year) { tenant { name } } }": typeof types.AdminOverviewDocument,
    "\n  mutation AdminCreateBureau($input: CreateBureauInput!) { createBureau(input: $input) { tenant { id name } temporaryPassword } }\n": typeof types.AdminCreateBureauDocument,
    "mutation AdminCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }": typeof types.AdminCreatePersonDocument,
    "mutation AdminAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }": typeof types.AdminAppointDocument,
    "mutation AdminCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }": typeof types.AdminCreateAccountDocument,
    "mutation AdminChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": typeof types.AdminChangePasswordDocument,
    "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    } }\n  }\n": typeof types.RecordAccountabilityDocument,
    "\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n": typeof types.AccountabilityRecordsDocument,
    "\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n": typeof types.MyRecordsDocument,
    "\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n": typeof types.AccountabilityNodeDocument,
    "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id } }\n  }\n": typeof types.CreateMemberAssessmentDocument,
    "\n  mutation EndPostForAccountability($postId: ID!) { endPost(input: { postId: $postId, reason: \"调任\" }) { post { id endDate } } }\n": typeof types.EndPostForAccountabilityDocument,
    "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } } }\n  }\n": typeof types.DefineSetDocument,
    "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n": typeof types.SetsDocument,
    "\n  query Sources { indicatorSources { key name measure } }\n": typeof types.SourcesDocument,
    "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n": typeof types.AssessmentByIdDocument,
    "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id status quantitativeScore values { indicator { code } value score } } }\n  }\n": typeof types.CreateAssessmentDocument,
    "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(input: { year: $year, committeeId: $committeeId }) { assessments { id unit { name } } } }\n": typeof types.StartRoundDocument,
    "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n": typeof types.UpdateAssessmentDocument,
    "\n  mutation Rate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }\n": typeof types.RateDocument,
    "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade quantitativeScore } } }\n": typeof types.FinaliseDocument,
    "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(input: { assessmentId: $id, values: $values, grade: $grade, reason: $reason }) { assessment { id quantitativeScore grade amendments { field before after } } }\n  }\n": typeof types.AmendDocument,
    "\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n": typeof types.RankingDocument,
    "\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n": typeof types.TrendDocument,
    "\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n": typeof types.AssessmentListDocument,
    "\n  query DecidersBureaus { bureaus { name committeeId leadershipTeam { personId name role } } }\n": typeof types.DecidersBureausDocument,
    "\n  mutation DecidersOpenTeam($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName subjectIsPerson unit { name } person { name } status } }\n  }\n": typeof types.DecidersOpenTeamDocument,
    "\n  mutation DecidersCreate($year: Int!, $unitId: ID!, $personId: ID) { createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id subjectName } } }\n": typeof types.DecidersCreateDocument,
    "\n  mutation DecidersUpdate($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n": typeof types.DecidersUpdateDocument,
    "\n  mutation DecidersFinalise($id: ID!, $grade: AssessmentGrade!) {\n    finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade finalisedByRole finalisedBy { name } values { indicator { code } value } } }\n  }\n": typeof types.DecidersFinaliseDocument,
    "\n  query DecidersList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) { totalCount edges { node { id year subjectName subjectIsPerson unit { name } indicatorSet { year purpose } } } }\n  }\n": typeof types.DecidersListDocument,
    "\n  mutation DecidersRecord($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord { id measure subjectName recordedByRole recordedBy { name } } }\n  }\n": typeof types.DecidersRecordDocument,
    "\n  query DecidersRecords { accountabilityRecords(first: 50) { totalCount edges { node { id measure subjectName } } } }\n": typeof types.DecidersRecordsDocument,
    "query DecidersUnits { orgUnits(first: 5) { totalCount } }": typeof types.DecidersUnitsDocument,
    "mutation DecidersOpenRound($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }": typeof types.DecidersOpenRoundDocument,
    "mutation DecidersRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }": typeof types.DecidersRateDocument,
    "\n    mutation DecidersDefineSet($input: DefineIndicatorSetInput!) { defineIndicatorSet(input: $input) { indicatorSet { id version } } }\n  ": typeof types.DecidersDefineSetDocument,
    "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { liaisonContact { id sector form date contactName contactAffiliation leader { name } unit { name } } }\n  }\n": typeof types.RecordContactDocument,
    "\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n": typeof types.LiaisonSummaryDocument,
    "\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n": typeof types.ContactsDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { trainingRecord { id course hours layer trainingClass participantCount participants { hours person { name } } } }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n": typeof types.TrainingsDocument,
    "\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n": typeof types.PersonHoursDocument,
    "mutation AnonOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id subjectIsPerson } } }": typeof types.AnonOpenTeamDocument,
    "mutation AnonOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }": typeof types.AnonOpenDocument,
    "mutation AnonClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { status } } }": typeof types.AnonCloseDocument,
    "mutation AnonRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }": typeof types.AnonRateDocument,
    "mutation AnonRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }": typeof types.AnonRefreshDocument,
    "\n  query AnonSeen($id: ID!) {\n    node(id: $id) { ... on Assessment { status ratingSummary { count average min max } values { indicator { code } value score } } }\n    ratingRounds(openOnly: false) { year status targets { subjectName myRating { score } } }\n  }\n": typeof types.AnonSeenDocument,
    "query AnonTrail { auditTrail(first: 200) { edges { node { seq action actorName entityType before after } } } }": typeof types.AnonTrailDocument,
    "\n  mutation RoundsOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id } } }\n": typeof types.RoundsOpenTeamDocument,
    "\n  mutation RoundsOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id year status unitName } } }\n": typeof types.RoundsOpenDocument,
    "\n  mutation RoundsClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { id status closedAt } } }\n": typeof types.RoundsCloseDocument,
    "\n  query RoundsList { ratingRounds { id year unitName status targets { assessmentId subjectName subjectIsPerson myRating { score } } } }\n": typeof types.RoundsListDocument,
    "\n  mutation RoundsRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score comment } } }\n": typeof types.RoundsRateDocument,
    "\n  query RoundsSummary($id: ID!) { node(id: $id) { ... on Assessment { subjectName myRating { score } ratingSummary { count average } values { indicator { code } value } } } }\n": typeof types.RoundsSummaryDocument,
    "\n  query RoundsTrail { auditTrail(first: 100, filter: { entityType: \"RatingRound\" }) { edges { node { action actorName entityId before after } } } }\n": typeof types.RoundsTrailDocument,
    "query RoundsRatingNode($id: ID!) { node(id: $id) { id } }": typeof types.RoundsRatingNodeDocument,
    "\n  mutation RoundsExport($input: RequestExportInput!) { requestExport(input: $input) { link { url } } }\n": typeof types.RoundsExportDocument,
    "mutation RoundsRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }": typeof types.RoundsRefreshDocument,
    "\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n": typeof types.ScopeEverythingDocument,
    "\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.ScopeNodesDocument,
    "\n  mutation TeamSetsDefine($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version purpose status definedByRole } }\n  }\n": typeof types.TeamSetsDefineDocument,
    "\n  mutation TeamSetsPropose($input: ProposeIndicatorSetInput!) {\n    proposeIndicatorSet(input: $input) { indicatorSet { id year version purpose status } }\n  }\n": typeof types.TeamSetsProposeDocument,
    "\n  mutation TeamSetsApprove($id: ID!) {\n    approveIndicatorSet(input: { id: $id }) { indicatorSet { id year version purpose status approvedByRole approvedAt } }\n  }\n": typeof types.TeamSetsApproveDocument,
    "\n  query TeamSetsList($purpose: IndicatorSetPurpose, $tenantId: ID) {\n    indicatorSets(purpose: $purpose, tenantId: $tenantId) { id year version purpose status definedByRole approvedByRole }\n  }\n": typeof types.TeamSetsListDocument,
    "\n  mutation TeamSetsOpen($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName indicatorSet { id year version purpose } } }\n  }\n": typeof types.TeamSetsOpenDocument,
    "\n  mutation TeamSetsCreate($year: Int!, $unitId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId }) { assessment { id indicatorSet { id year purpose } } }\n  }\n": typeof types.TeamSetsCreateDocument,
    "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": typeof types.ChainRenameDocument,
    "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n": typeof types.TrailDocument,
    "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": typeof types.TrailRenameDocument,
    "\n  query PropTree { orgUnits(first: 100) { totalCount edges { node { id name parent { name } leadershipTeam { role person { name } } } } } }\n": typeof types.PropTreeDocument,
    "\n  query PropRisks { risks(first: 100) { totalCount edges { node { id title severity isOverdue unit { name } } } } }\n": typeof types.PropRisksDocument,
    "\n  query PropWorkItems { workItems(first: 100) { totalCount edges { node { id title isOverdue unit { name } } } } }\n": typeof types.PropWorkItemsDocument,
    "\n  mutation PropRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }\n": typeof types.PropRenameDocument,
    "\n  mutation PropReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }\n": typeof types.PropReportDocument,
    "\n  query CacheTree {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name parent { name } leadershipTeam { id role endDate person { name } } } }\n    }\n  }\n": typeof types.CacheTreeDocument,
    "\n  query CacheRisks { risks(first: 100) { totalCount edges { node { id title handlingDeadline isOverdue } } } }\n": typeof types.CacheRisksDocument,
    "\n  mutation CacheRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id name } } }\n": typeof types.CacheRenameDocument,
    "\n  mutation CacheReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id isOverdue } } }\n": typeof types.CacheReportDocument,
    "\n  mutation CacheEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id endDate } } }\n": typeof types.CacheEndPostDocument,
    "\n  mutation CacheChangePassword($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { token } }\n": typeof types.CacheChangePasswordDocument,
    "query CacheBad($id: ID!) { node(id: $id) { id } }": typeof types.CacheBadDocument,
    "\n  mutation DwRecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      inspection { id date findings findingCount bureau { id name } items { id position problem rectification dueOn answer } workRecordId }\n    }\n  }\n": typeof types.DwRecordInspectionDocument,
    "\n  mutation DwAnswer($input: AnswerInspectionFindingInput!) {\n    answerInspectionFinding(input: $input) { finding { id answer answeredOn answeredBy { name } } }\n  }\n": typeof types.DwAnswerDocument,
    "\n  query DwInspections($year: Int) {\n    inspections(first: 50, year: $year) {\n      totalCount\n      edges { node { id date bureau { id name } answeredCount findingCount items { id problem answer answeredOn answeredBy { name } } } }\n    }\n  }\n": typeof types.DwInspectionsDocument,
    "query DwNode($id: ID!) { node(id: $id) { id } }": typeof types.DwNodeDocument,
    "\n  query DwRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code status } } }\n": typeof types.DwRulesDocument,
    "\n  query DwChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name ownerUnitName bureau { id } registrationStatus responsibleContact { name } responsiblePerson { name } reviewer { name } districtReviews { result findings } } }\n    }\n  }\n": typeof types.DwChannelsDocument,
    "\n  query DwZero { channelZeroReports(first: 50) { totalCount edges { node { period unitName bureau { id } filedBy { name } } } } }\n": typeof types.DwZeroDocument,
    "\n  mutation DwReview($input: RecordDistrictChannelReviewInput!) {\n    recordDistrictChannelReview(input: $input) { review { id result findings bureau { id } channel { name } } }\n  }\n": typeof types.DwReviewDocument,
    "\n  query DwByBureau($year: Int!) {\n    reportsByBureau(year: $year) { bureau { id } year annualReportSent sent { kind title sentTo copiedTo } copied { kind title sentTo copiedTo } }\n  }\n": typeof types.DwByBureauDocument,
    "\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n": typeof types.DiOverviewDocument,
    "\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n": typeof types.DiReceivedDocument,
    "query DiNode($id: ID!) { node(id: $id) { id } }": typeof types.DiNodeDocument,
    "query DiRecords { workRecords(first: 5) { totalCount } }": typeof types.DiRecordsDocument,
    "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n": typeof types.ConcurrentAppointDocument,
    "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n": typeof types.RulesCreatePersonDocument,
    "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { post { id role isActive person { id name } duties { id kind isActive } } }\n  }\n": typeof types.RulesAppointDocument,
    "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(input: { postId: $postId, reason: $reason }) { post { id isActive endDate duties { kind isActive endReason } } } }\n": typeof types.RulesEndPostDocument,
    "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(input: { unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope }) { duty { id kind } }\n  }\n": typeof types.RulesAssignDocument,
    "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(input: { dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date }) { duty { id kind startDate scopeUnits { name } } }\n  }\n": typeof types.RulesChangeDocument,
    "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(input: { dutyId: $dutyId }) { duty { id } } }\n": typeof types.RulesEndDutyDocument,
    "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(input: { unitId: $unitId, assignments: $assignments }) { duties { kind person { name } } }\n  }\n": typeof types.RulesRearrangeDocument,
    "\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n": typeof types.RulesUnitTeamDocument,
    "\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n": typeof types.RulesUnitDutiesDocument,
    "\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n": typeof types.RulesCoverageDocument,
    "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name depth ancestors { name } } } }\n": typeof types.RulesCreateUnitDocument,
    "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(input: { unitId: $unitId, newParentId: $parentId }) { orgUnit { id depth parent { name } } } }\n": typeof types.RulesMoveUnitDocument,
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceOrgUnitCodes($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id code } } }\n  }\n": typeof types.EquivalenceOrgUnitCodesDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": typeof types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": typeof types.EquivalenceAuditDocument,
    "\n  query EquivalenceWorkItems($after: String) {\n    workItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceWorkItemsDocument,
    "\n  query EquivalenceWorkRecords($after: String) {\n    workRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceWorkRecordsDocument,
    "\n  query EquivalenceCompliance($unitId: ID!, $year: Int!) { compliance(unitId: $unitId, year: $year) { unit { id } rule { id } } }\n": typeof types.EquivalenceComplianceDocument,
    "\n  query EquivalenceRisks($after: String) {\n    risks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceRisksDocument,
    "\n  query EquivalenceChannels($after: String) {\n    onlineChannels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceChannelsDocument,
    "\n  query EquivalenceMisconduct($after: String) {\n    misconductCases(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceMisconductDocument,
    "\n  query EquivalenceAssessments($after: String) {\n    assessments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceAssessmentsDocument,
    "\n  query EquivalenceAccountability($after: String) {\n    accountabilityRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": typeof types.EquivalenceAccountabilityDocument,
    "\n  query EquivalenceDistrictRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code } } }\n": typeof types.EquivalenceDistrictRulesDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }": typeof types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }": typeof types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": typeof types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": typeof types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(input: { dutyId: $dutyId, scopeUnitIds: $scope }) { duty { id } } }": typeof types.EquivalenceChangeDutyDocument,
    "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }": typeof types.ExportsCreateDocument,
    "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }": typeof types.ExportsArchiveDocument,
    "\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n": typeof types.ExportsSubtreeDocument,
    "query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }": typeof types.ExportsLedgersDocument,
    "mutation ExportsEndPost($postId: ID!) { endPost(input: { postId: $postId }) { post { id isActive } } }": typeof types.ExportsEndPostDocument,
    "mutation ExportsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": typeof types.ExportsChangePasswordDocument,
    "mutation ExportsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }": typeof types.ExportsResetDocument,
    "mutation ExportsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled } } }": typeof types.ExportsDisableDocument,
    "mutation ExportsEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { disabled } } }": typeof types.ExportsEnableDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { link { url expiresAt filename } }\n  }\n": typeof types.RequestExportDocument,
    "\n    query LedgerAssessmentScores($unit: ID!) {\n      assessments(first: 50, filter: { year: 2025, subtreeOf: $unit, subjectIsPerson: false }) { edges { node { id quantitativeScore } } }\n    }\n  ": typeof types.LedgerAssessmentScoresDocument,
    "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n": typeof types.CoComplianceDocument,
    "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met late dueSoon overdue notYetDue total\n      byRule { rule { code } met late dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n": typeof types.CoSummaryDocument,
    "\n    query CoEvidence($unitId: ID!, $year: Int!, $asOf: Date) {\n      compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code } counted withoutEvidence records { title attachments { fileName } } }\n    }\n  ": typeof types.CoEvidenceDocument,
    "mutation CoUpload($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { attachment { id } } }": typeof types.CoUploadDocument,
    "\n    query CoEvidenceDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rules { code withoutEvidence } } }\n  ": typeof types.CoEvidenceDistrictDocument,
    "\n  query PrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code source origin countPer }\n      required counted status\n      periods { due required counted onTime status }\n      missingMembers { name }\n    }\n  }\n": typeof types.PrComplianceDocument,
    "\n  query PrSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) { late byRule { rule { code } late } }\n  }\n": typeof types.PrSummaryDocument,
    "\n  query PrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { shortName }\n      rulesLate annualReportDate annualReportOnTime annualReportDue\n      rules { code source status met late overdue total }\n    }\n  }\n": typeof types.PrOverviewDocument,
    "\n  query PrRules { obligationRules { id code clause origin source note ruleKind severity withinDays countPer requiredRecipients requiredCopies active } }\n": typeof types.PrRulesDocument,
    "\n  mutation PrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount dueMonthDay withinDays active version } } }\n": typeof types.PrUpdateRuleDocument,
    "\n  mutation PrCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { kind person { name } } } }\n": typeof types.PrCreateRecordDocument,
    "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n": typeof types.RmNotificationsDocument,
    "\n  mutation YrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date reportingYear filedAt } }\n  }\n": typeof types.YrCreateRecordDocument,
    "\n  query YrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount dueMonthDay internalDueMonthDay performedByRole }\n      required counted status\n      periods { due internalDue internalStatus counted onTime status }\n      records { date reportingYear filedAt }\n    }\n  }\n": typeof types.YrComplianceDocument,
    "\n  query YrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) { tenant { shortName } annualReportDue rules { code status } }\n  }\n": typeof types.YrOverviewDocument,
    "query YrRules { obligationRules { id code minCount } }": typeof types.YrRulesDocument,
    "\n  mutation YrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount version } } }\n": typeof types.YrUpdateRuleDocument,
    "\n  query YrNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title body } } } } }\n": typeof types.YrNotificationsDocument,
    "\n  mutation YrCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id year } } }\n": typeof types.YrCreatePlanDocument,
    "\n  query YrItems($year: Int!) {\n    workItems(filter: { year: $year }, first: 100) {\n      edges { node { id title status cancelReason dueDate carriedOverFrom { id title } carriedOverTo { id dueDate } } }\n    }\n  }\n": typeof types.YrItemsDocument,
    "\n  query DeUnits { orgUnits(first: 100, filter: { kinds: [DEPARTMENT] }) { totalCount edges { node { id name kind parent { name } } } } }\n": typeof types.DeUnitsDocument,
    "\n  mutation DeCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id kind } } }\n": typeof types.DeCreateUnitDocument,
    "\n  mutation DeMoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }\n": typeof types.DeMoveUnitDocument,
    "\n  query DeChannels { onlineChannels(first: 50) { edges { node { name ownerUnit { name kind } } } } }\n": typeof types.DeChannelsDocument,
    "\n  mutation DeCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { unit { name kind } } } }\n": typeof types.DeCreateRecordDocument,
    "\n  query DeItems { workItems(first: 100) { edges { node { title unit { name kind } } } } }\n": typeof types.DeItemsDocument,
    "\n      query ListSqlPage($first: Int, $after: String) {\n        orgUnits(first: $first, after: $after) { totalCount edges { node { id name parent { id } } } pageInfo { endCursor } }\n      }\n    ": typeof types.ListSqlPageDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": typeof types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": typeof types.StatementsTreeDocument,
    "\n      query StatementsPage($first: Int, $after: String, $last: Int) {\n        orgUnits(first: $first, after: $after, last: $last) { totalCount edges { node { id } } pageInfo { endCursor } }\n      }\n    ": typeof types.StatementsPageDocument,
    "\n  mutation FollowPostsImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accountsDisabled { username name message }\n      accountsEnabled { username name message }\n    }\n  }\n": typeof types.FollowPostsImportDocument,
    "mutation FollowPostsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": typeof types.FollowPostsChangePasswordDocument,
    "mutation FollowPostsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }": typeof types.FollowPostsResetDocument,
    "mutation FollowPostsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled disabledForNoPost } } }": typeof types.FollowPostsDisableDocument,
    "query FollowPostsViewer { viewer { username } }": typeof types.FollowPostsViewerDocument,
    "\n  mutation ImportOrgChart($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      dryRun applied\n      counts { units people posts duties accounts }\n      errors { sheet row column code message }\n      warnings { sheet row column code message }\n      accounts { username temporaryPassword }\n      unitsNotInWorkbook { code name }\n    }\n  }\n": typeof types.ImportOrgChartDocument,
    "query OrgChartVisibleUnits { orgUnits(first: 100) { edges { node { name } } } }": typeof types.OrgChartVisibleUnitsDocument,
    "mutation OrgChartChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": typeof types.OrgChartChangePasswordDocument,
    "\n  mutation CfCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n": typeof types.CfCreatePlanDocument,
    "\n  mutation CfCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }\n": typeof types.CfCreateItemDocument,
    "\n  mutation CfChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status pendingConfirmation confirmedAt } }\n  }\n": typeof types.CfChangeStatusDocument,
    "\n  mutation CfAnswer($input: AnswerWorkItemConfirmationInput!) {\n    answerWorkItemConfirmation(input: $input) { workItem { id status pendingConfirmation confirmedAt confirmedBy { name } notes { text } } }\n  }\n": typeof types.CfAnswerDocument,
    "\n  query CfProgress($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total done pendingConfirmation inProgress }\n      workItems(first: 50, filter: { pendingConfirmation: true }) { totalCount edges { node { id title pendingConfirmation } } }\n    }\n  }\n": typeof types.CfProgressDocument,
    "\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n": typeof types.ScopeItemsDocument,
    "\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n": typeof types.ScopeRecordsDocument,
    "\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n": typeof types.ScopeNestedDocument,
    "\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n": typeof types.ScopePlanItemsDocument,
    "\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n": typeof types.ScopeMineDocument,
    "\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n": typeof types.ScopeNodeDocument,
    "query ScDistrictNotifications { viewer { notifications(first: 100) { edges { node { id } } } } }": typeof types.ScDistrictNotificationsDocument,
    "\n  query TuPlan($year: Int!) { annualPlan(year: $year) { tasksWithoutWorkItems { number } } }\n": typeof types.TuPlanDocument,
    "\n  query TuMine { viewer { notifications(first: 50) { edges { node { kind title } } } } }\n": typeof types.TuMineDocument,
    "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n": typeof types.PlanTemplatesDocument,
    "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { plan { id year title template { version } progress { total } } }\n  }\n": typeof types.CreatePlanDocument,
    "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n": typeof types.PlanOfYearDocument,
    "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n": typeof types.WiCreatePlanDocument,
    "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) { workItem {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    } }\n  }\n": typeof types.WiCreateItemDocument,
    "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status completedAt cancelReason notes { text } } }\n  }\n": typeof types.WiChangeStatusDocument,
    "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id dueDate responsiblePerson { name } } } }\n": typeof types.WiUpdateItemDocument,
    "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(input: { workItemId: $id, text: $text }) { note { text author { name } } } }\n": typeof types.WiAddNoteDocument,
    "\n  mutation WiConfirm($id: ID!) { answerWorkItemConfirmation(input: { workItemId: $id, confirm: true }) { workItem { id pendingConfirmation } } }\n": typeof types.WiConfirmDocument,
    "\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n": typeof types.WiItemDocument,
    "\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n": typeof types.WiPlanDocument,
    "\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n": typeof types.WiItemsPageDocument,
    "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }": typeof types.EvCreatePlanDocument,
    "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }": typeof types.EvCreateItemDocument,
    "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { attachment { id fileName mimeType size sha256 downloadUrl } }\n  }\n": typeof types.EvUploadDocument,
    "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n": typeof types.EvItemDocument,
    "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } } }\n  }\n": typeof types.RrCreateRecordDocument,
    "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n": typeof types.RrRecordsDocument,
    "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredRecipients requiredCopies version } }\n": typeof types.RrRulesDocument,
    "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount period dueMonthDay version } } }\n": typeof types.RrUpdateRuleDocument,
    "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { rule { code minCount version } } }\n": typeof types.RrCreateRuleDocument,
    "\n  query CrRules($all: Boolean) { obligationRules(includeInactive: $all) { id code ruleKind withinDays recordKind minCount period active version } }\n": typeof types.CrRulesDocument,
    "\n  mutation CrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { id withinDays active version } } }\n": typeof types.CrUpdateRuleDocument,
    "\n  query CrChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) { totalCount edges { node { id name launchedOn registrationDueOn registrationStatus registeredInTime } } }\n  }\n": typeof types.CrChannelsDocument,
    "\n  mutation CrCreateChannel($input: CreateOnlineChannelInput!) { createOnlineChannel(input: $input) { channel { id registrationStatus registrationDueOn } } }\n": typeof types.CrCreateChannelDocument,
    "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n": typeof types.CmChannelsDocument,
    "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { channel { id name registrationStatus registrationDueOn reviewer { name } } }\n  }\n": typeof types.CmCreateChannelDocument,
    "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { channel { id registeredOn registrationStatus registeredInTime status reviewer { name } } }\n  }\n": typeof types.CmUpdateChannelDocument,
    "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(input: { channelId: $channelId, result: $result, findings: $findings }) { review { id result reviewedOn reviewer { name } } }\n  }\n": typeof types.CmReviewDocument,
    "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(input: { unitId: $unitId, period: $period }) { zeroReport { id period unit { name } filedBy { name } } }\n  }\n": typeof types.CmZeroDocument,
    "\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n": typeof types.CmCasesDocument,
    "\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n": typeof types.CmCaseNodeDocument,
    "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(input: { caseId: $caseId, referenceNumber: $ref }) { misconductCase { id isReferred referredOn referredToBody referenceNumber } }\n  }\n": typeof types.CmReferDocument,
    "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(input: { caseId: $caseId, outcome: $outcome }) { misconductCase { id outcome outcomeOn } } }\n": typeof types.CmOutcomeDocument,
    "\n  mutation ByClassReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk { id stage mustBeWarned allowedMoves } }\n  }\n": typeof types.ByClassReportDocument,
    "\n  mutation ByClassMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n": typeof types.ByClassMoveDocument,
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    } }\n  }\n": typeof types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n": typeof types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { rectification { id task dueOn isDone responsiblePerson { name } } }\n  }\n": typeof types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(input: { rectificationId: $id }) { rectification { id isDone doneOn } } }\n": typeof types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { response { id channel content respondedOn } } }\n": typeof types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": typeof types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": typeof types.LcNotificationsDocument,
    "\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n": typeof types.PbtRisksDocument,
    "\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n": typeof types.PbtChannelsDocument,
    "\n  query PbtDistrictChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnitName bureau { id } responsiblePerson { id } reviewer { id } reviews { id } } } } }\n": typeof types.PbtDistrictChannelsDocument,
    "\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n": typeof types.PbtCasesDocument,
    "\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.PbtNodesDocument,
    "\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n": typeof types.StRiskListDocument,
    "\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n": typeof types.StChannelsDocument,
    "\n  query ZrList($period: String, $all: Boolean) {\n    channelZeroReports(first: 50, period: $period, includeSuperseded: $all) {\n      totalCount edges { node { id period supersededAt supersededBy { name } unit { name } } }\n    }\n  }\n": typeof types.ZrListDocument,
    "\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n": typeof types.CrossNodeDocument,
    "\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n": typeof types.CrossFilterDocument,
    "\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n": typeof types.CrossDutiesDocument,
    "\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n": typeof types.CrossCoverageDocument,
    "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(input: { unitId: $unitId, name: \"篡改\" }) { orgUnit { name } } }\n": typeof types.CrossRenameDocument,
    "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n": typeof types.CrossAppointDocument,
    "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n": typeof types.CrossViewerDocument,
    "\n  query CrossInspection($id: ID!) { node(id: $id) { id ... on DistrictInspection { findings } ... on InspectionFinding { problem answer } } }\n": typeof types.CrossInspectionDocument,
    "\n  mutation CrossAnswer($id: ID!) { answerInspectionFinding(input: { findingId: $id, answer: \"篡改\" }) { finding { id } } }\n": typeof types.CrossAnswerDocument,
    "mutation IfCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }": typeof types.IfCreatePersonDocument,
    "mutation IfAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }": typeof types.IfAppointDocument,
    "mutation IfEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id } } }": typeof types.IfEndPostDocument,
    "\n  query IfTeam($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        leadershipTeam { person { name } }\n        posts { isActive person { name } }\n        duties { isActive kind person { name } }\n      }\n    }\n  }\n": typeof types.IfTeamDocument,
    "query IfPersonPosts($id: ID!) { node(id: $id) { ... on Person { posts { isActive } duties { isActive } } } }": typeof types.IfPersonPostsDocument,
    "query IfMe { viewer { posts { id } duties { kind } } }": typeof types.IfMeDocument,
    "query IfCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredUnits { name } } }": typeof types.IfCoverageDocument,
    "\n  mutation IfCreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { assessment { id } } }\n": typeof types.IfCreateAssessmentDocument,
    "\n  query PropTrainingCounts { trainingRecords(first: 200) { edges { node { id participantCount } } } }\n": typeof types.PropTrainingCountsDocument,
    "\n  query LeakTrainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount edges { node { id course participantCount participants { person { name } } } }\n    }\n  }\n": typeof types.LeakTrainingsDocument,
    "\n  query LeakSubtreeUnits($root: ID!) { orgUnits(first: 50, filter: { subtreeOf: $root }) { totalCount edges { node { name } } } }\n": typeof types.LeakSubtreeUnitsDocument,
    "\n  query LeakSubtreeWorkItems($root: ID!) { workItems(first: 50, filter: { subtreeOf: $root }) { totalCount } }\n": typeof types.LeakSubtreeWorkItemsDocument,
    "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n": typeof types.PropertyTreeDocument,
    "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.PropertyNodeDocument,
    "mutation HostileChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": typeof types.HostileChangePasswordDocument,
    "\n  mutation HostileExports($input: RequestExportInput!) {\n    a: requestExport(input: $input) { link { url } } b: requestExport(input: $input) { link { url } }\n    c: requestExport(input: $input) { link { url } } d: requestExport(input: $input) { link { url } }\n    e: requestExport(input: $input) { link { url } } f: requestExport(input: $input) { link { url } }\n  }\n": typeof types.HostileExportsDocument,
    "\n  mutation TrustedLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token } }\n": typeof types.TrustedLoginDocument,
    "\n  query TrustedUnits { orgUnits(first: 1) { totalCount } }\n": typeof types.TrustedUnitsDocument,
};
const documents: Documents = {
    "\n  mutation OtpImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accounts { username temporaryPassword }\n      oneTimePasswords { id url expiresAt filename }\n    }\n  }\n": types.OtpImportDocument,
    "\n  mutation OtpReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { temporaryPassword oneTimePasswords { id url expiresAt filename } }\n  }\n": types.OtpResetDocument,
    "query OtpViewer { viewer { username } }": types.OtpViewerDocument,
    "\n  mutation PathLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token mustChangePassword }\n  }\n": types.PathLoginDocument,
    "\n  mutation PathChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { token }\n  }\n": types.PathChangePasswordDocument,
    "query PathBureaus { bureaus { name code } }": types.PathBureausDocument,
    "\n  mutation PathCreateBureau($input: CreateBureauInput!) {\n    createBureau(input: $input) { tenant { id name } temporaryPassword administrator { username mustChangePassword } }\n  }\n": types.PathCreateBureauDocument,
    "query PathViewer { viewer { username isAdministrator person { name } tenant { name } } }": types.PathViewerDocument,
    "query PathUnits { orgUnits(first: 100) { totalCount edges { node { id name code kind } } } }": types.PathUnitsDocument,
    "\n  mutation PathCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }\n": types.PathCreateUnitDocument,
    "\n  mutation PathCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n": types.PathCreatePersonDocument,
    "\n  mutation PathAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id role } } }\n": types.PathAppointDocument,
    "\n  mutation PathCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { account { username } temporaryPassword } }\n": types.PathCreateAccountDocument,
    "query PathRisks { risks(first: 5) { totalCount } }": types.PathRisksDocument,
    "mutation PathDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { username disabled } } }": types.PathDisableDocument,
    "mutation PathEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { username disabled } } }": types.PathEnableDocument,
    "mutation PathReset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { username mustChangePassword } temporaryPassword } }": types.PathResetDocument,
    "query AdminUnits { orgUnits(first: 200) { totalCount } }": types.AdminUnitsDocument,
    "\n  query AdminRecords {\n    risks(first: 5) { totalCount }\n  }\n": types.AdminRecordsDocument,
    "query AdminWorkItems { workItems(first: 5) { totalCount } }": types.AdminWorkItemsDocument,
    "query AdminAssessments { assessments(first: 5) { totalCount } }": types.AdminAssessmentsDocument,
    "query AdminTrail { auditTrail(first: 1) { totalCount } }": types.AdminTrailDocument,
    "query AdminNode($id: ID!) { node(id: $id) { id } }": types.AdminNodeDocument,
    "query AdminOverview($year: Int!) { districtOverview(year: $year) { tenant { name } } }": types.AdminOverviewDocument,
    "\n  mutation AdminCreateBureau($input: CreateBureauInput!) { createBureau(input: $input) { tenant { id name } temporaryPassword } }\n": types.AdminCreateBureauDocument,
    "mutation AdminCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }": types.AdminCreatePersonDocument,
    "mutation AdminAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }": types.AdminAppointDocument,
    "mutation AdminCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }": types.AdminCreateAccountDocument,
    "mutation AdminChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": types.AdminChangePasswordDocument,
    "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    } }\n  }\n": types.RecordAccountabilityDocument,
    "\n  query AccountabilityRecords($filter: AccountabilityFilter) {\n    accountabilityRecords(first: 50, filter: $filter) { totalCount edges { node { id measure severity unit { name } person { name } } } }\n  }\n": types.AccountabilityRecordsDocument,
    "\n  query MyRecords {\n    viewer {\n      accountabilityRecords { id measure unit { name } recordedBy { name } }\n      assessments { id year unit { name } person { name } quantitativeScore accountabilityMeasures { measure } }\n    }\n  }\n": types.MyRecordsDocument,
    "\n  query AccountabilityNode($id: ID!) { node(id: $id) { id ... on AccountabilityRecord { measure } ... on Assessment { year } } }\n": types.AccountabilityNodeDocument,
    "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id } }\n  }\n": types.CreateMemberAssessmentDocument,
    "\n  mutation EndPostForAccountability($postId: ID!) { endPost(input: { postId: $postId, reason: \"调任\" }) { post { id endDate } } }\n": types.EndPostForAccountabilityDocument,
    "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } } }\n  }\n": types.DefineSetDocument,
    "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n": types.SetsDocument,
    "\n  query Sources { indicatorSources { key name measure } }\n": types.SourcesDocument,
    "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n": types.AssessmentByIdDocument,
    "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id status quantitativeScore values { indicator { code } value score } } }\n  }\n": types.CreateAssessmentDocument,
    "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(input: { year: $year, committeeId: $committeeId }) { assessments { id unit { name } } } }\n": types.StartRoundDocument,
    "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n": types.UpdateAssessmentDocument,
    "\n  mutation Rate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }\n": types.RateDocument,
    "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade quantitativeScore } } }\n": types.FinaliseDocument,
    "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(input: { assessmentId: $id, values: $values, grade: $grade, reason: $reason }) { assessment { id quantitativeScore grade amendments { field before after } } }\n  }\n": types.AmendDocument,
    "\n  query Ranking($committeeId: ID!, $year: Int!, $finalOnly: Boolean) {\n    assessmentRanking(committeeId: $committeeId, year: $year, finalOnly: $finalOnly) {\n      rank score grade status unit { name } assessment { id values { score } }\n    }\n  }\n": types.RankingDocument,
    "\n  query Trend($unitId: ID!, $personId: ID) { assessmentTrend(unitId: $unitId, personId: $personId) { year score change grade status } }\n": types.TrendDocument,
    "\n  query AssessmentList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) {\n      totalCount\n      edges { node {\n        id year quantitativeScore status\n        unit { name } person { name }\n        values { indicator { code name } value score }\n        ratingSummary { count average }\n        accountabilityMeasures { measure }\n        indicatorSet { version }\n      } }\n    }\n  }\n": types.AssessmentListDocument,
    "\n  query DecidersBureaus { bureaus { name committeeId leadershipTeam { personId name role } } }\n": types.DecidersBureausDocument,
    "\n  mutation DecidersOpenTeam($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName subjectIsPerson unit { name } person { name } status } }\n  }\n": types.DecidersOpenTeamDocument,
    "\n  mutation DecidersCreate($year: Int!, $unitId: ID!, $personId: ID) { createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id subjectName } } }\n": types.DecidersCreateDocument,
    "\n  mutation DecidersUpdate($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n": types.DecidersUpdateDocument,
    "\n  mutation DecidersFinalise($id: ID!, $grade: AssessmentGrade!) {\n    finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade finalisedByRole finalisedBy { name } values { indicator { code } value } } }\n  }\n": types.DecidersFinaliseDocument,
    "\n  query DecidersList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) { totalCount edges { node { id year subjectName subjectIsPerson unit { name } indicatorSet { year purpose } } } }\n  }\n": types.DecidersListDocument,
    "\n  mutation DecidersRecord($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord { id measure subjectName recordedByRole recordedBy { name } } }\n  }\n": types.DecidersRecordDocument,
    "\n  query DecidersRecords { accountabilityRecords(first: 50) { totalCount edges { node { id measure subjectName } } } }\n": types.DecidersRecordsDocument,
    "query DecidersUnits { orgUnits(first: 5) { totalCount } }": types.DecidersUnitsDocument,
    "mutation DecidersOpenRound($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }": types.DecidersOpenRoundDocument,
    "mutation DecidersRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }": types.DecidersRateDocument,
    "\n    mutation DecidersDefineSet($input: DefineIndicatorSetInput!) { defineIndicatorSet(input: $input) { indicatorSet { id version } } }\n  ": types.DecidersDefineSetDocument,
    "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { liaisonContact { id sector form date contactName contactAffiliation leader { name } unit { name } } }\n  }\n": types.RecordContactDocument,
    "\n  query LiaisonSummary($unitId: ID!, $year: Int!) {\n    liaisonSummary(unitId: $unitId, year: $year) { total sectorsReached sectors { sector contacts } }\n  }\n": types.LiaisonSummaryDocument,
    "\n  query Contacts($filter: LiaisonContactFilter) {\n    liaisonContacts(first: 50, filter: $filter) { totalCount edges { node { id contactName sector leader { name } unit { name } } } }\n  }\n": types.ContactsDocument,
    "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { trainingRecord { id course hours layer trainingClass participantCount participants { hours person { name } } } }\n  }\n": types.RecordTrainingDocument,
    "\n  query Trainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id course hours participantCount unit { name } participants { hours person { name trainingHours(year: 2025) } } } }\n    }\n  }\n": types.TrainingsDocument,
    "\n  query PersonHours($id: ID!, $year: Int!) { node(id: $id) { ... on Person { name trainingHours(year: $year) } } }\n": types.PersonHoursDocument,
    "mutation AnonOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id subjectIsPerson } } }": types.AnonOpenTeamDocument,
    "mutation AnonOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }": types.AnonOpenDocument,
    "mutation AnonClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { status } } }": types.AnonCloseDocument,
    "mutation AnonRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }": types.AnonRateDocument,
    "mutation AnonRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }": types.AnonRefreshDocument,
    "\n  query AnonSeen($id: ID!) {\n    node(id: $id) { ... on Assessment { status ratingSummary { count average min max } values { indicator { code } value score } } }\n    ratingRounds(openOnly: false) { year status targets { subjectName myRating { score } } }\n  }\n": types.AnonSeenDocument,
    "query AnonTrail { auditTrail(first: 200) { edges { node { seq action actorName entityType before after } } } }": types.AnonTrailDocument,
    "\n  mutation RoundsOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id } } }\n": types.RoundsOpenTeamDocument,
    "\n  mutation RoundsOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id year status unitName } } }\n": types.RoundsOpenDocument,
    "\n  mutation RoundsClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { id status closedAt } } }\n": types.RoundsCloseDocument,
    "\n  query RoundsList { ratingRounds { id year unitName status targets { assessmentId subjectName subjectIsPerson myRating { score } } } }\n": types.RoundsListDocument,
    "\n  mutation RoundsRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score comment } } }\n": types.RoundsRateDocument,
    "\n  query RoundsSummary($id: ID!) { node(id: $id) { ... on Assessment { subjectName myRating { score } ratingSummary { count average } values { indicator { code } value } } } }\n": types.RoundsSummaryDocument,
    "\n  query RoundsTrail { auditTrail(first: 100, filter: { entityType: \"RatingRound\" }) { edges { node { action actorName entityId before after } } } }\n": types.RoundsTrailDocument,
    "query RoundsRatingNode($id: ID!) { node(id: $id) { id } }": types.RoundsRatingNodeDocument,
    "\n  mutation RoundsExport($input: RequestExportInput!) { requestExport(input: $input) { link { url } } }\n": types.RoundsExportDocument,
    "mutation RoundsRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }": types.RoundsRefreshDocument,
    "\n  query ScopeEverything {\n    liaisonContacts(first: 100) { totalCount edges { node { id } } }\n    trainingRecords(first: 100) { totalCount edges { node { id participants { person { id } } } } }\n    assessments(first: 100) { totalCount edges { node { id values { score } } } }\n    accountabilityRecords(first: 100) { totalCount edges { node { id } } }\n  }\n": types.ScopeEverythingDocument,
    "\n  query ScopeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.ScopeNodesDocument,
    "\n  mutation TeamSetsDefine($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version purpose status definedByRole } }\n  }\n": types.TeamSetsDefineDocument,
    "\n  mutation TeamSetsPropose($input: ProposeIndicatorSetInput!) {\n    proposeIndicatorSet(input: $input) { indicatorSet { id year version purpose status } }\n  }\n": types.TeamSetsProposeDocument,
    "\n  mutation TeamSetsApprove($id: ID!) {\n    approveIndicatorSet(input: { id: $id }) { indicatorSet { id year version purpose status approvedByRole approvedAt } }\n  }\n": types.TeamSetsApproveDocument,
    "\n  query TeamSetsList($purpose: IndicatorSetPurpose, $tenantId: ID) {\n    indicatorSets(purpose: $purpose, tenantId: $tenantId) { id year version purpose status definedByRole approvedByRole }\n  }\n": types.TeamSetsListDocument,
    "\n  mutation TeamSetsOpen($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName indicatorSet { id year version purpose } } }\n  }\n": types.TeamSetsOpenDocument,
    "\n  mutation TeamSetsCreate($year: Int!, $unitId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId }) { assessment { id indicatorSet { id year purpose } } }\n  }\n": types.TeamSetsCreateDocument,
    "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": types.ChainRenameDocument,
    "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n": types.TrailDocument,
    "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": types.TrailRenameDocument,
    "\n  query PropTree { orgUnits(first: 100) { totalCount edges { node { id name parent { name } leadershipTeam { role person { name } } } } } }\n": types.PropTreeDocument,
    "\n  query PropRisks { risks(first: 100) { totalCount edges { node { id title severity isOverdue unit { name } } } } }\n": types.PropRisksDocument,
    "\n  query PropWorkItems { workItems(first: 100) { totalCount edges { node { id title isOverdue unit { name } } } } }\n": types.PropWorkItemsDocument,
    "\n  mutation PropRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }\n": types.PropRenameDocument,
    "\n  mutation PropReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }\n": types.PropReportDocument,
    "\n  query CacheTree {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name parent { name } leadershipTeam { id role endDate person { name } } } }\n    }\n  }\n": types.CacheTreeDocument,
    "\n  query CacheRisks { risks(first: 100) { totalCount edges { node { id title handlingDeadline isOverdue } } } }\n": types.CacheRisksDocument,
    "\n  mutation CacheRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id name } } }\n": types.CacheRenameDocument,
    "\n  mutation CacheReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id isOverdue } } }\n": types.CacheReportDocument,
    "\n  mutation CacheEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id endDate } } }\n": types.CacheEndPostDocument,
    "\n  mutation CacheChangePassword($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { token } }\n": types.CacheChangePasswordDocument,
    "query CacheBad($id: ID!) { node(id: $id) { id } }": types.CacheBadDocument,
    "\n  mutation DwRecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      inspection { id date findings findingCount bureau { id name } items { id position problem rectification dueOn answer } workRecordId }\n    }\n  }\n": types.DwRecordInspectionDocument,
    "\n  mutation DwAnswer($input: AnswerInspectionFindingInput!) {\n    answerInspectionFinding(input: $input) { finding { id answer answeredOn answeredBy { name } } }\n  }\n": types.DwAnswerDocument,
    "\n  query DwInspections($year: Int) {\n    inspections(first: 50, year: $year) {\n      totalCount\n      edges { node { id date bureau { id name } answeredCount findingCount items { id problem answer answeredOn answeredBy { name } } } }\n    }\n  }\n": types.DwInspectionsDocument,
    "query DwNode($id: ID!) { node(id: $id) { id } }": types.DwNodeDocument,
    "\n  query DwRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code status } } }\n": types.DwRulesDocument,
    "\n  query DwChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name ownerUnitName bureau { id } registrationStatus responsibleContact { name } responsiblePerson { name } reviewer { name } districtReviews { result findings } } }\n    }\n  }\n": types.DwChannelsDocument,
    "\n  query DwZero { channelZeroReports(first: 50) { totalCount edges { node { period unitName bureau { id } filedBy { name } } } } }\n": types.DwZeroDocument,
    "\n  mutation DwReview($input: RecordDistrictChannelReviewInput!) {\n    recordDistrictChannelReview(input: $input) { review { id result findings bureau { id } channel { name } } }\n  }\n": types.DwReviewDocument,
    "\n  query DwByBureau($year: Int!) {\n    reportsByBureau(year: $year) { bureau { id } year annualReportSent sent { kind title sentTo copiedTo } copied { kind title sentTo copiedTo } }\n  }\n": types.DwByBureauDocument,
    "\n  query DiOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { name shortName }\n      rulesMet rulesDueSoon rulesOverdue rulesNotYetDue\n      workItemsTotal workItemsDone workItemsOverdue\n      annualReportReceived annualReportDate annualReportOnTime\n    }\n  }\n": types.DiOverviewDocument,
    "\n  query DiReceived($year: Int) {\n    receivedReports(first: 50, year: $year) {\n      totalCount\n      edges { node { id bureau { name } unitName kind date title summary sentTo copiedTo attachments { fileName downloadUrl } } }\n    }\n  }\n": types.DiReceivedDocument,
    "query DiNode($id: ID!) { node(id: $id) { id } }": types.DiNodeDocument,
    "query DiRecords { workRecords(first: 5) { totalCount } }": types.DiRecordsDocument,
    "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n": types.ConcurrentAppointDocument,
    "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n": types.RulesCreatePersonDocument,
    "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { post { id role isActive person { id name } duties { id kind isActive } } }\n  }\n": types.RulesAppointDocument,
    "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(input: { postId: $postId, reason: $reason }) { post { id isActive endDate duties { kind isActive endReason } } } }\n": types.RulesEndPostDocument,
    "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(input: { unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope }) { duty { id kind } }\n  }\n": types.RulesAssignDocument,
    "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(input: { dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date }) { duty { id kind startDate scopeUnits { name } } }\n  }\n": types.RulesChangeDocument,
    "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(input: { dutyId: $dutyId }) { duty { id } } }\n": types.RulesEndDutyDocument,
    "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(input: { unitId: $unitId, assignments: $assignments }) { duties { kind person { name } } }\n  }\n": types.RulesRearrangeDocument,
    "\n  query RulesUnitTeam($id: ID!, $asOf: Date) {\n    node(id: $id) {\n      ... on OrgUnit {\n        name\n        firstResponsible { id name }\n        directResponsible { id name }\n        leadershipTeam { id role person { id name } }\n        duties(asOf: $asOf) { id kind startDate endDate person { id name } scopeUnits { name } }\n      }\n    }\n  }\n": types.RulesUnitTeamDocument,
    "\n  query RulesUnitDuties($unitId: ID!, $asOf: Date) { unitDuties(unitId: $unitId, asOf: $asOf) { kind person { name } } }\n": types.RulesUnitDutiesDocument,
    "\n  query RulesCoverage($unitId: ID!) { coverage(unitId: $unitId) { totalUnits uncoveredCount uncoveredUnits { name } } }\n": types.RulesCoverageDocument,
    "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name depth ancestors { name } } } }\n": types.RulesCreateUnitDocument,
    "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(input: { unitId: $unitId, newParentId: $parentId }) { orgUnit { id depth parent { name } } } }\n": types.RulesMoveUnitDocument,
    "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceOrgUnitsDocument,
    "\n  query EquivalenceOrgUnitCodes($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id code } } }\n  }\n": types.EquivalenceOrgUnitCodesDocument,
    "\n  query EquivalenceDuties($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { duties(includeEnded: true) { id } } } }\n  }\n": types.EquivalenceDutiesDocument,
    "\n  query EquivalenceAudit($after: String) {\n    auditTrail(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq } } }\n  }\n": types.EquivalenceAuditDocument,
    "\n  query EquivalenceWorkItems($after: String) {\n    workItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceWorkItemsDocument,
    "\n  query EquivalenceWorkRecords($after: String) {\n    workRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceWorkRecordsDocument,
    "\n  query EquivalenceCompliance($unitId: ID!, $year: Int!) { compliance(unitId: $unitId, year: $year) { unit { id } rule { id } } }\n": types.EquivalenceComplianceDocument,
    "\n  query EquivalenceRisks($after: String) {\n    risks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceRisksDocument,
    "\n  query EquivalenceChannels($after: String) {\n    onlineChannels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceChannelsDocument,
    "\n  query EquivalenceMisconduct($after: String) {\n    misconductCases(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceMisconductDocument,
    "\n  query EquivalenceAssessments($after: String) {\n    assessments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceAssessmentsDocument,
    "\n  query EquivalenceAccountability($after: String) {\n    accountabilityRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n": types.EquivalenceAccountabilityDocument,
    "\n  query EquivalenceDistrictRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code } } }\n": types.EquivalenceDistrictRulesDocument,
    "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }": types.EquivalenceArchiveDocument,
    "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }": types.EquivalenceCreateDocument,
    "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }": types.EquivalenceRenameDocument,
    "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }": types.EquivalenceUnitDutiesDocument,
    "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(input: { dutyId: $dutyId, scopeUnitIds: $scope }) { duty { id } } }": types.EquivalenceChangeDutyDocument,
    "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }": types.ExportsCreateDocument,
    "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }": types.ExportsArchiveDocument,
    "\n  query ExportsSubtree($root: ID!) { orgUnits(first: 100, filter: { subtreeOf: $root }) { edges { node { id name } } } }\n": types.ExportsSubtreeDocument,
    "query ExportsLedgers { exportLedgers { ledger title available acceptsYear acceptsUnit statuses } }": types.ExportsLedgersDocument,
    "mutation ExportsEndPost($postId: ID!) { endPost(input: { postId: $postId }) { post { id isActive } } }": types.ExportsEndPostDocument,
    "mutation ExportsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": types.ExportsChangePasswordDocument,
    "mutation ExportsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }": types.ExportsResetDocument,
    "mutation ExportsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled } } }": types.ExportsDisableDocument,
    "mutation ExportsEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { disabled } } }": types.ExportsEnableDocument,
    "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { link { url expiresAt filename } }\n  }\n": types.RequestExportDocument,
    "\n    query LedgerAssessmentScores($unit: ID!) {\n      assessments(first: 50, filter: { year: 2025, subtreeOf: $unit, subjectIsPerson: false }) { edges { node { id quantitativeScore } } }\n    }\n  ": types.LedgerAssessmentScoresDocument,
    "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n": types.CoComplianceDocument,
    "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met late dueSoon overdue notYetDue total\n      byRule { rule { code } met late dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n": types.CoSummaryDocument,
    "\n    query CoEvidence($unitId: ID!, $year: Int!, $asOf: Date) {\n      compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code } counted withoutEvidence records { title attachments { fileName } } }\n    }\n  ": types.CoEvidenceDocument,
    "mutation CoUpload($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { attachment { id } } }": types.CoUploadDocument,
    "\n    query CoEvidenceDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rules { code withoutEvidence } } }\n  ": types.CoEvidenceDistrictDocument,
    "\n  query PrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code source origin countPer }\n      required counted status\n      periods { due required counted onTime status }\n      missingMembers { name }\n    }\n  }\n": types.PrComplianceDocument,
    "\n  query PrSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) { late byRule { rule { code } late } }\n  }\n": types.PrSummaryDocument,
    "\n  query PrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { shortName }\n      rulesLate annualReportDate annualReportOnTime annualReportDue\n      rules { code source status met late overdue total }\n    }\n  }\n": types.PrOverviewDocument,
    "\n  query PrRules { obligationRules { id code clause origin source note ruleKind severity withinDays countPer requiredRecipients requiredCopies active } }\n": types.PrRulesDocument,
    "\n  mutation PrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount dueMonthDay withinDays active version } } }\n": types.PrUpdateRuleDocument,
    "\n  mutation PrCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { kind person { name } } } }\n": types.PrCreateRecordDocument,
    "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n": types.RmNotificationsDocument,
    "\n  mutation YrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date reportingYear filedAt } }\n  }\n": types.YrCreateRecordDocument,
    "\n  query YrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount dueMonthDay internalDueMonthDay performedByRole }\n      required counted status\n      periods { due internalDue internalStatus counted onTime status }\n      records { date reportingYear filedAt }\n    }\n  }\n": types.YrComplianceDocument,
    "\n  query YrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) { tenant { shortName } annualReportDue rules { code status } }\n  }\n": types.YrOverviewDocument,
    "query YrRules { obligationRules { id code minCount } }": types.YrRulesDocument,
    "\n  mutation YrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount version } } }\n": types.YrUpdateRuleDocument,
    "\n  query YrNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title body } } } } }\n": types.YrNotificationsDocument,
    "\n  mutation YrCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id year } } }\n": types.YrCreatePlanDocument,
    "\n  query YrItems($year: Int!) {\n    workItems(filter: { year: $year }, first: 100) {\n      edges { node { id title status cancelReason dueDate carriedOverFrom { id title } carriedOverTo { id dueDate } } }\n    }\n  }\n": types.YrItemsDocument,
    "\n  query DeUnits { orgUnits(first: 100, filter: { kinds: [DEPARTMENT] }) { totalCount edges { node { id name kind parent { name } } } } }\n": types.DeUnitsDocument,
    "\n  mutation DeCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id kind } } }\n": types.DeCreateUnitDocument,
    "\n  mutation DeMoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }\n": types.DeMoveUnitDocument,
    "\n  query DeChannels { onlineChannels(first: 50) { edges { node { name ownerUnit { name kind } } } } }\n": types.DeChannelsDocument,
    "\n  mutation DeCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { unit { name kind } } } }\n": types.DeCreateRecordDocument,
    "\n  query DeItems { workItems(first: 100) { edges { node { title unit { name kind } } } } }\n": types.DeItemsDocument,
    "\n      query ListSqlPage($first: Int, $after: String) {\n        orgUnits(first: $first, after: $after) { totalCount edges { node { id name parent { id } } } pageInfo { endCursor } }\n      }\n    ": types.ListSqlPageDocument,
    "\n  query RoleUnits {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name kind } }\n    }\n  }\n": types.RoleUnitsDocument,
    "\n  query RoleBureaus {\n    bureaus { name shortName }\n  }\n": types.RoleBureausDocument,
    "\n  query StatementsTree {\n    orgUnits(first: 500) {\n      totalCount\n      edges {\n        node {\n          name kind\n          parent { name }\n          ancestors { name }\n          children { name leadershipTeam { title person { name } } }\n          firstResponsible { name }\n          directResponsible { name }\n          leadershipTeam { role person { name duties { kind } } }\n          duties { kind person { name } scopeUnits { name } }\n        }\n      }\n    }\n  }\n": types.StatementsTreeDocument,
    "\n      query StatementsPage($first: Int, $after: String, $last: Int) {\n        orgUnits(first: $first, after: $after, last: $last) { totalCount edges { node { id } } pageInfo { endCursor } }\n      }\n    ": types.StatementsPageDocument,
    "\n  mutation FollowPostsImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accountsDisabled { username name message }\n      accountsEnabled { username name message }\n    }\n  }\n": types.FollowPostsImportDocument,
    "mutation FollowPostsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": types.FollowPostsChangePasswordDocument,
    "mutation FollowPostsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }": types.FollowPostsResetDocument,
    "mutation FollowPostsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled disabledForNoPost } } }": types.FollowPostsDisableDocument,
    "query FollowPostsViewer { viewer { username } }": types.FollowPostsViewerDocument,
    "\n  mutation ImportOrgChart($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      dryRun applied\n      counts { units people posts duties accounts }\n      errors { sheet row column code message }\n      warnings { sheet row column code message }\n      accounts { username temporaryPassword }\n      unitsNotInWorkbook { code name }\n    }\n  }\n": types.ImportOrgChartDocument,
    "query OrgChartVisibleUnits { orgUnits(first: 100) { edges { node { name } } } }": types.OrgChartVisibleUnitsDocument,
    "mutation OrgChartChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": types.OrgChartChangePasswordDocument,
    "\n  mutation CfCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n": types.CfCreatePlanDocument,
    "\n  mutation CfCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }\n": types.CfCreateItemDocument,
    "\n  mutation CfChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status pendingConfirmation confirmedAt } }\n  }\n": types.CfChangeStatusDocument,
    "\n  mutation CfAnswer($input: AnswerWorkItemConfirmationInput!) {\n    answerWorkItemConfirmation(input: $input) { workItem { id status pendingConfirmation confirmedAt confirmedBy { name } notes { text } } }\n  }\n": types.CfAnswerDocument,
    "\n  query CfProgress($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total done pendingConfirmation inProgress }\n      workItems(first: 50, filter: { pendingConfirmation: true }) { totalCount edges { node { id title pendingConfirmation } } }\n    }\n  }\n": types.CfProgressDocument,
    "\n  query ScopeItems { workItems(first: 100) { totalCount edges { node { id notes { text } attachments { id } } } } }\n": types.ScopeItemsDocument,
    "\n  query ScopeRecords { workRecords(first: 100) { totalCount edges { node { id attachments { id } } } } }\n": types.ScopeRecordsDocument,
    "\n  query ScopeNested {\n    orgUnits(first: 60) { totalCount edges { node { id workItems(first: 25) { totalCount } workRecords(first: 1) { totalCount } } } }\n  }\n": types.ScopeNestedDocument,
    "\n  query ScopePlanItems { annualPlan(year: 2031) { workItems(first: 100) { totalCount edges { node { id } } } progress { total } } }\n": types.ScopePlanItemsDocument,
    "\n  query ScopeMine {\n    viewer {\n      person { responsibleWorkItems { id } }\n      notifications(first: 100) { totalCount edges { node { id subjectId unit { id } } } }\n    }\n    complianceSummary(year: 2031, asOf: \"2031-06-15\") { units }\n  }\n": types.ScopeMineDocument,
    "\n  query ScopeNode($id: ID!) { node(id: $id) { id } }\n": types.ScopeNodeDocument,
    "query ScDistrictNotifications { viewer { notifications(first: 100) { edges { node { id } } } } }": types.ScDistrictNotificationsDocument,
    "\n  query TuPlan($year: Int!) { annualPlan(year: $year) { tasksWithoutWorkItems { number } } }\n": types.TuPlanDocument,
    "\n  query TuMine { viewer { notifications(first: 50) { edges { node { kind title } } } } }\n": types.TuMineDocument,
    "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n": types.PlanTemplatesDocument,
    "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { plan { id year title template { version } progress { total } } }\n  }\n": types.CreatePlanDocument,
    "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n": types.PlanOfYearDocument,
    "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n": types.WiCreatePlanDocument,
    "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) { workItem {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    } }\n  }\n": types.WiCreateItemDocument,
    "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status completedAt cancelReason notes { text } } }\n  }\n": types.WiChangeStatusDocument,
    "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id dueDate responsiblePerson { name } } } }\n": types.WiUpdateItemDocument,
    "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(input: { workItemId: $id, text: $text }) { note { text author { name } } } }\n": types.WiAddNoteDocument,
    "\n  mutation WiConfirm($id: ID!) { answerWorkItemConfirmation(input: { workItemId: $id, confirm: true }) { workItem { id pendingConfirmation } } }\n": types.WiConfirmDocument,
    "\n  query WiItem($id: ID!) { node(id: $id) { ... on WorkItem { id status isOverdue notes { text } } } }\n": types.WiItemDocument,
    "\n  query WiPlan($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total planned inProgress done cancelled overdue }\n      workItems(first: 50, filter: { overdue: true }) { totalCount edges { node { title } } }\n    }\n  }\n": types.WiPlanDocument,
    "\n  query WiItemsPage {\n    workItems(first: 100, filter: { year: 2031 }) {\n      totalCount\n      edges { node { id title isOverdue unit { name } responsiblePerson { name } plan { year } templateTask { number }\n        notes { text author { name } } attachments { fileName downloadUrl } } }\n    }\n  }\n": types.WiItemsPageDocument,
    "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }": types.EvCreatePlanDocument,
    "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }": types.EvCreateItemDocument,
    "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { attachment { id fileName mimeType size sha256 downloadUrl } }\n  }\n": types.EvUploadDocument,
    "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n": types.EvItemDocument,
    "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } } }\n  }\n": types.RrCreateRecordDocument,
    "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n": types.RrRecordsDocument,
    "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredRecipients requiredCopies version } }\n": types.RrRulesDocument,
    "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount period dueMonthDay version } } }\n": types.RrUpdateRuleDocument,
    "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { rule { code minCount version } } }\n": types.RrCreateRuleDocument,
    "\n  query CrRules($all: Boolean) { obligationRules(includeInactive: $all) { id code ruleKind withinDays recordKind minCount period active version } }\n": types.CrRulesDocument,
    "\n  mutation CrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { id withinDays active version } } }\n": types.CrUpdateRuleDocument,
    "\n  query CrChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) { totalCount edges { node { id name launchedOn registrationDueOn registrationStatus registeredInTime } } }\n  }\n": types.CrChannelsDocument,
    "\n  mutation CrCreateChannel($input: CreateOnlineChannelInput!) { createOnlineChannel(input: $input) { channel { id registrationStatus registrationDueOn } } }\n": types.CrCreateChannelDocument,
    "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n": types.CmChannelsDocument,
    "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { channel { id name registrationStatus registrationDueOn reviewer { name } } }\n  }\n": types.CmCreateChannelDocument,
    "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { channel { id registeredOn registrationStatus registeredInTime status reviewer { name } } }\n  }\n": types.CmUpdateChannelDocument,
    "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(input: { channelId: $channelId, result: $result, findings: $findings }) { review { id result reviewedOn reviewer { name } } }\n  }\n": types.CmReviewDocument,
    "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(input: { unitId: $unitId, period: $period }) { zeroReport { id period unit { name } filedBy { name } } }\n  }\n": types.CmZeroDocument,
    "\n  query CmCases {\n    misconductCases(first: 20) {\n      totalCount\n      edges { node { id personName unitName bureauName venue misconductClass isReferred referredToBody referenceNumber outcome person { name } unit { name } } }\n    }\n  }\n": types.CmCasesDocument,
    "\n  query CmCaseNode($id: ID!) { node(id: $id) { id ... on MisconductCase { personName summary } } }\n": types.CmCaseNodeDocument,
    "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(input: { caseId: $caseId, referenceNumber: $ref }) { misconductCase { id isReferred referredOn referredToBody referenceNumber } }\n  }\n": types.CmReferDocument,
    "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(input: { caseId: $caseId, outcome: $outcome }) { misconductCase { id outcome outcomeOn } } }\n": types.CmOutcomeDocument,
    "\n  mutation ByClassReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk { id stage mustBeWarned allowedMoves } }\n  }\n": types.ByClassReportDocument,
    "\n  mutation ByClassMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n": types.ByClassMoveDocument,
    "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    } }\n  }\n": types.LcReportDocument,
    "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n": types.LcMoveDocument,
    "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { rectification { id task dueOn isDone responsiblePerson { name } } }\n  }\n": types.LcAddItemDocument,
    "\n  mutation LcCompleteItem($id: ID!) { completeRectification(input: { rectificationId: $id }) { rectification { id isDone doneOn } } }\n": types.LcCompleteItemDocument,
    "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { response { id channel content respondedOn } } }\n": types.LcRespondDocument,
    "\n  query LcFiltered($filter: RiskFilter) {\n    risks(first: 50, filter: $filter) { totalCount edges { node { title stage isOverdue } } }\n  }\n": types.LcFilteredDocument,
    "\n  query LcNotifications { viewer { notifications(first: 50) { edges { node { kind title subjectId } } } } }\n": types.LcNotificationsDocument,
    "\n  query PbtRisks { risks(first: 100) { totalCount edges { node { id unit { id } transitions { toStage actor { id } } rectifications { id } } } } }\n": types.PbtRisksDocument,
    "\n  query PbtChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnit { id } reviews { id } } } } }\n": types.PbtChannelsDocument,
    "\n  query PbtDistrictChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnitName bureau { id } responsiblePerson { id } reviewer { id } reviews { id } } } } }\n": types.PbtDistrictChannelsDocument,
    "\n  query PbtCases { misconductCases(first: 100) { totalCount edges { node { id personName } } } }\n": types.PbtCasesDocument,
    "\n  query PbtNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.PbtNodesDocument,
    "\n  query StRiskList {\n    risks(first: 100) {\n      totalCount\n      edges { node {\n        id title stage isOverdue handledInTime\n        unit { name }\n        responsiblePerson { name }\n        reportedBy { name }\n        transitions { fromStage toStage at note actor { name } }\n        responses { channel content recordedBy { name } }\n        rectifications { task dueOn isDone responsiblePerson { name } }\n      } }\n    }\n  }\n": types.StRiskListDocument,
    "\n  query StChannels {\n    onlineChannels(first: 100) { totalCount edges { node { name registrationStatus ownerUnit { name } responsiblePerson { name } reviewer { name } reviews { result reviewer { name } } } } }\n  }\n": types.StChannelsDocument,
    "\n  query ZrList($period: String, $all: Boolean) {\n    channelZeroReports(first: 50, period: $period, includeSuperseded: $all) {\n      totalCount edges { node { id period supersededAt supersededBy { name } unit { name } } }\n    }\n  }\n": types.ZrListDocument,
    "\n  query CrossNode($id: ID!) { node(id: $id) { id ... on OrgUnit { name } ... on Person { name } ... on Duty { kind } ... on Post { role } } }\n": types.CrossNodeDocument,
    "\n  query CrossFilter($subtree: ID!) { orgUnits(first: 50, filter: { subtreeOf: $subtree }) { totalCount edges { node { name } } } }\n": types.CrossFilterDocument,
    "\n  query CrossDuties($unitId: ID!) { unitDuties(unitId: $unitId) { kind } }\n": types.CrossDutiesDocument,
    "\n  query CrossCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredCount } }\n": types.CrossCoverageDocument,
    "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(input: { unitId: $unitId, name: \"篡改\" }) { orgUnit { name } } }\n": types.CrossRenameDocument,
    "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n": types.CrossAppointDocument,
    "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n": types.CrossViewerDocument,
    "\n  query CrossInspection($id: ID!) { node(id: $id) { id ... on DistrictInspection { findings } ... on InspectionFinding { problem answer } } }\n": types.CrossInspectionDocument,
    "\n  mutation CrossAnswer($id: ID!) { answerInspectionFinding(input: { findingId: $id, answer: \"篡改\" }) { finding { id } } }\n": types.CrossAnswerDocument,
    "mutation IfCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }": types.IfCreatePersonDocument,
    "mutation IfAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }": types.IfAppointDocument,
    "mutation IfEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id } } }": types.IfEndPostDocument,
    "\n  query IfTeam($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        leadershipTeam { person { name } }\n        posts { isActive person { name } }\n        duties { isActive kind person { name } }\n      }\n    }\n  }\n": types.IfTeamDocument,
    "query IfPersonPosts($id: ID!) { node(id: $id) { ... on Person { posts { isActive } duties { isActive } } } }": types.IfPersonPostsDocument,
    "query IfMe { viewer { posts { id } duties { kind } } }": types.IfMeDocument,
    "query IfCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredUnits { name } } }": types.IfCoverageDocument,
    "\n  mutation IfCreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { assessment { id } } }\n": types.IfCreateAssessmentDocument,
    "\n  query PropTrainingCounts { trainingRecords(first: 200) { edges { node { id participantCount } } } }\n": types.PropTrainingCountsDocument,
    "\n  query LeakTrainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount edges { node { id course participantCount participants { person { name } } } }\n    }\n  }\n": types.LeakTrainingsDocument,
    "\n  query LeakSubtreeUnits($root: ID!) { orgUnits(first: 50, filter: { subtreeOf: $root }) { totalCount edges { node { name } } } }\n": types.LeakSubtreeUnitsDocument,
    "\n  query LeakSubtreeWorkItems($root: ID!) { workItems(first: 50, filter: { subtreeOf: $root }) { totalCount } }\n": types.LeakSubtreeWorkItemsDocument,
    "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n": types.PropertyTreeDocument,
    "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.PropertyNodeDocument,
    "mutation HostileChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }": types.HostileChangePasswordDocument,
    "\n  mutation HostileExports($input: RequestExportInput!) {\n    a: requestExport(input: $input) { link { url } } b: requestExport(input: $input) { link { url } }\n    c: requestExport(input: $input) { link { url } } d: requestExport(input: $input) { link { url } }\n    e: requestExport(input: $input) { link { url } } f: requestExport(input: $input) { link { url } }\n  }\n": types.HostileExportsDocument,
    "\n  mutation TrustedLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token } }\n": types.TrustedLoginDocument,
    "\n  query TrustedUnits { orgUnits(first: 1) { totalCount } }\n": types.TrustedUnitsDocument,
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
export function graphql(source: "\n  mutation OtpImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accounts { username temporaryPassword }\n      oneTimePasswords { id url expiresAt filename }\n    }\n  }\n"): (typeof documents)["\n  mutation OtpImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accounts { username temporaryPassword }\n      oneTimePasswords { id url expiresAt filename }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OtpReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { temporaryPassword oneTimePasswords { id url expiresAt filename } }\n  }\n"): (typeof documents)["\n  mutation OtpReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { temporaryPassword oneTimePasswords { id url expiresAt filename } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtpViewer { viewer { username } }"): (typeof documents)["query OtpViewer { viewer { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token mustChangePassword }\n  }\n"): (typeof documents)["\n  mutation PathLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { token mustChangePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { token }\n  }\n"): (typeof documents)["\n  mutation PathChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathBureaus { bureaus { name code } }"): (typeof documents)["query PathBureaus { bureaus { name code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathCreateBureau($input: CreateBureauInput!) {\n    createBureau(input: $input) { tenant { id name } temporaryPassword administrator { username mustChangePassword } }\n  }\n"): (typeof documents)["\n  mutation PathCreateBureau($input: CreateBureauInput!) {\n    createBureau(input: $input) { tenant { id name } temporaryPassword administrator { username mustChangePassword } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathViewer { viewer { username isAdministrator person { name } tenant { name } } }"): (typeof documents)["query PathViewer { viewer { username isAdministrator person { name } tenant { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathUnits { orgUnits(first: 100) { totalCount edges { node { id name code kind } } } }"): (typeof documents)["query PathUnits { orgUnits(first: 100) { totalCount edges { node { id name code kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }\n"): (typeof documents)["\n  mutation PathCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n"): (typeof documents)["\n  mutation PathCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id role } } }\n"): (typeof documents)["\n  mutation PathAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PathCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { account { username } temporaryPassword } }\n"): (typeof documents)["\n  mutation PathCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { account { username } temporaryPassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathRisks { risks(first: 5) { totalCount } }"): (typeof documents)["query PathRisks { risks(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { username disabled } } }"): (typeof documents)["mutation PathDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { username disabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { username disabled } } }"): (typeof documents)["mutation PathEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { username disabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PathReset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { username mustChangePassword } temporaryPassword } }"): (typeof documents)["mutation PathReset($input: ResetPasswordInput!) { resetPassword(input: $input) { account { username mustChangePassword } temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUnits { orgUnits(first: 200) { totalCount } }"): (typeof documents)["query AdminUnits { orgUnits(first: 200) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRecords {\n    risks(first: 5) { totalCount }\n  }\n"): (typeof documents)["\n  query AdminRecords {\n    risks(first: 5) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminWorkItems { workItems(first: 5) { totalCount } }"): (typeof documents)["query AdminWorkItems { workItems(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminAssessments { assessments(first: 5) { totalCount } }"): (typeof documents)["query AdminAssessments { assessments(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTrail { auditTrail(first: 1) { totalCount } }"): (typeof documents)["query AdminTrail { auditTrail(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query AdminNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminOverview($year: Int!) { districtOverview(year: $year) { tenant { name } } }"): (typeof documents)["query AdminOverview($year: Int!) { districtOverview(year: $year) { tenant { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateBureau($input: CreateBureauInput!) { createBureau(input: $input) { tenant { id name } temporaryPassword } }\n"): (typeof documents)["\n  mutation AdminCreateBureau($input: CreateBureauInput!) { createBureau(input: $input) { tenant { id name } temporaryPassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }"): (typeof documents)["mutation AdminCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }"): (typeof documents)["mutation AdminAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }"): (typeof documents)["mutation AdminCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"): (typeof documents)["mutation AdminChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    } }\n  }\n"): (typeof documents)["\n  mutation RecordAccountability($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord {\n      id measure severity basis decidingBody decidedOn sourceType sourceId subjectIsPerson\n      unit { name } person { name } recordedBy { name }\n    } }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id } }\n  }\n"): (typeof documents)["\n  mutation CreateMemberAssessment($year: Int!, $unitId: ID!, $personId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPostForAccountability($postId: ID!) { endPost(input: { postId: $postId, reason: \"调任\" }) { post { id endDate } } }\n"): (typeof documents)["\n  mutation EndPostForAccountability($postId: ID!) { endPost(input: { postId: $postId, reason: \"调任\" }) { post { id endDate } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } } }\n  }\n"): (typeof documents)["\n  mutation DefineSet($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version status ratingScaleMin ratingScaleMax definitions { code weight scoring source target } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n"): (typeof documents)["\n  query Sets($year: Int) { indicatorSets(year: $year) { id year version status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources { indicatorSources { key name measure } }\n"): (typeof documents)["\n  query Sources { indicatorSources { key name measure } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentById($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Assessment {\n        id year status quantitativeScore grade suggestedGrade subjectIsPerson\n        unit { name } person { name }\n        indicatorSet { year version }\n        values { indicator { code scoring } value score }\n        ratingSummary { count average min max }\n        myRating { score }\n        amendments { field before after reason by { name } }\n        accountabilityMeasures { measure severity basis person { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id status quantitativeScore values { indicator { code } value score } } }\n  }\n"): (typeof documents)["\n  mutation CreateAssessment($year: Int!, $unitId: ID!, $personId: ID) {\n    createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id status quantitativeScore values { indicator { code } value score } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(input: { year: $year, committeeId: $committeeId }) { assessments { id unit { name } } } }\n"): (typeof documents)["\n  mutation StartRound($year: Int!, $committeeId: ID!) { startUnitAssessments(input: { year: $year, committeeId: $committeeId }) { assessments { id unit { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n"): (typeof documents)["\n  mutation UpdateAssessment($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }\n"): (typeof documents)["\n  mutation Rate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade quantitativeScore } } }\n"): (typeof documents)["\n  mutation Finalise($id: ID!, $grade: AssessmentGrade!) { finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade quantitativeScore } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(input: { assessmentId: $id, values: $values, grade: $grade, reason: $reason }) { assessment { id quantitativeScore grade amendments { field before after } } }\n  }\n"): (typeof documents)["\n  mutation Amend($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade, $reason: String!) {\n    amendAssessment(input: { assessmentId: $id, values: $values, grade: $grade, reason: $reason }) { assessment { id quantitativeScore grade amendments { field before after } } }\n  }\n"];
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
export function graphql(source: "\n  query DecidersBureaus { bureaus { name committeeId leadershipTeam { personId name role } } }\n"): (typeof documents)["\n  query DecidersBureaus { bureaus { name committeeId leadershipTeam { personId name role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidersOpenTeam($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName subjectIsPerson unit { name } person { name } status } }\n  }\n"): (typeof documents)["\n  mutation DecidersOpenTeam($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName subjectIsPerson unit { name } person { name } status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidersCreate($year: Int!, $unitId: ID!, $personId: ID) { createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id subjectName } } }\n"): (typeof documents)["\n  mutation DecidersCreate($year: Int!, $unitId: ID!, $personId: ID) { createAssessment(input: { year: $year, unitId: $unitId, personId: $personId }) { assessment { id subjectName } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidersUpdate($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n"): (typeof documents)["\n  mutation DecidersUpdate($id: ID!, $values: [AssessmentValueInput!], $grade: AssessmentGrade) {\n    updateAssessment(input: { assessmentId: $id, values: $values, grade: $grade }) { assessment { id quantitativeScore grade } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidersFinalise($id: ID!, $grade: AssessmentGrade!) {\n    finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade finalisedByRole finalisedBy { name } values { indicator { code } value } } }\n  }\n"): (typeof documents)["\n  mutation DecidersFinalise($id: ID!, $grade: AssessmentGrade!) {\n    finaliseAssessment(input: { assessmentId: $id, grade: $grade }) { assessment { id status grade finalisedByRole finalisedBy { name } values { indicator { code } value } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecidersList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) { totalCount edges { node { id year subjectName subjectIsPerson unit { name } indicatorSet { year purpose } } } }\n  }\n"): (typeof documents)["\n  query DecidersList($filter: AssessmentFilter) {\n    assessments(first: 100, filter: $filter) { totalCount edges { node { id year subjectName subjectIsPerson unit { name } indicatorSet { year purpose } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidersRecord($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord { id measure subjectName recordedByRole recordedBy { name } } }\n  }\n"): (typeof documents)["\n  mutation DecidersRecord($input: RecordAccountabilityInput!) {\n    recordAccountability(input: $input) { accountabilityRecord { id measure subjectName recordedByRole recordedBy { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecidersRecords { accountabilityRecords(first: 50) { totalCount edges { node { id measure subjectName } } } }\n"): (typeof documents)["\n  query DecidersRecords { accountabilityRecords(first: 50) { totalCount edges { node { id measure subjectName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DecidersUnits { orgUnits(first: 5) { totalCount } }"): (typeof documents)["query DecidersUnits { orgUnits(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecidersOpenRound($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }"): (typeof documents)["mutation DecidersOpenRound($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecidersRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }"): (typeof documents)["mutation DecidersRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DecidersDefineSet($input: DefineIndicatorSetInput!) { defineIndicatorSet(input: $input) { indicatorSet { id version } } }\n  "): (typeof documents)["\n    mutation DecidersDefineSet($input: DefineIndicatorSetInput!) { defineIndicatorSet(input: $input) { indicatorSet { id version } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { liaisonContact { id sector form date contactName contactAffiliation leader { name } unit { name } } }\n  }\n"): (typeof documents)["\n  mutation RecordContact($input: RecordLiaisonContactInput!) {\n    recordLiaisonContact(input: $input) { liaisonContact { id sector form date contactName contactAffiliation leader { name } unit { name } } }\n  }\n"];
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
export function graphql(source: "\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { trainingRecord { id course hours layer trainingClass participantCount participants { hours person { name } } } }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: RecordTrainingInput!) {\n    recordTraining(input: $input) { trainingRecord { id course hours layer trainingClass participantCount participants { hours person { name } } } }\n  }\n"];
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
export function graphql(source: "mutation AnonOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id subjectIsPerson } } }"): (typeof documents)["mutation AnonOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id subjectIsPerson } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }"): (typeof documents)["mutation AnonOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { status } } }"): (typeof documents)["mutation AnonClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }"): (typeof documents)["mutation AnonRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnonRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }"): (typeof documents)["mutation AnonRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnonSeen($id: ID!) {\n    node(id: $id) { ... on Assessment { status ratingSummary { count average min max } values { indicator { code } value score } } }\n    ratingRounds(openOnly: false) { year status targets { subjectName myRating { score } } }\n  }\n"): (typeof documents)["\n  query AnonSeen($id: ID!) {\n    node(id: $id) { ... on Assessment { status ratingSummary { count average min max } values { indicator { code } value score } } }\n    ratingRounds(openOnly: false) { year status targets { subjectName myRating { score } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnonTrail { auditTrail(first: 200) { edges { node { seq action actorName entityType before after } } } }"): (typeof documents)["query AnonTrail { auditTrail(first: 200) { edges { node { seq action actorName entityType before after } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundsOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id } } }\n"): (typeof documents)["\n  mutation RoundsOpenTeam($input: OpenTeamAssessmentsInput!) { openTeamAssessments(input: $input) { assessments { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundsOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id year status unitName } } }\n"): (typeof documents)["\n  mutation RoundsOpen($input: OpenRatingRoundInput!) { openRatingRound(input: $input) { round { id year status unitName } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundsClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { id status closedAt } } }\n"): (typeof documents)["\n  mutation RoundsClose($input: CloseRatingRoundInput!) { closeRatingRound(input: $input) { round { id status closedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundsList { ratingRounds { id year unitName status targets { assessmentId subjectName subjectIsPerson myRating { score } } } }\n"): (typeof documents)["\n  query RoundsList { ratingRounds { id year unitName status targets { assessmentId subjectName subjectIsPerson myRating { score } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundsRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score comment } } }\n"): (typeof documents)["\n  mutation RoundsRate($input: RateAssessmentInput!) { rateAssessment(input: $input) { rating { score comment } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundsSummary($id: ID!) { node(id: $id) { ... on Assessment { subjectName myRating { score } ratingSummary { count average } values { indicator { code } value } } } }\n"): (typeof documents)["\n  query RoundsSummary($id: ID!) { node(id: $id) { ... on Assessment { subjectName myRating { score } ratingSummary { count average } values { indicator { code } value } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundsTrail { auditTrail(first: 100, filter: { entityType: \"RatingRound\" }) { edges { node { action actorName entityId before after } } } }\n"): (typeof documents)["\n  query RoundsTrail { auditTrail(first: 100, filter: { entityType: \"RatingRound\" }) { edges { node { action actorName entityId before after } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoundsRatingNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query RoundsRatingNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundsExport($input: RequestExportInput!) { requestExport(input: $input) { link { url } } }\n"): (typeof documents)["\n  mutation RoundsExport($input: RequestExportInput!) { requestExport(input: $input) { link { url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoundsRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }"): (typeof documents)["mutation RoundsRefresh($id: ID!) { refreshAssessment(input: { assessmentId: $id }) { assessment { id } } }"];
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
export function graphql(source: "\n  mutation TeamSetsDefine($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version purpose status definedByRole } }\n  }\n"): (typeof documents)["\n  mutation TeamSetsDefine($input: DefineIndicatorSetInput!) {\n    defineIndicatorSet(input: $input) { indicatorSet { id year version purpose status definedByRole } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSetsPropose($input: ProposeIndicatorSetInput!) {\n    proposeIndicatorSet(input: $input) { indicatorSet { id year version purpose status } }\n  }\n"): (typeof documents)["\n  mutation TeamSetsPropose($input: ProposeIndicatorSetInput!) {\n    proposeIndicatorSet(input: $input) { indicatorSet { id year version purpose status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSetsApprove($id: ID!) {\n    approveIndicatorSet(input: { id: $id }) { indicatorSet { id year version purpose status approvedByRole approvedAt } }\n  }\n"): (typeof documents)["\n  mutation TeamSetsApprove($id: ID!) {\n    approveIndicatorSet(input: { id: $id }) { indicatorSet { id year version purpose status approvedByRole approvedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSetsList($purpose: IndicatorSetPurpose, $tenantId: ID) {\n    indicatorSets(purpose: $purpose, tenantId: $tenantId) { id year version purpose status definedByRole approvedByRole }\n  }\n"): (typeof documents)["\n  query TeamSetsList($purpose: IndicatorSetPurpose, $tenantId: ID) {\n    indicatorSets(purpose: $purpose, tenantId: $tenantId) { id year version purpose status definedByRole approvedByRole }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSetsOpen($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName indicatorSet { id year version purpose } } }\n  }\n"): (typeof documents)["\n  mutation TeamSetsOpen($input: OpenTeamAssessmentsInput!) {\n    openTeamAssessments(input: $input) { assessments { id subjectName indicatorSet { id year version purpose } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamSetsCreate($year: Int!, $unitId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId }) { assessment { id indicatorSet { id year purpose } } }\n  }\n"): (typeof documents)["\n  mutation TeamSetsCreate($year: Int!, $unitId: ID!) {\n    createAssessment(input: { year: $year, unitId: $unitId }) { assessment { id indicatorSet { id year purpose } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"): (typeof documents)["mutation ChainRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n"): (typeof documents)["\n  query Trail($first: Int, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { seq action entityType entityId subjectId actorName createdAt before after prevHash hash } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"): (typeof documents)["mutation TrailRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropTree { orgUnits(first: 100) { totalCount edges { node { id name parent { name } leadershipTeam { role person { name } } } } } }\n"): (typeof documents)["\n  query PropTree { orgUnits(first: 100) { totalCount edges { node { id name parent { name } leadershipTeam { role person { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropRisks { risks(first: 100) { totalCount edges { node { id title severity isOverdue unit { name } } } } }\n"): (typeof documents)["\n  query PropRisks { risks(first: 100) { totalCount edges { node { id title severity isOverdue unit { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropWorkItems { workItems(first: 100) { totalCount edges { node { id title isOverdue unit { name } } } } }\n"): (typeof documents)["\n  query PropWorkItems { workItems(first: 100) { totalCount edges { node { id title isOverdue unit { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }\n"): (typeof documents)["\n  mutation PropRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }\n"): (typeof documents)["\n  mutation PropReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheTree {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name parent { name } leadershipTeam { id role endDate person { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CacheTree {\n    orgUnits(first: 100) {\n      totalCount\n      edges { node { id name parent { name } leadershipTeam { id role endDate person { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheRisks { risks(first: 100) { totalCount edges { node { id title handlingDeadline isOverdue } } } }\n"): (typeof documents)["\n  query CacheRisks { risks(first: 100) { totalCount edges { node { id title handlingDeadline isOverdue } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id name } } }\n"): (typeof documents)["\n  mutation CacheRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id isOverdue } } }\n"): (typeof documents)["\n  mutation CacheReport($input: ReportRiskInput!) { reportRisk(input: $input) { risk { id isOverdue } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id endDate } } }\n"): (typeof documents)["\n  mutation CacheEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id endDate } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheChangePassword($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { token } }\n"): (typeof documents)["\n  mutation CacheChangePassword($current: String!, $next: String!) { changePassword(input: { currentPassword: $current, newPassword: $next }) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBad($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query CacheBad($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DwRecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      inspection { id date findings findingCount bureau { id name } items { id position problem rectification dueOn answer } workRecordId }\n    }\n  }\n"): (typeof documents)["\n  mutation DwRecordInspection($input: RecordInspectionInput!) {\n    recordInspection(input: $input) {\n      inspection { id date findings findingCount bureau { id name } items { id position problem rectification dueOn answer } workRecordId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DwAnswer($input: AnswerInspectionFindingInput!) {\n    answerInspectionFinding(input: $input) { finding { id answer answeredOn answeredBy { name } } }\n  }\n"): (typeof documents)["\n  mutation DwAnswer($input: AnswerInspectionFindingInput!) {\n    answerInspectionFinding(input: $input) { finding { id answer answeredOn answeredBy { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DwInspections($year: Int) {\n    inspections(first: 50, year: $year) {\n      totalCount\n      edges { node { id date bureau { id name } answeredCount findingCount items { id problem answer answeredOn answeredBy { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query DwInspections($year: Int) {\n    inspections(first: 50, year: $year) {\n      totalCount\n      edges { node { id date bureau { id name } answeredCount findingCount items { id problem answer answeredOn answeredBy { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DwNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query DwNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DwRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code status } } }\n"): (typeof documents)["\n  query DwRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DwChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name ownerUnitName bureau { id } registrationStatus responsibleContact { name } responsiblePerson { name } reviewer { name } districtReviews { result findings } } }\n    }\n  }\n"): (typeof documents)["\n  query DwChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name ownerUnitName bureau { id } registrationStatus responsibleContact { name } responsiblePerson { name } reviewer { name } districtReviews { result findings } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DwZero { channelZeroReports(first: 50) { totalCount edges { node { period unitName bureau { id } filedBy { name } } } } }\n"): (typeof documents)["\n  query DwZero { channelZeroReports(first: 50) { totalCount edges { node { period unitName bureau { id } filedBy { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DwReview($input: RecordDistrictChannelReviewInput!) {\n    recordDistrictChannelReview(input: $input) { review { id result findings bureau { id } channel { name } } }\n  }\n"): (typeof documents)["\n  mutation DwReview($input: RecordDistrictChannelReviewInput!) {\n    recordDistrictChannelReview(input: $input) { review { id result findings bureau { id } channel { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DwByBureau($year: Int!) {\n    reportsByBureau(year: $year) { bureau { id } year annualReportSent sent { kind title sentTo copiedTo } copied { kind title sentTo copiedTo } }\n  }\n"): (typeof documents)["\n  query DwByBureau($year: Int!) {\n    reportsByBureau(year: $year) { bureau { id } year annualReportSent sent { kind title sentTo copiedTo } copied { kind title sentTo copiedTo } }\n  }\n"];
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
export function graphql(source: "\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n"): (typeof documents)["\n  mutation ConcurrentAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n"): (typeof documents)["\n  mutation RulesCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { post { id role isActive person { id name } duties { id kind isActive } } }\n  }\n"): (typeof documents)["\n  mutation RulesAppoint($input: AppointToPostInput!) {\n    appointToPost(input: $input) { post { id role isActive person { id name } duties { id kind isActive } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(input: { postId: $postId, reason: $reason }) { post { id isActive endDate duties { kind isActive endReason } } } }\n"): (typeof documents)["\n  mutation RulesEndPost($postId: ID!, $reason: String) { endPost(input: { postId: $postId, reason: $reason }) { post { id isActive endDate duties { kind isActive endReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(input: { unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope }) { duty { id kind } }\n  }\n"): (typeof documents)["\n  mutation RulesAssign($unitId: ID!, $personId: ID!, $kind: DutyKind!, $scope: [ID!]) {\n    assignDuty(input: { unitId: $unitId, personId: $personId, kind: $kind, scopeUnitIds: $scope }) { duty { id kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(input: { dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date }) { duty { id kind startDate scopeUnits { name } } }\n  }\n"): (typeof documents)["\n  mutation RulesChange($dutyId: ID!, $kind: DutyKind, $scope: [ID!], $date: Date) {\n    changeDuty(input: { dutyId: $dutyId, kind: $kind, scopeUnitIds: $scope, effectiveDate: $date }) { duty { id kind startDate scopeUnits { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(input: { dutyId: $dutyId }) { duty { id } } }\n"): (typeof documents)["\n  mutation RulesEndDuty($dutyId: ID!) { endDuty(input: { dutyId: $dutyId }) { duty { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(input: { unitId: $unitId, assignments: $assignments }) { duties { kind person { name } } }\n  }\n"): (typeof documents)["\n  mutation RulesRearrange($unitId: ID!, $assignments: [DutyAssignmentInput!]!) {\n    rearrangeDuties(input: { unitId: $unitId, assignments: $assignments }) { duties { kind person { name } } }\n  }\n"];
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
export function graphql(source: "\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name depth ancestors { name } } } }\n"): (typeof documents)["\n  mutation RulesCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id name depth ancestors { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(input: { unitId: $unitId, newParentId: $parentId }) { orgUnit { id depth parent { name } } } }\n"): (typeof documents)["\n  mutation RulesMoveUnit($unitId: ID!, $parentId: ID!) { moveOrgUnit(input: { unitId: $unitId, newParentId: $parentId }) { orgUnit { id depth parent { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceOrgUnits($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceOrgUnitCodes($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id code } } }\n  }\n"): (typeof documents)["\n  query EquivalenceOrgUnitCodes($after: String) {\n    orgUnits(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id code } } }\n  }\n"];
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
export function graphql(source: "\n  query EquivalenceWorkItems($after: String) {\n    workItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceWorkItems($after: String) {\n    workItems(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceWorkRecords($after: String) {\n    workRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceWorkRecords($after: String) {\n    workRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceCompliance($unitId: ID!, $year: Int!) { compliance(unitId: $unitId, year: $year) { unit { id } rule { id } } }\n"): (typeof documents)["\n  query EquivalenceCompliance($unitId: ID!, $year: Int!) { compliance(unitId: $unitId, year: $year) { unit { id } rule { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceRisks($after: String) {\n    risks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceRisks($after: String) {\n    risks(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceChannels($after: String) {\n    onlineChannels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceChannels($after: String) {\n    onlineChannels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceMisconduct($after: String) {\n    misconductCases(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceMisconduct($after: String) {\n    misconductCases(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceAssessments($after: String) {\n    assessments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceAssessments($after: String) {\n    assessments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceAccountability($after: String) {\n    accountabilityRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"): (typeof documents)["\n  query EquivalenceAccountability($after: String) {\n    accountabilityRecords(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquivalenceDistrictRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code } } }\n"): (typeof documents)["\n  query EquivalenceDistrictRules($year: Int!) { districtOverview(year: $year) { tenant { id } rules { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }"): (typeof documents)["mutation EquivalenceArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }"): (typeof documents)["mutation EquivalenceCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"): (typeof documents)["mutation EquivalenceRename($unitId: ID!, $name: String!) { renameOrgUnit(input: { unitId: $unitId, name: $name }) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }"): (typeof documents)["query EquivalenceUnitDuties($unitId: ID!) { unitDuties(unitId: $unitId) { id kind person { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(input: { dutyId: $dutyId, scopeUnitIds: $scope }) { duty { id } } }"): (typeof documents)["mutation EquivalenceChangeDuty($dutyId: ID!, $scope: [ID!]) { changeDuty(input: { dutyId: $dutyId, scopeUnitIds: $scope }) { duty { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }"): (typeof documents)["mutation ExportsCreate($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }"): (typeof documents)["mutation ExportsArchive($unitId: ID!) { archiveOrgUnit(input: { unitId: $unitId }) { orgUnit { id } } }"];
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
export function graphql(source: "mutation ExportsEndPost($postId: ID!) { endPost(input: { postId: $postId }) { post { id isActive } } }"): (typeof documents)["mutation ExportsEndPost($postId: ID!) { endPost(input: { postId: $postId }) { post { id isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"): (typeof documents)["mutation ExportsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }"): (typeof documents)["mutation ExportsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled } } }"): (typeof documents)["mutation ExportsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportsEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { disabled } } }"): (typeof documents)["mutation ExportsEnable($input: EnableAccountInput!) { enableAccount(input: $input) { account { disabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { link { url expiresAt filename } }\n  }\n"): (typeof documents)["\n  mutation RequestExport($input: RequestExportInput!) {\n    requestExport(input: $input) { link { url expiresAt filename } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LedgerAssessmentScores($unit: ID!) {\n      assessments(first: 50, filter: { year: 2025, subtreeOf: $unit, subjectIsPerson: false }) { edges { node { id quantitativeScore } } }\n    }\n  "): (typeof documents)["\n    query LedgerAssessmentScores($unit: ID!) {\n      assessments(first: 50, filter: { year: 2025, subtreeOf: $unit, subjectIsPerson: false }) { edges { node { id quantitativeScore } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n"): (typeof documents)["\n  query CoCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount period dueMonthDay }\n      unit { name }\n      required counted status\n      periods { start end due required counted status }\n      records { date title unit { name } attachments { fileName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met late dueSoon overdue notYetDue total\n      byRule { rule { code } met late dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n"): (typeof documents)["\n  query CoSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) {\n      units met late dueSoon overdue notYetDue total\n      byRule { rule { code } met late dueSoon overdue notYetDue total }\n      attention { status rule { code } unit { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CoEvidence($unitId: ID!, $year: Int!, $asOf: Date) {\n      compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code } counted withoutEvidence records { title attachments { fileName } } }\n    }\n  "): (typeof documents)["\n    query CoEvidence($unitId: ID!, $year: Int!, $asOf: Date) {\n      compliance(unitId: $unitId, year: $year, asOf: $asOf) { rule { code } counted withoutEvidence records { title attachments { fileName } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoUpload($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { attachment { id } } }"): (typeof documents)["mutation CoUpload($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { attachment { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CoEvidenceDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rules { code withoutEvidence } } }\n  "): (typeof documents)["\n    query CoEvidenceDistrict($year: Int!, $asOf: Date) { districtOverview(year: $year, asOf: $asOf) { tenant { name } rules { code withoutEvidence } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code source origin countPer }\n      required counted status\n      periods { due required counted onTime status }\n      missingMembers { name }\n    }\n  }\n"): (typeof documents)["\n  query PrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code source origin countPer }\n      required counted status\n      periods { due required counted onTime status }\n      missingMembers { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) { late byRule { rule { code } late } }\n  }\n"): (typeof documents)["\n  query PrSummary($year: Int!, $asOf: Date) {\n    complianceSummary(year: $year, asOf: $asOf) { late byRule { rule { code } late } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { shortName }\n      rulesLate annualReportDate annualReportOnTime annualReportDue\n      rules { code source status met late overdue total }\n    }\n  }\n"): (typeof documents)["\n  query PrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) {\n      tenant { shortName }\n      rulesLate annualReportDate annualReportOnTime annualReportDue\n      rules { code source status met late overdue total }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrRules { obligationRules { id code clause origin source note ruleKind severity withinDays countPer requiredRecipients requiredCopies active } }\n"): (typeof documents)["\n  query PrRules { obligationRules { id code clause origin source note ruleKind severity withinDays countPer requiredRecipients requiredCopies active } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount dueMonthDay withinDays active version } } }\n"): (typeof documents)["\n  mutation PrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount dueMonthDay withinDays active version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { kind person { name } } } }\n"): (typeof documents)["\n  mutation PrCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { kind person { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n"): (typeof documents)["\n  query RmNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title subjectId unit { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date reportingYear filedAt } }\n  }\n"): (typeof documents)["\n  mutation YrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date reportingYear filedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount dueMonthDay internalDueMonthDay performedByRole }\n      required counted status\n      periods { due internalDue internalStatus counted onTime status }\n      records { date reportingYear filedAt }\n    }\n  }\n"): (typeof documents)["\n  query YrCompliance($unitId: ID!, $year: Int!, $asOf: Date) {\n    compliance(unitId: $unitId, year: $year, asOf: $asOf) {\n      rule { code minCount dueMonthDay internalDueMonthDay performedByRole }\n      required counted status\n      periods { due internalDue internalStatus counted onTime status }\n      records { date reportingYear filedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) { tenant { shortName } annualReportDue rules { code status } }\n  }\n"): (typeof documents)["\n  query YrOverview($year: Int!, $asOf: Date) {\n    districtOverview(year: $year, asOf: $asOf) { tenant { shortName } annualReportDue rules { code status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YrRules { obligationRules { id code minCount } }"): (typeof documents)["query YrRules { obligationRules { id code minCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount version } } }\n"): (typeof documents)["\n  mutation YrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YrNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title body } } } } }\n"): (typeof documents)["\n  query YrNotifications { viewer { notifications(first: 100) { totalCount edges { node { kind title body } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YrCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id year } } }\n"): (typeof documents)["\n  mutation YrCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id year } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YrItems($year: Int!) {\n    workItems(filter: { year: $year }, first: 100) {\n      edges { node { id title status cancelReason dueDate carriedOverFrom { id title } carriedOverTo { id dueDate } } }\n    }\n  }\n"): (typeof documents)["\n  query YrItems($year: Int!) {\n    workItems(filter: { year: $year }, first: 100) {\n      edges { node { id title status cancelReason dueDate carriedOverFrom { id title } carriedOverTo { id dueDate } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeUnits { orgUnits(first: 100, filter: { kinds: [DEPARTMENT] }) { totalCount edges { node { id name kind parent { name } } } } }\n"): (typeof documents)["\n  query DeUnits { orgUnits(first: 100, filter: { kinds: [DEPARTMENT] }) { totalCount edges { node { id name kind parent { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id kind } } }\n"): (typeof documents)["\n  mutation DeCreateUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { id kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeMoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }\n"): (typeof documents)["\n  mutation DeMoveUnit($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { orgUnit { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeChannels { onlineChannels(first: 50) { edges { node { name ownerUnit { name kind } } } } }\n"): (typeof documents)["\n  query DeChannels { onlineChannels(first: 50) { edges { node { name ownerUnit { name kind } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { unit { name kind } } } }\n"): (typeof documents)["\n  mutation DeCreateRecord($input: CreateWorkRecordInput!) { createWorkRecord(input: $input) { workRecord { unit { name kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeItems { workItems(first: 100) { edges { node { title unit { name kind } } } } }\n"): (typeof documents)["\n  query DeItems { workItems(first: 100) { edges { node { title unit { name kind } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ListSqlPage($first: Int, $after: String) {\n        orgUnits(first: $first, after: $after) { totalCount edges { node { id name parent { id } } } pageInfo { endCursor } }\n      }\n    "): (typeof documents)["\n      query ListSqlPage($first: Int, $after: String) {\n        orgUnits(first: $first, after: $after) { totalCount edges { node { id name parent { id } } } pageInfo { endCursor } }\n      }\n    "];
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
export function graphql(source: "\n      query StatementsPage($first: Int, $after: String, $last: Int) {\n        orgUnits(first: $first, after: $after, last: $last) { totalCount edges { node { id } } pageInfo { endCursor } }\n      }\n    "): (typeof documents)["\n      query StatementsPage($first: Int, $after: String, $last: Int) {\n        orgUnits(first: $first, after: $after, last: $last) { totalCount edges { node { id } } pageInfo { endCursor } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPostsImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accountsDisabled { username name message }\n      accountsEnabled { username name message }\n    }\n  }\n"): (typeof documents)["\n  mutation FollowPostsImport($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      applied errors { code message }\n      accountsDisabled { username name message }\n      accountsEnabled { username name message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowPostsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"): (typeof documents)["mutation FollowPostsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowPostsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }"): (typeof documents)["mutation FollowPostsReset($input: ResetPasswordInput!) { resetPassword(input: $input) { temporaryPassword } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowPostsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled disabledForNoPost } } }"): (typeof documents)["mutation FollowPostsDisable($input: DisableAccountInput!) { disableAccount(input: $input) { account { disabled disabledForNoPost } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowPostsViewer { viewer { username } }"): (typeof documents)["query FollowPostsViewer { viewer { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrgChart($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      dryRun applied\n      counts { units people posts duties accounts }\n      errors { sheet row column code message }\n      warnings { sheet row column code message }\n      accounts { username temporaryPassword }\n      unitsNotInWorkbook { code name }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOrgChart($input: ImportOrgChartInput!) {\n    importOrgChart(input: $input) {\n      dryRun applied\n      counts { units people posts duties accounts }\n      errors { sheet row column code message }\n      warnings { sheet row column code message }\n      accounts { username temporaryPassword }\n      unitsNotInWorkbook { code name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgChartVisibleUnits { orgUnits(first: 100) { edges { node { name } } } }"): (typeof documents)["query OrgChartVisibleUnits { orgUnits(first: 100) { edges { node { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrgChartChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"): (typeof documents)["mutation OrgChartChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n"): (typeof documents)["\n  mutation CfCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }\n"): (typeof documents)["\n  mutation CfCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status pendingConfirmation confirmedAt } }\n  }\n"): (typeof documents)["\n  mutation CfChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status pendingConfirmation confirmedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfAnswer($input: AnswerWorkItemConfirmationInput!) {\n    answerWorkItemConfirmation(input: $input) { workItem { id status pendingConfirmation confirmedAt confirmedBy { name } notes { text } } }\n  }\n"): (typeof documents)["\n  mutation CfAnswer($input: AnswerWorkItemConfirmationInput!) {\n    answerWorkItemConfirmation(input: $input) { workItem { id status pendingConfirmation confirmedAt confirmedBy { name } notes { text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfProgress($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total done pendingConfirmation inProgress }\n      workItems(first: 50, filter: { pendingConfirmation: true }) { totalCount edges { node { id title pendingConfirmation } } }\n    }\n  }\n"): (typeof documents)["\n  query CfProgress($year: Int!) {\n    annualPlan(year: $year) {\n      progress { total done pendingConfirmation inProgress }\n      workItems(first: 50, filter: { pendingConfirmation: true }) { totalCount edges { node { id title pendingConfirmation } } }\n    }\n  }\n"];
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
export function graphql(source: "query ScDistrictNotifications { viewer { notifications(first: 100) { edges { node { id } } } } }"): (typeof documents)["query ScDistrictNotifications { viewer { notifications(first: 100) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TuPlan($year: Int!) { annualPlan(year: $year) { tasksWithoutWorkItems { number } } }\n"): (typeof documents)["\n  query TuPlan($year: Int!) { annualPlan(year: $year) { tasksWithoutWorkItems { number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TuMine { viewer { notifications(first: 50) { edges { node { kind title } } } } }\n"): (typeof documents)["\n  query TuMine { viewer { notifications(first: 50) { edges { node { kind title } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n"): (typeof documents)["\n  query PlanTemplates {\n    planTemplates { version title issuer issuedOn tasks { id number groupNumber groupTitle clause text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { plan { id year title template { version } progress { total } } }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreateAnnualPlanInput!) {\n    createAnnualPlan(input: $input) { plan { id year title template { version } progress { total } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n"): (typeof documents)["\n  query PlanOfYear($year: Int!) { annualPlan(year: $year) { id year } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n"): (typeof documents)["\n  mutation WiCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) { workItem {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    } }\n  }\n"): (typeof documents)["\n  mutation WiCreateItem($input: CreateWorkItemInput!) {\n    createWorkItem(input: $input) { workItem {\n      id title status dueDate isOverdue\n      unit { name } responsiblePerson { name } templateTask { number clause }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status completedAt cancelReason notes { text } } }\n  }\n"): (typeof documents)["\n  mutation WiChangeStatus($input: ChangeWorkItemStatusInput!) {\n    changeWorkItemStatus(input: $input) { workItem { id status completedAt cancelReason notes { text } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id dueDate responsiblePerson { name } } } }\n"): (typeof documents)["\n  mutation WiUpdateItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id dueDate responsiblePerson { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(input: { workItemId: $id, text: $text }) { note { text author { name } } } }\n"): (typeof documents)["\n  mutation WiAddNote($id: ID!, $text: String!) { addWorkItemNote(input: { workItemId: $id, text: $text }) { note { text author { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WiConfirm($id: ID!) { answerWorkItemConfirmation(input: { workItemId: $id, confirm: true }) { workItem { id pendingConfirmation } } }\n"): (typeof documents)["\n  mutation WiConfirm($id: ID!) { answerWorkItemConfirmation(input: { workItemId: $id, confirm: true }) { workItem { id pendingConfirmation } } }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }"): (typeof documents)["mutation EvCreatePlan($input: CreateAnnualPlanInput!) { createAnnualPlan(input: $input) { plan { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }"): (typeof documents)["mutation EvCreateItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { attachment { id fileName mimeType size sha256 downloadUrl } }\n  }\n"): (typeof documents)["\n  mutation EvUpload($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) { attachment { id fileName mimeType size sha256 downloadUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n"): (typeof documents)["\n  query EvItem($id: ID!) { node(id: $id) { ... on WorkItem { attachments { fileName downloadUrl } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } } }\n  }\n"): (typeof documents)["\n  mutation RrCreateRecord($input: CreateWorkRecordInput!) {\n    createWorkRecord(input: $input) { workRecord { id kind date title participants sentTo copiedTo unit { name } recordedBy { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n"): (typeof documents)["\n  query RrRecords($filter: WorkRecordFilter) { workRecords(first: 100, filter: $filter) { totalCount edges { node { title unit { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredRecipients requiredCopies version } }\n"): (typeof documents)["\n  query RrRules { obligationRules { id code name minCount period dueMonthDay appliesToKinds requiredRecipients requiredCopies version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount period dueMonthDay version } } }\n"): (typeof documents)["\n  mutation RrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { code minCount period dueMonthDay version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { rule { code minCount version } } }\n"): (typeof documents)["\n  mutation RrCreateRule($input: CreateObligationRuleInput!) { createObligationRule(input: $input) { rule { code minCount version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrRules($all: Boolean) { obligationRules(includeInactive: $all) { id code ruleKind withinDays recordKind minCount period active version } }\n"): (typeof documents)["\n  query CrRules($all: Boolean) { obligationRules(includeInactive: $all) { id code ruleKind withinDays recordKind minCount period active version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { id withinDays active version } } }\n"): (typeof documents)["\n  mutation CrUpdateRule($input: UpdateObligationRuleInput!) { updateObligationRule(input: $input) { rule { id withinDays active version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) { totalCount edges { node { id name launchedOn registrationDueOn registrationStatus registeredInTime } } }\n  }\n"): (typeof documents)["\n  query CrChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) { totalCount edges { node { id name launchedOn registrationDueOn registrationStatus registeredInTime } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrCreateChannel($input: CreateOnlineChannelInput!) { createOnlineChannel(input: $input) { channel { id registrationStatus registrationDueOn } } }\n"): (typeof documents)["\n  mutation CrCreateChannel($input: CreateOnlineChannelInput!) { createOnlineChannel(input: $input) { channel { id registrationStatus registrationDueOn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CmChannels($filter: OnlineChannelFilter) {\n    onlineChannels(first: 50, filter: $filter) {\n      totalCount\n      edges { node { id name kind status launchedOn registeredOn registrationDueOn registrationStatus registeredInTime\n        ownerUnit { name } reviewer { name } reviews { result findings reviewer { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { channel { id name registrationStatus registrationDueOn reviewer { name } } }\n  }\n"): (typeof documents)["\n  mutation CmCreateChannel($input: CreateOnlineChannelInput!) {\n    createOnlineChannel(input: $input) { channel { id name registrationStatus registrationDueOn reviewer { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { channel { id registeredOn registrationStatus registeredInTime status reviewer { name } } }\n  }\n"): (typeof documents)["\n  mutation CmUpdateChannel($input: UpdateOnlineChannelInput!) {\n    updateOnlineChannel(input: $input) { channel { id registeredOn registrationStatus registeredInTime status reviewer { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(input: { channelId: $channelId, result: $result, findings: $findings }) { review { id result reviewedOn reviewer { name } } }\n  }\n"): (typeof documents)["\n  mutation CmReview($channelId: ID!, $result: ChannelReviewResult!, $findings: String) {\n    recordChannelReview(input: { channelId: $channelId, result: $result, findings: $findings }) { review { id result reviewedOn reviewer { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(input: { unitId: $unitId, period: $period }) { zeroReport { id period unit { name } filedBy { name } } }\n  }\n"): (typeof documents)["\n  mutation CmZero($unitId: ID!, $period: String!) {\n    fileChannelZeroReport(input: { unitId: $unitId, period: $period }) { zeroReport { id period unit { name } filedBy { name } } }\n  }\n"];
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
export function graphql(source: "\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(input: { caseId: $caseId, referenceNumber: $ref }) { misconductCase { id isReferred referredOn referredToBody referenceNumber } }\n  }\n"): (typeof documents)["\n  mutation CmRefer($caseId: ID!, $ref: String!) {\n    referMisconductCase(input: { caseId: $caseId, referenceNumber: $ref }) { misconductCase { id isReferred referredOn referredToBody referenceNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(input: { caseId: $caseId, outcome: $outcome }) { misconductCase { id outcome outcomeOn } } }\n"): (typeof documents)["\n  mutation CmOutcome($caseId: ID!, $outcome: String!) { recordMisconductOutcome(input: { caseId: $caseId, outcome: $outcome }) { misconductCase { id outcome outcomeOn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ByClassReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk { id stage mustBeWarned allowedMoves } }\n  }\n"): (typeof documents)["\n  mutation ByClassReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk { id stage mustBeWarned allowedMoves } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ByClassMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n"): (typeof documents)["\n  mutation ByClassMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    } }\n  }\n"): (typeof documents)["\n  mutation LcReport($input: ReportRiskInput!) {\n    reportRisk(input: $input) { risk {\n      id title stage severity handlingDeadline isOverdue\n      responsiblePerson { name }\n      transitions { fromStage toStage note actor { name } }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n"): (typeof documents)["\n  mutation LcMove($input: TransitionRiskInput!) {\n    transitionRisk(input: $input) { risk {\n      id stage handledAt closedAt closeReason allowedMoves\n      transitions { fromStage toStage note at actor { name } }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { rectification { id task dueOn isDone responsiblePerson { name } } }\n  }\n"): (typeof documents)["\n  mutation LcAddItem($input: AddRectificationInput!) {\n    addRectification(input: $input) { rectification { id task dueOn isDone responsiblePerson { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcCompleteItem($id: ID!) { completeRectification(input: { rectificationId: $id }) { rectification { id isDone doneOn } } }\n"): (typeof documents)["\n  mutation LcCompleteItem($id: ID!) { completeRectification(input: { rectificationId: $id }) { rectification { id isDone doneOn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { response { id channel content respondedOn } } }\n"): (typeof documents)["\n  mutation LcRespond($input: RecordRiskResponseInput!) { recordRiskResponse(input: $input) { response { id channel content respondedOn } } }\n"];
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
export function graphql(source: "\n  query PbtDistrictChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnitName bureau { id } responsiblePerson { id } reviewer { id } reviews { id } } } } }\n"): (typeof documents)["\n  query PbtDistrictChannels { onlineChannels(first: 100) { totalCount edges { node { id ownerUnitName bureau { id } responsiblePerson { id } reviewer { id } reviews { id } } } } }\n"];
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
export function graphql(source: "\n  query ZrList($period: String, $all: Boolean) {\n    channelZeroReports(first: 50, period: $period, includeSuperseded: $all) {\n      totalCount edges { node { id period supersededAt supersededBy { name } unit { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ZrList($period: String, $all: Boolean) {\n    channelZeroReports(first: 50, period: $period, includeSuperseded: $all) {\n      totalCount edges { node { id period supersededAt supersededBy { name } unit { name } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(input: { unitId: $unitId, name: \"篡改\" }) { orgUnit { name } } }\n"): (typeof documents)["\n  mutation CrossRename($unitId: ID!) { renameOrgUnit(input: { unitId: $unitId, name: \"篡改\" }) { orgUnit { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n"): (typeof documents)["\n  mutation CrossAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n"): (typeof documents)["\n  query CrossViewer { viewer { person { posts(includeEnded: true) { unit { name } } duties(includeEnded: true) { scopeUnits { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrossInspection($id: ID!) { node(id: $id) { id ... on DistrictInspection { findings } ... on InspectionFinding { problem answer } } }\n"): (typeof documents)["\n  query CrossInspection($id: ID!) { node(id: $id) { id ... on DistrictInspection { findings } ... on InspectionFinding { problem answer } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossAnswer($id: ID!) { answerInspectionFinding(input: { findingId: $id, answer: \"篡改\" }) { finding { id } } }\n"): (typeof documents)["\n  mutation CrossAnswer($id: ID!) { answerInspectionFinding(input: { findingId: $id, answer: \"篡改\" }) { finding { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IfCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }"): (typeof documents)["mutation IfCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IfAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }"): (typeof documents)["mutation IfAppoint($input: AppointToPostInput!) { appointToPost(input: $input) { post { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IfEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id } } }"): (typeof documents)["mutation IfEndPost($postId: ID!, $endDate: Date) { endPost(input: { postId: $postId, endDate: $endDate }) { post { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IfTeam($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        leadershipTeam { person { name } }\n        posts { isActive person { name } }\n        duties { isActive kind person { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IfTeam($id: ID!) {\n    node(id: $id) {\n      ... on OrgUnit {\n        leadershipTeam { person { name } }\n        posts { isActive person { name } }\n        duties { isActive kind person { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IfPersonPosts($id: ID!) { node(id: $id) { ... on Person { posts { isActive } duties { isActive } } } }"): (typeof documents)["query IfPersonPosts($id: ID!) { node(id: $id) { ... on Person { posts { isActive } duties { isActive } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IfMe { viewer { posts { id } duties { kind } } }"): (typeof documents)["query IfMe { viewer { posts { id } duties { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IfCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredUnits { name } } }"): (typeof documents)["query IfCoverage($unitId: ID!) { coverage(unitId: $unitId) { uncoveredUnits { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IfCreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { assessment { id } } }\n"): (typeof documents)["\n  mutation IfCreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { assessment { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropTrainingCounts { trainingRecords(first: 200) { edges { node { id participantCount } } } }\n"): (typeof documents)["\n  query PropTrainingCounts { trainingRecords(first: 200) { edges { node { id participantCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeakTrainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount edges { node { id course participantCount participants { person { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query LeakTrainings($filter: TrainingRecordFilter) {\n    trainingRecords(first: 50, filter: $filter) {\n      totalCount edges { node { id course participantCount participants { person { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeakSubtreeUnits($root: ID!) { orgUnits(first: 50, filter: { subtreeOf: $root }) { totalCount edges { node { name } } } }\n"): (typeof documents)["\n  query LeakSubtreeUnits($root: ID!) { orgUnits(first: 50, filter: { subtreeOf: $root }) { totalCount edges { node { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeakSubtreeWorkItems($root: ID!) { workItems(first: 50, filter: { subtreeOf: $root }) { totalCount } }\n"): (typeof documents)["\n  query LeakSubtreeWorkItems($root: ID!) { workItems(first: 50, filter: { subtreeOf: $root }) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PropertyTree {\n    orgUnits(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          parent { id }\n          ancestors { id }\n          children { id }\n          leadershipTeam { id unit { id } person { id posts { unit { id } } } }\n          duties { id unit { id } scopeUnits { id } person { duties { unit { id } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query PropertyNode($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"): (typeof documents)["mutation HostileChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostileExports($input: RequestExportInput!) {\n    a: requestExport(input: $input) { link { url } } b: requestExport(input: $input) { link { url } }\n    c: requestExport(input: $input) { link { url } } d: requestExport(input: $input) { link { url } }\n    e: requestExport(input: $input) { link { url } } f: requestExport(input: $input) { link { url } }\n  }\n"): (typeof documents)["\n  mutation HostileExports($input: RequestExportInput!) {\n    a: requestExport(input: $input) { link { url } } b: requestExport(input: $input) { link { url } }\n    c: requestExport(input: $input) { link { url } } d: requestExport(input: $input) { link { url } }\n    e: requestExport(input: $input) { link { url } } f: requestExport(input: $input) { link { url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustedLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token } }\n"): (typeof documents)["\n  mutation TrustedLogin($username: String!, $password: String!) { login(username: $username, password: $password) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedUnits { orgUnits(first: 1) { totalCount } }\n"): (typeof documents)["\n  query TrustedUnits { orgUnits(first: 1) { totalCount } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;