import { builder } from '../../builder.js';
import { RiskSeverityEnum } from '../../graphql/enums.js';
import { visibleOrNull } from '../../graphql/helpers.js';
import { bureauViewer } from '../../authz/guards.js';
import { currentViewer, whileSessionLasts } from '../../authz/sessions.js';
import { unauthenticatedError, type Context } from '../../context.js';
import { idOf } from '../../lib/ids.js';
import { countPage, findPage, reload, reloadById } from '../../lib/reload.js';
import { todayInChina } from '../../lib/dates.js';
import { PersonRef } from '../people/schema.js';
import { allowedMoves, WARNING_POLICY } from './lifecycle.js';
import {
  addRectification, completeRectification, isOverdue, recordRiskResponse, reportRisk, riskListWhere, riskWarningFor,
  transitionRisk,
} from './service.js';

export const RiskSourceEnum = builder.enumType('RiskSource', {
  description: '风险来源 (where the risk came to notice)',
  values: {
    MAJOR_EVENT: { description: '重大事件 (a major event)' },
    IMPORTANT_SITUATION: { description: '重要情况 (an important situation)' },
    PUBLIC_OPINION: { description: '重要社情民意、舆情 (public sentiment, public opinion)' },
    ONLINE: { description: '网络 (online)' },
    INTERNAL: { description: '单位内部 (inside the unit)' },
    OTHER: { description: '其他 (other)' },
  },
});

export const RiskMechanismEnum = builder.enumType('RiskMechanism', {
  description: '四项机制 (the four mechanisms of task 6)',
  values: {
    RISK_JUDGEMENT: { description: '风险研判 (risk judgement)' },
    DECISION_RISK_ASSESSMENT: { description: '决策风险评估 (decision risk assessment)' },
    PREVENTION_COORDINATION: { description: '风险防控协同 (risk-prevention coordination)' },
    PREVENTION_RESPONSIBILITY: { description: '风险防控责任 (risk-prevention responsibility)' },
  },
});

export const RiskClassEnum = builder.enumType('RiskClass', {
  description: '问题性质 (class of the question, task 13)',
  values: {
    POLITICAL_PRINCIPLE: { description: '政治原则问题 (a question of political principle)' },
    IDEOLOGICAL_UNDERSTANDING: { description: '思想认识问题 (a question of ideological understanding)' },
    ACADEMIC_VIEWPOINT: { description: '学术观点问题 (a question of academic viewpoint)' },
  },
});

export const RiskStageEnum = builder.enumType('RiskStage', {
  description: '风险阶段 (stage of the lifecycle, task 7): MONITORED → ASSESSED → WARNED → HANDLED → CLOSED; DISMISSED from any stage not yet closed',
  values: {
    MONITORED: { description: '动态监测 (being monitored; the stage a report starts in)' },
    ASSESSED: { description: '精准研判 (assessed)' },
    WARNED: { description: '及早预警 (warned: everyone responsible for the unit is notified)' },
    HANDLED: { description: '妥善处置 (handled; rectification items hang off it)' },
    CLOSED: { description: '销号 (closed, with a reason; terminal)' },
    DISMISSED: { description: '排除 (dismissed as no risk, with a reason; terminal)' },
  },
});

export const RiskResponseChannelEnum = builder.enumType('RiskResponseChannel', {
  description: '发声渠道 (channel of a response, task 13)',
  values: {
    MEDIA: { description: '新闻媒体 (news media)' },
    INTERNAL_NOTICE: { description: '党内通报 (internal party notice)' },
    ONLINE_PLATFORM: { description: '网络平台 (online platform)' },
    MEETING: { description: '会议 (meeting)' },
    OTHER: { description: '其他 (other)' },
  },
});

builder.prismaObject('RiskTransition', {
  description: '流转记录 (one move of a risk: who, when, from and to, and why)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    fromStage: t.expose('fromStage', { type: RiskStageEnum, nullable: true, description: '原阶段 (stage before; null for the report itself)' }),
    toStage: t.expose('toStage', { type: RiskStageEnum, description: '新阶段 (stage after)' }),
    at: t.expose('at', { type: 'DateTime', description: '时间 (when)' }),
    note: t.exposeString('note', { nullable: true, description: '说明 (note)' }),
    actor: t.field({
      type: PersonRef, nullable: true, description: '操作人 (who made the move; null when not visible to the viewer)',
      select: { actor: true }, resolve: (row, _a, ctx) => visibleOrNull(row.actor, ctx),
    }),
  }),
});

builder.prismaObject('RiskResponse', {
  description: '发声记录 (a response on a risk: 及时有效发声, through media or an internal notice)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    channel: t.expose('channel', { type: RiskResponseChannelEnum, description: '渠道 (channel)' }),
    respondedOn: t.expose('respondedOn', { type: 'Date', description: '日期 (date)' }),
    content: t.exposeString('content', { description: '内容 (content)' }),
    recordedBy: t.field({
      type: PersonRef, nullable: true, description: '登记人 (who recorded it)',
      select: { recordedBy: true }, resolve: (row, _a, ctx) => visibleOrNull(row.recordedBy, ctx),
    }),
  }),
});

builder.prismaNode('Rectification', {
  id: { field: 'id' },
  nullable: true, // node(id) of a record the viewer may not see is null, as for one that does not exist
  description: '整改事项 (a rectification item of a handled risk: what, who, by when)',
  fields: (t) => ({
    task: t.exposeString('task', { description: '整改内容 (what is to be put right)' }),
    dueOn: t.expose('dueOn', { type: 'Date', description: '整改时限 (due date)' }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true, description: '完成日期 (when done; null while open)' }),
    isDone: t.boolean({ description: '是否完成 (whether done)', resolve: (r) => r.doneOn !== null }),
    isOverdue: t.boolean({
      description: '是否逾期 (open past its due date)', resolve: (r, _a, ctx) => r.doneOn === null && r.dueOn < todayInChina(ctx.now()),
    }),
    responsiblePerson: t.field({
      type: PersonRef, nullable: true, description: '整改责任人 (who answers for it)',
      select: { responsiblePerson: true }, resolve: (row, _a, ctx) => visibleOrNull(row.responsiblePerson, ctx),
    }),
  }),
});

export const RiskRef = builder.prismaNode('Risk', {
  id: { field: 'id' },
  nullable: true, // node(id) of a record the viewer may not see is null, as for one that does not exist
  description: '风险台账 (a risk or incident of a unit, and its handling)',
  fields: (t) => ({
    title: t.exposeString('title', { description: '标题 (title)' }),
    description: t.exposeString('description', { nullable: true, description: '情况描述 (description)' }),
    source: t.expose('source', { type: RiskSourceEnum, description: '来源 (source)' }),
    mechanism: t.expose('mechanism', { type: RiskMechanismEnum, description: '所属机制 (mechanism)' }),
    riskClass: t.expose('riskClass', { type: RiskClassEnum, description: '问题性质 (class)' }),
    severity: t.expose('severity', { type: RiskSeverityEnum, description: '等级 (severity)' }),
    stage: t.expose('stage', { type: RiskStageEnum, description: '阶段 (current stage)' }),
    allowedMoves: t.field({
      type: [RiskStageEnum],
      description: '可流转至 (stages the lifecycle allows next; whether the viewer may make the move is a separate question)',
      resolve: (risk) => allowedMoves(risk),
    }),
    mustBeWarned: t.boolean({
      description: '须先预警 (whether this class and severity must be warned before it is handled; LOCAL thresholds on the classes of 三(五)13: political-principle questions always, academic-viewpoint ones only when HIGH or CRITICAL)',
      resolve: (risk) => WARNING_POLICY[risk.riskClass][risk.severity] === 'MUST_WARN',
    }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', description: '报告时间 (when reported)' }),
    handlingDeadline: t.expose('handlingDeadline', { type: 'Date', description: '处置时限 (handling deadline, from the severity)' }),
    handledAt: t.expose('handledAt', { type: 'DateTime', nullable: true, description: '处置时间 (when handled)' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: '销号/排除时间 (when closed or dismissed)' }),
    closeReason: t.exposeString('closeReason', { nullable: true, description: '销号/排除理由 (reason for closing or dismissal)' }),
    isOverdue: t.boolean({
      description: '是否逾期 (not yet handled, and the handling deadline has passed)',
      resolve: (risk, _a, ctx) => isOverdue(risk, todayInChina(ctx.now())),
    }),
    handledInTime: t.boolean({
      nullable: true,
      description: '是否按时处置 (handled by the deadline; null until handled) — an assessment indicator',
      resolve: (risk) => (risk.handledAt ? todayInChina(risk.handledAt) <= risk.handlingDeadline : null),
    }),
    unit: t.relation('unit', { description: '所属单位 (the unit)' }),
    responsiblePerson: t.field({
      type: PersonRef, nullable: true, description: '责任人 (person responsible; null when not visible to the viewer)',
      select: { responsiblePerson: true }, resolve: (row, _a, ctx) => visibleOrNull(row.responsiblePerson, ctx),
    }),
    reportedBy: t.field({
      type: PersonRef, nullable: true, description: '报告人 (who reported it; null when not visible to the viewer)',
      select: { reportedBy: true }, resolve: (row, _a, ctx) => visibleOrNull(row.reportedBy, ctx),
    }),
    transitions: t.relation('transitions', {
      description: '流转记录 (every move, oldest first)',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
    responses: t.relation('responses', {
      description: '发声记录 (responses, oldest first)',
      query: { orderBy: [{ respondedOn: 'asc' }, { id: 'asc' }] },
    }),
    rectifications: t.relation('rectifications', {
      description: '整改事项 (rectification items, by due date)',
      query: { orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const RiskFilterInput = builder.inputType('RiskFilter', {
  description: '风险筛选 (filter for risks); always within what the viewer may see',
  fields: (t) => ({
    stages: t.field({ type: [RiskStageEnum], required: false, description: '阶段 (stages)' }),
    severities: t.field({ type: [RiskSeverityEnum], required: false, description: '等级 (severities)' }),
    riskClasses: t.field({ type: [RiskClassEnum], required: false, description: '性质 (classes)' }),
    mechanisms: t.field({ type: [RiskMechanismEnum], required: false, description: '机制 (mechanisms)' }),
    unitId: t.id({ required: false, description: '某单位及其下级 (this unit and its descendants)' }),
    overdue: t.boolean({ required: false, description: '逾期 (true: open past the deadline; false: the rest)' }),
  }),
});

function filterOf(ctx: Context, filter: typeof RiskFilterInput.$inferInput | null | undefined) {
  return riskListWhere(ctx.viewer, filter && { ...filter, subtreeOf: filter.unitId ? idOf(String(filter.unitId), 'OrgUnit', 'filter.unitId') : null }, todayInChina(ctx.now()));
}

builder.queryField('risks', (t) =>
  t.prismaConnection({
    type: 'Risk',
    cursor: 'id',
    description: '风险台账 (risks the viewer may see), newest report first',
    args: { filter: t.arg({ type: RiskFilterInput, required: false, description: '筛选 (filter)' }) },
    resolve: (query, _root, args, ctx) =>
      findPage(ctx, 'risk', query, { where: filterOf(ctx, args.filter), orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }], args }),
    totalCount: (_root, args, ctx) => countPage(ctx, args, () => ctx.prisma.risk.count({ where: filterOf(ctx, args.filter) })),
  }, { description: '风险分页 (a page of risks)' }, { description: '风险边 (an edge to a risk)' }),
);

const riskOf = (description: string) => ({ type: 'Risk' as const, description });

builder.relayMutationField(
  'reportRisk',
  {
    description: '报告风险 (report a risk); anyone whose scope includes the unit',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '所属单位 (the unit)' }),
      title: t.string({ required: true, description: '标题 (title), 1–200 characters' }),
      description: t.string({ required: false, description: '情况描述 (description)' }),
      source: t.field({ type: RiskSourceEnum, required: false, description: '来源 (source; OTHER by default)' }),
      mechanism: t.field({ type: RiskMechanismEnum, required: true, description: '所属机制 (mechanism)' }),
      riskClass: t.field({ type: RiskClassEnum, required: true, description: '问题性质 (class)' }),
      severity: t.field({ type: RiskSeverityEnum, required: true, description: '等级 (severity); sets the handling deadline' }),
      responsiblePersonId: t.id({ required: false, description: '责任人 (person responsible; the first responsible person of the nearest committee by default)' }),
      handlingDeadline: t.field({ type: 'Date', required: false, description: '处置时限 (an earlier deadline than the severity gives; not in the past)' }),
    }),
  },
  {
    description: '报告风险 (report a risk: starts MONITORED; a CRITICAL report warns everyone responsible for the unit at once)',
    resolve: async (_r, { input }, ctx) => ({
      risk: await reportRisk(ctx.prisma, ctx.pubsub, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        responsiblePersonId: input.responsiblePersonId ? idOf(String(input.responsiblePersonId), 'Person', 'responsiblePersonId') : null,
      }, ctx.now()),
    }),
  },
  {
    description: '报告风险的结果 (result of reportRisk)',
    outputFields: (t) => ({
      risk: t.prismaField({ ...riskOf('风险 (the new risk)'), resolve: (q, p, _a, ctx) => reload(ctx, 'risk', q, p.risk) }),
    }),
  },
);

builder.relayMutationField(
  'transitionRisk',
  {
    description: '风险流转 (move a risk to its next stage)',
    inputFields: (t) => ({
      riskId: t.id({ required: true, description: '风险 (the risk)' }),
      to: t.field({ type: RiskStageEnum, required: true, description: '目标阶段 (the stage to move to)' }),
      note: t.string({ required: false, description: '说明 (note; the reason, required for CLOSED and DISMISSED)' }),
    }),
  },
  {
    description: '风险流转 (assess, warn, handle, close or dismiss a risk); ILLEGAL_TRANSITION for a move the lifecycle forbids',
    resolve: async (_r, { input }, ctx) => ({
      risk: await transitionRisk(ctx.prisma, ctx.pubsub, ctx.viewer, { riskId: idOf(String(input.riskId), 'Risk', 'riskId'), to: input.to, note: input.note }, ctx.now()),
    }),
  },
  {
    description: '风险流转的结果 (result of transitionRisk)',
    outputFields: (t) => ({
      risk: t.prismaField({ ...riskOf('风险 (the risk, in its new stage)'), resolve: (q, p, _a, ctx) => reload(ctx, 'risk', q, p.risk) }),
    }),
  },
);

builder.relayMutationField(
  'recordRiskResponse',
  {
    description: '登记发声 (record a response on a risk)',
    inputFields: (t) => ({
      riskId: t.id({ required: true, description: '风险 (the risk)' }),
      channel: t.field({ type: RiskResponseChannelEnum, required: true, description: '渠道 (channel)' }),
      respondedOn: t.field({ type: 'Date', required: false, description: '日期 (date; today by default, never in the future)' }),
      content: t.string({ required: true, description: '内容 (content)' }),
    }),
  },
  {
    description: '登记发声 (record a rebuttal or statement on a risk); leaders of the unit or the risk\'s responsible person',
    resolve: async (_r, { input }, ctx) => ({
      response: await recordRiskResponse(ctx.prisma, ctx.viewer, { ...input, riskId: idOf(String(input.riskId), 'Risk', 'riskId') }, ctx.now()),
    }),
  },
  {
    description: '登记发声的结果 (result of recordRiskResponse)',
    outputFields: (t) => ({
      response: t.prismaField({ type: 'RiskResponse', description: '发声 (the new response)', resolve: (q, p, _a, ctx) => reload(ctx, 'riskResponse', q, p.response) }),
      risk: t.prismaField({ ...riskOf('风险 (the risk, whose responses changed)'), resolve: (q, p, _a, ctx) => reloadById(ctx, 'risk', q, p.response.riskId) }),
    }),
  },
);

builder.relayMutationField(
  'addRectification',
  {
    description: '新增整改事项 (add a rectification item to a handled risk)',
    inputFields: (t) => ({
      riskId: t.id({ required: true, description: '风险 (the risk, in stage HANDLED)' }),
      task: t.string({ required: true, description: '整改内容 (what is to be put right)' }),
      responsiblePersonId: t.id({ required: true, description: '整改责任人 (who answers for it)' }),
      dueOn: t.field({ type: 'Date', required: true, description: '整改时限 (due date; not in the past)' }),
    }),
  },
  {
    description: '新增整改事项 (add a rectification item to a handled risk); leaders of the unit',
    resolve: async (_r, { input }, ctx) => ({
      rectification: await addRectification(ctx.prisma, ctx.viewer, {
        ...input,
        riskId: idOf(String(input.riskId), 'Risk', 'riskId'),
        responsiblePersonId: idOf(String(input.responsiblePersonId), 'Person', 'responsiblePersonId'),
      }, ctx.now()),
    }),
  },
  {
    description: '新增整改事项的结果 (result of addRectification)',
    outputFields: (t) => ({
      rectification: t.prismaField({ type: 'Rectification', description: '整改事项 (the new item)', resolve: (q, p, _a, ctx) => reload(ctx, 'rectification', q, p.rectification) }),
      risk: t.prismaField({ ...riskOf('风险 (the risk, whose items changed)'), resolve: (q, p, _a, ctx) => reloadById(ctx, 'risk', q, p.rectification.riskId) }),
    }),
  },
);

builder.relayMutationField(
  'completeRectification',
  {
    description: '整改完成 (mark a rectification item done)',
    inputFields: (t) => ({
      rectificationId: t.id({ required: true, description: '整改事项 (the item)' }),
      doneOn: t.field({ type: 'Date', required: false, description: '完成日期 (today by default)' }),
    }),
  },
  {
    description: '整改完成 (mark a rectification item done); leaders of the unit or the item\'s responsible person',
    resolve: async (_r, { input }, ctx) => ({
      rectification: await completeRectification(ctx.prisma, ctx.viewer, {
        rectificationId: idOf(String(input.rectificationId), 'Rectification', 'rectificationId'), doneOn: input.doneOn,
      }, ctx.now()),
    }),
  },
  {
    description: '整改完成的结果 (result of completeRectification)',
    outputFields: (t) => ({
      rectification: t.prismaField({ type: 'Rectification', description: '整改事项 (the item, now done)', resolve: (q, p, _a, ctx) => reload(ctx, 'rectification', q, p.rectification) }),
      risk: t.prismaField({ ...riskOf('风险 (the risk, whose open items changed)'), resolve: (q, p, _a, ctx) => reloadById(ctx, 'risk', q, p.rectification.riskId) }),
    }),
  },
);

const RiskWarningKindEnum = builder.enumType('RiskWarningKind', {
  description: '预警类别 (why the warning was raised)',
  values: {
    RISK_WARNED: { description: '风险预警 (the risk moved to WARNED)' },
    RISK_CRITICAL_REPORTED: { description: '特别重大风险报告 (a risk was reported at CRITICAL severity)' },
  },
});

interface RiskWarningShape {
  risk: NonNullable<Awaited<ReturnType<typeof riskWarningFor>>>;
  kind: 'RISK_WARNED' | 'RISK_CRITICAL_REPORTED';
}

export const RiskWarningRef = builder.objectRef<RiskWarningShape>('RiskWarning').implement({
  description: '风险预警推送 (an early warning pushed to the people responsible for the risk\'s unit)',
  fields: (t) => ({
    kind: t.field({ type: RiskWarningKindEnum, description: '类别 (kind)', resolve: (w) => w.kind }),
    risk: t.field({ type: RiskRef, description: '风险 (the risk)', resolve: (w) => w.risk }),
  }),
});

builder.subscriptionField('riskWarnings', (t) =>
  t.field({
    type: RiskWarningRef,
    description: '风险预警订阅 (early warnings for risks the viewer answers for, as they are raised)',
    // graphql-shield does not guard subscribe: authorise here, and check every event against the
    // subscriber's current scope (reloaded from the database) before it is delivered.
    // The stream ends when the account can no longer sign in (disabled, reset, password changed).
    subscribe: async function* (_root, _args, ctx) {
      if (ctx.viewer.kind === 'anonymous') throw unauthenticatedError(ctx);
      const { tenantId, personId } = bureauViewer(ctx.viewer);
      for await (const event of whileSessionLasts(ctx, ctx.pubsub.subscribe('riskWarning'))) {
        if (event.tenantId !== tenantId || !event.recipientPersonIds.includes(personId)) continue;
        const current = await currentViewer(ctx);
        if (!current) return;
        const risk = await riskWarningFor(ctx.prisma, current, event);
        if (risk) yield { risk, kind: event.kind ?? 'RISK_WARNED' } satisfies RiskWarningShape;
      }
    },
    resolve: (warning) => warning,
  }),
);
