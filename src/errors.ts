import { GraphQLError } from 'graphql';

/**
 * Every error a client can cause, with a stable code in `extensions.code`. Front-end teams switch
 * on these codes; the schema documents them in the `ErrorCode` enum. Anything else is masked by
 * yoga as "Unexpected error."
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: '未登录或登录已失效 (not signed in, or the token is invalid or expired)',
  INVALID_CREDENTIALS: '用户名或密码错误 (wrong username or password)',
  PASSWORD_CHANGE_REQUIRED: '请先修改初始密码 (sign-in with a one-time password: change it with changePassword before anything else)',
  WEAK_PASSWORD: '密码不符合要求 (the new password breaks a password rule; extensions.reason says which)',
  USERNAME_TAKEN: '用户名已被使用 (an account with that username exists)',
  BUREAU_CODE_TAKEN: '局代码已被使用 (a bureau with that code exists)',
  DISTRICT_EXISTS: '该区已建立 (the district has already been set up)',
  FORBIDDEN: '无权限 (the viewer may not do this)',
  NOT_FOUND: '不存在或无权查看 (no such record, or not visible to the viewer)',
  BAD_USER_INPUT: '输入不合法 (input fails validation)',
  CONFLICT: '并发冲突 (a concurrent change won; retry)',
  QUERY_TOO_COMPLEX: '查询过于复杂 (over the depth, alias, token, cost or directive limits)',
  RATE_LIMITED: '请求过于频繁，请稍后再试 (too many failed attempts; retry after extensions.retryAfter seconds, also sent as the Retry-After header)',
  INVALID_CHARACTERS: '文本含不允许的字符 (text holds a NUL, a lone surrogate or a bidirectional control character; extensions.reason says which)',
  LIST_TOO_LONG: '列表参数过长 (a list argument holds more items than its limit; extensions.argument and extensions.limit say which and how many)',
  PAYLOAD_TOO_LARGE: '请求体过大 (request body over the size limit)',
  BAD_REQUEST: '请求格式错误 (malformed HTTP request or JSON, or too many batched operations)',
  PERSISTED_DOCUMENT_NOT_FOUND: '未知的文档编号 (no trusted document has this documentId; rebuild the client with the server\'s manifest)',
  PERSISTED_DOCUMENTS_ONLY: '本服务只执行已登记的文档 (this server runs trusted documents only: send documentId, not query)',
  GRAPHQL_PARSE_FAILED: '语法错误 (the operation is not valid GraphQL)',
  GRAPHQL_VALIDATION_FAILED: '校验失败 (the operation does not match the schema)',
  INTERNAL_SERVER_ERROR: '服务器内部错误 (not the client\'s fault; details are logged, not shown)',
  // Organisation tree
  UNIT_NOT_EMPTY: '单元下仍有在用下级或在任人员 (the unit still has active children or posts)',
  INVALID_MOVE: '不能移动到自身或下级之下 (a unit cannot move under itself or its descendants)',
  UNIT_KIND_NOT_ALLOWED: '该类型的组织不能隶属于此上级 (a unit of this kind cannot hang under that parent: nothing under a 党支部 or a 科室, a 科室 only directly under the 局党委)',
  NOT_COMMITTEE_UNIT: '非党组织单元无领导班子 (only committee-level units have a leadership team)',
  POST_ALREADY_HELD: '该人员已在此单元任职 (the person already holds a post in this unit)',
  // The seven rules of the responsibility system (DOMAIN.md §2)
  FIRST_RESPONSIBLE_NOT_SECRETARY: '规则1: 第一责任人必须是书记 (rule 1: the first responsible person is the secretary)',
  FIRST_RESPONSIBLE_REQUIRED: '规则1: 班子必须有书记任第一责任人 (rule 1: a team needs its secretary as first responsible person)',
  DIRECT_RESPONSIBLE_TAKEN: '规则2: 已有直接责任人 (rule 2: the unit already has a direct responsible person)',
  DIRECT_RESPONSIBLE_IS_SECRETARY: '规则2: 直接责任人不能是书记 (rule 2: the secretary cannot be direct responsible person)',
  DIRECT_RESPONSIBLE_REQUIRED: '规则2: 局党委、党委须有直接责任人 (rule 2: bureau and party committees need one)',
  DUTY_HOLDER_NOT_TEAM_MEMBER: '规则2/5: 责任须由班子在任成员承担 (rules 2/5: duties rest on an active team post)',
  MEMBER_WITHOUT_DUTY: '规则3: 班子成员须承担"一岗双责" (rule 3: every other team member holds a duty)',
  DUAL_DUTY_EMPTY_SCOPE: '规则3: "一岗双责"范围不能为空 (rule 3: a dual duty needs a non-empty scope)',
  SCOPE_OUTSIDE_SUBTREE: '规则4: 责任范围只能是本单位及下级 (rule 4: scope units lie in the unit\'s own subtree)',
  DUPLICATE_DUTY: '规则5: 同一人在同一单位只能承担一项责任 (rule 5: one duty per person and unit)',
  HISTORY_IMMUTABLE: '规则6: 已结束的任职与责任不可修改 (rule 6: ended posts and duties are history)',
  HISTORY_OVERLAP: '任职或责任的日期与已有记录重叠：同一天一个单位只能有一名书记、一名第一责任人、一名直接责任人，一人在一个单位只能有一项任职和一项责任 (the dates overlap recorded history: on no day two secretaries, first or direct responsible people of one unit, nor two posts or duties of one person in one unit)',
  AUDIT_APPEND_ONLY: '审计日志只能追加 (the audit trail is append-only)',
  // Risks, online channels, misconduct (plan tasks 6, 7, 12, 13, 14)
  ILLEGAL_TRANSITION: '风险流转不合规 (the risk lifecycle does not allow this move; extensions.allowed lists the moves that are)',
  RECTIFICATIONS_OPEN: '整改事项未完成，不能销号 (a risk with open rectification items cannot be closed)',
  RISK_NOT_HANDLED: '风险尚未处置 (rectification items hang off a handled risk)',
  REVIEWER_OUTSIDE_TENANT: '审核人须为本局人员 (the content reviewer must be a person of the owner unit\'s bureau)',
  CHANNEL_ACCOUNT_TAKEN: '该网络阵地已登记 (a channel of this kind and account is already in the bureau\'s ledger — possibly under a unit the caller cannot see; nothing else about it is disclosed)',
  UNIT_HAS_CHANNEL: '本单位有网络阵地，不能零报告 (a unit that runs an online channel cannot file a zero report)',
  FINDING_ALREADY_ANSWERED: '该问题已答复整改情况 (the bureau has already answered this finding of the inspection)',
  ZERO_REPORT_EXISTS: '本期已零报告 (the unit already filed a zero report for this period)',
  ALREADY_REFERRED: '案件已移交 (the case was already referred to the discipline inspection body)',
  NOT_REFERRED: '案件尚未移交 (the case has not been referred yet)',
  // Assessment and accountability (task 10, IV.2, IV.3)
  INDICATOR_WEIGHTS_NOT_100: '指标权重之和必须为100 (the weights of an indicator set must sum to exactly 100)',
  INDICATOR_SET_IMMUTABLE: '指标体系发布后不可修改，请发布新版本 (indicator definitions never change; define a new version)',
  NO_INDICATOR_SET: '该年度尚无适用的考核指标体系 (no indicator set in force for that year and purpose)',
  WORK_ITEM_NOT_PENDING: '该工作事项不在待确认状态 (the work item is not waiting for confirmation)',
  INDICATOR_SET_NOT_PROPOSED: '该指标体系版本不是待审批的局领导班子考核指标建议 (only a proposed version of a bureau team\'s set can be approved)',
  ASSESSMENT_EXISTS: '该年度考核已存在 (an assessment for that subject and year already exists)',
  ASSESSMENT_FINAL: '考核已定稿，只能通过更正记录修改 (the assessment is final: change it through an amendment)',
  ASSESSMENT_NOT_FINAL: '考核尚未定稿，请直接修改 (the assessment is still a draft: edit it directly)',
  ASSESSMENT_INCOMPLETE: '手工评分指标尚未全部填写 (manual indicators still lack values)',
  RATING_OUT_OF_SCALE: '评议分值超出量表范围 (the rating lies outside the set\'s scale)',
  RATING_ROUND_CLOSED: '评议未开放：没有进行中的评议轮次 (no open rating round for this assessment: ratings are given while a round is open)',
  RATING_ROUND_EXISTS: '该单位本年度已有评议轮次 (the unit already has a rating round for the year)',
  NOT_THE_DECIDER: '无权决定：须由上级党组织或有权机关决定 (no one judges their superior or their own team: the body above, or the body empowered to impose it, decides; extensions.decidedBy says who)',
  ACCOUNTABILITY_OUTSIDE_SCOPE: '问责对象不在本人管理范围内 (the subject is not under a committee the recorder leads)',
  // Annual plan, work items, records, evidence
  PLAN_ALREADY_EXISTS: '该年度计划已存在 (the bureau already has a plan for that year)',
  DUE_DATE_OUTSIDE_PLAN_YEAR: '完成时限须在计划年度内 (a work item is due within its plan\'s year)',
  INVALID_STATUS_TRANSITION: '任务状态不能如此变更 (that status change is not allowed, e.g. out of CANCELLED)',
  CANCEL_REASON_REQUIRED: '取消任务须说明理由 (cancelling or reopening a work item needs a reason)',
  PLAN_RULE_WEAKENED: '方案规定的规定动作不得降低要求 (a rule the plan states cannot be weakened: see PLAN_RULE_FIXED_FIELDS)',
  RECORD_PERSON_NOT_TEAM_MEMBER: '述职人须为该单位班子成员 (a per-person record names a member of the unit\'s leadership team)',
  RECORD_PERSON_REQUIRED: '述职报告须注明述职人 (a duty report names the team member whose report it is)',
  RECORD_KIND_NOT_FOR_UNIT: '民主生活会由局领导班子召开，局党委以下党组织登记组织生活会 (a democratic life meeting is the bureau committee team\'s; committees and branches below it record an organisation life meeting)',
  RECORD_DATE_IN_FUTURE: '台账日期不能晚于今天 (a work record cannot be dated in the future)',
  REPORTING_YEAR_REFUSED: '所属年度不能晚于填报年度，也不能早于本局成立年度 (a record\'s reporting year is neither after the year it is filed in nor before the bureau existed)',
  RULE_EFFECTIVE_YEAR_REFUSED: '规则修改只能自本年度或以后年度起生效 (a rule edit takes effect from the current year or a later one; a closed year keeps its rules)',
  PLAN_RULE_FIXED: '方案规定的次数和时限由方案确定，本局不得降低或变更 (the plan\'s own counts and dates cannot be lowered or moved; add a stricter internal date or a local rule instead)',
  FILE_TOO_LARGE: '文件超过大小限制 (the file exceeds the upload size limit)',
  ORG_CHART_UNREADABLE: '不是可读取的 Excel 工作簿 (the file is not a readable XLSX workbook)',
  ORG_CHART_OLD_EXCEL_FORMAT: '这是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 格式后再上传 (this is an old .xls workbook: save it as .xlsx and upload that)',
  WORKBOOK_TOO_LARGE: '工作簿解压后超过限制 (the workbook, unpacked, exceeds a limit: parts, bytes, sheets, rows, cells, columns, shared strings or expanded ranges; extensions.limit and extensions.max say which)',
  FILE_TYPE_REFUSED: '不允许的文件类型 (the file type is not on the allow-list, or its content does not match it)',
  // Exports (台账导出)
  LEDGER_UNAVAILABLE: '该台账暂不可导出 (the ledger is not available for export yet)',
  EXPORT_LINK_INVALID: '下载链接无效或被篡改 (the download link is malformed or its signature does not match)',
  EXPORT_LINK_EXPIRED: '下载链接已过期 (the download link has expired; request a new export)',
  ONE_TIME_PASSWORDS_DOWNLOADED: '一次性密码表已下载过，不能再次下载；如需新密码，请重置密码 (the one-time password sheet was downloaded already and is gone; reset the passwords to get new ones)',
  EXPORT_LINK_SESSION_ENDED: '下载链接已随登录会话失效 (the download link ended with the session it was requested in: the account was disabled, or its password reset or changed; sign in and request a new export)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The rule of DOMAIN.md §2 that an error code enforces, when it enforces one. */
const RULE_OF: Partial<Record<ErrorCode, number>> = {
  FIRST_RESPONSIBLE_NOT_SECRETARY: 1,
  FIRST_RESPONSIBLE_REQUIRED: 1,
  DIRECT_RESPONSIBLE_TAKEN: 2,
  DIRECT_RESPONSIBLE_IS_SECRETARY: 2,
  DIRECT_RESPONSIBLE_REQUIRED: 2,
  DUTY_HOLDER_NOT_TEAM_MEMBER: 5,
  MEMBER_WITHOUT_DUTY: 3,
  DUAL_DUTY_EMPTY_SCOPE: 3,
  SCOPE_OUTSIDE_SUBTREE: 4,
  DUPLICATE_DUTY: 5,
  HISTORY_IMMUTABLE: 6,
};

export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, extra: Record<string, unknown> = {}) {
    const rule = RULE_OF[code];
    super(message ?? ERROR_CODES[code], {
      extensions: { code, ...(rule ? { rule } : {}), ...extra },
    });
    this.code = code;
  }
}

export const notFound = (what = 'record') => new DomainError('NOT_FOUND', `${what} not found`);

/**
 * Errors raised by the database's rule triggers carry `zeren:<CODE>`; unique-index violations on
 * the `_rule` indexes carry their index name. Both become the same typed errors the services raise,
 * so a race that slips past a check in code still reaches the client as the rule it broke.
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  const text = collectMessages(error);
  const coded = /zeren:([A-Z][A-Z0-9_]*)/.exec(text);
  if (coded && coded[1] && coded[1] in ERROR_CODES) return new DomainError(coded[1] as ErrorCode);
  if (/(Post|Duty)_(no_overlap|one_secretary_per_day|one_first_responsible_per_day|one_direct_responsible_per_day)_rule|\b23P01\b/.test(text)) return new DomainError('HISTORY_OVERLAP');
  if (/Duty_one_active_leader_rule/.test(text)) return new DomainError('DIRECT_RESPONSIBLE_TAKEN');
  if (/Duty_one_active_per_person_rule/.test(text)) return new DomainError('DUPLICATE_DUTY');
  if (/Post_one_active_secretary_rule/.test(text)) return new DomainError('CONFLICT', 'another secretary was appointed at the same time');
  if (/Post_one_active_per_person_rule/.test(text)) return new DomainError('POST_ALREADY_HELD');
  if (/OrgUnit_sibling_name_rule|Unique constraint failed on the fields: \(`tenantId`,`parentId`,`name`\)/.test(text)) return new DomainError('BAD_USER_INPUT', 'a unit of that name already exists here', { field: 'name' });
  if (/ChannelZeroReport_tenantId_unitId_period_key/.test(text)) return new DomainError('ZERO_REPORT_EXISTS');
  if (/OnlineChannel_tenantId_kind_account_key/.test(text)) return new DomainError('CHANNEL_ACCOUNT_TAKEN');
  if (/IndicatorSet_one_active_rule/.test(text)) return new DomainError('CONFLICT', 'another version of that year\'s indicator set was defined at the same time');
  if (/Assessment_one_per_(unit|member)_rule/.test(text)) return new DomainError('ASSESSMENT_EXISTS');
  if (/WorkItem_cancel_reason_rule/.test(text)) return new DomainError('CANCEL_REASON_REQUIRED');
  if (/AnnualPlan_tenantId_year_key|Unique constraint failed on the fields: \(`tenantId`,`year`\)/.test(text)) return new DomainError('PLAN_ALREADY_EXISTS');
  if (/WorkRecord_duty_report_person_rule/.test(text)) return new DomainError('RECORD_PERSON_REQUIRED');
  if (/WorkRecord_reporting_year_filed_rule/.test(text)) return new DomainError('REPORTING_YEAR_REFUSED', undefined, { field: 'reportingYear' });
  if (/ObligationRuleVersion_ruleId_fromYear_key|Unique constraint failed on the fields: \(`ruleId`,`fromYear`\)/.test(text)) {
    return new DomainError('CONFLICT', 'the rule changed meanwhile; reload it');
  }
  if (/ObligationRule_(count|due|origin)_rule/.test(text)) return new DomainError('BAD_USER_INPUT', 'the obligation rule is invalid');
  if (/ObligationRule_tenantId_code_key|Unique constraint failed on the fields: \(`tenantId`,`code`\)/.test(text)) {
    return new DomainError('BAD_USER_INPUT', 'a rule with that code exists', { field: 'code' });
  }
  if (/could not serialize|deadlock detected|P2034/.test(text)) return new DomainError('CONFLICT');
  return undefined;
}

function collectMessages(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return String(error ?? '');
  const e = error as { message?: unknown; cause?: unknown; meta?: unknown; code?: unknown };
  return [String(e.message ?? ''), String(e.code ?? ''), JSON.stringify(e.meta ?? ''), collectMessages(e.cause, depth + 1)].join(' ');
}
