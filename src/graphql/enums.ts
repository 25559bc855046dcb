import { builder } from '../builder.js';
import { HANDLING_DAYS } from '../modules/risks/lifecycle.js';

/** Enums that the schema files of several modules use: defined once here, not imported from one module's schema by another. */

export const RiskSeverityEnum = builder.enumType('RiskSeverity', {
  description: `风险等级 (severity); the handling deadline follows from it: ${Object.entries(HANDLING_DAYS).map(([s, d]) => `${s} ${d} day(s)`).join(', ')}`,
  values: {
    LOW: { description: '一般 (low): handled within 15 days' },
    MEDIUM: { description: '较大 (medium): within 7 days' },
    HIGH: { description: '重大 (high): within 3 days' },
    CRITICAL: { description: '特别重大 (critical): within 1 day; reporting it warns everyone responsible at once' },
  },
});

export const WorkRecordKindEnum = builder.enumType('WorkRecordKind', {
  description: '台账类别 (kind of work record)',
  values: {
    COMMITTEE_STUDY: { description: '党委专题研究意识形态工作 (committee special study; task 5)' },
    SPECIAL_REPORT: { description: '向上级党委专题汇报 (special report to the committee above; task 5)' },
    INTERNAL_BRIEFING: { description: '党内通报意识形态领域情况 (internal briefing on the ideological field; task 6)' },
    PERIODIC_ANALYSIS: { description: '意识形态领域分析研判 (periodic analysis and judgement; task 6)' },
    INSPECTION: { description: '接受专项督查 (special inspection received; task 11)' },
    ANNUAL_RESPONSIBILITY_REPORT: { description: '贯彻意识形态工作责任制情况专题汇报 (annual responsibility report, before 12-10; IV.1)' },
    DEMOCRATIC_LIFE_MEETING: { description: '局领导班子民主生活会 (democratic life meeting of the bureau committee\'s team; IV.2)' },
    ORGANISATION_LIFE_MEETING: { description: '组织生活会 (organisation life meeting of a committee or branch below the bureau committee; a local rule)' },
    DUTY_REPORT: { description: '述职报告 (duty report of a team member; IV.2)' },
    INTERNAL_INSPECTION: { description: '局内督查 (the bureau\'s own inspection of its units; a local record kind, not 三(三)11\'s 专项督查)' },
  },
});

export const ComplianceStatusEnum = builder.enumType('ComplianceStatus', {
  description: '落实情况 (compliance status of a rule for a unit, as of a date)',
  values: {
    MET: { description: '已落实 (enough records count, dated on or before the due day, in every period begun so far)' },
    LATE: { description: '逾期完成 (done, but only with records dated after the due day of a period)' },
    DUE_SOON: { description: '即将到期 (not met; due within 30 days)' },
    OVERDUE: { description: '已逾期 (not met after the due date of a period)' },
    NOT_YET_DUE: { description: '未到期 (not met yet; due later than 30 days ahead)' },
    AWAITING_DISTRICT: { description: '待区级开展 (not met, and it is the district\'s to do: 三(三)11\'s 专项督查 by 区委宣传部; the bureau is not overdue)' },
  },
});

export const ChannelReviewResultEnum = builder.enumType('ChannelReviewResult', {
  description: '审核结论 (result of a content review)',
  values: {
    PASSED: { description: '未发现问题 (no issues found)' },
    ISSUES_FOUND: { description: '发现问题 (issues found; findings say which)' },
  },
});

export const DistrictRoleEnum = builder.enumType('DistrictRole', {
  description: '区级角色 (district role)',
  values: {
    DISTRICT_COMMITTEE: { description: '区委 (district committee)' },
    PROPAGANDA_DEPARTMENT: { description: '区委宣传部 (district propaganda department)' },
    CYBERSPACE_OFFICE: { description: '区委网信办 (district cyberspace affairs office)' },
    DISCIPLINE_INSPECTION: { description: '纪检监察 (discipline inspection and supervision)' },
    ORGANISATION_DEPARTMENT: { description: '区委组织部 (district organisation department: cadre assessment and organisational handling)' },
  },
});

export const OrgUnitKindEnum = builder.enumType('OrgUnitKind', {
  description: '组织单元类型 (kind of organisation unit)',
  values: {
    BUREAU_COMMITTEE: { description: '局党委 (the bureau\'s party committee, root of its tree)' },
    PARTY_COMMITTEE: { description: '党委 (party committee, e.g. 大丰林场党委, 局机关党委)' },
    GENERAL_BRANCH: { description: '党总支部 (general party branch)' },
    BRANCH: { description: '党支部 (party branch)' },
    RESOURCE_OFFICE: { description: '自然资源所 (natural-resources office of a town)' },
    SUB_BUREAU: { description: '分局 (sub-bureau)' },
    DIRECT_UNIT: { description: '直属单位 (directly affiliated unit)' },
    DEPARTMENT: { description: '科室 (an internal department of the bureau, e.g. 办公室, 规划科; directly under the bureau committee, holds no units)' },
  },
});

export const PostRoleEnum = builder.enumType('PostRole', {
  description: '职务类别 (kind of post)',
  values: {
    SECRETARY: { description: '书记 (secretary; always the first responsible person)' },
    DEPUTY_SECRETARY: { description: '副书记 (deputy secretary; a leadership team member)' },
    COMMITTEE_MEMBER: { description: '委员 (committee member; a leadership team member)' },
    MEMBER: { description: '一般人员 (member or staff; not in the leadership team)' },
  },
});
