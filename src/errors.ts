import { GraphQLError } from 'graphql';

/**
 * Every error a client can cause, with a stable code in `extensions.code`. Front-end teams switch
 * on these codes; the schema documents them in the `ErrorCode` enum. Anything else is masked by
 * yoga as "Unexpected error."
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: '未登录或登录已失效 (not signed in, or the token is invalid or expired)',
  INVALID_CREDENTIALS: '用户名或密码错误 (wrong username or password)',
  FORBIDDEN: '无权限 (the viewer may not do this)',
  NOT_FOUND: '不存在或无权查看 (no such record, or not visible to the viewer)',
  BAD_USER_INPUT: '输入不合法 (input fails validation)',
  CONFLICT: '并发冲突 (a concurrent change won; retry)',
  // Organisation tree
  UNIT_NOT_EMPTY: '单元下仍有在用下级或在任人员 (the unit still has active children or posts)',
  INVALID_MOVE: '不能移动到自身或下级之下 (a unit cannot move under itself or its descendants)',
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
  AUDIT_APPEND_ONLY: '审计日志只能追加 (the audit trail is append-only)',
  // Exports (台账导出)
  LEDGER_UNAVAILABLE: '该台账暂不可导出 (the ledger is not available for export yet)',
  EXPORT_LINK_INVALID: '下载链接无效或被篡改 (the download link is malformed or its signature does not match)',
  EXPORT_LINK_EXPIRED: '下载链接已过期 (the download link has expired; request a new export)',
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
export const forbidden = (message?: string) => new DomainError('FORBIDDEN', message);
export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field ? { field } : {});

/**
 * Errors raised by the database's rule triggers carry `zeren:<CODE>`; unique-index violations on
 * the `_rule` indexes carry their index name. Both become the same typed errors the services raise,
 * so a race that slips past a check in code still reaches the client as the rule it broke.
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  const text = collectMessages(error);
  const coded = /zeren:([A-Z_]+)/.exec(text);
  if (coded && coded[1] && coded[1] in ERROR_CODES) return new DomainError(coded[1] as ErrorCode);
  if (/Duty_one_active_leader_rule/.test(text)) return new DomainError('DIRECT_RESPONSIBLE_TAKEN');
  if (/Duty_one_active_per_person_rule/.test(text)) return new DomainError('DUPLICATE_DUTY');
  if (/Post_one_active_secretary_rule/.test(text)) return new DomainError('CONFLICT', 'another secretary was appointed at the same time');
  if (/Post_one_active_per_person_rule/.test(text)) return new DomainError('POST_ALREADY_HELD');
  if (/could not serialize|deadlock detected|P2034/.test(text)) return new DomainError('CONFLICT');
  return undefined;
}

function collectMessages(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return String(error ?? '');
  const e = error as { message?: unknown; cause?: unknown; meta?: unknown; code?: unknown };
  return [String(e.message ?? ''), String(e.code ?? ''), JSON.stringify(e.meta ?? ''), collectMessages(e.cause, depth + 1)].join(' ');
}
