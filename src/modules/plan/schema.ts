import { visibleUnitWhere } from '../../authz/visibility.js';
// 年度计划与工作任务 (IV.1): the plan template, the bureau's annual plan and its work items.
import { bureauViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { visiblePersonOrNull } from '../../graphql/helpers.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { todayInChina } from '../../lib/dates.js';
import { idOf } from '../../lib/ids.js';
import { countPage, findPage, reload, reloadById } from '../../lib/reload.js';
import { PersonRef } from '../people/schema.js';
import type { WorkItemStatus } from '../../generated/prisma/enums.js';
import {
  addWorkItemNote, answerWorkItemConfirmation, changeWorkItemStatus, createAnnualPlan, createWorkItem, isOverdue, overdueWhere, updateWorkItem, workItemListWhere,
  tasksWithoutWorkItems,
} from './service.js';

export const WorkItemStatusEnum = builder.enumType('WorkItemStatus', {
  description: '任务状态 (status of a work item); "overdue" is derived (isOverdue), never a status',
  values: {
    PLANNED: { description: '未开始 (planned)' },
    IN_PROGRESS: { description: '推进中 (in progress)' },
    DONE: { description: '已完成 (done)' },
    CANCELLED: { description: '已取消 (cancelled, with a reason; final)' },
  },
});

export function visibleWorkItemWhere(ctx: Context): Prisma.WorkItemWhereInput {
  return { unit: visibleUnitWhere(ctx.viewer) };
}

// ---------------------------------------------------------------------------------------------
// Template

builder.prismaObject('PlanTemplate', {
  description: '实施方案模板 (a version of the plan\'s main tasks, shipped as data)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    version: t.exposeString('version', { description: '版本 (version, e.g. 2022)' }),
    title: t.exposeString('title', { description: '方案名称 (title of the document)' }),
    issuer: t.exposeString('issuer', { description: '印发单位 (issuing committee)' }),
    issuedOn: t.expose('issuedOn', { type: 'Date', description: '印发日期 (date issued)' }),
    tasks: t.relation('tasks', { description: '主要任务 (the numbered main tasks, in order)', query: { orderBy: { number: 'asc' } } }),
  }),
});

builder.prismaNode('PlanTemplateTask', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '主要任务 (one of the plan\'s numbered main tasks, quoted from the document)',
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    number: t.exposeInt('number', { description: '任务序号 (task number, 1–17)' }),
    groupNumber: t.exposeInt('groupNumber', { description: '任务分组序号 (group number, 1–7: (一)…(七))' }),
    groupTitle: t.exposeString('groupTitle', { description: '任务分组 (group title, e.g. 定期分析研判意识形态领域情况)' }),
    text: t.exposeString('text', { description: '任务原文 (the document\'s wording)' }),
    clause: t.exposeString('clause', { description: '条款 (clause, e.g. 三(二)5)' }),
    template: t.relation('template', { description: '所属方案 (template)' }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Annual plan and work items

builder.prismaNode('AnnualPlan', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '年度计划 (a bureau\'s annual plan: the decomposition of the main tasks into work items, 年度任务细化分解)',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 (year)' }),
    title: t.exposeString('title', { description: '名称 (title)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 (created at)' }),
    template: t.relation('template', { description: '依据的方案版本 (template version)' }),
    workItems: t.relatedConnection('workItems', {
      description: '工作任务 (work items of units the viewer may see), by due date',
      totalCount: true,
      cursor: 'id',
      args: { filter: t.arg({ type: WorkItemFilter, required: false, description: '筛选 (filter)' }) },
      query: (args, ctx) => ({ where: workItemFilterWhere(ctx, args.filter), orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
    }),
    tasksWithoutWorkItems: t.prismaField({
      type: ['PlanTemplateTask'],
      description: '尚未分解的主要任务 (main tasks with no work item yet in this plan, cancelled items aside; 四(一) 细化分解)',
      resolve: async (query, plan, _args, ctx) => {
        const ids = (await tasksWithoutWorkItems(ctx.prisma, plan)).map((task) => task.id);
        return ctx.prisma.planTemplateTask.findMany({ ...query, where: { id: { in: ids } }, orderBy: { number: 'asc' } });
      },
    }),
    progress: t.field({
      type: WorkItemProgress,
      description: '完成情况 (counts of the work items the viewer may see)',
      resolve: (plan, _args, ctx) => workItemProgress(ctx, { planId: plan.id, tenantId: plan.tenantId }),
    }),
  }),
});

interface ProgressShape { total: number; planned: number; inProgress: number; done: number; pendingConfirmation: number; cancelled: number; overdue: number }

const WorkItemProgress = builder.objectRef<ProgressShape>('WorkItemProgress').implement({
  description: '任务完成情况 (work item counts by status; overdue = open and past due, derived)',
  fields: (t) => ({
    total: t.exposeInt('total', { description: '任务总数 (all, cancelled included)' }),
    planned: t.exposeInt('planned', { description: '未开始 (planned)' }),
    inProgress: t.exposeInt('inProgress', { description: '推进中 (in progress)' }),
    done: t.exposeInt('done', { description: '已完成 (done and counted: marked by a leader, or confirmed)' }),
    pendingConfirmation: t.exposeInt('pendingConfirmation', { description: '待确认 (marked done by the responsible person, not yet confirmed: not counted in done)' }),
    cancelled: t.exposeInt('cancelled', { description: '已取消 (cancelled)' }),
    overdue: t.exposeInt('overdue', { description: '已逾期 (overdue: planned or in progress, due before today)' }),
  }),
});

/** One grouped aggregate (and one count) for the counts; no rows are loaded. */
async function workItemProgress(ctx: Context, where: Prisma.WorkItemWhereInput): Promise<ProgressShape> {
  const scoped = { AND: [where, visibleWorkItemWhere(ctx)] };
  const [groups, overdue] = await Promise.all([
    ctx.prisma.workItem.groupBy({ by: ['status', 'pendingConfirmation'], where: scoped, _count: { _all: true } }),
    ctx.prisma.workItem.count({ where: { AND: [scoped, overdueWhere(todayInChina(ctx.now()))] } }),
  ]);
  // 待确认 (issue 21 item 8): a DONE its responsible person marked counts as done only once confirmed.
  const n = (s: string, pending = false) => groups.filter((g) => g.status === s && g.pendingConfirmation === pending).reduce((sum, g) => sum + g._count._all, 0);
  return {
    total: groups.reduce((sum, g) => sum + g._count._all, 0),
    planned: n('PLANNED'), inProgress: n('IN_PROGRESS'), done: n('DONE'), pendingConfirmation: n('DONE', true), cancelled: n('CANCELLED'), overdue,
  };
}

const WorkItemFilter = builder.inputType('WorkItemFilter', {
  description: '工作任务筛选 (filter for work items); always within what the viewer may see',
  fields: (t) => ({
    year: t.int({ required: false, description: '计划年度 (plan year)' }),
    subtreeOf: t.id({ required: false, description: '某单元及其下级 (only this unit and its descendants)' }),
    statuses: t.field({ type: [WorkItemStatusEnum], required: false, description: '状态 (statuses)' }),
    overdue: t.boolean({ required: false, description: '是否逾期 (true: only overdue; false: only not overdue)' }),
    mine: t.boolean({ required: false, description: '我负责的 (only items the viewer is responsible for)' }),
    pendingConfirmation: t.boolean({ required: false, description: '待确认 (true: only items waiting for a leader\'s confirmation; false: none of them)' }),
    templateTaskId: t.id({ required: false, description: '对应主要任务 (only items under this main task)' }),
    dueFrom: t.field({ type: 'Date', required: false, description: '完成时限起 (due on or after)' }),
    dueTo: t.field({ type: 'Date', required: false, description: '完成时限止 (due on or before)' }),
  }),
});

type WorkItemFilterShape = {
  year?: number | null; subtreeOf?: string | number | null; statuses?: readonly string[] | null; overdue?: boolean | null;
  mine?: boolean | null; templateTaskId?: string | number | null; dueFrom?: Date | null; dueTo?: Date | null; pendingConfirmation?: boolean | null;
} | null | undefined;

/** The API's filter as the service's (global ids decoded); the scope filter itself lives in the service. */
function workItemFilterWhere(ctx: Context, filter: WorkItemFilterShape): Prisma.WorkItemWhereInput {
  return workItemListWhere(ctx.viewer, filter && {
    ...filter,
    statuses: filter.statuses as readonly WorkItemStatus[] | null | undefined,
    subtreeOf: filter.subtreeOf ? idOf(String(filter.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
    templateTaskId: filter.templateTaskId ? idOf(String(filter.templateTaskId), 'PlanTemplateTask', 'filter.templateTaskId') : null,
  }, todayInChina(ctx.now()));
}

builder.prismaNode('WorkItem', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '工作任务 (a work item of the annual plan: owner unit, responsible person, due date, status, progress, evidence)',
  fields: (t) => ({
    title: t.exposeString('title', { description: '任务名称 (title)' }),
    description: t.exposeString('description', { description: '任务内容 (what is to be done)' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: '完成时限 (due date)' }),
    status: t.expose('status', { type: WorkItemStatusEnum, description: '状态 (status)' }),
    carriedOverFrom: t.relation('carriedOverFrom', { nullable: true, description: '上年度转入 (the previous year\'s item this one continues)' }),
    carriedOverTo: t.relation('carriedOverTo', { nullable: true, description: '转入下一年度 (the next year\'s item this one was carried into)' }),
    isOverdue: t.boolean({
      description: '是否逾期 (overdue: planned or in progress and due before today in China; computed when read)',
      resolve: (item, _args, ctx) => isOverdue(item, todayInChina(ctx.now())),
    }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: '完成时间 (when marked done)' }),
    pendingConfirmation: t.exposeBoolean('pendingConfirmation', {
      description: '待确认 (DONE as marked by its responsible person, waiting for a leader of the unit; not counted done until confirmed)',
    }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: '确认时间 (when a leader confirmed it)' }),
    confirmedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: '确认人 (the leader who confirmed it); null when none, or when the viewer may not see that person',
      select: { confirmedBy: true },
      resolve: (item, _args, ctx) => visiblePersonOrNull(item.confirmedBy, ctx),
    }),
    cancelReason: t.exposeString('cancelReason', { nullable: true, description: '取消理由 (why it was cancelled)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间 (created at)' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '更新时间 (updated at)' }),
    plan: t.relation('plan', { description: '所属年度计划 (annual plan)' }),
    templateTask: t.relation('templateTask', { nullable: true, description: '对应主要任务 (the main task it implements)' }),
    unit: t.relation('unit', { description: '责任单位 (owner unit)' }),
    responsiblePerson: t.field({
      type: PersonRef,
      nullable: true,
      description: '责任人 (responsible person); null when the viewer may not see that person',
      select: { responsiblePerson: true },
      resolve: (item, _args, ctx) => visiblePersonOrNull(item.responsiblePerson, ctx),
    }),
    notes: t.relation('notes', { description: '进展情况 (progress notes, oldest first)', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
    attachments: t.relation('attachments', { description: '佐证材料 (evidence files)', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaObject('WorkItemNote', {
  description: '进展情况 (a progress note on a work item)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    text: t.exposeString('text', { description: '内容 (text)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '时间 (when)' }),
    author: t.field({
      type: PersonRef,
      nullable: true,
      description: '填报人 (author); null when the viewer may not see that person',
      select: { author: true },
      resolve: (note, _args, ctx) => visiblePersonOrNull(note.author, ctx),
    }),
  }),
});

// Work and records as fields of units and people.
builder.prismaObjectFields('OrgUnit', (t) => ({
  workItems: t.relatedConnection('workItems', {
    description: '本单位工作任务 (work items owned by this unit)',
    totalCount: true,
    cursor: 'id',
    query: () => ({ orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.prismaObjectFields('Person', (t) => ({
  responsibleWorkItems: t.relation('responsibleWorkItems', {
    description: '负责的工作任务 (work items this person is responsible for, in units the viewer may see)',
    query: (_args, ctx) => ({ where: visibleWorkItemWhere(ctx), orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Queries

builder.queryFields((t) => ({
  planTemplates: t.prismaField({
    type: ['PlanTemplate'],
    description: '实施方案模板 (the shipped plan versions with their main tasks)',
    resolve: (query, _root, _args, ctx) => ctx.prisma.planTemplate.findMany({ ...query, orderBy: { issuedOn: 'desc' } }),
  }),
  annualPlan: t.prismaField({
    type: 'AnnualPlan',
    nullable: true,
    description: '年度计划 (the viewer\'s bureau\'s plan for a year; null if none)',
    args: { year: t.arg.int({ required: true, description: '年度 (year)' }) },
    resolve: (query, _root, args, ctx) => {
      const { tenantId } = bureauViewer(ctx.viewer);
      return ctx.prisma.annualPlan.findUnique({ ...query, where: { tenantId_year: { tenantId, year: args.year } } });
    },
  }),
  workItems: t.prismaConnection({
    type: 'WorkItem',
    cursor: 'id',
    description: '工作任务 (work items of units the viewer may see), by due date',
    args: { filter: t.arg({ type: WorkItemFilter, required: false, description: '筛选 (filter)' }) },
    resolve: (query, _root, args, ctx) => {
      bureauViewer(ctx.viewer);
      return findPage(ctx, 'workItem', query, { where: workItemFilterWhere(ctx, args.filter), orderBy: [{ dueDate: 'asc' }, { id: 'asc' }], args });
    },
    totalCount: (_root, args, ctx) => countPage(ctx, args, () => ctx.prisma.workItem.count({ where: workItemFilterWhere(ctx, args.filter) })),
  }, { description: '工作任务分页 (a page of work items)' }, { description: '工作任务边 (an edge to a work item)' }),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const workItemId = (id: string | number) => idOf(String(id), 'WorkItem', 'workItemId');

builder.relayMutationField(
  'createAnnualPlan',
  {
    description: '新建年度计划 (create the bureau\'s plan for a year)',
    inputFields: (t) => ({
      year: t.int({ required: true, description: '年度 (year)' }),
      templateVersion: t.string({ required: false, description: '方案版本 (template version; the latest by default)' }),
      title: t.string({ required: false, description: '名称 (title; generated by default)' }),
      carryOverUnfinished: t.boolean({ required: false, description: '转入上年度未完成任务 (copy the previous year\'s unfinished work items into the new plan, linked both ways; the old ones close as 转入下一年度)' }),
    }),
  },
  {
    description: '新建年度计划 (create the plan for a year; first or direct responsible person of the bureau committee)',
    resolve: async (_r, { input }, ctx) => ({ plan: await createAnnualPlan(ctx.prisma, ctx.viewer, input, ctx.now()) }),
  },
  {
    description: '新建年度计划的结果 (result of createAnnualPlan)',
    outputFields: (t) => ({
      plan: t.prismaField({ type: 'AnnualPlan', description: '年度计划 (the new plan)', resolve: (q, p, _a, ctx) => reload(ctx, 'annualPlan', q, p.plan) }),
    }),
  },
);

builder.relayMutationField(
  'createWorkItem',
  {
    description: '新建工作任务 (create a work item under the plan)',
    inputFields: (t) => ({
      planId: t.id({ required: true, description: '年度计划 (annual plan)' }),
      templateTaskId: t.id({ required: false, description: '对应主要任务 (the main task it implements)' }),
      unitId: t.id({ required: true, description: '责任单位 (owner unit; one the viewer leads)' }),
      responsiblePersonId: t.id({ required: true, description: '责任人 (a person with a post or duty covering the unit)' }),
      title: t.string({ required: true, description: '任务名称 (title, 1–200 characters)' }),
      description: t.string({ required: false, description: '任务内容 (what is to be done)' }),
      dueDate: t.field({ type: 'Date', required: true, description: '完成时限 (due date, within the plan year)' }),
    }),
  },
  {
    description: '新建工作任务 (decompose the plan: a work item for a unit the viewer leads)',
    resolve: async (_r, { input }, ctx) => ({
      workItem: await createWorkItem(ctx.prisma, ctx.viewer, {
        ...input,
        planId: idOf(String(input.planId), 'AnnualPlan', 'planId'),
        templateTaskId: input.templateTaskId ? idOf(String(input.templateTaskId), 'PlanTemplateTask', 'templateTaskId') : null,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        responsiblePersonId: idOf(String(input.responsiblePersonId), 'Person', 'responsiblePersonId'),
      }, ctx.now()),
    }),
  },
  {
    description: '新建工作任务的结果 (result of createWorkItem)',
    outputFields: (t) => ({
      workItem: t.prismaField({ type: 'WorkItem', description: '工作任务 (the new work item)', resolve: (q, p, _a, ctx) => reload(ctx, 'workItem', q, p.workItem) }),
      plan: t.prismaField({
        type: 'AnnualPlan',
        description: '年度计划 (the plan, whose work items changed)',
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'annualPlan', q, p.workItem.planId),
      }),
    }),
  },
);

builder.relayMutationField(
  'updateWorkItem',
  {
    description: '修改工作任务 (change a work item\'s title, content, due date or responsible person)',
    inputFields: (t) => ({
      workItemId: t.id({ required: true, description: '工作任务 (work item)' }),
      title: t.string({ required: false, description: '任务名称 (title)' }),
      description: t.string({ required: false, description: '任务内容 (content)' }),
      dueDate: t.field({ type: 'Date', required: false, description: '完成时限 (due date, within the plan year)' }),
      responsiblePersonId: t.id({ required: false, description: '责任人 (responsible person)' }),
    }),
  },
  {
    description: '修改工作任务 (leaders of the unit)',
    resolve: async (_r, { input }, ctx) => ({
      workItem: await updateWorkItem(ctx.prisma, ctx.viewer, {
        ...input,
        workItemId: workItemId(input.workItemId),
        responsiblePersonId: input.responsiblePersonId ? idOf(String(input.responsiblePersonId), 'Person', 'responsiblePersonId') : null,
      }, ctx.now()),
    }),
  },
  {
    description: '修改工作任务的结果 (result of updateWorkItem)',
    outputFields: (t) => ({
      workItem: t.prismaField({ type: 'WorkItem', description: '工作任务 (the changed work item)', resolve: (q, p, _a, ctx) => reload(ctx, 'workItem', q, p.workItem) }),
    }),
  },
);

builder.relayMutationField(
  'answerWorkItemConfirmation',
  {
    description: '确认或退回待确认的工作任务 (confirm or send back a work item waiting for confirmation)',
    inputFields: (t) => ({
      workItemId: t.id({ required: true, description: '工作任务 (work item)' }),
      confirm: t.boolean({ required: true, description: 'true 确认完成 (confirm: the DONE counts); false 退回 (send back to 推进中)' }),
      reason: t.string({ required: false, description: '理由 (required to send back; kept as a progress note)' }),
    }),
  },
  {
    description: '确认或退回待确认的工作任务 (a leader of the unit — its first or direct responsible people, not the responsible person — '
      + 'confirms a DONE its responsible person marked, or sends it back with a reason)',
    resolve: async (_r, { input }, ctx) => ({
      workItem: await answerWorkItemConfirmation(ctx.prisma, ctx.viewer, { ...input, workItemId: workItemId(input.workItemId) }, ctx.now()),
    }),
  },
  {
    description: '确认或退回的结果 (result of answerWorkItemConfirmation)',
    outputFields: (t) => ({
      workItem: t.prismaField({ type: 'WorkItem', description: '工作任务 (the work item)', resolve: (q, p, _a, ctx) => reload(ctx, 'workItem', q, p.workItem) }),
    }),
  },
);

builder.relayMutationField(
  'changeWorkItemStatus',
  {
    description: '变更任务状态 (move a work item through its statuses)',
    inputFields: (t) => ({
      workItemId: t.id({ required: true, description: '工作任务 (work item)' }),
      status: t.field({ type: WorkItemStatusEnum, required: true, description: '新状态 (new status)' }),
      reason: t.string({ required: false, description: '理由 (required to cancel, or to reopen a done item; kept as a progress note)' }),
    }),
  },
  {
    description: '变更任务状态 (the responsible person starts and finishes — a DONE they mark is 待确认 until a leader of the unit confirms it, '
      + 'and they may withdraw it meanwhile; leaders also cancel and reopen, with a reason)',
    resolve: async (_r, { input }, ctx) => ({
      workItem: await changeWorkItemStatus(ctx.prisma, ctx.viewer, { ...input, workItemId: workItemId(input.workItemId) }, ctx.now()),
    }),
  },
  {
    description: '变更任务状态的结果 (result of changeWorkItemStatus)',
    outputFields: (t) => ({
      workItem: t.prismaField({
        type: 'WorkItem',
        description: '工作任务 (the work item, with its new status and the reason as a progress note)',
        resolve: (q, p, _a, ctx) => reload(ctx, 'workItem', q, p.workItem),
      }),
    }),
  },
);

builder.relayMutationField(
  'addWorkItemNote',
  {
    description: '报告进展 (add a progress note)',
    inputFields: (t) => ({
      workItemId: t.id({ required: true, description: '工作任务 (work item)' }),
      text: t.string({ required: true, description: '内容 (text)' }),
    }),
  },
  {
    description: '报告进展 (add a progress note; the responsible person or the unit\'s leaders)',
    resolve: async (_r, { input }, ctx) => ({
      note: await addWorkItemNote(ctx.prisma, ctx.viewer, { workItemId: workItemId(input.workItemId), text: input.text }),
    }),
  },
  {
    description: '报告进展的结果 (result of addWorkItemNote)',
    outputFields: (t) => ({
      note: t.prismaField({ type: 'WorkItemNote', description: '进展 (the new note)', resolve: (q, p, _a, ctx) => reload(ctx, 'workItemNote', q, p.note) }),
      workItem: t.prismaField({
        type: 'WorkItem',
        description: '工作任务 (the work item, whose notes changed)',
        resolve: (q, p, _a, ctx) => reloadById(ctx, 'workItem', q, p.note.workItemId),
      }),
    }),
  },
);

