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
