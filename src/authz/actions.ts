import { LEADER_DUTY_KINDS } from './holders.js';
import { DomainError } from '../errors.js';
import type { ScopeGrants, UnitScope, Viewer } from './scope.js';

/**
 * 谁可以办 — who may act, and on which units (DOMAIN.md §2, §6; plan 二(三), 三, 四). One table,
 * read by every service that writes a bureau's records or structure: `assertMayAct` after the unit
 * has been resolved through the caller's scope (an invisible unit answers NOT_FOUND before this
 * is asked; a visible one the caller may not act on answers FORBIDDEN naming the action).
 *
 * The plan, 二(三): "党委书记是第一责任人，党委分管领导是直接责任人，党委领导班子其他成员按照
 * ‘一岗双责’要求对职责范围内意识形态工作负领导责任". So:
 * - FIRST_RESPONSIBLE / DIRECT_RESPONSIBLE (第一责任人, 直接责任人): their unit's whole subtree;
 * - DUAL_DUTY (一岗双责): the subtrees in their duty's scope (分管范围) — 领导责任 there means leading
 *   the work, not only seeing it: recording it, breaking it down, moving risks, trainings, liaison;
 * - MEMBER: a unit they hold a post in (or, for a dual-duty member, their own committee): what
 *   anyone who sees a unit may do there (report a risk, file a zero report);
 * - ADMINISTRATOR: the bureau's administrator (局管理员), for the structure only;
 * - `owner`: the person a row names (a work item's or rectification's responsible person, a channel's
 *   reviewer …) may also act on that row, wherever it is.
 * What stays with the committee's leaders (first/direct): the year's plan and rules, closing and
 * dismissing a risk, the structure, and the entry to assessments and accountability — for those,
 * src/authz/deciders.ts then decides per subject.
 */
export type Holder = 'FIRST_RESPONSIBLE' | 'DIRECT_RESPONSIBLE' | 'DUAL_DUTY' | 'MEMBER' | 'ADMINISTRATOR';

export interface ActionRule {
  /** The action, for messages: 中文 and English. */
  zh: string;
  en: string;
  /** Which scope the unit is resolved through: the records scope, or the structure scope (administrators). */
  scope: 'RECORDS' | 'STRUCTURE';
  holders: readonly Holder[];
  /** Who else may act on their own row (names it for the message); absent: nobody else. */
  owner?: string;
  /** Why, from the plan. */
  reason: string;
}

/** The unit's leaders (src/authz/holders.ts). */
const LEADERS = LEADER_DUTY_KINDS satisfies readonly Holder[];
const ANSWERABLE = [...LEADERS, 'DUAL_DUTY'] as const satisfies readonly Holder[];
const ANYONE_WHO_SEES = [...ANSWERABLE, 'MEMBER'] as const satisfies readonly Holder[];
const STRUCTURE = [...LEADERS, 'ADMINISTRATOR'] as const satisfies readonly Holder[];

export const ACTIONS = {
  // Work records and the plan (三(二)5–6, 四(一))
  RECORD_WORK: {
    zh: '登记工作记录', en: 'record work (studies, reports, briefings …)', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '二(三) 一岗双责: 班子成员对职责范围内意识形态工作负领导责任 — the work in their 分管 units is theirs to record',
  },
  FILE_DUTY_REPORT: {
    zh: '登记述职报告', en: 'file a duty report (述职报告)', scope: 'RECORDS', holders: ANSWERABLE, owner: '述职人本人 (the team member whose report it is)',
    reason: '四(二) 班子成员述职报告要有意识形态工作内容: each member files their own; those who answer for the unit record the team\'s',
  },
  ATTACH_EVIDENCE: {
    zh: '上传佐证材料', en: 'attach evidence', scope: 'RECORDS', holders: ANSWERABLE, owner: '工作事项责任人 (the work item\'s responsible person)',
    reason: '四(一) 明确工作职责和任务: whoever answers for the work proves it',
  },
  PLAN_YEAR: {
    zh: '制定年度计划', en: 'make the year\'s plan', scope: 'RECORDS', holders: LEADERS,
    reason: '四(一) 对年度意识形态工作任务进行细化分解: the bureau committee\'s plan, made by its first/direct responsible people (asked on the root unit)',
  },
  ANSWER_INSPECTION_FINDING: {
    zh: '答复督查发现的问题', en: 'answer a finding of the district\'s inspection', scope: 'RECORDS', holders: LEADERS,
    reason: '四(二) 专项督查: the bureau committee answers for its rectification, through its first/direct responsible people (asked on the root unit)',
  },
  SET_OBLIGATION_RULES: {
    zh: '设置规定动作规则', en: 'set the obligation rules', scope: 'RECORDS', holders: LEADERS,
    reason: '四(二) 明确检查考核的内容、方法: the bureau committee sets them (asked on the root unit)',
  },
  CREATE_WORK_ITEM: {
    zh: '分解工作事项', en: 'create work items', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '四(一) 细化分解, 明确工作职责 + 二(三) 一岗双责: a dual-duty member breaks the tasks down in their 分管 units',
  },
  UPDATE_WORK_ITEM: {
    zh: '修改工作事项', en: 'update work items', scope: 'RECORDS', holders: ANSWERABLE,
    reason: 'as CREATE_WORK_ITEM: who breaks a task down may correct it',
  },
  PROGRESS_WORK_ITEM: {
    zh: '推进工作事项', en: 'report progress on a work item', scope: 'RECORDS', holders: ANSWERABLE, owner: '工作事项责任人 (the work item\'s responsible person)',
    reason: '四(一) 明确工作职责: the responsible person and those who answer for the unit',
  },
  CONFIRM_WORK_ITEM: {
    zh: '确认或退回工作事项', en: 'confirm or send back a work item marked done', scope: 'RECORDS', holders: LEADERS,
    reason: '四(一) 明确工作职责, 留存佐证 (issue 21 item 8): the unit\'s leaders (first/direct responsible people covering it) confirm a DONE '
      + 'its responsible person marked (待确认); never the responsible person themself',
  },
  CANCEL_OR_REOPEN_WORK_ITEM: {
    zh: '取消或重开工作事项', en: 'cancel or reopen a work item', scope: 'RECORDS', holders: ANSWERABLE,
    reason: 'as CREATE_WORK_ITEM; not the responsible person alone (no one cancels their own task)',
  },
  // Risks (三(二)6–7, 三(五)13)
  REPORT_RISK: {
    zh: '报告风险', en: 'report a risk', scope: 'RECORDS', holders: ANYONE_WHO_SEES,
    reason: '三(二)7 动态监测: anyone who sees a unit reports what they notice there',
  },
  ASSESS_RISK: {
    zh: '研判风险', en: 'assess a risk', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(二)7 精准研判 + 二(三) 一岗双责: the leader answering for the area judges it',
  },
  WARN_RISK: {
    zh: '预警风险', en: 'warn of a risk', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(二)7 及早预警: the leader answering for the area raises the alarm to everyone responsible',
  },
  HANDLE_RISK: {
    zh: '处置风险', en: 'handle a risk', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(二)7 妥善处置, 三(五)13 敢抓敢管: handled by whoever answers for the area',
  },
  CLOSE_RISK: {
    zh: '风险销号', en: 'close a risk', scope: 'RECORDS', holders: LEADERS,
    reason: '二(三) 党委负全面领导责任: 销号 is the committee\'s sign-off, by its first/direct responsible people, not by the member who handled it',
  },
  DISMISS_RISK: {
    zh: '排除风险', en: 'dismiss a risk', scope: 'RECORDS', holders: LEADERS,
    reason: 'as CLOSE_RISK: taking a report off the register is the committee\'s call, so an area\'s leader cannot clear their own area',
  },
  RESPOND_TO_RISK: {
    zh: '登记发声处置', en: 'record a response to a risk', scope: 'RECORDS', holders: ANSWERABLE, owner: '风险责任人 (the risk\'s responsible person)',
    reason: '三(五)13 及时有效发声: the leader answering for the area and the risk\'s responsible person',
  },
  ADD_RECTIFICATION: {
    zh: '下达整改事项', en: 'add a rectification item', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(二)7 妥善处置: who handles a risk orders its rectification',
  },
  COMPLETE_RECTIFICATION: {
    zh: '完成整改事项', en: 'complete a rectification item', scope: 'RECORDS', holders: ANSWERABLE, owner: '整改责任人 (the item\'s responsible person)',
    reason: 'as ADD_RECTIFICATION, and the person the item names',
  },
  // Online channels (三(四)12)
  REGISTER_CHANNEL: {
    zh: '登记或修改网络阵地', en: 'register or change an online channel', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(四)12 推动落实网络意识形态工作责任制 + 一岗双责: a channel of a 分管 unit is in its leader\'s charge',
  },
  REVIEW_CHANNEL: {
    zh: '登记网络阵地审核', en: 'record a channel review', scope: 'RECORDS', holders: ANSWERABLE, owner: '审核人或责任人 (the channel\'s reviewer or responsible person)',
    reason: '三(四)12: the reviewer, the responsible person and the leaders answering for the owner unit',
  },
  FILE_ZERO_REPORT: {
    zh: '网络阵地零报告', en: 'file a channel zero report', scope: 'RECORDS', holders: ANYONE_WHO_SEES,
    reason: '三(四)12 (零报告 is a local practice): anyone who sees the unit may state it runs no channel, as before',
  },
  // Intellectuals and the team (三(六)15–16, 三(七)17)
  RECORD_LIAISON: {
    zh: '登记联系知识分子', en: 'record a liaison contact', scope: 'RECORDS', holders: ANSWERABLE, owner: '联系的班子成员本人 (the leader who made the contact)',
    reason: '三(六)15 加强领导班子成员同知识分子的联系: each leader records their own; those answering for the unit record its leaders\'',
  },
  RECORD_TRAINING: {
    zh: '登记教育培训', en: 'record a training', scope: 'RECORDS', holders: ANSWERABLE,
    reason: '三(六)16 分层分类教育培训, 三(七)17 队伍建设 + 一岗双责: in the 分管 units too',
  },
  // Misconduct (三(五)14)
  RECORD_MISCONDUCT_CASE: {
    zh: '登记和移交错误言论案件', en: 'record and refer a misconduct case', scope: 'RECORDS', holders: LEADERS,
    reason: '三(五)14 配合上级纪检监察部门: the bureau committee\'s first/direct responsible people (asked on the root unit), the most sensitive records',
  },
  // Assessment and accountability: the entry; src/authz/deciders.ts then decides per subject
  DEFINE_INDICATORS: {
    zh: '制定考核指标', en: 'define the assessment indicators', scope: 'RECORDS', holders: LEADERS,
    reason: '三(三)10 建立考核制度: the bureau committee (asked on the root unit)',
  },
  START_ASSESSMENT_ROUND: {
    zh: '启动年度考核', en: 'start a committee\'s assessment round', scope: 'RECORDS', holders: LEADERS,
    reason: '四(二), DECIDERS OPEN_ASSESSMENT (BODY_ABOVE): the committee above the units assessed',
  },
  RECORD_ACCOUNTABILITY: {
    zh: '登记问责', en: 'record an accountability measure', scope: 'RECORDS', holders: LEADERS,
    reason: '四(三), DECIDERS: the body above decides; a dual-duty member does not judge the units they answer for',
  },
  // Structure (二(三)): who holds which post and duty is the committee's and the administrator's
  CHANGE_UNITS: {
    zh: '调整组织单元', en: 'create, rename, move or archive units', scope: 'STRUCTURE', holders: STRUCTURE,
    reason: '三(三)8 明确相应机构: the committee\'s leaders and the bureau\'s administrator',
  },
  APPOINT: {
    zh: '任免职务和分工', en: 'appoint to posts and assign duties', scope: 'STRUCTURE', holders: STRUCTURE,
    reason: '二(三): who is 第一/直接责任人 or holds 一岗双责 is decided above them, never by the dual-duty member',
  },
  IMPORT_ORG_CHART: {
    zh: '导入组织架构', en: 'import the org chart', scope: 'STRUCTURE', holders: STRUCTURE,
    reason: 'as CHANGE_UNITS and APPOINT, for the whole bureau (asked on the root unit)',
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

const HOLDER_WORDS: Record<Holder, string> = {
  FIRST_RESPONSIBLE: '第一责任人 (first responsible person)',
  DIRECT_RESPONSIBLE: '直接责任人 (direct responsible person)',
  DUAL_DUTY: '分管该单位的一岗双责班子成员 (the dual-duty member whose scope holds the unit)',
  MEMBER: '本单位人员 (people of the unit)',
  ADMINISTRATOR: '本局管理员 (the bureau\'s administrator)',
};

/** A unit as the check needs it. */
export interface ActionUnit {
  id: string;
  tenantId: string;
  ancestorIds: readonly string[];
}

function granted(grants: ScopeGrants, holder: Holder, unit: ActionUnit): boolean {
  switch (holder) {
    case 'ADMINISTRATOR':
      return false;
    case 'MEMBER':
      return grants.MEMBER.includes(unit.id);
    default: {
      const roots = grants[holder];
      return unit.ancestorIds.some((id) => roots.includes(id));
    }
  }
}

/**
 * Whether the viewer may perform `action` on `unit` (already resolved through the viewer's scope):
 * a first/direct responsible person of it or a unit above, a dual-duty member whose scope holds
 * it or a unit above, a person of the unit, or the bureau's administrator — as the action's row
 * says; or the row's owner, when `owners` (the person ids the row names) include the viewer.
 */
export function mayAct(viewer: Viewer, action: Action, unit: ActionUnit, owners: readonly (string | null | undefined)[] = []): boolean {
  const rule: ActionRule = ACTIONS[action];
  if (viewer.kind === 'bureauAdmin') return viewer.tenantId === unit.tenantId && rule.holders.includes('ADMINISTRATOR');
  if (viewer.kind !== 'person' || viewer.tenantId !== unit.tenantId) return false;
  if (viewer.administers && rule.holders.includes('ADMINISTRATOR')) return true;
  if (rule.owner && owners.includes(viewer.personId)) return true;
  return rule.holders.some((holder) => granted(viewer.scope.grants, holder, unit));
}

/** Who may, in words, for the message. */
export function actorsInWords(action: Action): string {
  const rule: ActionRule = ACTIONS[action];
  return [...rule.holders.map((h) => HOLDER_WORDS[h]), ...(rule.owner ? [rule.owner] : [])].join('、');
}

/** FORBIDDEN naming the action and who may, unless the viewer may (see `mayAct`). */
export function assertMayAct(viewer: Viewer, action: Action, unit: ActionUnit, owners: readonly (string | null | undefined)[] = []): void {
  if (mayAct(viewer, action, unit, owners)) return;
  const rule: ActionRule = ACTIONS[action];
  throw new DomainError('FORBIDDEN', `无权${rule.zh}：仅限${actorsInWords(action)} (may not ${rule.en} here)`, { action });
}

/**
 * The scope a unit named for `action` is resolved through: a person's records scope, or for the
 * structure actions the structure scope (the whole bureau for its administrator). Viewers who hold
 * neither for the action are refused before any id is read.
 */
export function actionScope(viewer: Viewer, action: Action): UnitScope {
  const structure = ACTIONS[action].scope === 'STRUCTURE';
  if (viewer.kind === 'person') return structure ? viewer.structure : viewer.scope;
  if (viewer.kind === 'bureauAdmin' && structure) return viewer.structure;
  const rule: ActionRule = ACTIONS[action];
  throw new DomainError('FORBIDDEN', `无权${rule.zh} (may not ${rule.en})`, { action });
}

/**
 * The same check for an action asked of the whole bureau (its plan, rules, indicators, misconduct
 * cases), on the bureau's root unit, which the viewer carries: no query.
 */
export function assertMayActOnBureau(viewer: Viewer, action: Action): void {
  const rootId = viewer.kind === 'person' ? viewer.bureauRootId : undefined;
  if (viewer.kind === 'person' && rootId) return assertMayAct(viewer, action, { id: rootId, tenantId: viewer.tenantId, ancestorIds: [rootId] });
  const rule: ActionRule = ACTIONS[action];
  throw new DomainError('FORBIDDEN', `无权${rule.zh} (may not ${rule.en})`, { action });
}
