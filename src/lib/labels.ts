import type {
  AccountabilityMeasure, RiskSeverity, AccountabilitySourceType, AssessmentGrade, AssessmentStatus, ChannelReviewResult, DistrictRole, DutyKind, IndicatorSetPurpose, IndicatorSetStatus,
  MisconductClass, MisconductVenue, ObligationPeriod, OnlineChannelKind, OnlineChannelStatus, OrgUnitKind, RiskClass, RiskMechanism,
  RiskSource, RiskStage, WorkItemStatus, WorkRecordKind,
} from '../generated/prisma/enums.js';

/**
 * The one table of Chinese terms for enum values (issue 21 item 9): what officials read in ledgers,
 * error messages, rule names, notifications and GraphQL descriptions. Every place that shows an enum
 * in Chinese reads it here; the Chinese half of a message names no English code.
 */
export const ORG_UNIT_KIND_NAMES: Record<OrgUnitKind, string> = {
  BUREAU_COMMITTEE: '局党委',
  PARTY_COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  RESOURCE_OFFICE: '自然资源所',
  SUB_BUREAU: '分局',
  DIRECT_UNIT: '直属单位',
  DEPARTMENT: '科室',
};

export const DUTY_KIND_NAMES: Record<DutyKind, string> = {
  FIRST_RESPONSIBLE: '第一责任人',
  DIRECT_RESPONSIBLE: '直接责任人',
  DUAL_DUTY: '一岗双责',
};

export const WORK_ITEM_STATUS_NAMES: Record<WorkItemStatus, string> = {
  PLANNED: '未开始',
  IN_PROGRESS: '推进中',
  DONE: '已完成',
  CANCELLED: '已取消',
};

/** A post's or duty's state on a day (src/authz/in-force.ts): in force, ended by then, or starting later. */
export const IN_FORCE_STATE_NAMES = { ACTIVE: '在任', ENDED: '已终止', PENDING: '未生效' } as const;

export const WORK_RECORD_KIND_NAMES: Record<WorkRecordKind, string> = {
  COMMITTEE_STUDY: '党委专题研究',
  SPECIAL_REPORT: '向上级党委专题汇报',
  INTERNAL_BRIEFING: '党内通报',
  PERIODIC_ANALYSIS: '分析研判',
  INSPECTION: '专项督查',
  ANNUAL_RESPONSIBILITY_REPORT: '责任制落实情况专题汇报',
  DEMOCRATIC_LIFE_MEETING: '民主生活会',
  ORGANISATION_LIFE_MEETING: '组织生活会',
  DUTY_REPORT: '述职报告',
  INTERNAL_INSPECTION: '局内督查',
};

export const DISTRICT_ROLE_NAMES: Record<DistrictRole, string> = {
  DISTRICT_COMMITTEE: '区委',
  PROPAGANDA_DEPARTMENT: '区委宣传部',
  CYBERSPACE_OFFICE: '区委网信办',
  DISCIPLINE_INSPECTION: '区纪委监委',
  ORGANISATION_DEPARTMENT: '区委组织部',
};

export const OBLIGATION_PERIOD_NAMES: Record<ObligationPeriod, string> = {
  YEAR: '每年',
  HALF_YEAR: '每半年',
  QUARTER: '每季度',
  MONTH: '每月',
};

/** Where a rule stands for a unit (src/modules/obligations computes it). */
export type ComplianceStatus = 'MET' | 'LATE' | 'DUE_SOON' | 'OVERDUE' | 'NOT_YET_DUE' | 'AWAITING_DISTRICT';

export const COMPLIANCE_STATUS_NAMES: Record<ComplianceStatus, string> = {
  MET: '已落实',
  LATE: '逾期完成',
  DUE_SOON: '即将到期',
  OVERDUE: '已逾期',
  NOT_YET_DUE: '未到期',
  AWAITING_DISTRICT: '待区级开展',
};

/** The status filter of the compliance ledgers (unit and district): each status, or all of them. */
export const COMPLIANCE_STATUS_FILTERS = { ...COMPLIANCE_STATUS_NAMES, ALL: '全部' } as const;

export const RISK_SOURCE_NAMES: Record<RiskSource, string> = {
  MAJOR_EVENT: '重大事件',
  IMPORTANT_SITUATION: '重要情况',
  PUBLIC_OPINION: '社情民意、舆情',
  ONLINE: '网络',
  INTERNAL: '单位内部',
  OTHER: '其他',
};

export const RISK_MECHANISM_NAMES: Record<RiskMechanism, string> = {
  RISK_JUDGEMENT: '风险研判',
  DECISION_RISK_ASSESSMENT: '决策风险评估',
  PREVENTION_COORDINATION: '风险防控协同',
  PREVENTION_RESPONSIBILITY: '风险防控责任',
};

export const RISK_CLASS_NAMES: Record<RiskClass, string> = {
  POLITICAL_PRINCIPLE: '政治原则问题',
  IDEOLOGICAL_UNDERSTANDING: '思想认识问题',
  ACADEMIC_VIEWPOINT: '学术观点问题',
};

/**
 * 风险等级: one scale for risks, the risk-handling rules and notifications (一般 < 较大 < 重大 < 特别重大,
 * the usual four-level scale of 突发事件/风险分级).
 */
export const RISK_SEVERITY_NAMES: Record<RiskSeverity, string> = { LOW: '一般', MEDIUM: '较大', HIGH: '重大', CRITICAL: '特别重大' };

export const RISK_STAGE_NAMES: Record<RiskStage, string> = {
  MONITORED: '动态监测',
  ASSESSED: '精准研判',
  WARNED: '及早预警',
  HANDLED: '妥善处置',
  CLOSED: '销号',
  DISMISSED: '排除',
};

export const ONLINE_CHANNEL_KIND_NAMES: Record<OnlineChannelKind, string> = {
  WEBSITE: '网站',
  WECHAT_OFFICIAL: '微信公众号',
  WEIBO: '微博',
  SHORT_VIDEO: '短视频账号',
  OTHER: '其他',
};

export const ONLINE_CHANNEL_STATUS_NAMES: Record<OnlineChannelStatus, string> = {
  ACTIVE: '正常运行',
  DORMANT: '停更',
  CLOSED: '已关停',
};

/** Where a channel stands against the registration rule (src/modules/channels computes it). */
export type ChannelRegistrationStatus = 'REGISTERED_ON_TIME' | 'REGISTERED_LATE' | 'PENDING' | 'OVERDUE';

export const CHANNEL_REGISTRATION_STATUS_NAMES: Record<ChannelRegistrationStatus, string> = {
  REGISTERED_ON_TIME: '按时备案',
  REGISTERED_LATE: '逾期备案',
  PENDING: '待备案',
  OVERDUE: '逾期未备案',
};

export const CHANNEL_REVIEW_RESULT_NAMES: Record<ChannelReviewResult, string> = {
  PASSED: '未发现问题',
  ISSUES_FOUND: '发现问题',
};

export const MISCONDUCT_VENUE_NAMES: Record<MisconductVenue, string> = {
  MEDIA: '媒体',
  INTERNET: '互联网',
  PUBLICATION: '出版物',
  LECTURE_FORUM: '讲座论坛等公开场合',
};

export const MISCONDUCT_CLASS_NAMES: Record<MisconductClass, string> = {
  AGAINST_CENTRAL_LINE: '发表同党中央精神相违背的言论',
  DISPARAGING_POLICY: '非议党的理论和路线方针政策及重大决策部署',
  POLITICAL_RUMOUR: '散布传播政治谣言',
};

export const ASSESSMENT_STATUS_NAMES: Record<AssessmentStatus, string> = {
  DRAFT: '草稿',
  FINAL: '定稿',
};

export const ASSESSMENT_GRADE_NAMES: Record<AssessmentGrade, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  FAIR: '一般',
  POOR: '较差',
};

export const ACCOUNTABILITY_MEASURE_NAMES: Record<AccountabilityMeasure, string> = {
  REMINDER: '提醒',
  CRITICISM_EDUCATION: '批评教育',
  WRITTEN_SELF_EXAMINATION: '责令作出书面检查',
  CIRCULATED_CRITICISM: '通报批评',
  ORGANISATIONAL_HANDLING: '组织处理',
  DISCIPLINARY_SANCTION: '纪律处分',
};

/** 决定事项: what a decider decides (src/authz/deciders.ts): the assessment steps and the measures. */
export const DECISION_NAMES: Record<'OPEN_ASSESSMENT' | 'SCORE_ASSESSMENT' | 'GRADE_ASSESSMENT' | 'OPEN_RATING_ROUND' | AccountabilityMeasure, string> = {
  OPEN_ASSESSMENT: '启动考核',
  SCORE_ASSESSMENT: '考核评分',
  GRADE_ASSESSMENT: '评定考核等次',
  OPEN_RATING_ROUND: '启动干部职工评议',
  ...ACCOUNTABILITY_MEASURE_NAMES,
};

export const ACCOUNTABILITY_SOURCE_NAMES: Record<AccountabilitySourceType, string> = {
  RISK: '风险隐患',
  MISCONDUCT_CASE: '违规言行案件',
  WORK_ITEM: '工作任务',
};

/** 指标体系用途 (issue 21 item 4): whose yardstick a set is. */
export const INDICATOR_SET_PURPOSE_NAMES: Record<IndicatorSetPurpose, string> = {
  BUREAU_TEAM: '局领导班子及成员考核（区委组织部制定）',
  INTERNAL: '局内考核',
};

export const INDICATOR_SET_STATUS_NAMES: Record<IndicatorSetStatus, string> = {
  PROPOSED: '待审批',
  ACTIVE: '现行',
  SUPERSEDED: '已被替代',
};

/** Heavy work and whose slots are full (RATE_LIMITED messages of src/lib/heavy-work.ts). */
export const HEAVY_WORK_NAMES = { import: '导入', export: '导出', account: '本账号', scope: '本单位' } as const;
