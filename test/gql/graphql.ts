/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 问责记录筛选 (filter), always within what the viewer may see */
export type AccountabilityFilter = {
  /** 问责方式 (measures) */
  measures?: Array<AccountabilityMeasure> | null | undefined;
  /** 最低严重程度 (at least this severity, 1–6) */
  minSeverity?: number | null | undefined;
  /** 被问责人 (a person) */
  personId?: string | number | null | undefined;
  /** 某单位及其下级 (this unit and below) */
  subtreeOf?: string | number | null | undefined;
  /** 年度 (year decided) */
  year?: number | null | undefined;
};

/** 问责方式 (accountability measure), in the plan's order of severity (IV.3), mildest first */
export type AccountabilityMeasure =
  /** 通报批评 (circulated criticism; severity 4) */
  | 'CIRCULATED_CRITICISM'
  /** 批评教育 (criticism and education; severity 2) */
  | 'CRITICISM_EDUCATION'
  /** 纪律处分 (disciplinary sanction; severity 6) */
  | 'DISCIPLINARY_SANCTION'
  /** 组织处理 (organisational handling; severity 5) */
  | 'ORGANISATIONAL_HANDLING'
  /** 提醒 (reminder; severity 1) */
  | 'REMINDER'
  /** 责令作出书面检查 (ordered to submit a written self-examination; severity 3) */
  | 'WRITTEN_SELF_EXAMINATION';

/** 问责起因类别 (what a measure arises from) */
export type AccountabilitySourceType =
  /** 违规言行案件 (a misconduct case) */
  | 'MISCONDUCT_CASE'
  /** 风险隐患 (a risk or incident) */
  | 'RISK'
  /** 工作任务 (a work item of the annual plan) */
  | 'WORK_ITEM';

/** 新增整改事项 (add a rectification item to a handled risk) */
export type AddRectificationInput = {
  /** 整改时限 (due date; not in the past) */
  dueOn: string;
  /** 整改责任人 (who answers for it) */
  responsiblePersonId: string | number;
  /** 风险 (the risk, in stage HANDLED) */
  riskId: string | number;
  /** 整改内容 (what is to be put right) */
  task: string;
};

/** 答复整改情况 (answer a finding of an inspection) */
export type AnswerInspectionFindingInput = {
  /** 整改情况 (what the bureau did) */
  answer: string;
  /** 答复日期 (today by default) */
  answeredOn?: string | null | undefined;
  /** 督查发现的问题 (the finding) */
  findingId: string | number;
};

/** 确认或退回待确认的工作任务 (confirm or send back a work item waiting for confirmation) */
export type AnswerWorkItemConfirmationInput = {
  /** true 确认完成 (confirm: the DONE counts); false 退回 (send back to 推进中) */
  confirm: boolean;
  /** 理由 (required to send back; kept as a progress note) */
  reason?: string | null | undefined;
  /** 工作任务 (work item) */
  workItemId: string | number;
};

/** 任职 (appoint a person to a post) */
export type AppointToPostInput = {
  /** 分管领域 (business areas led) */
  businessArea?: string | null | undefined;
  /** 责任 (required for deputy secretaries and committee members; rule 3) */
  duty?: DutyInput | null | undefined;
  /** 人员 (the person) */
  personId: string | number;
  /** 职务类别 (kind of post) */
  role: PostRole;
  /** 任职日期 (today by default) */
  startDate?: string | null | undefined;
  /** 职务名称 (title) */
  title?: string | null | undefined;
  /** 单元 (the unit) */
  unitId: string | number;
};

/** 考核筛选 (filter), always within what the viewer may see */
export type AssessmentFilter = {
  /** 状态 (status) */
  status?: AssessmentStatus | null | undefined;
  /** 个人考核/单位考核 (members' or units' assessments) */
  subjectIsPerson?: boolean | null | undefined;
  /** 某单位及其下级 (this unit and below) */
  subtreeOf?: string | number | null | undefined;
  /** 年度 (year) */
  year?: number | null | undefined;
};

/** 定性等次 (qualitative grade) */
export type AssessmentGrade =
  /** 优秀 (excellent) */
  | 'EXCELLENT'
  /** 一般 (fair) */
  | 'FAIR'
  /** 良好 (good) */
  | 'GOOD'
  /** 较差 (poor) */
  | 'POOR';

/** 考核状态 (assessment status) */
export type AssessmentStatus =
  /** 草稿 (draft: values, ratings and grade may change) */
  | 'DRAFT'
  /** 定稿 (final: locked; changes only by amendment) */
  | 'FINAL';

/** 指标值 (a value for an indicator, by code) */
export type AssessmentValueInput = {
  /** 指标代码 (indicator code) */
  code: string;
  /** 指标值 (value; null clears a manual value) */
  value?: string | null | undefined;
};

/** 审计日志筛选 (filter for the audit trail) */
export type AuditTrailFilter = {
  /** 操作人 (global ID of the Person who acted) */
  actorId?: string | number | null | undefined;
  /** 对象 (the record: its global ID, or its raw id) */
  entityId?: string | number | null | undefined;
  /** 对象类型 (e.g. OrgUnit, Duty, Export) */
  entityType?: string | null | undefined;
  /** 起 (from, inclusive) */
  from?: string | null | undefined;
  /** 止 (to, exclusive) */
  to?: string | null | undefined;
};

/** 修改密码 (change the viewer's own password) */
export type ChangePasswordInput = {
  /** 当前密码 (the current, or one-time, password) */
  currentPassword: string;
  /** 新密码 (the new password: at least 8 characters, not the username) */
  newPassword: string;
};

/** 变更任务状态 (move a work item through its statuses) */
export type ChangeWorkItemStatusInput = {
  /** 理由 (required to cancel, or to reopen a done item; kept as a progress note) */
  reason?: string | null | undefined;
  /** 新状态 (new status) */
  status: WorkItemStatus;
  /** 工作任务 (work item) */
  workItemId: string | number;
};

/** 备案情况 (registration against the bureau's CHANNEL_REGISTRATION obligation rule: registered within its days of launch, 30 as seeded) */
export type ChannelRegistrationStatus =
  /** 逾期未备案 (not registered, and the rule's days have passed) */
  | 'OVERDUE'
  /** 待备案 (not registered yet; still within the rule's days, or no active rule) */
  | 'PENDING'
  /** 逾期备案 (registered, but after the rule's days) */
  | 'REGISTERED_LATE'
  /** 按时备案 (registered within the rule's days, or the bureau has no active rule) */
  | 'REGISTERED_ON_TIME';

/** 审核结论 (result of a content review) */
export type ChannelReviewResult =
  /** 发现问题 (issues found; findings say which) */
  | 'ISSUES_FOUND'
  /** 未发现问题 (no issues found) */
  | 'PASSED';

/** 结束评议 (close a rating round) */
export type CloseRatingRoundInput = {
  /** 评议轮次 (the round) */
  roundId: string | number;
};

/** 落实情况 (compliance status of a rule for a unit, as of a date) */
export type ComplianceStatus =
  /** 待区级开展 (not met, and it is the district's to do: 三(三)11's 专项督查 by 区委宣传部; the bureau is not overdue) */
  | 'AWAITING_DISTRICT'
  /** 即将到期 (not met; due within 30 days) */
  | 'DUE_SOON'
  /** 逾期完成 (done, but only with records dated after the due day of a period) */
  | 'LATE'
  /** 已落实 (enough records count, dated on or before the due day, in every period begun so far) */
  | 'MET'
  /** 未到期 (not met yet; due later than 30 days ahead) */
  | 'NOT_YET_DUE'
  /** 已逾期 (not met after the due date of a period) */
  | 'OVERDUE';

/** 新建账号 (create an account for a person of the bureau) */
export type CreateAccountInput = {
  /** 人员 (the person of the administrator's bureau) */
  personId: string | number;
  /** 用户名 (username: 2–64 letters, digits or . _ - @) */
  username: string;
};

/** 新建年度计划 (create the bureau's plan for a year) */
export type CreateAnnualPlanInput = {
  /** 转入上年度未完成任务 (copy the previous year's unfinished work items into the new plan, linked both ways; the old ones close as 转入下一年度) */
  carryOverUnfinished?: boolean | null | undefined;
  /** 方案版本 (template version; the latest by default) */
  templateVersion?: string | null | undefined;
  /** 名称 (title; generated by default) */
  title?: string | null | undefined;
  /** 年度 (year) */
  year: number;
};

/** 新建考核 (open an assessment) */
export type CreateAssessmentInput = {
  /** 班子成员 (team member; omit to assess the unit) */
  personId?: string | number | null | undefined;
  /** 单位 (unit) */
  unitId: string | number;
  /** 年度 (year) */
  year: number;
};

/** 新建局 (create a bureau) */
export type CreateBureauInput = {
  /** 管理员用户名 (username of the bureau's administrator account, created with a one-time password) */
  adminUsername: string;
  /** 局代码 (the bureau's code: 1–64 letters, digits, . _ -; also the code of its root unit) */
  code: string;
  /** 全称 (full name of the bureau's party committee, e.g. 中共盐城市大丰区自然资源和规划局委员会) */
  name: string;
  /** 简称 (short name, e.g. 区自然资源和规划局) */
  shortName: string;
};

/** 新增规定动作规则 (add an obligation rule) */
export type CreateObligationRuleInput = {
  /** 适用单元类型 (unit kinds; empty: all) */
  appliesToKinds?: Array<OrgUnitKind> | null | undefined;
  /** 服务的条款 (the clause the local rule serves, if any) */
  clause?: string | null | undefined;
  /** 代码 (code, A–Z 0–9 _) */
  code: string;
  /** 计数对象 (per unit (default) or per team member) */
  countPer?: ObligationCountBasis | null | undefined;
  /** 期限 (MM-DD within the period) */
  dueMonthDay?: string | null | undefined;
  /** 生效年度 (first year the rule applies to; default this year; not a closed year) */
  effectiveFromYear?: number | null | undefined;
  /** 本局内部时限 (MM-DD, on or before dueMonthDay) */
  internalDueMonthDay?: string | null | undefined;
  /** 每周期最少次数 (minimum per period, ≥ 1) */
  minCount: number;
  /** 名称 (name) */
  name: string;
  /** 说明 (why the bureau adds it) */
  note?: string | null | undefined;
  /** 周期 (period) */
  period: ObligationPeriod;
  /** 计数的台账类别 (record kind it counts) */
  recordKind: WorkRecordKind;
  /** 须抄送 (district roles to reach, as main recipient or copy) */
  requiredCopies?: Array<DistrictRole> | null | undefined;
  /** 须主送 (district roles to send to as main recipient) */
  requiredRecipients?: Array<DistrictRole> | null | undefined;
};

/** 登记网络阵地 (register a channel in the ledger) */
export type CreateOnlineChannelInput = {
  /** 账号或网址 (account name or URL); unique per kind in the bureau */
  account: string;
  /** 类型 (kind) */
  kind: OnlineChannelKind;
  /** 开通日期 (launch date; not in the future) */
  launchedOn: string;
  /** 名称 (name) */
  name: string;
  /** 主办单位 (owner unit) */
  ownerUnitId: string | number;
  /** 备案日期 (registration date, on or after launch) */
  registeredOn?: string | null | undefined;
  /** 责任人 (person responsible) */
  responsiblePersonId: string | number;
  /** 内容审核人 (content reviewer: a person of the owner unit's bureau) */
  reviewerPersonId: string | number;
  /** 状态 (ACTIVE by default) */
  status?: OnlineChannelStatus | null | undefined;
};

/** 新建组织单元 (create a unit under a parent) */
export type CreateOrgUnitInput = {
  /** 类型 (kind); not BUREAU_COMMITTEE */
  kind: OrgUnitKind;
  /** 名称 (name), 1–100 characters, unique among active siblings */
  name: string;
  /** 上级单元 (parent unit) */
  parentId: string | number;
  /** 排序 (order among siblings) */
  sortOrder?: number | null | undefined;
};

/** 新建人员 (create a person in the viewer's bureau) */
export type CreatePersonInput = {
  /** 性别 (gender) */
  gender?: string | null | undefined;
  /** 职务 (job title) */
  jobTitle?: string | null | undefined;
  /** 姓名 (name), 1–50 characters */
  name: string;
};

/** 新建工作任务 (create a work item under the plan) */
export type CreateWorkItemInput = {
  /** 任务内容 (what is to be done) */
  description?: string | null | undefined;
  /** 完成时限 (due date, within the plan year) */
  dueDate: string;
  /** 年度计划 (annual plan) */
  planId: string | number;
  /** 责任人 (a person with a post or duty covering the unit) */
  responsiblePersonId: string | number;
  /** 对应主要任务 (the main task it implements) */
  templateTaskId?: string | number | null | undefined;
  /** 任务名称 (title, 1–200 characters) */
  title: string;
  /** 责任单位 (owner unit; one the viewer leads) */
  unitId: string | number;
};

/** 登记工作台账 (record a meeting, report, briefing or inspection) */
export type CreateWorkRecordInput = {
  /** 抄送 (district roles it is copied to) */
  copiedTo?: Array<DistrictRole> | null | undefined;
  /** 日期 (date held or sent; not in the future) */
  date: string;
  /** 类别 (kind) */
  kind: WorkRecordKind;
  /** 其他报送对象 (other addressees) */
  otherRecipients?: string | null | undefined;
  /** 参加人员 (participants) */
  participants?: Array<string> | null | undefined;
  /** 述职人 (the team member whose own record it is; required for a DUTY_REPORT) */
  personId?: string | number | null | undefined;
  /** 所属年度 (the year it counts for; default the year of date; not after this year, not before the bureau existed) */
  reportingYear?: number | null | undefined;
  /** 主送 (district roles it is sent to) */
  sentTo?: Array<DistrictRole> | null | undefined;
  /** 内容摘要 (summary or minutes) */
  summary?: string | null | undefined;
  /** 标题 (title) */
  title: string;
  /** 单位 (unit; one the viewer leads) */
  unitId: string | number;
};

/** 发布考核指标体系 (define a year's indicator set as a new version) */
export type DefineIndicatorSetInput = {
  /** 指标 (1–50 indicators) */
  definitions: Array<IndicatorDefinitionInput>;
  /** 用途 (purpose; INTERNAL by default) */
  purpose?: IndicatorSetPurpose | null | undefined;
  /** 评议量表最高分 (highest rating, e.g. "5.00" or "100.00") */
  ratingScaleMax: string;
  /** 评议量表最低分 (lowest rating, e.g. "1.00" or "0.00") */
  ratingScaleMin: string;
  /** 局 (the bureau, Tenant.id: required of 区委组织部 defining a team set) */
  tenantId?: string | number | null | undefined;
  /** 年度 (the year from which it applies; later years without a version of their own use it) */
  year: number;
};

/** 停用账号 (disable an account) */
export type DisableAccountInput = {
  /** 用户名 (username of an account the viewer administers; any other answers NOT_FOUND) */
  username: string;
};

/** 区级角色 (district role) */
export type DistrictRole =
  /** 区委网信办 (district cyberspace affairs office) */
  | 'CYBERSPACE_OFFICE'
  /** 纪检监察 (discipline inspection and supervision) */
  | 'DISCIPLINE_INSPECTION'
  /** 区委 (district committee) */
  | 'DISTRICT_COMMITTEE'
  /** 区委组织部 (district organisation department: cadre assessment and organisational handling) */
  | 'ORGANISATION_DEPARTMENT'
  /** 区委宣传部 (district propaganda department) */
  | 'PROPAGANDA_DEPARTMENT';

/** 分工 (one member's duty in a re-division) */
export type DutyAssignmentInput = {
  /** 责任类别 (kind of duty) */
  kind: DutyKind;
  /** 班子成员 (the team member) */
  personId: string | number;
  /** 责任范围 (for DUAL_DUTY: units in the unit's subtree) */
  scopeUnitIds?: Array<string | number> | null | undefined;
};

/** 责任 (a duty to give with a post) */
export type DutyInput = {
  /** DIRECT_RESPONSIBLE or DUAL_DUTY */
  kind: DutyKind;
  /** 责任范围 (for DUAL_DUTY: units in this unit's subtree; non-empty) */
  scopeUnitIds?: Array<string | number> | null | undefined;
};

/** 责任类别 (kind of duty in the ideological work responsibility system) */
export type DutyKind =
  /** 直接责任人 (direct responsible person: the member in charge, 分管领导; the whole unit and below) */
  | 'DIRECT_RESPONSIBLE'
  /** 一岗双责 (one post, two duties: other team members, for the areas they lead) */
  | 'DUAL_DUTY'
  /** 第一责任人 (first responsible person: the secretary; the whole unit and below) */
  | 'FIRST_RESPONSIBLE';

/** 启用账号 (enable an account) */
export type EnableAccountInput = {
  /** 用户名 (username of an account the viewer administers; any other answers NOT_FOUND) */
  username: string;
};

/** 导出格式 (export file format) */
export type ExportFormat =
  /** CSV (UTF-8 with BOM, one header row; opens in Excel and WPS) */
  | 'CSV'
  /** Excel 工作簿 (XLSX: title row, Chinese headers, typed dates and numbers, frozen header) */
  | 'XLSX';

/** 台账 (a ledger that can be exported); a ledger whose module has not landed answers LEDGER_UNAVAILABLE */
export type ExportLedger =
  /** 问责台账 (accountability measures: of units the viewer sees, and against themself); filters: year (decided), unitId */
  | 'ACCOUNTABILITY'
  /** 考核台账 (assessments: of units the viewer sees, and their own; exact two-place scores); filters: year, unitId, status DRAFT / FINAL / ALL (default) */
  | 'ASSESSMENTS'
  /** 审计日志台账 (the bureau's audit trail with its hash chain); first and direct responsible people of the bureau committee; filter: year */
  | 'AUDIT'
  /** 网络阵地台账 (online channels with registration and latest review); filters: unitId, status ACTIVE / DORMANT / CLOSED / REGISTRATION_OVERDUE / ALL (default) */
  | 'CHANNELS'
  /** 规定动作落实台账 (one row per unit × applicable rule for a year, as of today or the year end); filters: year (default this year), unitId, status MET / LATE / DUE_SOON / OVERDUE / NOT_YET_DUE / ALL (default) */
  | 'COMPLIANCE'
  /** 各局规定动作落实情况台账 (district roles only: one row per bureau of the district × rule, its status and units by status, as districtOverview); filters: year (default this year), status MET / LATE / DUE_SOON / OVERDUE / NOT_YET_DUE / ALL (default) */
  | 'DISTRICT_COMPLIANCE'
  /** 责任分工台账 (duties and their history); filters: year (in force during it), unitId, status ACTIVE / ENDED / ALL (default) */
  | 'DUTIES'
  /** 错误言论案件台账 (misconduct cases); the bureau committee's first and direct responsible people only (others FORBIDDEN); filters: year (occurred), unitId, status REFERRED / NOT_REFERRED / ALL (default) */
  | 'MISCONDUCT_CASES'
  /** 组织架构表 (today's org chart in the import template's own format: 组织, 人员, 任职, 分工, 账号 sheets; XLSX only; importing it unchanged changes nothing); the units the viewer sees in the bureau's structure, their people, posts and duties in force, and (for account administrators) the accounts; the bureau's administrator may export it too */
  | 'ORG_CHART'
  /** 组织单元及责任人台账 (units with their first and direct responsible people and team size); filters: unitId, status ACTIVE (default) / ARCHIVED / ALL */
  | 'ORG_UNITS'
  /** 风险台账 (risks with their lifecycle history); filters: year (reported), unitId, status a stage / OPEN / OVERDUE / ALL (default) */
  | 'RISKS'
  /** 年度任务台账 (annual plan work items, as workItems lists them); filters: year (plan year), unitId, status PLANNED / IN_PROGRESS / DONE / CANCELLED / OVERDUE / ALL (default) */
  | 'WORK_ITEMS'
  /** 工作台账 (work records: studies, reports, briefings, analyses, inspections, meetings, duty reports); filters: year (record date), unitId */
  | 'WORK_RECORDS';

/** 导入组织架构表 (org-chart workbook to import) */
export type ImportOrgChartInput = {
  /** 仅校验 (true: the real run, rolled back — every check and database rule of the import, nothing written) */
  dryRun: boolean;
  /** 组织架构表 (the filled template, .xlsx, at most 5 MB) */
  file: unknown;
};

/** 考核指标 (an indicator to define) */
export type IndicatorDefinitionInput = {
  /** 代码 (code: capitals, digits, _; unique in the set) */
  code: string;
  /** 说明 (description) */
  description?: string | null | undefined;
  /** 名称 (name, in Chinese) */
  name: string;
  /** 计分方式 (scoring) */
  scoring: IndicatorScoring;
  /** 数据来源 (source key, for DERIVED only) */
  source?: string | null | undefined;
  /** 满分值 (value earning the full weight) */
  target: string;
  /** 权重 (weight; the set's weights sum to exactly 100) */
  weight: string;
};

/** 计分方式 (how an indicator is scored) */
export type IndicatorScoring =
  /** 系统取数 (derived from the records the system holds, by its source) */
  | 'DERIVED'
  /** 人工评分 (entered by the assessor, from 0 to the target) */
  | 'MANUAL';

/** 指标体系用途 (whose yardstick a set is) */
export type IndicatorSetPurpose =
  /** 局领导班子及成员考核（区委组织部制定） (the district's: assesses the bureau committee's team and its members) */
  | 'BUREAU_TEAM'
  /** 局内考核 (the bureau's own: its assessments below the bureau committee's team) */
  | 'INTERNAL';

/** 指标体系状态 (status of an indicator set version) */
export type IndicatorSetStatus =
  /** 现行 (the year's version in force; a later year without its own version uses it too) */
  | 'ACTIVE'
  /** 待审批 (a version of the bureau team's set the bureau proposed, awaiting 区委组织部; applies to nothing yet) */
  | 'PROPOSED'
  /** 已被替代 (replaced by a later version of the same year) */
  | 'SUPERSEDED';

/** 督查发现的问题 (a finding and the rectification it requires) */
export type InspectionFindingInput = {
  /** 整改时限 (rectify by; on or after the inspection) */
  dueOn?: string | null | undefined;
  /** 发现的问题 (the problem found) */
  problem: string;
  /** 整改要求 (the rectification required) */
  rectification: string;
};

/** 知识分子所在领域 (sector of intellectuals, tasks 15 and 16), in the plan's order */
export type IntellectualSector =
  /** 教育科技界 (education, science and technology) */
  | 'EDUCATION_SCIENCE'
  /** 文学艺术界 (literature and art) */
  | 'LITERATURE_ART'
  /** 新闻出版界 (news and publishing) */
  | 'NEWS_PUBLISHING'
  /** 新的文艺组织和文艺群体 (new arts organisations and groups) */
  | 'NEW_ARTS_GROUPS'
  /** 新经济组织 (new economic organisations) */
  | 'NEW_ECONOMIC_ORGANISATIONS'
  /** 新社会组织 (new social organisations) */
  | 'NEW_SOCIAL_ORGANISATIONS'
  /** 党外知识分子 (non-party intellectuals) */
  | 'NON_PARTY_INTELLECTUALS'
  /** 广播影视界 (radio, film and television) */
  | 'RADIO_FILM_TV'
  /** 社科理论界 (social-science theory) */
  | 'SOCIAL_SCIENCE_THEORY';

/** 联系记录筛选 (filter), always within what the viewer may see */
export type LiaisonContactFilter = {
  /** 联系领导 (the leader) */
  leaderId?: string | number | null | undefined;
  /** 领域 (sectors) */
  sectors?: Array<IntellectualSector> | null | undefined;
  /** 某单位及其下级 (this unit and below) */
  subtreeOf?: string | number | null | undefined;
  /** 年度 (year) */
  year?: number | null | undefined;
};

/** 联系方式 (form of a contact) */
export type LiaisonForm =
  /** 咨询论证 (consultation) */
  | 'CONSULTATION'
  /** 书信电话 (letters and calls) */
  | 'CORRESPONDENCE'
  /** 谈心谈话 (heart-to-heart talk) */
  | 'HEART_TO_HEART_TALK'
  /** 联谊活动 (joint activity) */
  | 'JOINT_ACTIVITY'
  /** 座谈会 (symposium) */
  | 'SYMPOSIUM'
  /** 走访 (visit) */
  | 'VISIT';

/** 错误言论性质 (class of the misconduct, task 14) */
export type MisconductClass =
  /** 发表同党中央精神相违背的言论 (statements against the spirit of the Party Central Committee) */
  | 'AGAINST_CENTRAL_LINE'
  /** 非议党的理论和路线方针政策以及重大决策部署 (disparaging the Party's theory, line, policies or major decisions) */
  | 'DISPARAGING_POLICY'
  /** 散布传播政治谣言 (spreading political rumours) */
  | 'POLITICAL_RUMOUR';

/** 发表场合 (where it was said, task 14) */
export type MisconductVenue =
  /** 互联网 (the internet) */
  | 'INTERNET'
  /** 讲座论坛等公开场合 (a lecture, forum or other public occasion) */
  | 'LECTURE_FORUM'
  /** 境内外各类媒体 (media, at home or abroad) */
  | 'MEDIA'
  /** 出版物 (a publication) */
  | 'PUBLICATION';

/** 调整隶属关系 (move a unit under another parent) */
export type MoveOrgUnitInput = {
  /** 新上级单元 (the new parent, in the same bureau) */
  newParentId: string | number;
  /** 组织单元 (the unit to move, with its subtree) */
  unitId: string | number;
};

/** 通知类别 (kind of notification) */
export type NotificationKind =
  /** 年度计划未制定提醒 (January: the year's plan has not been made yet, 四(一)) */
  | 'ANNUAL_PLAN_MISSING'
  /** 网络阵地备案提醒 (an online channel must be registered) */
  | 'CHANNEL_REGISTRATION_DUE'
  /** 专项督查待开展 (to 区委宣传部: a bureau's yearly 专项督查 is due or overdue, 三(三)11) */
  | 'INSPECTION_DUE'
  /** 规定动作即将到期 (a recurring obligation is due soon) */
  | 'OBLIGATION_DUE_SOON'
  /** 规定动作逾期 (a recurring obligation is overdue) */
  | 'OBLIGATION_OVERDUE'
  /** 主要任务未分解提醒 (main tasks of the year's plan have no work item yet, 四(一) 细化分解) */
  | 'PLAN_TASKS_UNASSIGNED'
  /** 特别重大风险报告 (a risk reported at the highest severity, CRITICAL) */
  | 'RISK_CRITICAL_REPORTED'
  /** 风险预警 (an early warning on a risk) */
  | 'RISK_WARNED'
  /** 任务即将到期 (a work item is due soon) */
  | 'WORK_ITEM_DUE_SOON'
  /** 逾期上报 (an overdue work item, escalated to the committee above) */
  | 'WORK_ITEM_ESCALATED'
  /** 任务逾期 (a work item is overdue) */
  | 'WORK_ITEM_OVERDUE';

/** 计数对象 (whom a counting rule counts for) */
export type ObligationCountBasis =
  /** 按班子成员 (each member of the unit's leadership team files their own; record.person) */
  | 'TEAM_MEMBER'
  /** 按单位 (the unit's records count) */
  | 'UNIT';

/** 考核周期 (period of an obligation rule) */
export type ObligationPeriod =
  /** 每半年 (half-yearly) */
  | 'HALF_YEAR'
  /** 每月 (monthly) */
  | 'MONTH'
  /** 每季度 (quarterly) */
  | 'QUARTER'
  /** 每年 (yearly) */
  | 'YEAR';

/** 规则类型 (what an obligation rule measures) */
export type ObligationRuleKind =
  /** 网络阵地备案时限 (each new online channel is registered within withinDays days of launch) */
  | 'CHANNEL_REGISTRATION'
  /** 按周期计次 (counts work records of a kind per period) */
  | 'RECORD_COUNT'
  /** 风险处置时限 (a risk of the rule's severity is handled within withinDays days of its report) */
  | 'RISK_HANDLING';

/** 规则来源 (where a rule comes from) */
export type ObligationRuleOrigin =
  /** 本局补充 (a local addition: the bureau's own cadence, deadline or default; every field editable) */
  | 'LOCAL'
  /** 方案规定 (stated by the plan; clause names where; its plan-given requirements cannot be weakened) */
  | 'PLAN';

/** 网络阵地筛选 (filter for channels); always within what the viewer may see */
export type OnlineChannelFilter = {
  /** 类型 (kinds) */
  kinds?: Array<OnlineChannelKind> | null | undefined;
  /** 逾期未备案 (true: unregistered past the days of the bureau's registration rule) */
  registrationOverdue?: boolean | null | undefined;
  /** 状态 (statuses) */
  statuses?: Array<OnlineChannelStatus> | null | undefined;
  /** 某局 (one bureau; for 区委网信办, whose list spans the district) */
  tenantId?: string | number | null | undefined;
  /** 某单位及其下级 (owned by this unit or its descendants) */
  unitId?: string | number | null | undefined;
};

/** 网络阵地类型 (kind of online channel) */
export type OnlineChannelKind =
  /** 其他 (other) */
  | 'OTHER'
  /** 短视频账号 (short-video account: Douyin, Kuaishou, WeChat Channels …) */
  | 'SHORT_VIDEO'
  /** 网站 (website) */
  | 'WEBSITE'
  /** 微信公众号 (WeChat official account) */
  | 'WECHAT_OFFICIAL'
  /** 微博 (Weibo account) */
  | 'WEIBO';

/** 运行状态 (status of a channel) */
export type OnlineChannelStatus =
  /** 正常运行 (active) */
  | 'ACTIVE'
  /** 已关停 (closed) */
  | 'CLOSED'
  /** 停更 (dormant: not updated) */
  | 'DORMANT';

/** 开启评议 (open a rating round) */
export type OpenRatingRoundInput = {
  /** 被评议班子所在单位 (the unit whose team is rated; a district body passes Tenant.committeeId) */
  unitId: string | number;
  /** 年度 (year) */
  year: number;
};

/** 启动班子考核 (open a year's assessments of a committee's leadership team and each member) */
export type OpenTeamAssessmentsInput = {
  /** 党组织 (the committee whose team is assessed; a district body passes Tenant.committeeId) */
  unitId: string | number;
  /** 年度 (year) */
  year: number;
};

/** 组织单元类型 (kind of organisation unit) */
export type OrgUnitKind =
  /** 党支部 (party branch) */
  | 'BRANCH'
  /** 局党委 (the bureau's party committee, root of its tree) */
  | 'BUREAU_COMMITTEE'
  /** 科室 (an internal department of the bureau, e.g. 办公室, 规划科; directly under the bureau committee, holds no units) */
  | 'DEPARTMENT'
  /** 直属单位 (directly affiliated unit) */
  | 'DIRECT_UNIT'
  /** 党总支部 (general party branch) */
  | 'GENERAL_BRANCH'
  /** 党委 (party committee, e.g. 大丰林场党委, 局机关党委) */
  | 'PARTY_COMMITTEE'
  /** 自然资源所 (natural-resources office of a town) */
  | 'RESOURCE_OFFICE'
  /** 分局 (sub-bureau) */
  | 'SUB_BUREAU';

/** 职务类别 (kind of post) */
export type PostRole =
  /** 委员 (committee member; a leadership team member) */
  | 'COMMITTEE_MEMBER'
  /** 副书记 (deputy secretary; a leadership team member) */
  | 'DEPUTY_SECRETARY'
  /** 一般人员 (member or staff; not in the leadership team) */
  | 'MEMBER'
  /** 书记 (secretary; always the first responsible person) */
  | 'SECRETARY';

/** 报送局领导班子考核指标建议 (propose a version of the bureau team's set) */
export type ProposeIndicatorSetInput = {
  /** 指标 (1–50 indicators) */
  definitions: Array<IndicatorDefinitionInput>;
  /** 评议量表最高分 (highest rating, e.g. "5.00" or "100.00") */
  ratingScaleMax: string;
  /** 评议量表最低分 (lowest rating, e.g. "1.00" or "0.00") */
  ratingScaleMin: string;
  /** 年度 (the year from which it applies; later years without a version of their own use it) */
  year: number;
};

/** 评议 (rate a target of an open round) */
export type RateAssessmentInput = {
  /** 评议对象 (RatingTarget.assessmentId) */
  assessmentId: string | number;
  /** 评语 (comment) */
  comment?: string | null | undefined;
  /** 分值 (rating, within the set's scale) */
  score: string;
};

/** 评议轮次状态 (rating round status) */
export type RatingRoundStatus =
  /** 已结束 (closed: ratings are final) */
  | 'CLOSED'
  /** 进行中 (open: cadres rate and may change their rating) */
  | 'OPEN';

/** 登记责任追究 (record an accountability measure) */
export type RecordAccountabilityInput = {
  /** 问责依据 (basis), 1–2000 characters */
  basis: string;
  /** 决定日期 (date decided; not in the future) */
  decidedOn: string;
  /** 决定机关 (deciding body, e.g. 局党委), 1–100 characters */
  decidingBody: string;
  /** 问责方式 (measure) */
  measure: AccountabilityMeasure;
  /** 被问责人 (the person; omit for a measure against the unit) */
  personId?: string | number | null | undefined;
  /** 起因记录 (global ID of the risk, case or work item) */
  sourceId?: string | number | null | undefined;
  /** 起因类别 (what it arises from) */
  sourceType?: AccountabilitySourceType | null | undefined;
  /** 所涉单位 (the unit; for a person, the unit where they hold or held a post) */
  unitId: string | number;
};

/** 登记网信办审查 (record the cyberspace office's review of a channel) */
export type RecordDistrictChannelReviewInput = {
  /** 网络阵地 (the channel) */
  channelId: string | number;
  /** 发现的问题 (findings; required when issues were found) */
  findings?: string | null | undefined;
  /** 结论 (result) */
  result: ChannelReviewResult;
  /** 审查日期 (today by default; not before the launch) */
  reviewedOn?: string | null | undefined;
};

/** 登记专项督查 (record an inspection of a bureau) */
export type RecordInspectionInput = {
  /** 督查日期 (date; not in the future) */
  date: string;
  /** 督查情况 (the findings in words) */
  findings: string;
  /** 发现的问题及整改要求 (findings, each with the rectification required; at most 100) */
  items?: Array<InspectionFindingInput> | null | undefined;
  /** 被督查的局 (the bureau: Tenant.id, as bureaus lists them) */
  tenantId: string | number;
};

/** 登记联系知识分子 (record a contact with an intellectual) */
export type RecordLiaisonContactInput = {
  /** 所在单位 (their affiliation), 1–100 characters */
  contactAffiliation: string;
  /** 联系对象 (person contacted), 1–50 characters */
  contactName: string;
  /** 日期 (date; not in the future) */
  date: string;
  /** 方式 (form) */
  form: LiaisonForm;
  /** 联系领导 (a leadership-team member of that unit) */
  leaderId: string | number;
  /** 情况记录 (notes), at most 2000 characters */
  notes?: string | null | undefined;
  /** 领域 (sector) */
  sector: IntellectualSector;
  /** 所在单位 (the leader's unit) */
  unitId: string | number;
};

/** 登记发声 (record a response on a risk) */
export type RecordRiskResponseInput = {
  /** 渠道 (channel) */
  channel: RiskResponseChannel;
  /** 内容 (content) */
  content: string;
  /** 日期 (date; today by default, never in the future) */
  respondedOn?: string | null | undefined;
  /** 风险 (the risk) */
  riskId: string | number;
};

/** 登记教育培训 (record a training) */
export type RecordTrainingInput = {
  /** 培训名称 (course), 1–200 characters */
  course: string;
  /** 日期 (date; not in the future) */
  date: string;
  /** 学时 (hours, more than 0) */
  hours: string;
  /** 层级 (layer) */
  layer: TrainingLayer;
  /** 备注 (notes) */
  notes?: string | null | undefined;
  /** 主办单位 (organiser) */
  organiser?: string | null | undefined;
  /** 参训人员 (1–500 participants) */
  participants: Array<TrainingParticipantInput>;
  /** 类别 (class) */
  trainingClass: TrainingClass;
  /** 举办单位 (unit holding it) */
  unitId: string | number;
};

/** 报告风险 (report a risk); anyone whose scope includes the unit */
export type ReportRiskInput = {
  /** 情况描述 (description) */
  description?: string | null | undefined;
  /** 处置时限 (an earlier deadline than the severity gives; not in the past) */
  handlingDeadline?: string | null | undefined;
  /** 所属机制 (mechanism) */
  mechanism: RiskMechanism;
  /** 责任人 (person responsible; the first responsible person of the nearest committee by default) */
  responsiblePersonId?: string | number | null | undefined;
  /** 问题性质 (class) */
  riskClass: RiskClass;
  /** 等级 (severity); sets the handling deadline */
  severity: RiskSeverity;
  /** 来源 (source; OTHER by default) */
  source?: RiskSource | null | undefined;
  /** 标题 (title), 1–200 characters */
  title: string;
  /** 所属单位 (the unit) */
  unitId: string | number;
};

/** 导出台账 (what to export) */
export type RequestExportInput = {
  /** 格式 (format) */
  format: ExportFormat;
  /** 台账 (ledger) */
  ledger: ExportLedger;
  /** 状态 (status filter; values per ledger, see ExportLedger) */
  status?: string | null | undefined;
  /** 单位 (only this unit and its subtree); a unit the viewer may see */
  unitId?: string | number | null | undefined;
  /** 年度 (year, e.g. 2025), for ledgers with a year filter */
  year?: number | null | undefined;
};

/** 重置密码 (reset an account's password) */
export type ResetPasswordInput = {
  /** 用户名 (username of an account the viewer administers; any other answers NOT_FOUND) */
  username: string;
};

/** 问题性质 (class of the question, task 13) */
export type RiskClass =
  /** 学术观点问题 (a question of academic viewpoint) */
  | 'ACADEMIC_VIEWPOINT'
  /** 思想认识问题 (a question of ideological understanding) */
  | 'IDEOLOGICAL_UNDERSTANDING'
  /** 政治原则问题 (a question of political principle) */
  | 'POLITICAL_PRINCIPLE';

/** 风险筛选 (filter for risks); always within what the viewer may see */
export type RiskFilter = {
  /** 机制 (mechanisms) */
  mechanisms?: Array<RiskMechanism> | null | undefined;
  /** 逾期 (true: open past the deadline; false: the rest) */
  overdue?: boolean | null | undefined;
  /** 性质 (classes) */
  riskClasses?: Array<RiskClass> | null | undefined;
  /** 等级 (severities) */
  severities?: Array<RiskSeverity> | null | undefined;
  /** 阶段 (stages) */
  stages?: Array<RiskStage> | null | undefined;
  /** 某单位及其下级 (this unit and its descendants) */
  unitId?: string | number | null | undefined;
};

/** 四项机制 (the four mechanisms of task 6) */
export type RiskMechanism =
  /** 决策风险评估 (decision risk assessment) */
  | 'DECISION_RISK_ASSESSMENT'
  /** 风险防控协同 (risk-prevention coordination) */
  | 'PREVENTION_COORDINATION'
  /** 风险防控责任 (risk-prevention responsibility) */
  | 'PREVENTION_RESPONSIBILITY'
  /** 风险研判 (risk judgement) */
  | 'RISK_JUDGEMENT';

/** 发声渠道 (channel of a response, task 13) */
export type RiskResponseChannel =
  /** 党内通报 (internal party notice) */
  | 'INTERNAL_NOTICE'
  /** 新闻媒体 (news media) */
  | 'MEDIA'
  /** 会议 (meeting) */
  | 'MEETING'
  /** 网络平台 (online platform) */
  | 'ONLINE_PLATFORM'
  /** 其他 (other) */
  | 'OTHER';

/** 风险等级 (severity); the handling deadline follows from it: CRITICAL 1 day(s), HIGH 3 day(s), MEDIUM 7 day(s), LOW 15 day(s) */
export type RiskSeverity =
  /** 特别重大 (critical): within 1 day; reporting it warns everyone responsible at once */
  | 'CRITICAL'
  /** 重大 (high): within 3 days */
  | 'HIGH'
  /** 一般 (low): handled within 15 days */
  | 'LOW'
  /** 较大 (medium): within 7 days */
  | 'MEDIUM';

/** 风险来源 (where the risk came to notice) */
export type RiskSource =
  /** 重要情况 (an important situation) */
  | 'IMPORTANT_SITUATION'
  /** 单位内部 (inside the unit) */
  | 'INTERNAL'
  /** 重大事件 (a major event) */
  | 'MAJOR_EVENT'
  /** 网络 (online) */
  | 'ONLINE'
  /** 其他 (other) */
  | 'OTHER'
  /** 重要社情民意、舆情 (public sentiment, public opinion) */
  | 'PUBLIC_OPINION';

/** 风险阶段 (stage of the lifecycle, task 7): MONITORED → ASSESSED → WARNED → HANDLED → CLOSED; DISMISSED from any stage not yet closed */
export type RiskStage =
  /** 精准研判 (assessed) */
  | 'ASSESSED'
  /** 销号 (closed, with a reason; terminal) */
  | 'CLOSED'
  /** 排除 (dismissed as no risk, with a reason; terminal) */
  | 'DISMISSED'
  /** 妥善处置 (handled; rectification items hang off it) */
  | 'HANDLED'
  /** 动态监测 (being monitored; the stage a report starts in) */
  | 'MONITORED'
  /** 及早预警 (warned: everyone responsible for the unit is notified) */
  | 'WARNED';

/** 培训类别 (分类: what a training is about) */
export type TrainingClass =
  /** 文化文艺 (culture and the arts) */
  | 'CULTURE_ARTS'
  /** 意识形态工作 (ideological work) */
  | 'IDEOLOGICAL_WORK'
  /** 网络安全与舆情 (network security and public opinion) */
  | 'NETWORK_SECURITY'
  /** 新闻宣传 (news and propaganda) */
  | 'NEWS_PROPAGANDA'
  /** 政治理论 (political theory) */
  | 'POLITICAL_THEORY'
  /** 业务能力 (professional skills: 脚力、眼力、脑力、笔力) */
  | 'PROFESSIONAL_SKILLS';

/** 培训层级 (分层: who a training is for) */
export type TrainingLayer =
  /** 知识分子 (intellectuals, task 16) */
  | 'INTELLECTUAL'
  /** 领导班子成员 (leadership-team members) */
  | 'LEADERSHIP'
  /** 中层干部 (middle-level cadres) */
  | 'MIDDLE_CADRE'
  /** 普通党员 (party members) */
  | 'PARTY_MEMBER'
  /** 宣传思想文化干部 (propaganda and culture cadres, task 17) */
  | 'PROPAGANDA_CADRE';

/** 参训人员 (a participant) */
export type TrainingParticipantInput = {
  /** 学时 (hours credited; the course's hours by default, never more) */
  hours?: string | null | undefined;
  /** 人员 (person) */
  personId: string | number;
};

/** 培训记录筛选 (filter), always within what the viewer may see */
export type TrainingRecordFilter = {
  /** 类别 (classes) */
  classes?: Array<TrainingClass> | null | undefined;
  /** 层级 (layers) */
  layers?: Array<TrainingLayer> | null | undefined;
  /** 参训人员 (a participant) */
  participantId?: string | number | null | undefined;
  /** 某单位及其下级 (this unit and below) */
  subtreeOf?: string | number | null | undefined;
  /** 年度 (year) */
  year?: number | null | undefined;
};

/** 风险流转 (move a risk to its next stage) */
export type TransitionRiskInput = {
  /** 说明 (note; the reason, required for CLOSED and DISMISSED) */
  note?: string | null | undefined;
  /** 风险 (the risk) */
  riskId: string | number;
  /** 目标阶段 (the stage to move to) */
  to: RiskStage;
};

/** 修改规定动作规则 (edit an obligation rule; only the fields given change) */
export type UpdateObligationRuleInput = {
  /** 是否启用 (active; a plan rule stays active) */
  active?: boolean | null | undefined;
  /** 适用单元类型 (unit kinds; a plan rule keeps the plan's) */
  appliesToKinds?: Array<OrgUnitKind> | null | undefined;
  /** 依据条款 (clause; fixed for a plan rule) */
  clause?: string | null | undefined;
  /** 计数对象 (per unit or per team member; fixed for a plan rule) */
  countPer?: ObligationCountBasis | null | undefined;
  /** 期限 (MM-DD within the period; empty string clears it; fixed for a plan rule) */
  dueMonthDay?: string | null | undefined;
  /** 生效年度 (the first year the edit applies to; default this year; a closed year keeps its version) */
  effectiveFromYear?: number | null | undefined;
  /** 本局内部时限 (a stricter internal due day MM-DD, on or before the due day; empty string clears it) */
  internalDueMonthDay?: string | null | undefined;
  /** 每周期最少次数 (minimum per period, ≥ 1) */
  minCount?: number | null | undefined;
  /** 名称 (name) */
  name?: string | null | undefined;
  /** 说明 (note) */
  note?: string | null | undefined;
  /** 周期 (period) */
  period?: ObligationPeriod | null | undefined;
  /** 计数的台账类别 (record kind; fixed for a plan rule) */
  recordKind?: WorkRecordKind | null | undefined;
  /** 须抄送 (copies; a plan rule keeps the plan's) */
  requiredCopies?: Array<DistrictRole> | null | undefined;
  /** 须主送 (main recipients; a plan rule keeps the plan's) */
  requiredRecipients?: Array<DistrictRole> | null | undefined;
  /** 规则 (rule) */
  ruleId: string | number;
  /** 时限天数 (days, 1–365; channel registration and risk handling rules only) */
  withinDays?: number | null | undefined;
};

/** 变更网络阵地 (change a channel); omitted fields stay as they are */
export type UpdateOnlineChannelInput = {
  /** 账号或网址 (account or URL) */
  account?: string | null | undefined;
  /** 网络阵地 (the channel) */
  channelId: string | number;
  /** 名称 (name) */
  name?: string | null | undefined;
  /** 备案日期 (registration date) */
  registeredOn?: string | null | undefined;
  /** 责任人 (person responsible) */
  responsiblePersonId?: string | number | null | undefined;
  /** 内容审核人 (content reviewer) */
  reviewerPersonId?: string | number | null | undefined;
  /** 状态 (status) */
  status?: OnlineChannelStatus | null | undefined;
};

/** 修改工作任务 (change a work item's title, content, due date or responsible person) */
export type UpdateWorkItemInput = {
  /** 任务内容 (content) */
  description?: string | null | undefined;
  /** 完成时限 (due date, within the plan year) */
  dueDate?: string | null | undefined;
  /** 责任人 (responsible person) */
  responsiblePersonId?: string | number | null | undefined;
  /** 任务名称 (title) */
  title?: string | null | undefined;
  /** 工作任务 (work item) */
  workItemId: string | number;
};

/** 上传佐证材料 (upload an evidence file for a work item or a work record; multipart request) */
export type UploadEvidenceInput = {
  /** 文件 (pdf, ofd, png, jpg, docx, xlsx, pptx, doc, xls; at most 20 MiB) */
  file: unknown;
  /** 工作任务 (work item), or */
  workItemId?: string | number | null | undefined;
  /** 工作台账 (work record) */
  workRecordId?: string | number | null | undefined;
};

/** 任务状态 (status of a work item); "overdue" is derived (isOverdue), never a status */
export type WorkItemStatus =
  /** 已取消 (cancelled, with a reason; final) */
  | 'CANCELLED'
  /** 已完成 (done) */
  | 'DONE'
  /** 推进中 (in progress) */
  | 'IN_PROGRESS'
  /** 未开始 (planned) */
  | 'PLANNED';

/** 台账筛选 (filter for work records); always within what the viewer may see */
export type WorkRecordFilter = {
  /** 类别 (kinds) */
  kinds?: Array<WorkRecordKind> | null | undefined;
  /** 某单元及其下级 (only this unit and its descendants) */
  subtreeOf?: string | number | null | undefined;
  /** 所属年度 (reporting year) */
  year?: number | null | undefined;
};

/** 台账类别 (kind of work record) */
export type WorkRecordKind =
  /** 贯彻意识形态工作责任制情况专题汇报 (annual responsibility report, before 12-10; IV.1) */
  | 'ANNUAL_RESPONSIBILITY_REPORT'
  /** 党委专题研究意识形态工作 (committee special study; task 5) */
  | 'COMMITTEE_STUDY'
  /** 局领导班子民主生活会 (democratic life meeting of the bureau committee's team; IV.2) */
  | 'DEMOCRATIC_LIFE_MEETING'
  /** 述职报告 (duty report of a team member; IV.2) */
  | 'DUTY_REPORT'
  /** 接受专项督查 (special inspection received; task 11) */
  | 'INSPECTION'
  /** 党内通报意识形态领域情况 (internal briefing on the ideological field; task 6) */
  | 'INTERNAL_BRIEFING'
  /** 局内督查 (the bureau's own inspection of its units; a local record kind, not 三(三)11's 专项督查) */
  | 'INTERNAL_INSPECTION'
  /** 组织生活会 (organisation life meeting of a committee or branch below the bureau committee; a local rule) */
  | 'ORGANISATION_LIFE_MEETING'
  /** 意识形态领域分析研判 (periodic analysis and judgement; task 6) */
  | 'PERIODIC_ANALYSIS'
  /** 向上级党委专题汇报 (special report to the committee above; task 5) */
  | 'SPECIAL_REPORT';

export type OtpImportMutationVariables = Exact<{
  input: ImportOrgChartInput;
}>;


export type OtpImportMutation = { importOrgChart: { applied: boolean, errors: Array<{ code: string, message: string }>, accounts: Array<{ username: string, temporaryPassword: string | null }>, oneTimePasswords: { id: string, url: string, expiresAt: string, filename: string } | null } };

export type OtpResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type OtpResetMutation = { resetPassword: { temporaryPassword: string, oneTimePasswords: { id: string, url: string, expiresAt: string, filename: string } | null } };

export type OtpViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OtpViewerQuery = { viewer: { username: string } };

export type PathLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type PathLoginMutation = { login: { token: string, mustChangePassword: boolean } };

export type PathChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type PathChangePasswordMutation = { changePassword: { token: string } };

export type PathBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type PathBureausQuery = { bureaus: Array<{ name: string, code: string }> };

export type PathCreateBureauMutationVariables = Exact<{
  input: CreateBureauInput;
}>;


export type PathCreateBureauMutation = { createBureau: { temporaryPassword: string, tenant: { id: string, name: string }, administrator: { username: string, mustChangePassword: boolean } } };

export type PathViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PathViewerQuery = { viewer: { username: string, isAdministrator: boolean, person: { name: string } | null, tenant: { name: string } | null } };

export type PathUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type PathUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, code: string | null, kind: OrgUnitKind } }> } };

export type PathCreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type PathCreateUnitMutation = { createOrgUnit: { orgUnit: { id: string, name: string } } };

export type PathCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type PathCreatePersonMutation = { createPerson: { person: { id: string, name: string } } };

export type PathAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type PathAppointMutation = { appointToPost: { post: { id: string, role: PostRole } } };

export type PathCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type PathCreateAccountMutation = { createAccount: { temporaryPassword: string, account: { username: string } } };

export type PathRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type PathRisksQuery = { risks: { totalCount: number } };

export type PathDisableMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type PathDisableMutation = { disableAccount: { account: { username: string, disabled: boolean } } };

export type PathEnableMutationVariables = Exact<{
  input: EnableAccountInput;
}>;


export type PathEnableMutation = { enableAccount: { account: { username: string, disabled: boolean } } };

export type PathResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type PathResetMutation = { resetPassword: { temporaryPassword: string, account: { username: string, mustChangePassword: boolean } } };

export type AdminUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitsQuery = { orgUnits: { totalCount: number } };

export type AdminRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRecordsQuery = { risks: { totalCount: number } };

export type AdminWorkItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWorkItemsQuery = { workItems: { totalCount: number } };

export type AdminAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAssessmentsQuery = { assessments: { totalCount: number } };

export type AdminTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTrailQuery = { auditTrail: { totalCount: number } };

export type AdminNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AdminOverviewQueryVariables = Exact<{
  year: number;
}>;


export type AdminOverviewQuery = { districtOverview: Array<{ tenant: { name: string } }> };

export type AdminCreateBureauMutationVariables = Exact<{
  input: CreateBureauInput;
}>;


export type AdminCreateBureauMutation = { createBureau: { temporaryPassword: string, tenant: { id: string, name: string } } };

export type AdminCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type AdminCreatePersonMutation = { createPerson: { person: { id: string } } };

export type AdminAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type AdminAppointMutation = { appointToPost: { post: { id: string } } };

export type AdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AdminCreateAccountMutation = { createAccount: { temporaryPassword: string } };

export type AdminChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type AdminChangePasswordMutation = { changePassword: { token: string } };

export type RecordAccountabilityMutationVariables = Exact<{
  input: RecordAccountabilityInput;
}>;


export type RecordAccountabilityMutation = { recordAccountability: { accountabilityRecord: { id: string, measure: AccountabilityMeasure, severity: number, basis: string, decidingBody: string, decidedOn: string, sourceType: AccountabilitySourceType | null, sourceId: string | null, subjectIsPerson: boolean, unit: { name: string } | null, person: { name: string } | null, recordedBy: { name: string } | null } } };

export type AccountabilityRecordsQueryVariables = Exact<{
  filter?: AccountabilityFilter | null | undefined;
}>;


export type AccountabilityRecordsQuery = { accountabilityRecords: { totalCount: number, edges: Array<{ node: { id: string, measure: AccountabilityMeasure, severity: number, unit: { name: string } | null, person: { name: string } | null } }> } };

export type MyRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRecordsQuery = { viewer: { accountabilityRecords: Array<{ id: string, measure: AccountabilityMeasure, unit: { name: string } | null, recordedBy: { name: string } | null }>, assessments: Array<{ id: string, year: number, quantitativeScore: string, unit: { name: string } | null, person: { name: string } | null, accountabilityMeasures: Array<{ measure: AccountabilityMeasure }> }> } };

export type AccountabilityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountabilityNodeQuery = { node:
    | { measure: AccountabilityMeasure, id: string }
    | { id: string }
    | { year: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateMemberAssessmentMutationVariables = Exact<{
  year: number;
  unitId: string | number;
  personId: string | number;
}>;


export type CreateMemberAssessmentMutation = { createAssessment: { assessment: { id: string } } };

export type EndPostForAccountabilityMutationVariables = Exact<{
  postId: string | number;
}>;


export type EndPostForAccountabilityMutation = { endPost: { post: { id: string, endDate: string | null } } };

export type DefineSetMutationVariables = Exact<{
  input: DefineIndicatorSetInput;
}>;


export type DefineSetMutation = { defineIndicatorSet: { indicatorSet: { id: string, year: number, version: number, status: IndicatorSetStatus, ratingScaleMin: string, ratingScaleMax: string, definitions: Array<{ code: string, weight: string, scoring: IndicatorScoring, source: string | null, target: string }> } } };

export type SetsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type SetsQuery = { indicatorSets: Array<{ id: string, year: number, version: number, status: IndicatorSetStatus }> };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { indicatorSources: Array<{ key: string, name: string, measure: string }> };

export type AssessmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentByIdQuery = { node:
    | { __typename: 'AccountabilityRecord' }
    | { __typename: 'AnnualPlan' }
    | { __typename: 'Assessment', id: string, year: number, status: AssessmentStatus, quantitativeScore: string, grade: AssessmentGrade | null, suggestedGrade: AssessmentGrade, subjectIsPerson: boolean, unit: { name: string } | null, person: { name: string } | null, indicatorSet: { year: number, version: number }, values: Array<{ value: string | null, score: string, indicator: { code: string, scoring: IndicatorScoring } }>, ratingSummary: { count: number, average: string | null, min: string | null, max: string | null } | null, myRating: { score: string } | null, amendments: Array<{ field: string, before: string | null, after: string | null, reason: string, by: { name: string } | null }>, accountabilityMeasures: Array<{ measure: AccountabilityMeasure, severity: number, basis: string, person: { name: string } | null }> }
    | { __typename: 'Attachment' }
    | { __typename: 'ChannelZeroReport' }
    | { __typename: 'DistrictInspection' }
    | { __typename: 'Duty' }
    | { __typename: 'IndicatorSet' }
    | { __typename: 'InspectionFinding' }
    | { __typename: 'LiaisonContact' }
    | { __typename: 'MisconductCase' }
    | { __typename: 'Notification' }
    | { __typename: 'ObligationRule' }
    | { __typename: 'OnlineChannel' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'Person' }
    | { __typename: 'PlanTemplateTask' }
    | { __typename: 'Post' }
    | { __typename: 'RatingRound' }
    | { __typename: 'Rectification' }
    | { __typename: 'Risk' }
    | { __typename: 'TrainingRecord' }
    | { __typename: 'WorkItem' }
    | { __typename: 'WorkRecord' }
   | null };

export type CreateAssessmentMutationVariables = Exact<{
  year: number;
  unitId: string | number;
  personId?: string | number | null | undefined;
}>;


export type CreateAssessmentMutation = { createAssessment: { assessment: { id: string, status: AssessmentStatus, quantitativeScore: string, values: Array<{ value: string | null, score: string, indicator: { code: string } }> } } };

export type StartRoundMutationVariables = Exact<{
  year: number;
  committeeId: string | number;
}>;


export type StartRoundMutation = { startUnitAssessments: { assessments: Array<{ id: string, unit: { name: string } | null }> } };

export type UpdateAssessmentMutationVariables = Exact<{
  id: string | number;
  values?: Array<AssessmentValueInput> | AssessmentValueInput | null | undefined;
  grade?: AssessmentGrade | null | undefined;
}>;


export type UpdateAssessmentMutation = { updateAssessment: { assessment: { id: string, quantitativeScore: string, grade: AssessmentGrade | null } } };

export type RateMutationVariables = Exact<{
  input: RateAssessmentInput;
}>;


export type RateMutation = { rateAssessment: { rating: { score: string } } };

export type FinaliseMutationVariables = Exact<{
  id: string | number;
  grade: AssessmentGrade;
}>;


export type FinaliseMutation = { finaliseAssessment: { assessment: { id: string, status: AssessmentStatus, grade: AssessmentGrade | null, quantitativeScore: string } } };

export type AmendMutationVariables = Exact<{
  id: string | number;
  values?: Array<AssessmentValueInput> | AssessmentValueInput | null | undefined;
  grade?: AssessmentGrade | null | undefined;
  reason: string;
}>;


export type AmendMutation = { amendAssessment: { assessment: { id: string, quantitativeScore: string, grade: AssessmentGrade | null, amendments: Array<{ field: string, before: string | null, after: string | null }> } } };

export type RankingQueryVariables = Exact<{
  committeeId: string | number;
  year: number;
  finalOnly?: boolean | null | undefined;
}>;


export type RankingQuery = { assessmentRanking: Array<{ rank: number, score: string, grade: AssessmentGrade | null, status: AssessmentStatus, unit: { name: string }, assessment: { id: string, values: Array<{ score: string }> } }> };

export type TrendQueryVariables = Exact<{
  unitId: string | number;
  personId?: string | number | null | undefined;
}>;


export type TrendQuery = { assessmentTrend: Array<{ year: number, score: string, change: string | null, grade: AssessmentGrade | null, status: AssessmentStatus }> };

export type AssessmentListQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type AssessmentListQuery = { assessments: { totalCount: number, edges: Array<{ node: { id: string, year: number, quantitativeScore: string, status: AssessmentStatus, unit: { name: string } | null, person: { name: string } | null, values: Array<{ value: string | null, score: string, indicator: { code: string, name: string } }>, ratingSummary: { count: number, average: string | null } | null, accountabilityMeasures: Array<{ measure: AccountabilityMeasure }>, indicatorSet: { version: number } } }> } };

export type DecidersBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type DecidersBureausQuery = { bureaus: Array<{ name: string, committeeId: string, leadershipTeam: Array<{ personId: string, name: string, role: string }> }> };

export type DecidersOpenTeamMutationVariables = Exact<{
  input: OpenTeamAssessmentsInput;
}>;


export type DecidersOpenTeamMutation = { openTeamAssessments: { assessments: Array<{ id: string, subjectName: string, subjectIsPerson: boolean, status: AssessmentStatus, unit: { name: string } | null, person: { name: string } | null }> } };

export type DecidersCreateMutationVariables = Exact<{
  year: number;
  unitId: string | number;
  personId?: string | number | null | undefined;
}>;


export type DecidersCreateMutation = { createAssessment: { assessment: { id: string, subjectName: string } } };

export type DecidersUpdateMutationVariables = Exact<{
  id: string | number;
  values?: Array<AssessmentValueInput> | AssessmentValueInput | null | undefined;
  grade?: AssessmentGrade | null | undefined;
}>;


export type DecidersUpdateMutation = { updateAssessment: { assessment: { id: string, quantitativeScore: string, grade: AssessmentGrade | null } } };

export type DecidersFinaliseMutationVariables = Exact<{
  id: string | number;
  grade: AssessmentGrade;
}>;


export type DecidersFinaliseMutation = { finaliseAssessment: { assessment: { id: string, status: AssessmentStatus, grade: AssessmentGrade | null, finalisedByRole: DistrictRole | null, finalisedBy: { name: string } | null, values: Array<{ value: string | null, indicator: { code: string } }> } } };

export type DecidersListQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
}>;


export type DecidersListQuery = { assessments: { totalCount: number, edges: Array<{ node: { id: string, year: number, subjectName: string, subjectIsPerson: boolean, unit: { name: string } | null, indicatorSet: { year: number, purpose: IndicatorSetPurpose } } }> } };

export type DecidersRecordMutationVariables = Exact<{
  input: RecordAccountabilityInput;
}>;


export type DecidersRecordMutation = { recordAccountability: { accountabilityRecord: { id: string, measure: AccountabilityMeasure, subjectName: string, recordedByRole: DistrictRole | null, recordedBy: { name: string } | null } } };

export type DecidersRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecidersRecordsQuery = { accountabilityRecords: { totalCount: number, edges: Array<{ node: { id: string, measure: AccountabilityMeasure, subjectName: string } }> } };

export type DecidersUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecidersUnitsQuery = { orgUnits: { totalCount: number } };

export type DecidersOpenRoundMutationVariables = Exact<{
  input: OpenRatingRoundInput;
}>;


export type DecidersOpenRoundMutation = { openRatingRound: { round: { id: string } } };

export type DecidersRateMutationVariables = Exact<{
  input: RateAssessmentInput;
}>;


export type DecidersRateMutation = { rateAssessment: { rating: { score: string } } };

export type DecidersDefineSetMutationVariables = Exact<{
  input: DefineIndicatorSetInput;
}>;


export type DecidersDefineSetMutation = { defineIndicatorSet: { indicatorSet: { id: string, version: number } } };

export type RecordContactMutationVariables = Exact<{
  input: RecordLiaisonContactInput;
}>;


export type RecordContactMutation = { recordLiaisonContact: { liaisonContact: { id: string, sector: IntellectualSector, form: LiaisonForm, date: string, contactName: string, contactAffiliation: string, leader: { name: string }, unit: { name: string } } } };

export type LiaisonSummaryQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type LiaisonSummaryQuery = { liaisonSummary: { total: number, sectorsReached: number, sectors: Array<{ sector: IntellectualSector, contacts: number }> } };

export type ContactsQueryVariables = Exact<{
  filter?: LiaisonContactFilter | null | undefined;
}>;


export type ContactsQuery = { liaisonContacts: { totalCount: number, edges: Array<{ node: { id: string, contactName: string, sector: IntellectualSector, leader: { name: string }, unit: { name: string } } }> } };

export type RecordTrainingMutationVariables = Exact<{
  input: RecordTrainingInput;
}>;


export type RecordTrainingMutation = { recordTraining: { trainingRecord: { id: string, course: string, hours: string, layer: TrainingLayer, trainingClass: TrainingClass, participantCount: number, participants: Array<{ hours: string, person: { name: string } }> } } };

export type TrainingsQueryVariables = Exact<{
  filter?: TrainingRecordFilter | null | undefined;
}>;


export type TrainingsQuery = { trainingRecords: { totalCount: number, edges: Array<{ node: { id: string, course: string, hours: string, participantCount: number, unit: { name: string }, participants: Array<{ hours: string, person: { name: string, trainingHours: string } }> } }> } };

export type PersonHoursQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type PersonHoursQuery = { node:
    | { name: string, trainingHours: string }
    | Record<PropertyKey, never>
   | null };

export type AnonOpenTeamMutationVariables = Exact<{
  input: OpenTeamAssessmentsInput;
}>;


export type AnonOpenTeamMutation = { openTeamAssessments: { assessments: Array<{ id: string, subjectIsPerson: boolean }> } };

export type AnonOpenMutationVariables = Exact<{
  input: OpenRatingRoundInput;
}>;


export type AnonOpenMutation = { openRatingRound: { round: { id: string } } };

export type AnonCloseMutationVariables = Exact<{
  input: CloseRatingRoundInput;
}>;


export type AnonCloseMutation = { closeRatingRound: { round: { status: RatingRoundStatus } } };

export type AnonRateMutationVariables = Exact<{
  input: RateAssessmentInput;
}>;


export type AnonRateMutation = { rateAssessment: { rating: { score: string } } };

export type AnonRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type AnonRefreshMutation = { refreshAssessment: { assessment: { id: string } } };

export type AnonSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type AnonSeenQuery = { node:
    | { status: AssessmentStatus, ratingSummary: { count: number, average: string | null, min: string | null, max: string | null } | null, values: Array<{ value: string | null, score: string, indicator: { code: string } }> }
    | Record<PropertyKey, never>
   | null, ratingRounds: Array<{ year: number, status: RatingRoundStatus, targets: Array<{ subjectName: string, myRating: { score: string } | null }> }> };

export type AnonTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type AnonTrailQuery = { auditTrail: { edges: Array<{ node: { seq: string, action: string, actorName: string | null, entityType: string, before: unknown, after: unknown } }> } };

export type RoundsOpenTeamMutationVariables = Exact<{
  input: OpenTeamAssessmentsInput;
}>;


export type RoundsOpenTeamMutation = { openTeamAssessments: { assessments: Array<{ id: string }> } };

export type RoundsOpenMutationVariables = Exact<{
  input: OpenRatingRoundInput;
}>;


export type RoundsOpenMutation = { openRatingRound: { round: { id: string, year: number, status: RatingRoundStatus, unitName: string } } };

export type RoundsCloseMutationVariables = Exact<{
  input: CloseRatingRoundInput;
}>;


export type RoundsCloseMutation = { closeRatingRound: { round: { id: string, status: RatingRoundStatus, closedAt: string | null } } };

export type RoundsListQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundsListQuery = { ratingRounds: Array<{ id: string, year: number, unitName: string, status: RatingRoundStatus, targets: Array<{ assessmentId: string, subjectName: string, subjectIsPerson: boolean, myRating: { score: string } | null }> }> };

export type RoundsRateMutationVariables = Exact<{
  input: RateAssessmentInput;
}>;


export type RoundsRateMutation = { rateAssessment: { rating: { score: string, comment: string | null } } };

export type RoundsSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundsSummaryQuery = { node:
    | { subjectName: string, myRating: { score: string } | null, ratingSummary: { count: number, average: string | null } | null, values: Array<{ value: string | null, indicator: { code: string } }> }
    | Record<PropertyKey, never>
   | null };

export type RoundsTrailQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundsTrailQuery = { auditTrail: { edges: Array<{ node: { action: string, actorName: string | null, entityId: string, before: unknown, after: unknown } }> } };

export type RoundsRatingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RoundsRatingNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RoundsExportMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type RoundsExportMutation = { requestExport: { link: { url: string } } };

export type RoundsRefreshMutationVariables = Exact<{
  id: string | number;
}>;


export type RoundsRefreshMutation = { refreshAssessment: { assessment: { id: string } } };

export type ScopeEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeEverythingQuery = { liaisonContacts: { totalCount: number, edges: Array<{ node: { id: string } }> }, trainingRecords: { totalCount: number, edges: Array<{ node: { id: string, participants: Array<{ person: { id: string } }> } }> }, assessments: { totalCount: number, edges: Array<{ node: { id: string, values: Array<{ score: string }> } }> }, accountabilityRecords: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ScopeNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ScopeNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type TeamSetsDefineMutationVariables = Exact<{
  input: DefineIndicatorSetInput;
}>;


export type TeamSetsDefineMutation = { defineIndicatorSet: { indicatorSet: { id: string, year: number, version: number, purpose: IndicatorSetPurpose, status: IndicatorSetStatus, definedByRole: DistrictRole | null } } };

export type TeamSetsProposeMutationVariables = Exact<{
  input: ProposeIndicatorSetInput;
}>;


export type TeamSetsProposeMutation = { proposeIndicatorSet: { indicatorSet: { id: string, year: number, version: number, purpose: IndicatorSetPurpose, status: IndicatorSetStatus } } };

export type TeamSetsApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamSetsApproveMutation = { approveIndicatorSet: { indicatorSet: { id: string, year: number, version: number, purpose: IndicatorSetPurpose, status: IndicatorSetStatus, approvedByRole: DistrictRole | null, approvedAt: string | null } } };

export type TeamSetsListQueryVariables = Exact<{
  purpose?: IndicatorSetPurpose | null | undefined;
  tenantId?: string | number | null | undefined;
}>;


export type TeamSetsListQuery = { indicatorSets: Array<{ id: string, year: number, version: number, purpose: IndicatorSetPurpose, status: IndicatorSetStatus, definedByRole: DistrictRole | null, approvedByRole: DistrictRole | null }> };

export type TeamSetsOpenMutationVariables = Exact<{
  input: OpenTeamAssessmentsInput;
}>;


export type TeamSetsOpenMutation = { openTeamAssessments: { assessments: Array<{ id: string, subjectName: string, indicatorSet: { id: string, year: number, version: number, purpose: IndicatorSetPurpose } }> } };

export type TeamSetsCreateMutationVariables = Exact<{
  year: number;
  unitId: string | number;
}>;


export type TeamSetsCreateMutation = { createAssessment: { assessment: { id: string, indicatorSet: { id: string, year: number, purpose: IndicatorSetPurpose } } } };

export type ChainRenameMutationVariables = Exact<{
  unitId: string | number;
  name: string;
}>;


export type ChainRenameMutation = { renameOrgUnit: { orgUnit: { id: string } } };

export type TrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;


export type TrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: string, action: string, entityType: string, entityId: string, subjectId: string, actorName: string | null, createdAt: string, before: unknown, after: unknown, prevHash: string, hash: string } }> } };

export type TrailRenameMutationVariables = Exact<{
  unitId: string | number;
  name: string;
}>;


export type TrailRenameMutation = { renameOrgUnit: { orgUnit: { id: string } } };

export type PropTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PropTreeQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, parent: { name: string } | null, leadershipTeam: Array<{ role: PostRole, person: { name: string } }> } }> } };

export type PropRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type PropRisksQuery = { risks: { totalCount: number, edges: Array<{ node: { id: string, title: string, severity: RiskSeverity, isOverdue: boolean, unit: { name: string } } }> } };

export type PropWorkItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type PropWorkItemsQuery = { workItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, isOverdue: boolean, unit: { name: string } } }> } };

export type PropRenameMutationVariables = Exact<{
  unitId: string | number;
  name: string;
}>;


export type PropRenameMutation = { renameOrgUnit: { orgUnit: { id: string } } };

export type PropReportMutationVariables = Exact<{
  input: ReportRiskInput;
}>;


export type PropReportMutation = { reportRisk: { risk: { id: string } } };

export type CacheTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheTreeQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, parent: { name: string } | null, leadershipTeam: Array<{ id: string, role: PostRole, endDate: string | null, person: { name: string } }> } }> } };

export type CacheRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheRisksQuery = { risks: { totalCount: number, edges: Array<{ node: { id: string, title: string, handlingDeadline: string, isOverdue: boolean } }> } };

export type CacheRenameMutationVariables = Exact<{
  unitId: string | number;
  name: string;
}>;


export type CacheRenameMutation = { renameOrgUnit: { orgUnit: { id: string, name: string } } };

export type CacheReportMutationVariables = Exact<{
  input: ReportRiskInput;
}>;


export type CacheReportMutation = { reportRisk: { risk: { id: string, isOverdue: boolean } } };

export type CacheEndPostMutationVariables = Exact<{
  postId: string | number;
  endDate?: string | null | undefined;
}>;


export type CacheEndPostMutation = { endPost: { post: { id: string, endDate: string | null } } };

export type CacheChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type CacheChangePasswordMutation = { changePassword: { token: string } };

export type CacheBadQueryVariables = Exact<{
  id: string | number;
}>;


export type CacheBadQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DwRecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type DwRecordInspectionMutation = { recordInspection: { inspection: { id: string, date: string, findings: string, findingCount: number, workRecordId: string, bureau: { id: string, name: string }, items: Array<{ id: string, position: number, problem: string, rectification: string, dueOn: string | null, answer: string | null }> } } };

export type DwAnswerMutationVariables = Exact<{
  input: AnswerInspectionFindingInput;
}>;


export type DwAnswerMutation = { answerInspectionFinding: { finding: { id: string, answer: string | null, answeredOn: string | null, answeredBy: { name: string } | null } } };

export type DwInspectionsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type DwInspectionsQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, date: string, answeredCount: number, findingCount: number, bureau: { id: string, name: string }, items: Array<{ id: string, problem: string, answer: string | null, answeredOn: string | null, answeredBy: { name: string } | null }> } }> } };

export type DwNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DwNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DwRulesQueryVariables = Exact<{
  year: number;
}>;


export type DwRulesQuery = { districtOverview: Array<{ tenant: { id: string }, rules: Array<{ code: string, status: ComplianceStatus }> }> };

export type DwChannelsQueryVariables = Exact<{
  filter?: OnlineChannelFilter | null | undefined;
}>;


export type DwChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { id: string, name: string, ownerUnitName: string, registrationStatus: ChannelRegistrationStatus, bureau: { id: string }, responsibleContact: { name: string } | null, responsiblePerson: { name: string } | null, reviewer: { name: string } | null, districtReviews: Array<{ result: ChannelReviewResult, findings: string | null }> } }> } };

export type DwZeroQueryVariables = Exact<{ [key: string]: never; }>;


export type DwZeroQuery = { channelZeroReports: { totalCount: number, edges: Array<{ node: { period: string, unitName: string, bureau: { id: string }, filedBy: { name: string } | null } }> } };

export type DwReviewMutationVariables = Exact<{
  input: RecordDistrictChannelReviewInput;
}>;


export type DwReviewMutation = { recordDistrictChannelReview: { review: { id: string, result: ChannelReviewResult, findings: string | null, bureau: { id: string }, channel: { name: string } } } };

export type DwByBureauQueryVariables = Exact<{
  year: number;
}>;


export type DwByBureauQuery = { reportsByBureau: Array<{ year: number, annualReportSent: boolean, bureau: { id: string }, sent: Array<{ kind: WorkRecordKind, title: string, sentTo: Array<DistrictRole>, copiedTo: Array<DistrictRole> }>, copied: Array<{ kind: WorkRecordKind, title: string, sentTo: Array<DistrictRole>, copiedTo: Array<DistrictRole> }> }> };

export type DiOverviewQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type DiOverviewQuery = { districtOverview: Array<{ rulesMet: number, rulesDueSoon: number, rulesOverdue: number, rulesNotYetDue: number, workItemsTotal: number, workItemsDone: number, workItemsOverdue: number, annualReportReceived: boolean, annualReportDate: string | null, annualReportOnTime: boolean, tenant: { name: string, shortName: string } }> };

export type DiReceivedQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type DiReceivedQuery = { receivedReports: { totalCount: number, edges: Array<{ node: { id: string, unitName: string, kind: WorkRecordKind, date: string, title: string, summary: string, sentTo: Array<DistrictRole>, copiedTo: Array<DistrictRole>, bureau: { name: string }, attachments: Array<{ fileName: string, downloadUrl: string }> } }> } };

export type DiNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type DiNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type DiRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type DiRecordsQuery = { workRecords: { totalCount: number } };

export type ConcurrentAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type ConcurrentAppointMutation = { appointToPost: { post: { id: string } } };

export type RulesCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type RulesCreatePersonMutation = { createPerson: { person: { id: string, name: string } } };

export type RulesAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type RulesAppointMutation = { appointToPost: { post: { id: string, role: PostRole, isActive: boolean, person: { id: string, name: string }, duties: Array<{ id: string, kind: DutyKind, isActive: boolean }> } } };

export type RulesEndPostMutationVariables = Exact<{
  postId: string | number;
  reason?: string | null | undefined;
}>;


export type RulesEndPostMutation = { endPost: { post: { id: string, isActive: boolean, endDate: string | null, duties: Array<{ kind: DutyKind, isActive: boolean, endReason: string | null }> } } };

export type RulesAssignMutationVariables = Exact<{
  unitId: string | number;
  personId: string | number;
  kind: DutyKind;
  scope?: Array<string | number> | string | number | null | undefined;
}>;


export type RulesAssignMutation = { assignDuty: { duty: { id: string, kind: DutyKind } } };

export type RulesChangeMutationVariables = Exact<{
  dutyId: string | number;
  kind?: DutyKind | null | undefined;
  scope?: Array<string | number> | string | number | null | undefined;
  date?: string | null | undefined;
}>;


export type RulesChangeMutation = { changeDuty: { duty: { id: string, kind: DutyKind, startDate: string, scopeUnits: Array<{ name: string }> } } };

export type RulesEndDutyMutationVariables = Exact<{
  dutyId: string | number;
}>;


export type RulesEndDutyMutation = { endDuty: { duty: { id: string } } };

export type RulesRearrangeMutationVariables = Exact<{
  unitId: string | number;
  assignments: Array<DutyAssignmentInput> | DutyAssignmentInput;
}>;


export type RulesRearrangeMutation = { rearrangeDuties: { duties: Array<{ kind: DutyKind, person: { name: string } }> } };

export type RulesUnitTeamQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type RulesUnitTeamQuery = { node:
    | { name: string, firstResponsible: { id: string, name: string } | null, directResponsible: { id: string, name: string } | null, leadershipTeam: Array<{ id: string, role: PostRole, person: { id: string, name: string } }>, duties: Array<{ id: string, kind: DutyKind, startDate: string, endDate: string | null, person: { id: string, name: string }, scopeUnits: Array<{ name: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type RulesUnitDutiesQueryVariables = Exact<{
  unitId: string | number;
  asOf?: string | null | undefined;
}>;


export type RulesUnitDutiesQuery = { unitDuties: Array<{ kind: DutyKind, person: { name: string } }> };

export type RulesCoverageQueryVariables = Exact<{
  unitId: string | number;
}>;


export type RulesCoverageQuery = { coverage: { totalUnits: number, uncoveredCount: number, uncoveredUnits: Array<{ name: string }> } };

export type RulesCreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type RulesCreateUnitMutation = { createOrgUnit: { orgUnit: { id: string, name: string, depth: number, ancestors: Array<{ name: string }> } } };

export type RulesMoveUnitMutationVariables = Exact<{
  unitId: string | number;
  parentId: string | number;
}>;


export type RulesMoveUnitMutation = { moveOrgUnit: { orgUnit: { id: string, depth: number, parent: { name: string } | null } } };

export type EquivalenceOrgUnitsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceOrgUnitsQuery = { orgUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceOrgUnitCodesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceOrgUnitCodesQuery = { orgUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string | null } }> } };

export type EquivalenceDutiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceDutiesQuery = { orgUnits: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { duties: Array<{ id: string }> } }> } };

export type EquivalenceAuditQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceAuditQuery = { auditTrail: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: string } }> } };

export type EquivalenceWorkItemsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceWorkItemsQuery = { workItems: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceWorkRecordsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceWorkRecordsQuery = { workRecords: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceComplianceQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type EquivalenceComplianceQuery = { compliance: Array<{ unit: { id: string }, rule: { id: string } }> };

export type EquivalenceRisksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceRisksQuery = { risks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceChannelsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceChannelsQuery = { onlineChannels: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceMisconductQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceMisconductQuery = { misconductCases: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceAssessmentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceAssessmentsQuery = { assessments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceAccountabilityQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EquivalenceAccountabilityQuery = { accountabilityRecords: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type EquivalenceDistrictRulesQueryVariables = Exact<{
  year: number;
}>;


export type EquivalenceDistrictRulesQuery = { districtOverview: Array<{ tenant: { id: string }, rules: Array<{ code: string }> }> };

export type EquivalenceArchiveMutationVariables = Exact<{
  unitId: string | number;
}>;


export type EquivalenceArchiveMutation = { archiveOrgUnit: { orgUnit: { id: string } } };

export type EquivalenceCreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type EquivalenceCreateMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type EquivalenceRenameMutationVariables = Exact<{
  unitId: string | number;
  name: string;
}>;


export type EquivalenceRenameMutation = { renameOrgUnit: { orgUnit: { id: string } } };

export type EquivalenceUnitDutiesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type EquivalenceUnitDutiesQuery = { unitDuties: Array<{ id: string, kind: DutyKind, person: { name: string } }> };

export type EquivalenceChangeDutyMutationVariables = Exact<{
  dutyId: string | number;
  scope?: Array<string | number> | string | number | null | undefined;
}>;


export type EquivalenceChangeDutyMutation = { changeDuty: { duty: { id: string } } };

export type ExportsCreateMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type ExportsCreateMutation = { createOrgUnit: { orgUnit: { id: string } } };

export type ExportsArchiveMutationVariables = Exact<{
  unitId: string | number;
}>;


export type ExportsArchiveMutation = { archiveOrgUnit: { orgUnit: { id: string } } };

export type ExportsSubtreeQueryVariables = Exact<{
  root: string | number;
}>;


export type ExportsSubtreeQuery = { orgUnits: { edges: Array<{ node: { id: string, name: string } }> } };

export type ExportsLedgersQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsLedgersQuery = { exportLedgers: Array<{ ledger: ExportLedger, title: string, available: boolean, acceptsYear: boolean, acceptsUnit: boolean, statuses: Array<string> }> };

export type ExportsEndPostMutationVariables = Exact<{
  postId: string | number;
}>;


export type ExportsEndPostMutation = { endPost: { post: { id: string, isActive: boolean } } };

export type ExportsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ExportsChangePasswordMutation = { changePassword: { token: string } };

export type ExportsResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ExportsResetMutation = { resetPassword: { temporaryPassword: string } };

export type ExportsDisableMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type ExportsDisableMutation = { disableAccount: { account: { disabled: boolean } } };

export type ExportsEnableMutationVariables = Exact<{
  input: EnableAccountInput;
}>;


export type ExportsEnableMutation = { enableAccount: { account: { disabled: boolean } } };

export type RequestExportMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type RequestExportMutation = { requestExport: { link: { url: string, expiresAt: string, filename: string } } };

export type LedgerAssessmentScoresQueryVariables = Exact<{
  unit: string | number;
}>;


export type LedgerAssessmentScoresQuery = { assessments: { edges: Array<{ node: { id: string, quantitativeScore: string } }> } };

export type CoComplianceQueryVariables = Exact<{
  unitId: string | number;
  year: number;
  asOf?: string | null | undefined;
}>;


export type CoComplianceQuery = { compliance: Array<{ required: number, counted: number, status: ComplianceStatus, rule: { code: string, minCount: number | null, period: ObligationPeriod | null, dueMonthDay: string | null }, unit: { name: string }, periods: Array<{ start: string, end: string, due: string, required: number, counted: number, status: ComplianceStatus }>, records: Array<{ date: string, title: string, unit: { name: string }, attachments: Array<{ fileName: string }> }> }> };

export type CoSummaryQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type CoSummaryQuery = { complianceSummary: { units: number, met: number, late: number, dueSoon: number, overdue: number, notYetDue: number, total: number, byRule: Array<{ met: number, late: number, dueSoon: number, overdue: number, notYetDue: number, total: number, rule: { code: string } }>, attention: Array<{ status: ComplianceStatus, rule: { code: string }, unit: { name: string } }> } };

export type CoEvidenceQueryVariables = Exact<{
  unitId: string | number;
  year: number;
  asOf?: string | null | undefined;
}>;


export type CoEvidenceQuery = { compliance: Array<{ counted: number, withoutEvidence: number, rule: { code: string }, records: Array<{ title: string, attachments: Array<{ fileName: string }> }> }> };

export type CoUploadMutationVariables = Exact<{
  input: UploadEvidenceInput;
}>;


export type CoUploadMutation = { uploadEvidence: { attachment: { id: string } } };

export type CoEvidenceDistrictQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type CoEvidenceDistrictQuery = { districtOverview: Array<{ tenant: { name: string }, rules: Array<{ code: string, withoutEvidence: number }> }> };

export type PrComplianceQueryVariables = Exact<{
  unitId: string | number;
  year: number;
  asOf?: string | null | undefined;
}>;


export type PrComplianceQuery = { compliance: Array<{ required: number, counted: number, status: ComplianceStatus, rule: { code: string, source: string, origin: ObligationRuleOrigin, countPer: ObligationCountBasis }, periods: Array<{ due: string, required: number, counted: number, onTime: number, status: ComplianceStatus }>, missingMembers: Array<{ name: string }> }> };

export type PrSummaryQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type PrSummaryQuery = { complianceSummary: { late: number, byRule: Array<{ late: number, rule: { code: string } }> } };

export type PrOverviewQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type PrOverviewQuery = { districtOverview: Array<{ rulesLate: number, annualReportDate: string | null, annualReportOnTime: boolean, annualReportDue: string | null, tenant: { shortName: string }, rules: Array<{ code: string, source: string, status: ComplianceStatus, met: number, late: number, overdue: number, total: number }> }> };

export type PrRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PrRulesQuery = { obligationRules: Array<{ id: string, code: string, clause: string, origin: ObligationRuleOrigin, source: string, note: string, ruleKind: ObligationRuleKind, severity: RiskSeverity | null, withinDays: number | null, countPer: ObligationCountBasis, requiredRecipients: Array<DistrictRole>, requiredCopies: Array<DistrictRole>, active: boolean }> };

export type PrUpdateRuleMutationVariables = Exact<{
  input: UpdateObligationRuleInput;
}>;


export type PrUpdateRuleMutation = { updateObligationRule: { rule: { code: string, minCount: number | null, dueMonthDay: string | null, withinDays: number | null, active: boolean, version: number } } };

export type PrCreateRecordMutationVariables = Exact<{
  input: CreateWorkRecordInput;
}>;


export type PrCreateRecordMutation = { createWorkRecord: { workRecord: { kind: WorkRecordKind, person: { name: string } | null } } };

export type RmNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RmNotificationsQuery = { viewer: { notifications: { totalCount: number, edges: Array<{ node: { kind: NotificationKind, title: string, subjectId: string | null, unit: { name: string } | null } }> } } };

export type YrCreateRecordMutationVariables = Exact<{
  input: CreateWorkRecordInput;
}>;


export type YrCreateRecordMutation = { createWorkRecord: { workRecord: { id: string, kind: WorkRecordKind, date: string, reportingYear: number, filedAt: string } } };

export type YrComplianceQueryVariables = Exact<{
  unitId: string | number;
  year: number;
  asOf?: string | null | undefined;
}>;


export type YrComplianceQuery = { compliance: Array<{ required: number, counted: number, status: ComplianceStatus, rule: { code: string, minCount: number | null, dueMonthDay: string | null, internalDueMonthDay: string | null, performedByRole: DistrictRole | null }, periods: Array<{ due: string, internalDue: string | null, internalStatus: ComplianceStatus | null, counted: number, onTime: number, status: ComplianceStatus }>, records: Array<{ date: string, reportingYear: number, filedAt: string }> }> };

export type YrOverviewQueryVariables = Exact<{
  year: number;
  asOf?: string | null | undefined;
}>;


export type YrOverviewQuery = { districtOverview: Array<{ annualReportDue: string | null, tenant: { shortName: string }, rules: Array<{ code: string, status: ComplianceStatus }> }> };

export type YrRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type YrRulesQuery = { obligationRules: Array<{ id: string, code: string, minCount: number | null }> };

export type YrUpdateRuleMutationVariables = Exact<{
  input: UpdateObligationRuleInput;
}>;


export type YrUpdateRuleMutation = { updateObligationRule: { rule: { code: string, minCount: number | null, version: number } } };

export type YrNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type YrNotificationsQuery = { viewer: { notifications: { totalCount: number, edges: Array<{ node: { kind: NotificationKind, title: string, body: string } }> } } };

export type YrCreatePlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type YrCreatePlanMutation = { createAnnualPlan: { plan: { id: string, year: number } } };

export type YrItemsQueryVariables = Exact<{
  year: number;
}>;


export type YrItemsQuery = { workItems: { edges: Array<{ node: { id: string, title: string, status: WorkItemStatus, cancelReason: string | null, dueDate: string, carriedOverFrom: { id: string, title: string } | null, carriedOverTo: { id: string, dueDate: string } | null } }> } };

export type DeUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrgUnitKind, parent: { name: string } | null } }> } };

export type DeCreateUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type DeCreateUnitMutation = { createOrgUnit: { orgUnit: { id: string, kind: OrgUnitKind } } };

export type DeMoveUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type DeMoveUnitMutation = { moveOrgUnit: { orgUnit: { id: string } } };

export type DeChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeChannelsQuery = { onlineChannels: { edges: Array<{ node: { name: string, ownerUnit: { name: string, kind: OrgUnitKind } } }> } };

export type DeCreateRecordMutationVariables = Exact<{
  input: CreateWorkRecordInput;
}>;


export type DeCreateRecordMutation = { createWorkRecord: { workRecord: { unit: { name: string, kind: OrgUnitKind } } } };

export type DeItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeItemsQuery = { workItems: { edges: Array<{ node: { title: string, unit: { name: string, kind: OrgUnitKind } } }> } };

export type ListSqlPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListSqlPageQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, parent: { id: string } | null } }>, pageInfo: { endCursor: string | null } } };

export type RoleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrgUnitKind } }> } };

export type RoleBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleBureausQuery = { bureaus: Array<{ name: string, shortName: string }> };

export type StatementsTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsTreeQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { name: string, kind: OrgUnitKind, parent: { name: string } | null, ancestors: Array<{ name: string }>, children: Array<{ name: string, leadershipTeam: Array<{ title: string | null, person: { name: string } }> }>, firstResponsible: { name: string } | null, directResponsible: { name: string } | null, leadershipTeam: Array<{ role: PostRole, person: { name: string, duties: Array<{ kind: DutyKind }> } }>, duties: Array<{ kind: DutyKind, person: { name: string }, scopeUnits: Array<{ name: string }> }> } }> } };

export type StatementsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
}>;


export type StatementsPageQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { endCursor: string | null } } };

export type FollowPostsImportMutationVariables = Exact<{
  input: ImportOrgChartInput;
}>;


export type FollowPostsImportMutation = { importOrgChart: { applied: boolean, errors: Array<{ code: string, message: string }>, accountsDisabled: Array<{ username: string, name: string, message: string }>, accountsEnabled: Array<{ username: string, name: string, message: string }> } };

export type FollowPostsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type FollowPostsChangePasswordMutation = { changePassword: { token: string } };

export type FollowPostsResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type FollowPostsResetMutation = { resetPassword: { temporaryPassword: string } };

export type FollowPostsDisableMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type FollowPostsDisableMutation = { disableAccount: { account: { disabled: boolean, disabledForNoPost: boolean } } };

export type FollowPostsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowPostsViewerQuery = { viewer: { username: string } };

export type ImportOrgChartMutationVariables = Exact<{
  input: ImportOrgChartInput;
}>;


export type ImportOrgChartMutation = { importOrgChart: { dryRun: boolean, applied: boolean, counts: { units: number, people: number, posts: number, duties: number, accounts: number }, errors: Array<{ sheet: string | null, row: number | null, column: string | null, code: string, message: string }>, warnings: Array<{ sheet: string | null, row: number | null, column: string | null, code: string, message: string }>, accounts: Array<{ username: string, temporaryPassword: string | null }>, unitsNotInWorkbook: Array<{ code: string | null, name: string }> } };

export type OrgChartVisibleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgChartVisibleUnitsQuery = { orgUnits: { edges: Array<{ node: { name: string } }> } };

export type OrgChartChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type OrgChartChangePasswordMutation = { changePassword: { token: string } };

export type CfCreatePlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type CfCreatePlanMutation = { createAnnualPlan: { plan: { id: string } } };

export type CfCreateItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CfCreateItemMutation = { createWorkItem: { workItem: { id: string } } };

export type CfChangeStatusMutationVariables = Exact<{
  input: ChangeWorkItemStatusInput;
}>;


export type CfChangeStatusMutation = { changeWorkItemStatus: { workItem: { id: string, status: WorkItemStatus, pendingConfirmation: boolean, confirmedAt: string | null } } };

export type CfAnswerMutationVariables = Exact<{
  input: AnswerWorkItemConfirmationInput;
}>;


export type CfAnswerMutation = { answerWorkItemConfirmation: { workItem: { id: string, status: WorkItemStatus, pendingConfirmation: boolean, confirmedAt: string | null, confirmedBy: { name: string } | null, notes: Array<{ text: string }> } } };

export type CfProgressQueryVariables = Exact<{
  year: number;
}>;


export type CfProgressQuery = { annualPlan: { progress: { total: number, done: number, pendingConfirmation: number, inProgress: number }, workItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, pendingConfirmation: boolean } }> } } | null };

export type ScopeItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeItemsQuery = { workItems: { totalCount: number, edges: Array<{ node: { id: string, notes: Array<{ text: string }>, attachments: Array<{ id: string }> } }> } };

export type ScopeRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeRecordsQuery = { workRecords: { totalCount: number, edges: Array<{ node: { id: string, attachments: Array<{ id: string }> } }> } };

export type ScopeNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeNestedQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, workItems: { totalCount: number }, workRecords: { totalCount: number } } }> } };

export type ScopePlanItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopePlanItemsQuery = { annualPlan: { workItems: { totalCount: number, edges: Array<{ node: { id: string } }> }, progress: { total: number } } | null };

export type ScopeMineQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeMineQuery = { viewer: { person: { responsibleWorkItems: Array<{ id: string }> } | null, notifications: { totalCount: number, edges: Array<{ node: { id: string, subjectId: string | null, unit: { id: string } | null } }> } }, complianceSummary: { units: number } };

export type ScopeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopeNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ScDistrictNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScDistrictNotificationsQuery = { viewer: { notifications: { edges: Array<{ node: { id: string } }> } } };

export type TuPlanQueryVariables = Exact<{
  year: number;
}>;


export type TuPlanQuery = { annualPlan: { tasksWithoutWorkItems: Array<{ number: number }> } | null };

export type TuMineQueryVariables = Exact<{ [key: string]: never; }>;


export type TuMineQuery = { viewer: { notifications: { edges: Array<{ node: { kind: NotificationKind, title: string } }> } } };

export type PlanTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanTemplatesQuery = { planTemplates: Array<{ version: string, title: string, issuer: string, issuedOn: string, tasks: Array<{ id: string, number: number, groupNumber: number, groupTitle: string, clause: string, text: string }> }> };

export type CreatePlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type CreatePlanMutation = { createAnnualPlan: { plan: { id: string, year: number, title: string, template: { version: string }, progress: { total: number } } } };

export type PlanOfYearQueryVariables = Exact<{
  year: number;
}>;


export type PlanOfYearQuery = { annualPlan: { id: string, year: number } | null };

export type WiCreatePlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type WiCreatePlanMutation = { createAnnualPlan: { plan: { id: string } } };

export type WiCreateItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type WiCreateItemMutation = { createWorkItem: { workItem: { id: string, title: string, status: WorkItemStatus, dueDate: string, isOverdue: boolean, unit: { name: string }, responsiblePerson: { name: string } | null, templateTask: { number: number, clause: string } | null } } };

export type WiChangeStatusMutationVariables = Exact<{
  input: ChangeWorkItemStatusInput;
}>;


export type WiChangeStatusMutation = { changeWorkItemStatus: { workItem: { id: string, status: WorkItemStatus, completedAt: string | null, cancelReason: string | null, notes: Array<{ text: string }> } } };

export type WiUpdateItemMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type WiUpdateItemMutation = { updateWorkItem: { workItem: { id: string, dueDate: string, responsiblePerson: { name: string } | null } } };

export type WiAddNoteMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type WiAddNoteMutation = { addWorkItemNote: { note: { text: string, author: { name: string } | null } } };

export type WiConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type WiConfirmMutation = { answerWorkItemConfirmation: { workItem: { id: string, pendingConfirmation: boolean } } };

export type WiItemQueryVariables = Exact<{
  id: string | number;
}>;


export type WiItemQuery = { node:
    | { id: string, status: WorkItemStatus, isOverdue: boolean, notes: Array<{ text: string }> }
    | Record<PropertyKey, never>
   | null };

export type WiPlanQueryVariables = Exact<{
  year: number;
}>;


export type WiPlanQuery = { annualPlan: { progress: { total: number, planned: number, inProgress: number, done: number, cancelled: number, overdue: number }, workItems: { totalCount: number, edges: Array<{ node: { title: string } }> } } | null };

export type WiItemsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type WiItemsPageQuery = { workItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, isOverdue: boolean, unit: { name: string }, responsiblePerson: { name: string } | null, plan: { year: number }, templateTask: { number: number } | null, notes: Array<{ text: string, author: { name: string } | null }>, attachments: Array<{ fileName: string, downloadUrl: string }> } }> } };

export type EvCreatePlanMutationVariables = Exact<{
  input: CreateAnnualPlanInput;
}>;


export type EvCreatePlanMutation = { createAnnualPlan: { plan: { id: string } } };

export type EvCreateItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type EvCreateItemMutation = { createWorkItem: { workItem: { id: string } } };

export type EvUploadMutationVariables = Exact<{
  input: UploadEvidenceInput;
}>;


export type EvUploadMutation = { uploadEvidence: { attachment: { id: string, fileName: string, mimeType: string, size: number, sha256: string, downloadUrl: string } } };

export type EvItemQueryVariables = Exact<{
  id: string | number;
}>;


export type EvItemQuery = { node:
    | { attachments: Array<{ fileName: string, downloadUrl: string }> }
    | Record<PropertyKey, never>
   | null };

export type RrCreateRecordMutationVariables = Exact<{
  input: CreateWorkRecordInput;
}>;


export type RrCreateRecordMutation = { createWorkRecord: { workRecord: { id: string, kind: WorkRecordKind, date: string, title: string, participants: Array<string>, sentTo: Array<DistrictRole>, copiedTo: Array<DistrictRole>, unit: { name: string }, recordedBy: { name: string } | null } } };

export type RrRecordsQueryVariables = Exact<{
  filter?: WorkRecordFilter | null | undefined;
}>;


export type RrRecordsQuery = { workRecords: { totalCount: number, edges: Array<{ node: { title: string, unit: { name: string } } }> } };

export type RrRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RrRulesQuery = { obligationRules: Array<{ id: string, code: string, name: string, minCount: number | null, period: ObligationPeriod | null, dueMonthDay: string | null, appliesToKinds: Array<OrgUnitKind>, requiredRecipients: Array<DistrictRole>, requiredCopies: Array<DistrictRole>, version: number }> };

export type RrUpdateRuleMutationVariables = Exact<{
  input: UpdateObligationRuleInput;
}>;


export type RrUpdateRuleMutation = { updateObligationRule: { rule: { code: string, minCount: number | null, period: ObligationPeriod | null, dueMonthDay: string | null, version: number } } };

export type RrCreateRuleMutationVariables = Exact<{
  input: CreateObligationRuleInput;
}>;


export type RrCreateRuleMutation = { createObligationRule: { rule: { code: string, minCount: number | null, version: number } } };

export type CrRulesQueryVariables = Exact<{
  all?: boolean | null | undefined;
}>;


export type CrRulesQuery = { obligationRules: Array<{ id: string, code: string, ruleKind: ObligationRuleKind, withinDays: number | null, recordKind: WorkRecordKind | null, minCount: number | null, period: ObligationPeriod | null, active: boolean, version: number }> };

export type CrUpdateRuleMutationVariables = Exact<{
  input: UpdateObligationRuleInput;
}>;


export type CrUpdateRuleMutation = { updateObligationRule: { rule: { id: string, withinDays: number | null, active: boolean, version: number } } };

export type CrChannelsQueryVariables = Exact<{
  filter?: OnlineChannelFilter | null | undefined;
}>;


export type CrChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { id: string, name: string, launchedOn: string, registrationDueOn: string | null, registrationStatus: ChannelRegistrationStatus, registeredInTime: boolean | null } }> } };

export type CrCreateChannelMutationVariables = Exact<{
  input: CreateOnlineChannelInput;
}>;


export type CrCreateChannelMutation = { createOnlineChannel: { channel: { id: string, registrationStatus: ChannelRegistrationStatus, registrationDueOn: string | null } } };

export type CmChannelsQueryVariables = Exact<{
  filter?: OnlineChannelFilter | null | undefined;
}>;


export type CmChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OnlineChannelKind, status: OnlineChannelStatus, launchedOn: string, registeredOn: string | null, registrationDueOn: string | null, registrationStatus: ChannelRegistrationStatus, registeredInTime: boolean | null, ownerUnit: { name: string }, reviewer: { name: string } | null, reviews: Array<{ result: ChannelReviewResult, findings: string | null, reviewer: { name: string } | null }> } }> } };

export type CmCreateChannelMutationVariables = Exact<{
  input: CreateOnlineChannelInput;
}>;


export type CmCreateChannelMutation = { createOnlineChannel: { channel: { id: string, name: string, registrationStatus: ChannelRegistrationStatus, registrationDueOn: string | null, reviewer: { name: string } | null } } };

export type CmUpdateChannelMutationVariables = Exact<{
  input: UpdateOnlineChannelInput;
}>;


export type CmUpdateChannelMutation = { updateOnlineChannel: { channel: { id: string, registeredOn: string | null, registrationStatus: ChannelRegistrationStatus, registeredInTime: boolean | null, status: OnlineChannelStatus, reviewer: { name: string } | null } } };

export type CmReviewMutationVariables = Exact<{
  channelId: string | number;
  result: ChannelReviewResult;
  findings?: string | null | undefined;
}>;


export type CmReviewMutation = { recordChannelReview: { review: { id: string, result: ChannelReviewResult, reviewedOn: string, reviewer: { name: string } | null } } };

export type CmZeroMutationVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type CmZeroMutation = { fileChannelZeroReport: { zeroReport: { id: string, period: string, unit: { name: string }, filedBy: { name: string } | null } } };

export type CmCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CmCasesQuery = { misconductCases: { totalCount: number, edges: Array<{ node: { id: string, personName: string, unitName: string, bureauName: string, venue: MisconductVenue, misconductClass: MisconductClass, isReferred: boolean, referredToBody: string | null, referenceNumber: string | null, outcome: string | null, person: { name: string } | null, unit: { name: string } | null } }> } };

export type CmCaseNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CmCaseNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { personName: string, summary: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CmReferMutationVariables = Exact<{
  caseId: string | number;
  ref: string;
}>;


export type CmReferMutation = { referMisconductCase: { misconductCase: { id: string, isReferred: boolean, referredOn: string | null, referredToBody: string | null, referenceNumber: string | null } } };

export type CmOutcomeMutationVariables = Exact<{
  caseId: string | number;
  outcome: string;
}>;


export type CmOutcomeMutation = { recordMisconductOutcome: { misconductCase: { id: string, outcome: string | null, outcomeOn: string | null } } };

export type ByClassReportMutationVariables = Exact<{
  input: ReportRiskInput;
}>;


export type ByClassReportMutation = { reportRisk: { risk: { id: string, stage: RiskStage, mustBeWarned: boolean, allowedMoves: Array<RiskStage> } } };

export type ByClassMoveMutationVariables = Exact<{
  input: TransitionRiskInput;
}>;


export type ByClassMoveMutation = { transitionRisk: { risk: { id: string, stage: RiskStage, handledAt: string | null, allowedMoves: Array<RiskStage>, transitions: Array<{ fromStage: RiskStage | null, toStage: RiskStage, note: string | null, at: string, actor: { name: string } | null }> } } };

export type LcReportMutationVariables = Exact<{
  input: ReportRiskInput;
}>;


export type LcReportMutation = { reportRisk: { risk: { id: string, title: string, stage: RiskStage, severity: RiskSeverity, handlingDeadline: string, isOverdue: boolean, responsiblePerson: { name: string } | null, transitions: Array<{ fromStage: RiskStage | null, toStage: RiskStage, note: string | null, actor: { name: string } | null }> } } };

export type LcMoveMutationVariables = Exact<{
  input: TransitionRiskInput;
}>;


export type LcMoveMutation = { transitionRisk: { risk: { id: string, stage: RiskStage, handledAt: string | null, closedAt: string | null, closeReason: string | null, allowedMoves: Array<RiskStage>, transitions: Array<{ fromStage: RiskStage | null, toStage: RiskStage, note: string | null, at: string, actor: { name: string } | null }> } } };

export type LcAddItemMutationVariables = Exact<{
  input: AddRectificationInput;
}>;


export type LcAddItemMutation = { addRectification: { rectification: { id: string, task: string, dueOn: string, isDone: boolean, responsiblePerson: { name: string } | null } } };

export type LcCompleteItemMutationVariables = Exact<{
  id: string | number;
}>;


export type LcCompleteItemMutation = { completeRectification: { rectification: { id: string, isDone: boolean, doneOn: string | null } } };

export type LcRespondMutationVariables = Exact<{
  input: RecordRiskResponseInput;
}>;


export type LcRespondMutation = { recordRiskResponse: { response: { id: string, channel: RiskResponseChannel, content: string, respondedOn: string } } };

export type LcFilteredQueryVariables = Exact<{
  filter?: RiskFilter | null | undefined;
}>;


export type LcFilteredQuery = { risks: { totalCount: number, edges: Array<{ node: { title: string, stage: RiskStage, isOverdue: boolean } }> } };

export type LcNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LcNotificationsQuery = { viewer: { notifications: { edges: Array<{ node: { kind: NotificationKind, title: string, subjectId: string | null } }> } } };

export type PbtRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type PbtRisksQuery = { risks: { totalCount: number, edges: Array<{ node: { id: string, unit: { id: string }, transitions: Array<{ toStage: RiskStage, actor: { id: string } | null }>, rectifications: Array<{ id: string }> } }> } };

export type PbtChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PbtChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { id: string, ownerUnit: { id: string }, reviews: Array<{ id: string }> } }> } };

export type PbtDistrictChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PbtDistrictChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { id: string, ownerUnitName: string, bureau: { id: string }, responsiblePerson: { id: string } | null, reviewer: { id: string } | null, reviews: Array<{ id: string }> } }> } };

export type PbtCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PbtCasesQuery = { misconductCases: { totalCount: number, edges: Array<{ node: { id: string, personName: string } }> } };

export type PbtNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PbtNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type StRiskListQueryVariables = Exact<{ [key: string]: never; }>;


export type StRiskListQuery = { risks: { totalCount: number, edges: Array<{ node: { id: string, title: string, stage: RiskStage, isOverdue: boolean, handledInTime: boolean | null, unit: { name: string }, responsiblePerson: { name: string } | null, reportedBy: { name: string } | null, transitions: Array<{ fromStage: RiskStage | null, toStage: RiskStage, at: string, note: string | null, actor: { name: string } | null }>, responses: Array<{ channel: RiskResponseChannel, content: string, recordedBy: { name: string } | null }>, rectifications: Array<{ task: string, dueOn: string, isDone: boolean, responsiblePerson: { name: string } | null }> } }> } };

export type StChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type StChannelsQuery = { onlineChannels: { totalCount: number, edges: Array<{ node: { name: string, registrationStatus: ChannelRegistrationStatus, ownerUnit: { name: string }, responsiblePerson: { name: string } | null, reviewer: { name: string } | null, reviews: Array<{ result: ChannelReviewResult, reviewer: { name: string } | null }> } }> } };

export type ZrListQueryVariables = Exact<{
  period?: string | null | undefined;
  all?: boolean | null | undefined;
}>;


export type ZrListQuery = { channelZeroReports: { totalCount: number, edges: Array<{ node: { id: string, period: string, supersededAt: string | null, supersededBy: { name: string } | null, unit: { name: string } } }> } };

export type CrossNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CrossNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: DutyKind, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { id: string }
    | { role: PostRole, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CrossFilterQueryVariables = Exact<{
  subtree: string | number;
}>;


export type CrossFilterQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type CrossDutiesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type CrossDutiesQuery = { unitDuties: Array<{ kind: DutyKind }> };

export type CrossCoverageQueryVariables = Exact<{
  unitId: string | number;
}>;


export type CrossCoverageQuery = { coverage: { uncoveredCount: number } };

export type CrossRenameMutationVariables = Exact<{
  unitId: string | number;
}>;


export type CrossRenameMutation = { renameOrgUnit: { orgUnit: { name: string } } };

export type CrossAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type CrossAppointMutation = { appointToPost: { post: { id: string } } };

export type CrossViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossViewerQuery = { viewer: { person: { posts: Array<{ unit: { name: string } }>, duties: Array<{ scopeUnits: Array<{ name: string }> }> } | null } };

export type CrossInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CrossInspectionQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { findings: string, id: string }
    | { id: string }
    | { id: string }
    | { problem: string, answer: string | null, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CrossAnswerMutationVariables = Exact<{
  id: string | number;
}>;


export type CrossAnswerMutation = { answerInspectionFinding: { finding: { id: string } } };

export type IfCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type IfCreatePersonMutation = { createPerson: { person: { id: string } } };

export type IfAppointMutationVariables = Exact<{
  input: AppointToPostInput;
}>;


export type IfAppointMutation = { appointToPost: { post: { id: string } } };

export type IfEndPostMutationVariables = Exact<{
  postId: string | number;
  endDate?: string | null | undefined;
}>;


export type IfEndPostMutation = { endPost: { post: { id: string } } };

export type IfTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type IfTeamQuery = { node:
    | { leadershipTeam: Array<{ person: { name: string } }>, posts: Array<{ isActive: boolean, person: { name: string } }>, duties: Array<{ isActive: boolean, kind: DutyKind, person: { name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type IfPersonPostsQueryVariables = Exact<{
  id: string | number;
}>;


export type IfPersonPostsQuery = { node:
    | { posts: Array<{ isActive: boolean }>, duties: Array<{ isActive: boolean }> }
    | Record<PropertyKey, never>
   | null };

export type IfMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IfMeQuery = { viewer: { posts: Array<{ id: string }>, duties: Array<{ kind: DutyKind }> } };

export type IfCoverageQueryVariables = Exact<{
  unitId: string | number;
}>;


export type IfCoverageQuery = { coverage: { uncoveredUnits: Array<{ name: string }> } };

export type IfCreateAssessmentMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type IfCreateAssessmentMutation = { createAssessment: { assessment: { id: string } } };

export type PropTrainingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PropTrainingCountsQuery = { trainingRecords: { edges: Array<{ node: { id: string, participantCount: number } }> } };

export type LeakTrainingsQueryVariables = Exact<{
  filter?: TrainingRecordFilter | null | undefined;
}>;


export type LeakTrainingsQuery = { trainingRecords: { totalCount: number, edges: Array<{ node: { id: string, course: string, participantCount: number, participants: Array<{ person: { name: string } }> } }> } };

export type LeakSubtreeUnitsQueryVariables = Exact<{
  root: string | number;
}>;


export type LeakSubtreeUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type LeakSubtreeWorkItemsQueryVariables = Exact<{
  root: string | number;
}>;


export type LeakSubtreeWorkItemsQuery = { workItems: { totalCount: number } };

export type PropertyTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PropertyTreeQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, parent: { id: string } | null, ancestors: Array<{ id: string }>, children: Array<{ id: string }>, leadershipTeam: Array<{ id: string, unit: { id: string }, person: { id: string, posts: Array<{ unit: { id: string } }> } }>, duties: Array<{ id: string, unit: { id: string }, scopeUnits: Array<{ id: string }>, person: { duties: Array<{ unit: { id: string } }> } }> } }> } };

export type PropertyNodeQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PropertyNodeQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type HostileChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type HostileChangePasswordMutation = { changePassword: { token: string } };

export type HostileExportsMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type HostileExportsMutation = { a: { link: { url: string } }, b: { link: { url: string } }, c: { link: { url: string } }, d: { link: { url: string } }, e: { link: { url: string } }, f: { link: { url: string } } };

export type TrustedLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type TrustedLoginMutation = { login: { token: string } };

export type TrustedUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedUnitsQuery = { orgUnits: { totalCount: number } };


export const OtpImportDocument = {"__meta__":{"hash":"sha256:cab0e8bb3ef81e0e91b71d33a3ba6ca1766528dd803722685ebb50b2acde1e42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OtpImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgChartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneTimePasswords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]}}]} as unknown as DocumentNode<OtpImportMutation, OtpImportMutationVariables>;
export const OtpResetDocument = {"__meta__":{"hash":"sha256:b67bc54781cf7308053d4857ada424f5e499eb306c1fa6081e801cd8e0ed5f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OtpReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimePasswords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]}}]} as unknown as DocumentNode<OtpResetMutation, OtpResetMutationVariables>;
export const OtpViewerDocument = {"__meta__":{"hash":"sha256:64bcf800df95a2176d6a1b6cc5ae852eaaf1b97f7df5aaafa697bd95369f70e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OtpViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<OtpViewerQuery, OtpViewerQueryVariables>;
export const PathLoginDocument = {"__meta__":{"hash":"sha256:05d271cac7ca30b89a525cfd98e3d35b215ff36cb5c5b1abb8c97ac9f0e6085d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PathLoginMutation, PathLoginMutationVariables>;
export const PathChangePasswordDocument = {"__meta__":{"hash":"sha256:57c16e9de1dec6c2ec7a42ed1c560976c4d7577f414069c99077e8c2686fdf80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<PathChangePasswordMutation, PathChangePasswordMutationVariables>;
export const PathBureausDocument = {"__meta__":{"hash":"sha256:c886b79c8eb785255465607008b6c3df930fcc87364e7008faf0432617200a5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PathBureausQuery, PathBureausQueryVariables>;
export const PathCreateBureauDocument = {"__meta__":{"hash":"sha256:6fb57c116c1c1089aa7da7e35429fa3cb33868368829c82e8175ea5e262c896b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathCreateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBureauInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]}}]} as unknown as DocumentNode<PathCreateBureauMutation, PathCreateBureauMutationVariables>;
export const PathViewerDocument = {"__meta__":{"hash":"sha256:1223d2f050a22bb9eaa44d8432d771208e45770bfeba0ab09c26b49f474b504c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"isAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PathViewerQuery, PathViewerQueryVariables>;
export const PathUnitsDocument = {"__meta__":{"hash":"sha256:be82961ce6c914b7d0f2127d62dff392291e5778ac9075fa83a2845644e0bf2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathUnitsQuery, PathUnitsQueryVariables>;
export const PathCreateUnitDocument = {"__meta__":{"hash":"sha256:7f100307bbd3ab455a6641b3017bacd7a39ebc7b9178db63b9b1ff756a8e7ecc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PathCreateUnitMutation, PathCreateUnitMutationVariables>;
export const PathCreatePersonDocument = {"__meta__":{"hash":"sha256:b713ee2283ec22898d16736f9d858293c3ea6f7bfdcdd6a6b0b2ab82e330321c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PathCreatePersonMutation, PathCreatePersonMutationVariables>;
export const PathAppointDocument = {"__meta__":{"hash":"sha256:e68110822a2d3926337520bd7dbeccd42c20dcd53647752d772152c574a7951e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<PathAppointMutation, PathAppointMutationVariables>;
export const PathCreateAccountDocument = {"__meta__":{"hash":"sha256:e54b5552c3250c25982a76a613e3432a503994fb63f02286da6ada85f92ca6e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<PathCreateAccountMutation, PathCreateAccountMutationVariables>;
export const PathRisksDocument = {"__meta__":{"hash":"sha256:2230a02a21efa5fd2823c230af46848e9ee249f9542ac03d8668508da79a01e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PathRisksQuery, PathRisksQueryVariables>;
export const PathDisableDocument = {"__meta__":{"hash":"sha256:a511409453292e0d9466f43e1f6030ff9bf510f5735501ef0cbb73711575541e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<PathDisableMutation, PathDisableMutationVariables>;
export const PathEnableDocument = {"__meta__":{"hash":"sha256:c7397c73384799757c705956e8d5a30352fc1cc18df2f192a98a22e37ea6ecaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<PathEnableMutation, PathEnableMutationVariables>;
export const PathResetDocument = {"__meta__":{"hash":"sha256:a7ef47e71d9cb3939efd5da086bd452791caff1b6966a848be5e8f3dc42033fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PathReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<PathResetMutation, PathResetMutationVariables>;
export const AdminUnitsDocument = {"__meta__":{"hash":"sha256:4bf24d958d8b86847d3164df6881b9c3311d54b3f7c118d5f74a53e86f30284e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const AdminRecordsDocument = {"__meta__":{"hash":"sha256:376663c036c687f69156a5dd105d959374376a9613f1ae46bcb1653ec5f6e0c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminRecordsQuery, AdminRecordsQueryVariables>;
export const AdminWorkItemsDocument = {"__meta__":{"hash":"sha256:58cfaefee3fcc05b2966d61ce0eed1abf4be9d7e8546db39130f7e5afc09431a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminWorkItemsQuery, AdminWorkItemsQueryVariables>;
export const AdminAssessmentsDocument = {"__meta__":{"hash":"sha256:f7c8ea01fd032ef93d57ccdad9cdcaab2338a4f6c96e4a1ed9a11924d86e5289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminAssessmentsQuery, AdminAssessmentsQueryVariables>;
export const AdminTrailDocument = {"__meta__":{"hash":"sha256:989b08da37bfbd184ddd429b6d781fc6a50e9f1d21de744889ffd049788a1f0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AdminTrailQuery, AdminTrailQueryVariables>;
export const AdminNodeDocument = {"__meta__":{"hash":"sha256:ae4a36bb1df23813d900e03c5e1be4c96115e5cc73ee67108e41b63b57312ff7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminNodeQuery, AdminNodeQueryVariables>;
export const AdminOverviewDocument = {"__meta__":{"hash":"sha256:a05b0765f516fb7c87558cd779b8497e4df62d541d30b8c02ea7c661186048e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const AdminCreateBureauDocument = {"__meta__":{"hash":"sha256:9d991b81f9367de2c29a1d22c96d4f84693d9cfa1e0f84b25e471939779a2343"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBureauInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<AdminCreateBureauMutation, AdminCreateBureauMutationVariables>;
export const AdminCreatePersonDocument = {"__meta__":{"hash":"sha256:9904ac53e296318d5795e6bb9b26cfed68b371cc2ca5ed5410f895787ebb36f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreatePersonMutation, AdminCreatePersonMutationVariables>;
export const AdminAppointDocument = {"__meta__":{"hash":"sha256:e44a1bad61f0927ad566e2acbdc0ab4af7e7eb2ad7b69661220df64cd1d25207"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAppointMutation, AdminAppointMutationVariables>;
export const AdminCreateAccountDocument = {"__meta__":{"hash":"sha256:d573aa2675e9d0848ca50ddb830654721a84cd5b6723eb34cabd8bb5a1a2ece4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminChangePasswordDocument = {"__meta__":{"hash":"sha256:30c1ad3a41cdf9f51edb9b305867eb76ff66dac592bb0f4cd9a60081e1a675a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AdminChangePasswordMutation, AdminChangePasswordMutationVariables>;
export const RecordAccountabilityDocument = {"__meta__":{"hash":"sha256:f42157fd37caeb98b0a14c6fd9c95a8ff67fe8ddb1008fbd9eec330e95f8eeb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAccountabilityMutation, RecordAccountabilityMutationVariables>;
export const AccountabilityRecordsDocument = {"__meta__":{"hash":"sha256:eca14e6444986efe1e8d5478b296dad78bdb2b51d89f51bc20fc9ec2328788f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountabilityRecordsQuery, AccountabilityRecordsQueryVariables>;
export const MyRecordsDocument = {"__meta__":{"hash":"sha256:dceaa5c0a38c63a2fb8b4654ffb55d7ae46b49ba3820b5538d9b3b390a6d53d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyRecordsQuery, MyRecordsQueryVariables>;
export const AccountabilityNodeDocument = {"__meta__":{"hash":"sha256:e0ac6264fd83b1732a2aef47c6bd9a4a90281855ed07792c12bdcb005713925e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<AccountabilityNodeQuery, AccountabilityNodeQueryVariables>;
export const CreateMemberAssessmentDocument = {"__meta__":{"hash":"sha256:3b7dbcd203c4996aa7d2dfa9830a0c6670f79eb8a0a1bd6c9b9e3473795e2234"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMemberAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberAssessmentMutation, CreateMemberAssessmentMutationVariables>;
export const EndPostForAccountabilityDocument = {"__meta__":{"hash":"sha256:0a821106c30b4f9b193f5f6cef9131fb9ee37e3ea945062474c351220585b95f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPostForAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"调任","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<EndPostForAccountabilityMutation, EndPostForAccountabilityMutationVariables>;
export const DefineSetDocument = {"__meta__":{"hash":"sha256:c6e7b4a45dff21bc0f771d5ef2ce448c8571da3afc6862464de557352d9005ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicatorSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"definitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DefineSetMutation, DefineSetMutationVariables>;
export const SetsDocument = {"__meta__":{"hash":"sha256:91b253f26518683ee469cf25d15a22c72b44b1bbf9fd4af28cca43ad011bb560"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetsQuery, SetsQueryVariables>;
export const SourcesDocument = {"__meta__":{"hash":"sha256:c5cae2053d66203ec3b686b4941a28d2ec9b4e8d1e56fc348cb667ef13a7b10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const AssessmentByIdDocument = {"__meta__":{"hash":"sha256:4dc4d35e399952034c9c333ba246fac308a49cb0de2ad7e5dfd14a0c31fc3cd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"scoring"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentByIdQuery, AssessmentByIdQueryVariables>;
export const CreateAssessmentDocument = {"__meta__":{"hash":"sha256:0664da69ddf3b92516b8d9dc3f7c9c26400b01521328f787ed340627cfddfa83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const StartRoundDocument = {"__meta__":{"hash":"sha256:5dd8d308055cfea8efb1720a54641196b5e9317679b5f69f3b32ab870956a5a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startUnitAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartRoundMutation, StartRoundMutationVariables>;
export const UpdateAssessmentDocument = {"__meta__":{"hash":"sha256:a9a0338be47ce65c1ca807b68266130434693ce8e7758f71ab7f283b95148064"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentValueInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentGrade"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const RateDocument = {"__meta__":{"hash":"sha256:e52980da988a07eb2544dff6fac29810b2bdcaf3370a9340860a9e142bd9b989"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RateMutation, RateMutationVariables>;
export const FinaliseDocument = {"__meta__":{"hash":"sha256:6da015cdb84954c64f117550a87d107a9c6213235701fb48f09c10b22b7fc672"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finalise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentGrade"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}}]}}]}}]}}]} as unknown as DocumentNode<FinaliseMutation, FinaliseMutationVariables>;
export const AmendDocument = {"__meta__":{"hash":"sha256:f9af1483ab224077f34ebaab16e905eab1abf19dcfb3ee3275377bb2ef76c32e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Amend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentValueInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentGrade"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmendMutation, AmendMutationVariables>;
export const RankingDocument = {"__meta__":{"hash":"sha256:b8f72187a8d93a69259822fc9834333bd8c3af758202786cb74ff5fffaac8692"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ranking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finalOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"finalOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finalOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RankingQuery, RankingQueryVariables>;
export const TrendDocument = {"__meta__":{"hash":"sha256:efd45c4e32c11ab5f4302e3b401d64afa50011cff82d8024f343012c237191da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrendQuery, TrendQueryVariables>;
export const AssessmentListDocument = {"__meta__":{"hash":"sha256:17f02dc338f8131f286ac708385bc5da11e458ef8c8b5c49b4c096b7f1b5da40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentListQuery, AssessmentListQueryVariables>;
export const DecidersBureausDocument = {"__meta__":{"hash":"sha256:786fef822303fe0095482e4c53a79af29933254b650bd776b0ec6886e786d64b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecidersBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"committeeId"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersBureausQuery, DecidersBureausQueryVariables>;
export const DecidersOpenTeamDocument = {"__meta__":{"hash":"sha256:07a6065566805e31e995e3bf9e9aba4e532fbad2aee85ea11c5785cc8101342b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersOpenTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTeamAssessmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTeamAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersOpenTeamMutation, DecidersOpenTeamMutationVariables>;
export const DecidersCreateDocument = {"__meta__":{"hash":"sha256:de0947b3720784c63b41ca5e3ab40c31c064826c33fbc059e8ad5c2fc0f4c182"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersCreateMutation, DecidersCreateMutationVariables>;
export const DecidersUpdateDocument = {"__meta__":{"hash":"sha256:f356a12772a7850c0a670107c021e47a124cfd2256042cdf6788354b4c7994b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentValueInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentGrade"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersUpdateMutation, DecidersUpdateMutationVariables>;
export const DecidersFinaliseDocument = {"__meta__":{"hash":"sha256:15d5983b15e46453fb5a2e15e41bbb3a5035f14a8e994cff29e22616ba7f1bcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersFinalise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentGrade"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidersFinaliseMutation, DecidersFinaliseMutationVariables>;
export const DecidersListDocument = {"__meta__":{"hash":"sha256:03994bb78321dbc488348d29daac7f475bb78f22dc3310d3563113e13c627653"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecidersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidersListQuery, DecidersListQueryVariables>;
export const DecidersRecordDocument = {"__meta__":{"hash":"sha256:394ccb43b0a77d75b4ea4e52a11faa203b842244a5e6b1d83299a88d79bc09fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidersRecordMutation, DecidersRecordMutationVariables>;
export const DecidersRecordsDocument = {"__meta__":{"hash":"sha256:8c1cebb3d76967ce83708095f3610518ca0b1b271fb426b90e3f1c6c832f278b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecidersRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecidersRecordsQuery, DecidersRecordsQueryVariables>;
export const DecidersUnitsDocument = {"__meta__":{"hash":"sha256:a7e814c92499787abae61123723ca2d7f4ea70cc98050f1c63abc8925f403abe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecidersUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DecidersUnitsQuery, DecidersUnitsQueryVariables>;
export const DecidersOpenRoundDocument = {"__meta__":{"hash":"sha256:a5712ba3f25b6401cfcee18326abea12eea41deccc5e72287d11834a429b67dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersOpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRatingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRatingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersOpenRoundMutation, DecidersOpenRoundMutationVariables>;
export const DecidersRateDocument = {"__meta__":{"hash":"sha256:23285ffbfa2223ff5895fafa2d54a6c4744c1282589a3e72b55db59d64c67e9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersRateMutation, DecidersRateMutationVariables>;
export const DecidersDefineSetDocument = {"__meta__":{"hash":"sha256:635577ebf351f5e7ef0a7ea257f7a06fe0795b7c4dcb0b1d945ea779bf081f0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecidersDefineSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicatorSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DecidersDefineSetMutation, DecidersDefineSetMutationVariables>;
export const RecordContactDocument = {"__meta__":{"hash":"sha256:9c6a898846d9f0227870cb274995eceeee5b28c672fd2388c41ca41938052a40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLiaisonContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLiaisonContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactAffiliation"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordContactMutation, RecordContactMutationVariables>;
export const LiaisonSummaryDocument = {"__meta__":{"hash":"sha256:77abe96b659da39ec3bad140fea12a396c766d5a279eee0afa2ecf7c1b573c04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiaisonSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsReached"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}}]}}]}}]}}]} as unknown as DocumentNode<LiaisonSummaryQuery, LiaisonSummaryQueryVariables>;
export const ContactsDocument = {"__meta__":{"hash":"sha256:db54ff9c1bd99026b4d4d7fdec1adfcf17b2e2cfbb001ecb0918252c7764b9c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiaisonContactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsQuery, ContactsQueryVariables>;
export const RecordTrainingDocument = {"__meta__":{"hash":"sha256:c360c6ff88b47ea34982bfda9d3f16749d9fd33055e550534e865a05c808d0af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"trainingClass"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const TrainingsDocument = {"__meta__":{"hash":"sha256:9b30a9ca58b2626c500b1a29ede5fae19231712a563cddc7fedc0d4c705da273"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}}]}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingsQuery, TrainingsQueryVariables>;
export const PersonHoursDocument = {"__meta__":{"hash":"sha256:1a92df304eabe5a80afc3be1a51fcd835041edb6dd942cabb34a4dc02daa5b22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]}}]}}]} as unknown as DocumentNode<PersonHoursQuery, PersonHoursQueryVariables>;
export const AnonOpenTeamDocument = {"__meta__":{"hash":"sha256:376196a2acf8c4fbfef0a2794cd2a94cfc924dc5447445bff690ebd7d99f85d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonOpenTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTeamAssessmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTeamAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}}]}}]}}]}}]} as unknown as DocumentNode<AnonOpenTeamMutation, AnonOpenTeamMutationVariables>;
export const AnonOpenDocument = {"__meta__":{"hash":"sha256:d37ecb0e53de0347e9d20e13a5b2e21249fda27e3fa4230b78401939630de97c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRatingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRatingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AnonOpenMutation, AnonOpenMutationVariables>;
export const AnonCloseDocument = {"__meta__":{"hash":"sha256:61519c2a3ed3913d4b3356abd0e65211ab3576cad07575d29b32424c19e21834"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRatingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRatingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AnonCloseMutation, AnonCloseMutationVariables>;
export const AnonRateDocument = {"__meta__":{"hash":"sha256:cd84a2a0dc4c1a182cb56d2be2805d3dddf6255649b92774db93a0d324cf13ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<AnonRateMutation, AnonRateMutationVariables>;
export const AnonRefreshDocument = {"__meta__":{"hash":"sha256:b1c33c08529b09b8f601912821050cdb7ef4b4ecbb14bf5920b750eac13705fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnonRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AnonRefreshMutation, AnonRefreshMutationVariables>;
export const AnonSeenDocument = {"__meta__":{"hash":"sha256:fe8a25927521f438228fd9c2e52cf449d1074860fb2f6eabcde19b7ee4c35fdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnonSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"myRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnonSeenQuery, AnonSeenQueryVariables>;
export const AnonTrailDocument = {"__meta__":{"hash":"sha256:b2fe0b0d47150d44bc7dc442c483bed0213a3547dda8e03d8ee02fa60773230b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnonTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnonTrailQuery, AnonTrailQueryVariables>;
export const RoundsOpenTeamDocument = {"__meta__":{"hash":"sha256:ef5850bfabe9053df11e02d93462d4de131a111207e841b8e78bbfd54695fdb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsOpenTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTeamAssessmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTeamAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsOpenTeamMutation, RoundsOpenTeamMutationVariables>;
export const RoundsOpenDocument = {"__meta__":{"hash":"sha256:99d70d14f83f4b8e36f4405e0968a9f5bc3860c4f27df9e1516bf448e0071f67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRatingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRatingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsOpenMutation, RoundsOpenMutationVariables>;
export const RoundsCloseDocument = {"__meta__":{"hash":"sha256:41a978d13c41ed7dc410497dad0c01adf122eddbe8961c554d556e19b7ef7e0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRatingRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRatingRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsCloseMutation, RoundsCloseMutationVariables>;
export const RoundsListDocument = {"__meta__":{"hash":"sha256:b3ecac79baa92c47c5e2a716bd5e35c63b9f1bad207410279ef513b9332d256e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIsPerson"}},{"kind":"Field","name":{"kind":"Name","value":"myRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundsListQuery, RoundsListQueryVariables>;
export const RoundsRateDocument = {"__meta__":{"hash":"sha256:7042cd00fbbf9dc8146ef94ad8aefbabb7260e7ff9e4641dd7497b920fa0c7f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsRateMutation, RoundsRateMutationVariables>;
export const RoundsSummaryDocument = {"__meta__":{"hash":"sha256:6b0a818c9669bd34b2d4e8031b3f62acad6894a5c18c5808acae331d89975e96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"myRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundsSummaryQuery, RoundsSummaryQueryVariables>;
export const RoundsTrailDocument = {"__meta__":{"hash":"sha256:cc0042956e6ac05d8f9309f9d00db7bb33fd48511091852058e69824071e6e2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityType"},"value":{"kind":"StringValue","value":"RatingRound","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoundsTrailQuery, RoundsTrailQueryVariables>;
export const RoundsRatingNodeDocument = {"__meta__":{"hash":"sha256:e8a933b91c1d5def8870a23dc49113b70ea6e1361b173f1573b5bae6aa4b23d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoundsRatingNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RoundsRatingNodeQuery, RoundsRatingNodeQueryVariables>;
export const RoundsExportDocument = {"__meta__":{"hash":"sha256:a51a1779050bee0844a21ed9621eb07d219e280854ce6046c4926c98d6dbcb8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsExportMutation, RoundsExportMutationVariables>;
export const RoundsRefreshDocument = {"__meta__":{"hash":"sha256:e45c8996afcbc29412ae6cb8f321ff230897bd12ccee25fdfee2619e6bd117c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoundsRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RoundsRefreshMutation, RoundsRefreshMutationVariables>;
export const ScopeEverythingDocument = {"__meta__":{"hash":"sha256:3ab73942e511f406477b3f55137712817cf4ca790e38acb1a532063335880aed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeEverythingQuery, ScopeEverythingQueryVariables>;
export const ScopeNodesDocument = {"__meta__":{"hash":"sha256:b4f699a8472c08b5c340ec1c34e6989ef32511f70f37ae00bf1e5d51eca695bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeNodesQuery, ScopeNodesQueryVariables>;
export const TeamSetsDefineDocument = {"__meta__":{"hash":"sha256:da8ab8fd3e63dd9af3e385ab7a800b8443c55467a905854652cb7ba70876f517"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetsDefine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicatorSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"definedByRole"}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetsDefineMutation, TeamSetsDefineMutationVariables>;
export const TeamSetsProposeDocument = {"__meta__":{"hash":"sha256:9524bdc9068529add297165a7999e44eab76486aca59a2abd30d7cefc1c2ef52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetsPropose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeIndicatorSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeIndicatorSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetsProposeMutation, TeamSetsProposeMutationVariables>;
export const TeamSetsApproveDocument = {"__meta__":{"hash":"sha256:160549acd692402ff46bea7929eb0d1cf8f86c025f7c73842b7d456513f7bee4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetsApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveIndicatorSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetsApproveMutation, TeamSetsApproveMutationVariables>;
export const TeamSetsListDocument = {"__meta__":{"hash":"sha256:063902cbb6f905d588a5eb73cb231750cb86b2978b2f5ea33d920f345825daec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamSetsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorSetPurpose"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"definedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByRole"}}]}}]}}]} as unknown as DocumentNode<TeamSetsListQuery, TeamSetsListQueryVariables>;
export const TeamSetsOpenDocument = {"__meta__":{"hash":"sha256:12f765919c1e6c23873a13e3ef534c9792e657038ffde532f076342e32a3dc80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetsOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenTeamAssessmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTeamAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectName"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetsOpenMutation, TeamSetsOpenMutationVariables>;
export const TeamSetsCreateDocument = {"__meta__":{"hash":"sha256:3aaf9f8c130a1f0287390bf169b2b9e08ed2a4c052177eb595fc2f60fbb91876"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamSetsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamSetsCreateMutation, TeamSetsCreateMutationVariables>;
export const ChainRenameDocument = {"__meta__":{"hash":"sha256:a7397bf6816ac841d3421e3157659e1f8bf2f9b64f9f9f134fb46276250f5d32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChainRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChainRenameMutation, ChainRenameMutationVariables>;
export const TrailDocument = {"__meta__":{"hash":"sha256:3047e1eeb22427479f7082ddc4dc299e36db2522ee9f9748108882ef594a4714"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrailQuery, TrailQueryVariables>;
export const TrailRenameDocument = {"__meta__":{"hash":"sha256:51da64dbd39b29f2b00adc9c1f29d70975d121a4cef8ce2bd062d39f48b57306"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrailRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TrailRenameMutation, TrailRenameMutationVariables>;
export const PropTreeDocument = {"__meta__":{"hash":"sha256:4cdcca2e1a2ca66cd563890af80ff7c69e2478545a0bc3f82c319fdc353e4a78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropTreeQuery, PropTreeQueryVariables>;
export const PropRisksDocument = {"__meta__":{"hash":"sha256:f58f13bcf62e6dd7e88f17ea6347abfa992c1abf07ef317166bf6c3f33d15707"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropRisksQuery, PropRisksQueryVariables>;
export const PropWorkItemsDocument = {"__meta__":{"hash":"sha256:683fc417491df116120209f96e2dc88b6e7638a02ceeb9bd78c6a415171d3594"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropWorkItemsQuery, PropWorkItemsQueryVariables>;
export const PropRenameDocument = {"__meta__":{"hash":"sha256:3abb5c43b52bb5b07d097ed82c124e47cf34213c2574f428ede58acdcd91faa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PropRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PropRenameMutation, PropRenameMutationVariables>;
export const PropReportDocument = {"__meta__":{"hash":"sha256:f2b5afef5773f0b280bc697cc0ccb397f6d3741849158ba24a3f8d651604fe4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PropReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PropReportMutation, PropReportMutationVariables>;
export const CacheTreeDocument = {"__meta__":{"hash":"sha256:dd5f17d8a422e0970bcbcc595ea6b07ef503d4b921ac14164b4762f2779279fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheTreeQuery, CacheTreeQueryVariables>;
export const CacheRisksDocument = {"__meta__":{"hash":"sha256:93f1ef76efac065a51ca39bc4ba01f05fc4dbae7ead5e05f43aeb28e02648f73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CacheRisksQuery, CacheRisksQueryVariables>;
export const CacheRenameDocument = {"__meta__":{"hash":"sha256:122f0ef3cedf1e15ed961b61d5fb8566a1ad82d157dec7201dc5fef0b6561f20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CacheRenameMutation, CacheRenameMutationVariables>;
export const CacheReportDocument = {"__meta__":{"hash":"sha256:fb17471d74a0bc60af7a0fb531c18d8269f799c6470fc4bdb745728596a0ef11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<CacheReportMutation, CacheReportMutationVariables>;
export const CacheEndPostDocument = {"__meta__":{"hash":"sha256:63effe948379994975b9a4661dcc0f2756fc88f4a597823601968b721e0be279"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheEndPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<CacheEndPostMutation, CacheEndPostMutationVariables>;
export const CacheChangePasswordDocument = {"__meta__":{"hash":"sha256:d6f1125a732aaf83b91eb14313ae12ea768bd96f632182ef8288b16ef2562de4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CacheChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"next"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"next"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<CacheChangePasswordMutation, CacheChangePasswordMutationVariables>;
export const CacheBadDocument = {"__meta__":{"hash":"sha256:4d172682feadf1db3a103bbbb16a991f80cea828feaafab385c668a929f97c22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheBad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CacheBadQuery, CacheBadQueryVariables>;
export const DwRecordInspectionDocument = {"__meta__":{"hash":"sha256:0124a0c06cb392c25e9604d85e84f9a451c5a799beeb18345b010fc4baf080ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DwRecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"rectification"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workRecordId"}}]}}]}}]}}]} as unknown as DocumentNode<DwRecordInspectionMutation, DwRecordInspectionMutationVariables>;
export const DwAnswerDocument = {"__meta__":{"hash":"sha256:52426c511b4c3971af529e4deca2bb3c96b2bace7fe427ac152c12d0dd1be65b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DwAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInspectionFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInspectionFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwAnswerMutation, DwAnswerMutationVariables>;
export const DwInspectionsDocument = {"__meta__":{"hash":"sha256:395f93a08146a885ee1677fef87372b6110b3d0527e80b24744ea2e117189931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwInspectionsQuery, DwInspectionsQueryVariables>;
export const DwNodeDocument = {"__meta__":{"hash":"sha256:9bc83f6370134b5f539050c2abf2c08ce234e538a8aac9a42aa6e8a4cb6a25c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DwNodeQuery, DwNodeQueryVariables>;
export const DwRulesDocument = {"__meta__":{"hash":"sha256:4d31823ad41012ba1583d042021a4c40912f8adef841a7d4d63e27aa96ab4d09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DwRulesQuery, DwRulesQueryVariables>;
export const DwChannelsDocument = {"__meta__":{"hash":"sha256:1ad76ac055d7c4450f085d5bfd9289b0f36d21042464bb5051d546e63d4e9593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineChannelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwChannelsQuery, DwChannelsQueryVariables>;
export const DwZeroDocument = {"__meta__":{"hash":"sha256:8aa160e7fbbbac841e1e96ab55aa403e14beddeff1785dab270a4d1196214748"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwZero"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelZeroReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwZeroQuery, DwZeroQueryVariables>;
export const DwReviewDocument = {"__meta__":{"hash":"sha256:8bc902db3624fd0e27c1c72c1a524b9503560d928898a5f7c1ad6ccaccf8a429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DwReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDistrictChannelReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDistrictChannelReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwReviewMutation, DwReviewMutationVariables>;
export const DwByBureauDocument = {"__meta__":{"hash":"sha256:8be8ccd622b212d19a4c6a482782b8903c93f039254620a1e9c174d434882c11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwByBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportsByBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportSent"}},{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"copiedTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"copied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"copiedTo"}}]}}]}}]}}]} as unknown as DocumentNode<DwByBureauQuery, DwByBureauQueryVariables>;
export const DiOverviewDocument = {"__meta__":{"hash":"sha256:31265032f8efd540e65f7cabd014bada84cb40efc47db20d8c26059795404f17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesMet"}},{"kind":"Field","name":{"kind":"Name","value":"rulesDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"rulesOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"rulesNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"workItemsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"workItemsDone"}},{"kind":"Field","name":{"kind":"Name","value":"workItemsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportReceived"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportOnTime"}}]}}]}}]} as unknown as DocumentNode<DiOverviewQuery, DiOverviewQueryVariables>;
export const DiReceivedDocument = {"__meta__":{"hash":"sha256:8449a24edd5e5864fc9a173aa383e8b84d9565df83a91bc8131eac3a53b9025e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"copiedTo"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiReceivedQuery, DiReceivedQueryVariables>;
export const DiNodeDocument = {"__meta__":{"hash":"sha256:0944aa0b16f6097c640020c8d466f4544229eacef0a2bdb5ba28d278b4971104"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiNodeQuery, DiNodeQueryVariables>;
export const DiRecordsDocument = {"__meta__":{"hash":"sha256:c70dbb18e42529f44f73e8770b341f43f94c9fbd03e477d18fca51e43df3a227"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DiRecordsQuery, DiRecordsQueryVariables>;
export const ConcurrentAppointDocument = {"__meta__":{"hash":"sha256:7e257dff556729e8f507861cf10c611c7d3f01e06a376644ec5637756d9a35a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcurrentAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConcurrentAppointMutation, ConcurrentAppointMutationVariables>;
export const RulesCreatePersonDocument = {"__meta__":{"hash":"sha256:8397656035b3f14560cc6b2865f5922fa22c749612b4358e80cb2e71f10502c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RulesCreatePersonMutation, RulesCreatePersonMutationVariables>;
export const RulesAppointDocument = {"__meta__":{"hash":"sha256:04fb54a42640fcc5c07737a9c536d29d44f0637807db920a8bb8251bef35755e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesAppointMutation, RulesAppointMutationVariables>;
export const RulesEndPostDocument = {"__meta__":{"hash":"sha256:aac8180893fa7c74e0617d78f2324875d2823ee89dbf2ca7903b769b19320094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesEndPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesEndPostMutation, RulesEndPostMutationVariables>;
export const RulesAssignDocument = {"__meta__":{"hash":"sha256:243f7c761a6a951c14489b1d9a84f4caa902fcb5e7a550c2865eb3c777ed3987"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopeUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RulesAssignMutation, RulesAssignMutationVariables>;
export const RulesChangeDocument = {"__meta__":{"hash":"sha256:d5e88634b2cb4cad7f01a3cf093a3d1aaa7bdad58cf6c775a63dd61a18c0b7c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dutyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopeUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesChangeMutation, RulesChangeMutationVariables>;
export const RulesEndDutyDocument = {"__meta__":{"hash":"sha256:ea403564623a6e5a62d6ba0896f4b588c2d5765512d439547e3dab16acfba44f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesEndDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dutyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RulesEndDutyMutation, RulesEndDutyMutationVariables>;
export const RulesRearrangeDocument = {"__meta__":{"hash":"sha256:22b71677cf05405ea206091c631d2a129a7b588ae7c2d4e81030df1e2f916518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesRearrange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyAssignmentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rearrangeDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"assignments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignments"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesRearrangeMutation, RulesRearrangeMutationVariables>;
export const RulesUnitTeamDocument = {"__meta__":{"hash":"sha256:45f23b9c932ddf6225520b472475dc78814e32cd3af2f4ec092e20da7b95980e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesUnitTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesUnitTeamQuery, RulesUnitTeamQueryVariables>;
export const RulesUnitDutiesDocument = {"__meta__":{"hash":"sha256:4cc9c02be060f29c9a1267e0cd55c64ea6b179ea2da8da844eeb013831b29b81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesUnitDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RulesUnitDutiesQuery, RulesUnitDutiesQueryVariables>;
export const RulesCoverageDocument = {"__meta__":{"hash":"sha256:7f5fc994f3b989f49d1d925ed8e33bebf6f976a6949d4249407223b4906215ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RulesCoverageQuery, RulesCoverageQueryVariables>;
export const RulesCreateUnitDocument = {"__meta__":{"hash":"sha256:f406e9f04c7845c02a75a702a671031e9c12a9c1ad4a7cbf05288fc1d89a2ac4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesCreateUnitMutation, RulesCreateUnitMutationVariables>;
export const RulesMoveUnitDocument = {"__meta__":{"hash":"sha256:06a44c7d170b2876f6d388559963f88507a6e0a058dbd1f5977a3cb26450cd57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RulesMoveUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"newParentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RulesMoveUnitMutation, RulesMoveUnitMutationVariables>;
export const EquivalenceOrgUnitsDocument = {"__meta__":{"hash":"sha256:8dc6f077739ef96157782cc3339ec4737f450aa205034a7bd2738f1bfa976228"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceOrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceOrgUnitsQuery, EquivalenceOrgUnitsQueryVariables>;
export const EquivalenceOrgUnitCodesDocument = {"__meta__":{"hash":"sha256:7da1d6dbaf87dd9de4891e677364cf878323bf9f2dbc6f4003ea572f1f39be0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceOrgUnitCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceOrgUnitCodesQuery, EquivalenceOrgUnitCodesQueryVariables>;
export const EquivalenceDutiesDocument = {"__meta__":{"hash":"sha256:2a5abcf382e628a5fd2bae439b40f22064345ff3ae939986f0c60bec900f47cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceDutiesQuery, EquivalenceDutiesQueryVariables>;
export const EquivalenceAuditDocument = {"__meta__":{"hash":"sha256:79d3180d93ba147d431a64c5339043f809d1264b68e665803190eceb12b4e3eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceAuditQuery, EquivalenceAuditQueryVariables>;
export const EquivalenceWorkItemsDocument = {"__meta__":{"hash":"sha256:4f461e894785a4ff8fac9e98684917cf71b58666ce73622a29aa49b67312e402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceWorkItemsQuery, EquivalenceWorkItemsQueryVariables>;
export const EquivalenceWorkRecordsDocument = {"__meta__":{"hash":"sha256:7a6fdee8f9bda0d3633a8025d667e95ed3e8a027390f43cfaeb5327f352f7f14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceWorkRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceWorkRecordsQuery, EquivalenceWorkRecordsQueryVariables>;
export const EquivalenceComplianceDocument = {"__meta__":{"hash":"sha256:6932dd2679f525760e2d98d83b2d5d46ccfb1d8a54c856208d933635204824c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceComplianceQuery, EquivalenceComplianceQueryVariables>;
export const EquivalenceRisksDocument = {"__meta__":{"hash":"sha256:7e844f086592e63c33aedb4070184c0061545957479be4baafee4f502691dc29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceRisks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceRisksQuery, EquivalenceRisksQueryVariables>;
export const EquivalenceChannelsDocument = {"__meta__":{"hash":"sha256:d88271a0459d58ad71f08ab426b654e05f0bb1b9abc5e208ef4b68320de3a269"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceChannelsQuery, EquivalenceChannelsQueryVariables>;
export const EquivalenceMisconductDocument = {"__meta__":{"hash":"sha256:15f2dc0bedc858a9007f977faa20fc29e31f4f4c80a5cc89a4a2e32bd34e0489"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceMisconduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceMisconductQuery, EquivalenceMisconductQueryVariables>;
export const EquivalenceAssessmentsDocument = {"__meta__":{"hash":"sha256:096fb52b49a51121ef7e54b57bc464a25d70c03ea7d43ac54568e2e135fa4bfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceAssessmentsQuery, EquivalenceAssessmentsQueryVariables>;
export const EquivalenceAccountabilityDocument = {"__meta__":{"hash":"sha256:58e35620d0e2a887dee35ac7524c6885efb7361d91d2ba4e406425a222e5058f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceAccountabilityQuery, EquivalenceAccountabilityQueryVariables>;
export const EquivalenceDistrictRulesDocument = {"__meta__":{"hash":"sha256:2247f4895968e04d37a94cb93ec840b13b357dafaf76d2c87bcd0347bd89e4db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceDistrictRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceDistrictRulesQuery, EquivalenceDistrictRulesQueryVariables>;
export const EquivalenceArchiveDocument = {"__meta__":{"hash":"sha256:5befeea16195038ac1d859a079ed9ea34e8d780888aa69d9bda6969fa4c7b4df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EquivalenceArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceArchiveMutation, EquivalenceArchiveMutationVariables>;
export const EquivalenceCreateDocument = {"__meta__":{"hash":"sha256:caf311474b6c2dd47fd998bc86bd3b14fa5a59c3279d573a1848e09f660de2ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EquivalenceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceCreateMutation, EquivalenceCreateMutationVariables>;
export const EquivalenceRenameDocument = {"__meta__":{"hash":"sha256:4275ff4c53e1ede18934c2e6347439b8596bf97a26f85d63fef71606d7e7b5df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EquivalenceRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceRenameMutation, EquivalenceRenameMutationVariables>;
export const EquivalenceUnitDutiesDocument = {"__meta__":{"hash":"sha256:85b0892c675b73dd6cc1ee9d676e25bc73cf81e85cd4e4f9a362581bd520679c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquivalenceUnitDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceUnitDutiesQuery, EquivalenceUnitDutiesQueryVariables>;
export const EquivalenceChangeDutyDocument = {"__meta__":{"hash":"sha256:e788ba4af58c68550239fb8d33ffa3c765c1debe267b81f51154cc7cf557349d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EquivalenceChangeDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dutyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dutyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scopeUnitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EquivalenceChangeDutyMutation, EquivalenceChangeDutyMutationVariables>;
export const ExportsCreateDocument = {"__meta__":{"hash":"sha256:978704ecddca5033f13d8f09b47d527c2107634606e7ee1a40fd60cc85e2927b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportsCreateMutation, ExportsCreateMutationVariables>;
export const ExportsArchiveDocument = {"__meta__":{"hash":"sha256:b2cdd393ec73ac1fef5bfc6dbc048a8a04302036b941e7f0f10965e9b70daa4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportsArchiveMutation, ExportsArchiveMutationVariables>;
export const ExportsSubtreeDocument = {"__meta__":{"hash":"sha256:117c8f364cc951d33f55f77db255764efc50c8a5337639b6518cd530e65c39d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportsSubtree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subtreeOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportsSubtreeQuery, ExportsSubtreeQueryVariables>;
export const ExportsLedgersDocument = {"__meta__":{"hash":"sha256:a87c32b5d0579d0328b1e844b7aeafe9bb438c682f04e4e289b3095ddf9df9cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportsLedgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLedgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsYear"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsUnit"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}}]}}]}}]} as unknown as DocumentNode<ExportsLedgersQuery, ExportsLedgersQueryVariables>;
export const ExportsEndPostDocument = {"__meta__":{"hash":"sha256:c326ccd11b762fd261afbda2a641a7a7c3698c6187bbcdc399297e7d2aed9d8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsEndPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<ExportsEndPostMutation, ExportsEndPostMutationVariables>;
export const ExportsChangePasswordDocument = {"__meta__":{"hash":"sha256:8c587831dc9db7e8c1b45d1783541a06e21233216dfadfad4356bc90be3b625a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ExportsChangePasswordMutation, ExportsChangePasswordMutationVariables>;
export const ExportsResetDocument = {"__meta__":{"hash":"sha256:7e7ceec916229ea64f68966fac0e082a8a93aa3728130c4ead673d55ffebff71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<ExportsResetMutation, ExportsResetMutationVariables>;
export const ExportsDisableDocument = {"__meta__":{"hash":"sha256:dd209ca07918aeb5586111c033e7e568fca8d3b50b61d6439d9c5841538a5c25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<ExportsDisableMutation, ExportsDisableMutationVariables>;
export const ExportsEnableDocument = {"__meta__":{"hash":"sha256:6f54b9164cd5c76f1f37e1a41f38945bdb631b156d57b26252975f48a474b679"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportsEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<ExportsEnableMutation, ExportsEnableMutationVariables>;
export const RequestExportDocument = {"__meta__":{"hash":"sha256:c8e3513380c85f84238b7d71151aad08d72b62b96f6907f351ffc488eed943f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]}}]} as unknown as DocumentNode<RequestExportMutation, RequestExportMutationVariables>;
export const LedgerAssessmentScoresDocument = {"__meta__":{"hash":"sha256:83596740ff3923c81ef0bc27148f109b659190e2861fb8bdba004b0783531b26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerAssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2025"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subtreeOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"subjectIsPerson"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantitativeScore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerAssessmentScoresQuery, LedgerAssessmentScoresQueryVariables>;
export const CoComplianceDocument = {"__meta__":{"hash":"sha256:cb6428013d359995a10e68d452ac00115519f09a01f6fc606f42885fba623f53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueMonthDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoComplianceQuery, CoComplianceQueryVariables>;
export const CoSummaryDocument = {"__meta__":{"hash":"sha256:84090f5dd35c89d94385240d67fcc914dca96f055d82104ee64da927ca226b79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoSummaryQuery, CoSummaryQueryVariables>;
export const CoEvidenceDocument = {"__meta__":{"hash":"sha256:93c94cbbd4bca00c8e0c5d8a032517adbb2abe7634ba51e38d569fc69f9498df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"withoutEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoEvidenceQuery, CoEvidenceQueryVariables>;
export const CoUploadDocument = {"__meta__":{"hash":"sha256:20a9a9495c53d6547d1a6e6001f335c6f36bb23fe7456a2dc9e65ddf75f63eeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CoUploadMutation, CoUploadMutationVariables>;
export const CoEvidenceDistrictDocument = {"__meta__":{"hash":"sha256:6c5de78dceb646b27f6bc09d92db35abc5826622301b8c60154fedc6d3f788e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoEvidenceDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"withoutEvidence"}}]}}]}}]}}]} as unknown as DocumentNode<CoEvidenceDistrictQuery, CoEvidenceDistrictQueryVariables>;
export const PrComplianceDocument = {"__meta__":{"hash":"sha256:417f54c949705340421f0c9fe135c69f23b40301c08454872d95f369cc7d427a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"countPer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PrComplianceQuery, PrComplianceQueryVariables>;
export const PrSummaryDocument = {"__meta__":{"hash":"sha256:e4a38572198c46234b26a61fb9bed5a2004665aacfc35817b7cd7b03e3fdc58c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"byRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<PrSummaryQuery, PrSummaryQueryVariables>;
export const PrOverviewDocument = {"__meta__":{"hash":"sha256:6e17bd98ffbdb938eeb22b61caae1043edc60bbf0a971a0bd1facbb359711120"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesLate"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"annualReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<PrOverviewQuery, PrOverviewQueryVariables>;
export const PrRulesDocument = {"__meta__":{"hash":"sha256:260f244b38cc0b19a02b7c87c38c53e7b2385b6ac6fe402a2483e17d553c6d6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}},{"kind":"Field","name":{"kind":"Name","value":"countPer"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCopies"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<PrRulesQuery, PrRulesQueryVariables>;
export const PrUpdateRuleDocument = {"__meta__":{"hash":"sha256:485279880ebb95a888501185051e6ec6bf8cfaf1c9c7374da3dd5e3749af633a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObligationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObligationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueMonthDay"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PrUpdateRuleMutation, PrUpdateRuleMutationVariables>;
export const PrCreateRecordDocument = {"__meta__":{"hash":"sha256:4dbfaf90d552848a29d552f6133dbf8abbf8d21b64b8c6a8934196d1b0aa07bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrCreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrCreateRecordMutation, PrCreateRecordMutationVariables>;
export const RmNotificationsDocument = {"__meta__":{"hash":"sha256:a1f9e50d7989463221f86cb31a931329d90f938cc84da610b0dfcb8c3519431f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RmNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RmNotificationsQuery, RmNotificationsQueryVariables>;
export const YrCreateRecordDocument = {"__meta__":{"hash":"sha256:db94d52c287747887567f729d180c6b93203b647f403054c4813c36db35bcb37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YrCreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reportingYear"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]} as unknown as DocumentNode<YrCreateRecordMutation, YrCreateRecordMutationVariables>;
export const YrComplianceDocument = {"__meta__":{"hash":"sha256:85c907e036a69335980c9ca2dc023f8c779df70294d8ae68912c1b9353687000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YrCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueMonthDay"}},{"kind":"Field","name":{"kind":"Name","value":"internalDueMonthDay"}},{"kind":"Field","name":{"kind":"Name","value":"performedByRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"internalDue"}},{"kind":"Field","name":{"kind":"Name","value":"internalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reportingYear"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}}]}}]}}]} as unknown as DocumentNode<YrComplianceQuery, YrComplianceQueryVariables>;
export const YrOverviewDocument = {"__meta__":{"hash":"sha256:26442e929259e27d77fc03c02fa8a0df1d17415697ad42d3d64d023b726e9e4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YrOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annualReportDue"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<YrOverviewQuery, YrOverviewQueryVariables>;
export const YrRulesDocument = {"__meta__":{"hash":"sha256:e3dfbbdb0c989cba93b737c56f6244a886c83146e0d3569e763c63b7ccd2b1b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YrRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}}]}}]}}]} as unknown as DocumentNode<YrRulesQuery, YrRulesQueryVariables>;
export const YrUpdateRuleDocument = {"__meta__":{"hash":"sha256:ea23fa1076b2c2e70acce0eecd1b77e011e29398fd7c526fc45ba3357fc71088"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YrUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObligationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObligationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<YrUpdateRuleMutation, YrUpdateRuleMutationVariables>;
export const YrNotificationsDocument = {"__meta__":{"hash":"sha256:a210319301a4e7efd81ed4818ad34ce61a0ad98eaf6322dcdd2e7d4a31187846"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YrNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YrNotificationsQuery, YrNotificationsQueryVariables>;
export const YrCreatePlanDocument = {"__meta__":{"hash":"sha256:b35e50ef7a56483c03f2f119d2fa876ad9657aeb34441c498329c2f03b38d308"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YrCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<YrCreatePlanMutation, YrCreatePlanMutationVariables>;
export const YrItemsDocument = {"__meta__":{"hash":"sha256:0dfac447d7fc824dd82710442c628eaf6f483c0cc938160987ca5aa35da3b899"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YrItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedOverTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YrItemsQuery, YrItemsQueryVariables>;
export const DeUnitsDocument = {"__meta__":{"hash":"sha256:3b9bfc5b5f874bd799ed8c5e2eddcb9bd65ec03a1efaddf371e07e40d8a9db76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DEPARTMENT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeUnitsQuery, DeUnitsQueryVariables>;
export const DeCreateUnitDocument = {"__meta__":{"hash":"sha256:d7119871369ed9b77c0d4d34ca542c84f46e3058c916923f49c682af83aed202"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DeCreateUnitMutation, DeCreateUnitMutationVariables>;
export const DeMoveUnitDocument = {"__meta__":{"hash":"sha256:aecde862359ddb137dd304f8d8e29eed38824ad978cde579dcef2163f66614ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeMoveUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeMoveUnitMutation, DeMoveUnitMutationVariables>;
export const DeChannelsDocument = {"__meta__":{"hash":"sha256:f625db7a153459a57acb814f79110206fdde259e16a58396982b15c23cfa3c19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeChannelsQuery, DeChannelsQueryVariables>;
export const DeCreateRecordDocument = {"__meta__":{"hash":"sha256:7195f2cf640a885432f567c202f46080b350f1dda2bf4f87e9f5b9d5140f6c18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeCreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeCreateRecordMutation, DeCreateRecordMutationVariables>;
export const DeItemsDocument = {"__meta__":{"hash":"sha256:7c0f3dd87456830b2c6d3e0b27f6045acb837d1f3f3268f5274e660f154342aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeItemsQuery, DeItemsQueryVariables>;
export const ListSqlPageDocument = {"__meta__":{"hash":"sha256:ad29b4bb3822438035a257274103e3f7da44b2f067bbd6cafadc050d462c3462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSqlPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListSqlPageQuery, ListSqlPageQueryVariables>;
export const RoleUnitsDocument = {"__meta__":{"hash":"sha256:376238b457df9208ad6cf56794409a03de4c67f27d977fcb30ffa7fd72083dfe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleUnitsQuery, RoleUnitsQueryVariables>;
export const RoleBureausDocument = {"__meta__":{"hash":"sha256:4ce7cd4513659cfa3982f06fc4703f6b6dd6b7c9f1347dfaa5b3a8ec4b021d8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<RoleBureausQuery, RoleBureausQueryVariables>;
export const StatementsTreeDocument = {"__meta__":{"hash":"sha256:17cf0267d0c6181a8282a41731438435f58d82d9ac0a2b647c4bfe5f3bb0f521"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsTreeQuery, StatementsTreeQueryVariables>;
export const StatementsPageDocument = {"__meta__":{"hash":"sha256:0b0a2e8ac8e8ad44f12f170e607c32904c6149dd62c9409c588f439ef0884107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StatementsPageQuery, StatementsPageQueryVariables>;
export const FollowPostsImportDocument = {"__meta__":{"hash":"sha256:f96434fe5b6342f3843815e318b0beca71b96d9a7db18d32e538b5e91d3b1ef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowPostsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgChartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountsDisabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountsEnabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FollowPostsImportMutation, FollowPostsImportMutationVariables>;
export const FollowPostsChangePasswordDocument = {"__meta__":{"hash":"sha256:26d75652f8bbf50654320c8068036748faf9e0ccfe0726b58d1ba406f3af542c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowPostsChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<FollowPostsChangePasswordMutation, FollowPostsChangePasswordMutationVariables>;
export const FollowPostsResetDocument = {"__meta__":{"hash":"sha256:ab0a5aa51d67ada6991c8e5ec609465c9119a6a4862bd67aa8745408c570cc24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowPostsReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}}]}}]} as unknown as DocumentNode<FollowPostsResetMutation, FollowPostsResetMutationVariables>;
export const FollowPostsDisableDocument = {"__meta__":{"hash":"sha256:5ca887169af2400c4f4930c564fd8fc2552d477e0c413c13c7f11f1e2a6908d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowPostsDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledForNoPost"}}]}}]}}]}}]} as unknown as DocumentNode<FollowPostsDisableMutation, FollowPostsDisableMutationVariables>;
export const FollowPostsViewerDocument = {"__meta__":{"hash":"sha256:6affa7b5ba0400864be9a47511b4d179fca5e1d5f82554d1b128b4e01f4cbc23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowPostsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<FollowPostsViewerQuery, FollowPostsViewerQueryVariables>;
export const ImportOrgChartDocument = {"__meta__":{"hash":"sha256:653959f7965cf80a75ca73b8d660bc13b4980bf6de69c518b31462ce4b52a812"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrgChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOrgChartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrgChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsNotInWorkbook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImportOrgChartMutation, ImportOrgChartMutationVariables>;
export const OrgChartVisibleUnitsDocument = {"__meta__":{"hash":"sha256:91d37d41243c268ae87b116232e9a5a42f41aa50b9664581922a827de85d99be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgChartVisibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgChartVisibleUnitsQuery, OrgChartVisibleUnitsQueryVariables>;
export const OrgChartChangePasswordDocument = {"__meta__":{"hash":"sha256:bcf6bf310041d1cf33285fb92bab9f9be7260752737e47a371389d5a4228fd53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgChartChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<OrgChartChangePasswordMutation, OrgChartChangePasswordMutationVariables>;
export const CfCreatePlanDocument = {"__meta__":{"hash":"sha256:cd18addc67c012007f600d9b00e23db82cd60e36422739e4d69b009ebd610818"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfCreatePlanMutation, CfCreatePlanMutationVariables>;
export const CfCreateItemDocument = {"__meta__":{"hash":"sha256:942fdd61239f8c465065276dcd548ea57ab28c8760c6bdbd9cb6edf7de43c4fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfCreateItemMutation, CfCreateItemMutationVariables>;
export const CfChangeStatusDocument = {"__meta__":{"hash":"sha256:160a7da5104ac7f78abb27ce48c5eb33a82c020e868ca00093a7db61c1932afe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeWorkItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeWorkItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CfChangeStatusMutation, CfChangeStatusMutationVariables>;
export const CfAnswerDocument = {"__meta__":{"hash":"sha256:9a0e6cef91d1aa0b00525c503fc8155d2614f6621ec6461bf634d4799585ad67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerWorkItemConfirmationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerWorkItemConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CfAnswerMutation, CfAnswerMutationVariables>;
export const CfProgressDocument = {"__meta__":{"hash":"sha256:5d7b523c311988f23c72e8d1f139c2d3d45562680150d887573dac348c681a37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingConfirmation"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConfirmation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CfProgressQuery, CfProgressQueryVariables>;
export const ScopeItemsDocument = {"__meta__":{"hash":"sha256:7c80221848435ecfd91c265e2839837d1f97ce95a51aa040ba3d4f0468ed5494"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeItemsQuery, ScopeItemsQueryVariables>;
export const ScopeRecordsDocument = {"__meta__":{"hash":"sha256:f51ba4165157dbef62de15011f4c98937de838ed498bae99fff9e233c78d6053"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeRecordsQuery, ScopeRecordsQueryVariables>;
export const ScopeNestedDocument = {"__meta__":{"hash":"sha256:49405cd42dc00ae94f61529983e9e4e121803ae0f571bc12967d5d824036bece"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeNested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeNestedQuery, ScopeNestedQueryVariables>;
export const ScopePlanItemsDocument = {"__meta__":{"hash":"sha256:93414c7f7250e7742eb9f36653cd365b5f86027ffd4ac1501daf875b764a60f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopePlanItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2031"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<ScopePlanItemsQuery, ScopePlanItemsQueryVariables>;
export const ScopeMineDocument = {"__meta__":{"hash":"sha256:4f72452a4a48a8d5dd3428d794787796fece9dc8824858c02b5b84a641ff1d1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsibleWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2031"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2031-06-15","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]} as unknown as DocumentNode<ScopeMineQuery, ScopeMineQueryVariables>;
export const ScopeNodeDocument = {"__meta__":{"hash":"sha256:07eab4073f823e01f7429ce7635e065c4d024f0926111faf26cce0280fd9a4aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeNodeQuery, ScopeNodeQueryVariables>;
export const ScDistrictNotificationsDocument = {"__meta__":{"hash":"sha256:8207d5305366068ed257f931516c117d04b9aff410d5dab44a4cd6976912cc6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScDistrictNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScDistrictNotificationsQuery, ScDistrictNotificationsQueryVariables>;
export const TuPlanDocument = {"__meta__":{"hash":"sha256:f5923d4a3f8153cf76e6f9ab1f3abab9b9c273af1ab4140a70cdf894b24ae7b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TuPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksWithoutWorkItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<TuPlanQuery, TuPlanQueryVariables>;
export const TuMineDocument = {"__meta__":{"hash":"sha256:1fcb190398b857f5d57e733068f389e4c65b0c6fe8d82bdf676ad8de6aa31ce0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TuMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TuMineQuery, TuMineQueryVariables>;
export const PlanTemplatesDocument = {"__meta__":{"hash":"sha256:9969fc5af0c23e1f6ad7fbaa53124d0c96158c1a8f62c20e79f9883630537865"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"groupNumber"}},{"kind":"Field","name":{"kind":"Name","value":"groupTitle"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<PlanTemplatesQuery, PlanTemplatesQueryVariables>;
export const CreatePlanDocument = {"__meta__":{"hash":"sha256:1c32e8f1037731e3a516bd7b42390b000d65b0de149a1cdc8c2b903946e1c59d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const PlanOfYearDocument = {"__meta__":{"hash":"sha256:30e17237b44f37d61a1dc700b486a6fde58541a7fb4c54fe23a4ec01865ff4ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOfYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<PlanOfYearQuery, PlanOfYearQueryVariables>;
export const WiCreatePlanDocument = {"__meta__":{"hash":"sha256:396789a7d32a1d055071bcc84e03032a93ae129c4d2a6f30f608ae805b76c153"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WiCreatePlanMutation, WiCreatePlanMutationVariables>;
export const WiCreateItemDocument = {"__meta__":{"hash":"sha256:0903a22c5a1ba1701a04c545510216dbd8afacce089f79519d1a4109f9278928"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiCreateItemMutation, WiCreateItemMutationVariables>;
export const WiChangeStatusDocument = {"__meta__":{"hash":"sha256:f33f6cc038ae3efc13bbe1893a04d714aaec6f62d17c3f1eb5b01faf9c85bfe2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeWorkItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeWorkItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiChangeStatusMutation, WiChangeStatusMutationVariables>;
export const WiUpdateItemDocument = {"__meta__":{"hash":"sha256:f35f5c7a399cdd798c84413c437ca10e0518b77c1f3bbcd5173482cd53529321"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiUpdateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiUpdateItemMutation, WiUpdateItemMutationVariables>;
export const WiAddNoteDocument = {"__meta__":{"hash":"sha256:0466e6ec72c0c87863c168ab74538f85cff2f06a5ebc0d9c0c838166d9013e67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiAddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkItemNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiAddNoteMutation, WiAddNoteMutationVariables>;
export const WiConfirmDocument = {"__meta__":{"hash":"sha256:d5473c62ff203cf84047c2a0d6c860dc65cc666ef9c66992af30900384dac641"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WiConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerWorkItemConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"workItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"confirm"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConfirmation"}}]}}]}}]}}]} as unknown as DocumentNode<WiConfirmMutation, WiConfirmMutationVariables>;
export const WiItemDocument = {"__meta__":{"hash":"sha256:8eb688c03a78a8b498ea2ddacc6e3375de560e68b67467c9937640a352c88704"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiItemQuery, WiItemQueryVariables>;
export const WiPlanDocument = {"__meta__":{"hash":"sha256:cadcd69a07c636eb764580f2d8a1a6a9a94bae0da285125bb90d6c515675566c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WiPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiPlanQuery, WiPlanQueryVariables>;
export const WiItemsPageDocument = {"__meta__":{"hash":"sha256:2ebcd5b131fbf148c20aef9c3dd1398a06ae8bafc0c73264ad1555e90646e235"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WiItemsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2031"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"templateTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WiItemsPageQuery, WiItemsPageQueryVariables>;
export const EvCreatePlanDocument = {"__meta__":{"hash":"sha256:2ffe75c740b40fc1da88d71a56c4295f0ea304ad57e940402e4437f1ea659097"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvCreatePlanMutation, EvCreatePlanMutationVariables>;
export const EvCreateItemDocument = {"__meta__":{"hash":"sha256:15f775530ce3e9a15840e596af5f374db2f3cc2af3e736e7fc00c67c400acb2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvCreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EvCreateItemMutation, EvCreateItemMutationVariables>;
export const EvUploadDocument = {"__meta__":{"hash":"sha256:730e1da8125ae3881d08bc803b55465fe55cdb7fb21a3fea24ff2e71c9258ce8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<EvUploadMutation, EvUploadMutationVariables>;
export const EvItemDocument = {"__meta__":{"hash":"sha256:61eff1294c86e570e952dbb92b477ee0681ebd1382d51a14fc4547449909dd74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvItemQuery, EvItemQueryVariables>;
export const RrCreateRecordDocument = {"__meta__":{"hash":"sha256:4df7cf5d4c79ea7f528bcf95510f39ee288d9f5e52fbeb124966e47664aa8f2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RrCreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"copiedTo"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RrCreateRecordMutation, RrCreateRecordMutationVariables>;
export const RrRecordsDocument = {"__meta__":{"hash":"sha256:8d7e6cbf81cac4215df6c0313d21c8fac2ee0c027f52dc0cf2aa63f65886b3df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RrRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RrRecordsQuery, RrRecordsQueryVariables>;
export const RrRulesDocument = {"__meta__":{"hash":"sha256:87f8a2c0597e7c84b03d01f7cdfacd90b9c605ea214d5b2ac9a802279db066d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RrRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueMonthDay"}},{"kind":"Field","name":{"kind":"Name","value":"appliesToKinds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCopies"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RrRulesQuery, RrRulesQueryVariables>;
export const RrUpdateRuleDocument = {"__meta__":{"hash":"sha256:f27da9ce68d37b9863cf3ea09bdb6d34b6e92f915b9a185a11276fcaa2f5679d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RrUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObligationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObligationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueMonthDay"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RrUpdateRuleMutation, RrUpdateRuleMutationVariables>;
export const RrCreateRuleDocument = {"__meta__":{"hash":"sha256:25c124ca8d7972574d1ae85c45b122bb147cbaf4a445c1786d39c43134f3ed57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RrCreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObligationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObligationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RrCreateRuleMutation, RrCreateRuleMutationVariables>;
export const CrRulesDocument = {"__meta__":{"hash":"sha256:4a74db9308c5e7f195b8a4fce2e866a9c518364689d7e422c6f69cca598fc454"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKind"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}},{"kind":"Field","name":{"kind":"Name","value":"recordKind"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CrRulesQuery, CrRulesQueryVariables>;
export const CrUpdateRuleDocument = {"__meta__":{"hash":"sha256:2e2291217723e0f738b37a27d6101f5bfdac502420637c6e7949c1d0ed577de1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObligationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObligationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CrUpdateRuleMutation, CrUpdateRuleMutationVariables>;
export const CrChannelsDocument = {"__meta__":{"hash":"sha256:51276ea9c653da907150305517675695874be2b26aaad49222b83d6a9423e9e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineChannelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredInTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrChannelsQuery, CrChannelsQueryVariables>;
export const CrCreateChannelDocument = {"__meta__":{"hash":"sha256:c254e153018cea62bdea728c0cdb5edb22641322abc75c5d28a33599b6699ca4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrCreateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOnlineChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnlineChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueOn"}}]}}]}}]}}]} as unknown as DocumentNode<CrCreateChannelMutation, CrCreateChannelMutationVariables>;
export const CmChannelsDocument = {"__meta__":{"hash":"sha256:2db36211ec1267c44c0dff81cce6e7fe1ebcc13fe67de8c4899c74eec62ac268"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CmChannels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnlineChannelFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"launchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmChannelsQuery, CmChannelsQueryVariables>;
export const CmCreateChannelDocument = {"__meta__":{"hash":"sha256:1dd354e40e1296da6c779b614f8fae780737c4cb2f9c0d80b39417cd18622537"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmCreateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOnlineChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnlineChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmCreateChannelMutation, CmCreateChannelMutationVariables>;
export const CmUpdateChannelDocument = {"__meta__":{"hash":"sha256:57924e111bb95131567028b0a96f59fab403ab0df28773f74a987f6d2d0a6ced"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmUpdateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOnlineChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOnlineChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmUpdateChannelMutation, CmUpdateChannelMutationVariables>;
export const CmReviewDocument = {"__meta__":{"hash":"sha256:068b1284e3d96f8028eaea306b7e6bd9311328d6d2eb97d2036292f5a6f9f1ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChannelReviewResult"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findings"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChannelReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"channelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"findings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findings"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmReviewMutation, CmReviewMutationVariables>;
export const CmZeroDocument = {"__meta__":{"hash":"sha256:47ad2e7c2664572d157a6de6bc34076a20661e227225bf85b5b2bb362e71c31a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmZero"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileChannelZeroReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zeroReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmZeroMutation, CmZeroMutationVariables>;
export const CmCasesDocument = {"__meta__":{"hash":"sha256:ef209e72d102237612f1e81534315a1b9210bdf25f70dfb88d038638a09ab30e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CmCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"misconductClass"}},{"kind":"Field","name":{"kind":"Name","value":"isReferred"}},{"kind":"Field","name":{"kind":"Name","value":"referredToBody"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CmCasesQuery, CmCasesQueryVariables>;
export const CmCaseNodeDocument = {"__meta__":{"hash":"sha256:933bc1c2a6a9c03723c7be0d285d611050de1ea1ccdeffd89a61927436d14697"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CmCaseNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MisconductCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<CmCaseNodeQuery, CmCaseNodeQueryVariables>;
export const CmReferDocument = {"__meta__":{"hash":"sha256:040ea4e9249b439531b8fdfb6554bdcca6ea87df755cd222881ef3b6461bd18e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmRefer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referMisconductCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"referenceNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isReferred"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"referredToBody"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}}]}}]}}]}}]} as unknown as DocumentNode<CmReferMutation, CmReferMutationVariables>;
export const CmOutcomeDocument = {"__meta__":{"hash":"sha256:3b9ea00d4262f6c6ffa16c9110da158d6d814bb41d077241167209b7d8e5a244"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CmOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMisconductOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}}]}}]}}]}}]} as unknown as DocumentNode<CmOutcomeMutation, CmOutcomeMutationVariables>;
export const ByClassReportDocument = {"__meta__":{"hash":"sha256:d18c4c6ac2b022c2b08c0627b8d1ece8bd44d56201be380bfee14e57e44d6ffb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ByClassReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"mustBeWarned"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}}]}}]}}]}}]} as unknown as DocumentNode<ByClassReportMutation, ByClassReportMutationVariables>;
export const ByClassMoveDocument = {"__meta__":{"hash":"sha256:fa8f0522e1908a7671a00dd3cab63b0ac425beda581765b7043f0db336f61009"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ByClassMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ByClassMoveMutation, ByClassMoveMutationVariables>;
export const LcReportDocument = {"__meta__":{"hash":"sha256:88c70026eb44f050fb74cd2984b591f604edc839a7791761251bdf1a74027d71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"handlingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LcReportMutation, LcReportMutationVariables>;
export const LcMoveDocument = {"__meta__":{"hash":"sha256:708c203c78ae57bf1171ddb08a07ff7e83f46e16280e6895f1755e23eeadcf10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"handledAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LcMoveMutation, LcMoveMutationVariables>;
export const LcAddItemDocument = {"__meta__":{"hash":"sha256:77a2939a2ce37a947f9cfb38389e636236f8adc18a502e68c3931a5bc32864ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcAddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LcAddItemMutation, LcAddItemMutationVariables>;
export const LcCompleteItemDocument = {"__meta__":{"hash":"sha256:e562b3f0c6035d943eb92943793064e181e6383c249b32d450df8f0f8dbe986c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcCompleteItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rectificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]}}]} as unknown as DocumentNode<LcCompleteItemMutation, LcCompleteItemMutationVariables>;
export const LcRespondDocument = {"__meta__":{"hash":"sha256:0690a7adb3f49b490200c49be57755d51ba7e815f3dce7b1ae3a7680df20296a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"respondedOn"}}]}}]}}]}}]} as unknown as DocumentNode<LcRespondMutation, LcRespondMutationVariables>;
export const LcFilteredDocument = {"__meta__":{"hash":"sha256:5cdeada8cf8aa685342667c01d609cc51b5349bd3948f87cd4f80572ecef1fe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LcFiltered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LcFilteredQuery, LcFilteredQueryVariables>;
export const LcNotificationsDocument = {"__meta__":{"hash":"sha256:a9dfef8c5faaa91f9195a49aa589d374580496572b9dfe1023238bedfe65c47f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LcNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LcNotificationsQuery, LcNotificationsQueryVariables>;
export const PbtRisksDocument = {"__meta__":{"hash":"sha256:d1090f2bbeeee300d53b7dcc02b710595f3c4220890709accf30fe4c9d38b2d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PbtRisks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PbtRisksQuery, PbtRisksQueryVariables>;
export const PbtChannelsDocument = {"__meta__":{"hash":"sha256:abd61fdcedd1371af9a5685a8dc66d80bece1295a769d10a60dcab83a3aa1a56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PbtChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PbtChannelsQuery, PbtChannelsQueryVariables>;
export const PbtDistrictChannelsDocument = {"__meta__":{"hash":"sha256:7992eb579835638f0c901c12380e03c4e262335471a80a301f0689ae2c6f1472"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PbtDistrictChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PbtDistrictChannelsQuery, PbtDistrictChannelsQueryVariables>;
export const PbtCasesDocument = {"__meta__":{"hash":"sha256:4f22e244c3e7decf32b39837d698ccb59880d57fe7d652f55055889cc5b19a10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PbtCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"misconductCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PbtCasesQuery, PbtCasesQueryVariables>;
export const PbtNodesDocument = {"__meta__":{"hash":"sha256:bda7767632c176a73de14ea747699b3c25d18c30101ae150facce5ffdfb4b01f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PbtNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PbtNodesQuery, PbtNodesQueryVariables>;
export const StRiskListDocument = {"__meta__":{"hash":"sha256:3e51c1601467c3afa6a7876ad1a76dec7544f0394f28dd43c159fc1ac731cf8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StRiskList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"handledInTime"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StRiskListQuery, StRiskListQueryVariables>;
export const StChannelsDocument = {"__meta__":{"hash":"sha256:c32459efbda59dd3d642f87be908b1661a30e34b30d3a351937e49bf1c676a31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StChannels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlineChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StChannelsQuery, StChannelsQueryVariables>;
export const ZrListDocument = {"__meta__":{"hash":"sha256:024def2cba91d7da7534516e39febb78772af909f31cf52d52611d740cb7a4ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZrList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelZeroReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSuperseded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ZrListQuery, ZrListQueryVariables>;
export const CrossNodeDocument = {"__meta__":{"hash":"sha256:e50a4611f8544f5a2140ec253c7d030e1fe769574db2ef72328b5c21ba5bbe54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Duty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CrossNodeQuery, CrossNodeQueryVariables>;
export const CrossFilterDocument = {"__meta__":{"hash":"sha256:afc8cc79216738b5361be4839346e4e980bc93931a6310e5655d85fb063cb996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subtreeOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subtree"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossFilterQuery, CrossFilterQueryVariables>;
export const CrossDutiesDocument = {"__meta__":{"hash":"sha256:15f580fcf60ec5bc0adcfbb526bfd027f214bf3ef61845a1d22c7036a5d7b087"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossDuties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CrossDutiesQuery, CrossDutiesQueryVariables>;
export const CrossCoverageDocument = {"__meta__":{"hash":"sha256:fe0f86c548ce15ac145be14c2c7eb3e3aa8035017b1954369009df21bf7677cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uncoveredCount"}}]}}]}}]} as unknown as DocumentNode<CrossCoverageQuery, CrossCoverageQueryVariables>;
export const CrossRenameDocument = {"__meta__":{"hash":"sha256:9821a9cd8767b19e449942f5619ca889d4aaf48fe21a97eb94b84bbe1bb8280e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"篡改","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CrossRenameMutation, CrossRenameMutationVariables>;
export const CrossAppointDocument = {"__meta__":{"hash":"sha256:e92b31bda7f0096c09a5322ec81938af6f41e136e2b776abf10e5cfae1cca0bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrossAppointMutation, CrossAppointMutationVariables>;
export const CrossViewerDocument = {"__meta__":{"hash":"sha256:b3f953571e8ed510cbecce79031fd5cc2cab053d019135f8f77c15d27a45e05a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossViewerQuery, CrossViewerQueryVariables>;
export const CrossInspectionDocument = {"__meta__":{"hash":"sha256:edbbfeb9d12b802c2c7ce71b5e63efd91a761065dea86cae042b49013fdff96e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DistrictInspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<CrossInspectionQuery, CrossInspectionQueryVariables>;
export const CrossAnswerDocument = {"__meta__":{"hash":"sha256:f62e0f6e98ef908e57d5179fb0e3159e861b3fced47103c718661140e73f46ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrossAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInspectionFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"findingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"answer"},"value":{"kind":"StringValue","value":"篡改","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrossAnswerMutation, CrossAnswerMutationVariables>;
export const IfCreatePersonDocument = {"__meta__":{"hash":"sha256:a4ea915572397519202b5f3dfe75c07eb96a692d10dcf21613490e92ca54e05d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IfCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IfCreatePersonMutation, IfCreatePersonMutationVariables>;
export const IfAppointDocument = {"__meta__":{"hash":"sha256:e312598ca33a6f2b3c934dcfd3565469f6115e49a783c2450b5bdecaf4561ccc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IfAppoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointToPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointToPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IfAppointMutation, IfAppointMutationVariables>;
export const IfEndPostDocument = {"__meta__":{"hash":"sha256:0b16405bfbd97ebdea1e397504459de5eeb2dd9fdb55f4e5072172d8be680575"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IfEndPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IfEndPostMutation, IfEndPostMutationVariables>;
export const IfTeamDocument = {"__meta__":{"hash":"sha256:2c483491bd1e8b03ecd7e9249aa7b8ca9c27a6e29986acb9fe8640ce4094473a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IfTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IfTeamQuery, IfTeamQueryVariables>;
export const IfPersonPostsDocument = {"__meta__":{"hash":"sha256:27677542129168c868fb9d6a531ceace6c148c87cfef5c1dd87157890197ac62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IfPersonPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IfPersonPostsQuery, IfPersonPostsQueryVariables>;
export const IfMeDocument = {"__meta__":{"hash":"sha256:e8f24d5c4e956f1e785c5ec3da118bc09345d60ed92742f2f0130e3c2975eab2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IfMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<IfMeQuery, IfMeQueryVariables>;
export const IfCoverageDocument = {"__meta__":{"hash":"sha256:0c5e4fcb4d40149b864606de0f86915d25ca4b8343750249400eed780c1b50f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IfCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uncoveredUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IfCoverageQuery, IfCoverageQueryVariables>;
export const IfCreateAssessmentDocument = {"__meta__":{"hash":"sha256:19621b3d77791a93e58667f4a4739d6807d54e0f2725886d5a32a56b0b043714"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IfCreateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IfCreateAssessmentMutation, IfCreateAssessmentMutationVariables>;
export const PropTrainingCountsDocument = {"__meta__":{"hash":"sha256:54016412ac0fc1b293572ad19237e9e151023e384831f8f5febcd0ddab09b536"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropTrainingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropTrainingCountsQuery, PropTrainingCountsQueryVariables>;
export const LeakTrainingsDocument = {"__meta__":{"hash":"sha256:9a4c7238aef56ac5f11b18dd90352fd1e0778d6f056dcd5d903218950a6270dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeakTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeakTrainingsQuery, LeakTrainingsQueryVariables>;
export const LeakSubtreeUnitsDocument = {"__meta__":{"hash":"sha256:fa5e8d8aa25bba549fef4364842cd2a979f0d1b8d223e9e0d0154f3e129aa99c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeakSubtreeUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subtreeOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeakSubtreeUnitsQuery, LeakSubtreeUnitsQueryVariables>;
export const LeakSubtreeWorkItemsDocument = {"__meta__":{"hash":"sha256:efd32a9b3ea0c48dff38206872a99563e1dbd5221588f986f135771cf5e957df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeakSubtreeWorkItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subtreeOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LeakSubtreeWorkItemsQuery, LeakSubtreeWorkItemsQueryVariables>;
export const PropertyTreeDocument = {"__meta__":{"hash":"sha256:f7ac68ed82a75e6f26078e16e6456daaa9bf6586f04bce922ac0c041ed4009f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopeUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyTreeQuery, PropertyTreeQueryVariables>;
export const PropertyNodeDocument = {"__meta__":{"hash":"sha256:1fd6f5e5df9742439b6a841d270c9bf655682008b80adc8a9e28639e05e0b439"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PropertyNodeQuery, PropertyNodeQueryVariables>;
export const HostileChangePasswordDocument = {"__meta__":{"hash":"sha256:f1b3ac7ce7a61ba243d747058d0dc31e9a0aa3ae804b3d12d235f280df7e324c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<HostileChangePasswordMutation, HostileChangePasswordMutationVariables>;
export const HostileExportsDocument = {"__meta__":{"hash":"sha256:ac97e1209e7f634490b2fe65487787f3db8e7335dd59a4d40b7c5aec4519cf6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"f"},"name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<HostileExportsMutation, HostileExportsMutationVariables>;
export const TrustedLoginDocument = {"__meta__":{"hash":"sha256:7f42b500ac2a2f1b0b5a42bcc434fb95d76035003de7a2b5fd50871bb79abe06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<TrustedLoginMutation, TrustedLoginMutationVariables>;
export const TrustedUnitsDocument = {"__meta__":{"hash":"sha256:6c18e06a87bb19004910d95bf2d4ac8d97b237c0d4c7729c024dfb32af584aa4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TrustedUnitsQuery, TrustedUnitsQueryVariables>;