import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { bureauViewer, districtViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma, WorkRecord } from '../../generated/prisma/client.js';
import { todayInChina } from '../../lib/dates.js';
import { globalId, idOf } from '../../lib/ids.js';
import { reload, reloadById } from '../../lib/reload.js';
import { DistrictRoleEnum } from '../auth/schema.js';
import { TenantRef } from '../tenancy/schema.js';
import { visibleUnitWhere } from '../org/schema.js';
import { PersonRef } from '../people/schema.js';
import { downloadPath } from './downloads.js';
import type { WorkItemStatus, WorkRecordKind } from '../../generated/prisma/enums.js';
import { addressedRecordIds, attachEvidence, createWorkRecord, workRecordListWhere } from './records.js';
import {
  addWorkItemNote, changeWorkItemStatus, createAnnualPlan, createWorkItem, isOverdue, overdueWhere, updateWorkItem, workItemListWhere,
} from './service.js';
import { blobStoreFor } from './storage.js';

builder.scalarType('File', {
  description: '文件 (a file part of a GraphQL multipart request; input only)',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar');
  },
  parseValue: (value) => {
    const file = value as File;
    if (!file || typeof file !== 'object' || typeof file.arrayBuffer !== 'function' || typeof file.size !== 'number') {
      throw new GraphQLError('File must be a file part of a multipart request');
    }
    return file;
  },
});

export const WorkItemStatusEnum = builder.enumType('WorkItemStatus', {
  description: '任务状态 (status of a work item); "overdue" is derived (isOverdue), never a status',
  values: {
    PLANNED: { description: '未开始 (planned)' },
    IN_PROGRESS: { description: '推进中 (in progress)' },
    DONE: { description: '已完成 (done)' },
    CANCELLED: { description: '已取消 (cancelled, with a reason; final)' },
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
    DEMOCRATIC_LIFE_MEETING: { description: '领导班子民主生活会 (democratic life meeting of the team; IV.2)' },
    DUTY_REPORT: { description: '述职报告 (duty report of a team member; IV.2)' },
  },
});

/** Work items the viewer may see, as a filter; nothing for anyone but a bureau person. */
export function visibleWorkItemWhere(ctx: Context): Prisma.WorkItemWhereInput {
  return { unit: visibleUnitWhere(ctx) };
}

/** A person field that answers null (not an error) when the viewer may not see that person. */
async function visiblePersonOrNull<P extends { id: string }>(person: P | null, ctx: Context): Promise<P | null> {
  if (!person || ctx.viewer.kind !== 'person') return null;
  return (await ctx.loaders.visiblePerson.load(person.id)) ? person : null;
}

// ---------------------------------------------------------------------------------------------
// Template

export const PlanTemplateRef = builder.prismaObject('PlanTemplate', {
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

export const PlanTemplateTaskRef = builder.prismaNode('PlanTemplateTask', {
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

export const AnnualPlanRef = builder.prismaNode('AnnualPlan', {
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
    progress: t.field({
      type: WorkItemProgress,
      description: '完成情况 (counts of the work items the viewer may see)',
      resolve: (plan, _args, ctx) => workItemProgress(ctx, { planId: plan.id, tenantId: plan.tenantId }),
    }),
  }),
});

interface ProgressShape { total: number; planned: number; inProgress: number; done: number; cancelled: number; overdue: number }

const WorkItemProgress = builder.objectRef<ProgressShape>('WorkItemProgress').implement({
  description: '任务完成情况 (work item counts by status; overdue = open and past due, derived)',
  fields: (t) => ({
    total: t.exposeInt('total', { description: '任务总数 (all, cancelled included)' }),
    planned: t.exposeInt('planned', { description: '未开始 (planned)' }),
    inProgress: t.exposeInt('inProgress', { description: '推进中 (in progress)' }),
    done: t.exposeInt('done', { description: '已完成 (done)' }),
    cancelled: t.exposeInt('cancelled', { description: '已取消 (cancelled)' }),
    overdue: t.exposeInt('overdue', { description: '已逾期 (overdue: planned or in progress, due before today)' }),
  }),
});

/** One grouped aggregate (and one count) for the counts; no rows are loaded. */
async function workItemProgress(ctx: Context, where: Prisma.WorkItemWhereInput): Promise<ProgressShape> {
  const scoped = { AND: [where, visibleWorkItemWhere(ctx)] };
  const [groups, overdue] = await Promise.all([
    ctx.prisma.workItem.groupBy({ by: ['status'], where: scoped, _count: { _all: true } }),
    ctx.prisma.workItem.count({ where: { AND: [scoped, overdueWhere(todayInChina(ctx.now()))] } }),
  ]);
  const n = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  return {
    total: groups.reduce((sum, g) => sum + g._count._all, 0),
    planned: n('PLANNED'), inProgress: n('IN_PROGRESS'), done: n('DONE'), cancelled: n('CANCELLED'), overdue,
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
    templateTaskId: t.id({ required: false, description: '对应主要任务 (only items under this main task)' }),
    dueFrom: t.field({ type: 'Date', required: false, description: '完成时限起 (due on or after)' }),
    dueTo: t.field({ type: 'Date', required: false, description: '完成时限止 (due on or before)' }),
  }),
});

type WorkItemFilterShape = {
  year?: number | null; subtreeOf?: string | number | null; statuses?: readonly string[] | null; overdue?: boolean | null;
  mine?: boolean | null; templateTaskId?: string | number | null; dueFrom?: Date | null; dueTo?: Date | null;
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

export const WorkItemRef = builder.prismaNode('WorkItem', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '工作任务 (a work item of the annual plan: owner unit, responsible person, due date, status, progress, evidence)',
  fields: (t) => ({
    title: t.exposeString('title', { description: '任务名称 (title)' }),
    description: t.exposeString('description', { description: '任务内容 (what is to be done)' }),
    dueDate: t.expose('dueDate', { type: 'Date', description: '完成时限 (due date)' }),
    status: t.expose('status', { type: WorkItemStatusEnum, description: '状态 (status)' }),
    isOverdue: t.boolean({
      description: '是否逾期 (overdue: planned or in progress and due before today in China; computed when read)',
      resolve: (item, _args, ctx) => isOverdue(item, todayInChina(ctx.now())),
    }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: '完成时间 (when marked done)' }),
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

export const AttachmentRef = builder.prismaNode('Attachment', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '佐证材料 (an evidence file, stored once per content)',
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: '文件名 (file name)' }),
    mimeType: t.exposeString('mimeType', { description: '文件类型 (MIME type)' }),
    size: t.exposeInt('size', { description: '大小 (bytes)' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 摘要 (content digest, hex)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '上传时间 (uploaded at)' }),
    downloadUrl: t.string({
      description: '下载地址 (path to GET with the same bearer token; 404 for anyone who may not see the item)',
      resolve: (a) => downloadPath(globalId('Attachment', a.id)),
    }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Work records

export const WorkRecordRef = builder.prismaNode('WorkRecord', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '工作台账 (work record: a study, report, briefing, analysis, inspection, meeting or duty report)',
  fields: (t) => ({
    kind: t.expose('kind', { type: WorkRecordKindEnum, description: '类别 (kind)' }),
    date: t.expose('date', { type: 'Date', description: '日期 (date held or sent)' }),
    title: t.exposeString('title', { description: '标题 (title)' }),
    summary: t.exposeString('summary', { description: '内容摘要 (summary or minutes)' }),
    participants: t.exposeStringList('participants', { description: '参加人员 (participants)' }),
    sentTo: t.field({ type: [DistrictRoleEnum], description: '主送 (district roles it is sent to)', resolve: (r) => r.sentTo }),
    copiedTo: t.field({ type: [DistrictRoleEnum], description: '抄送 (district roles it is copied to)', resolve: (r) => r.copiedTo }),
    otherRecipients: t.exposeString('otherRecipients', { nullable: true, description: '其他报送对象 (other addressees, free text)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间 (recorded at)' }),
    unit: t.relation('unit', { description: '单位 (unit)' }),
    recordedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: '登记人 (who recorded it); null when the viewer may not see that person',
      select: { recordedBy: true },
      resolve: (r, _args, ctx) => visiblePersonOrNull(r.recordedBy, ctx),
    }),
    attachments: t.relation('attachments', { description: '附件 (attachments)', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

const WorkRecordFilter = builder.inputType('WorkRecordFilter', {
  description: '台账筛选 (filter for work records); always within what the viewer may see',
  fields: (t) => ({
    year: t.int({ required: false, description: '年度 (year of the date)' }),
    subtreeOf: t.id({ required: false, description: '某单元及其下级 (only this unit and its descendants)' }),
    kinds: t.field({ type: [WorkRecordKindEnum], required: false, description: '类别 (kinds)' }),
  }),
});

function workRecordFilterWhere(
  ctx: Context,
  filter: { year?: number | null; subtreeOf?: string | number | null; kinds?: readonly string[] | null } | null | undefined,
): Prisma.WorkRecordWhereInput {
  return workRecordListWhere(ctx.viewer, filter && {
    year: filter.year,
    subtreeOf: filter.subtreeOf ? idOf(String(filter.subtreeOf), 'OrgUnit', 'filter.subtreeOf') : null,
    kinds: filter.kinds as readonly WorkRecordKind[] | null | undefined,
  });
}

// Work and records as fields of units and people.
builder.prismaObjectFields('OrgUnit', (t) => ({
  workItems: t.relatedConnection('workItems', {
    description: '本单位工作任务 (work items owned by this unit)',
    totalCount: true,
    cursor: 'id',
    query: () => ({ orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
  }),
  workRecords: t.relatedConnection('workRecords', {
    description: '本单位工作台账 (work records of this unit), newest first',
    totalCount: true,
    cursor: 'id',
    query: () => ({ orderBy: [{ date: 'desc' }, { id: 'desc' }] }),
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
      return ctx.prisma.workItem.findMany({ ...query, where: workItemFilterWhere(ctx, args.filter), orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
    },
    totalCount: (_root, args, ctx) => ctx.prisma.workItem.count({ where: workItemFilterWhere(ctx, args.filter) }),
  }, { description: '工作任务分页 (a page of work items)' }, { description: '工作任务边 (an edge to a work item)' }),
  workRecords: t.prismaConnection({
    type: 'WorkRecord',
    cursor: 'id',
    description: '工作台账 (work records of units the viewer may see), newest first',
    args: { filter: t.arg({ type: WorkRecordFilter, required: false, description: '筛选 (filter)' }) },
    resolve: (query, _root, args, ctx) => {
      bureauViewer(ctx.viewer);
      return ctx.prisma.workRecord.findMany({ ...query, where: workRecordFilterWhere(ctx, args.filter), orderBy: [{ date: 'desc' }, { id: 'desc' }] });
    },
    totalCount: (_root, args, ctx) => ctx.prisma.workRecord.count({ where: workRecordFilterWhere(ctx, args.filter) }),
  }, { description: '台账分页 (a page of work records)' }, { description: '台账边 (an edge to a work record)' }),
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
    }),
  },
  {
    description: '新建年度计划 (create the plan for a year; first or direct responsible person of the bureau committee)',
    resolve: async (_r, { input }, ctx) => ({ plan: await createAnnualPlan(ctx.prisma, ctx.viewer, input) }),
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
      }),
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
      }),
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
    description: '变更任务状态 (the responsible person starts and finishes; leaders also cancel and reopen, with a reason)',
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

builder.relayMutationField(
  'uploadEvidence',
  {
    description: '上传佐证材料 (upload an evidence file for a work item or a work record; multipart request)',
    inputFields: (t) => ({
      workItemId: t.id({ required: false, description: '工作任务 (work item), or' }),
      workRecordId: t.id({ required: false, description: '工作台账 (work record)' }),
      file: t.field({ type: 'File', required: true, description: '文件 (pdf, ofd, png, jpg, docx, xlsx, pptx, doc, xls; at most 20 MiB)' }),
    }),
  },
  {
    description: '上传佐证材料 (upload evidence; GraphQL multipart request). Refused: FILE_TOO_LARGE, FILE_TYPE_REFUSED',
    resolve: async (_r, { input }, ctx) => ({
      attachment: await attachEvidence(ctx.prisma, blobStoreFor(ctx.config), ctx.viewer, {
        workItemId: input.workItemId ? workItemId(input.workItemId) : null,
        workRecordId: input.workRecordId ? idOf(String(input.workRecordId), 'WorkRecord', 'workRecordId') : null,
        file: input.file,
      }),
    }),
  },
  {
    description: '上传佐证材料的结果 (result of uploadEvidence)',
    outputFields: (t) => ({
      attachment: t.prismaField({ type: 'Attachment', description: '佐证材料 (the stored file)', resolve: (q, p, _a, ctx) => reload(ctx, 'attachment', q, p.attachment) }),
      workItem: t.prismaField({
        type: 'WorkItem',
        nullable: true,
        description: '工作任务 (the work item it belongs to, if any)',
        resolve: async (q, p, _a, ctx) => (p.attachment.workItemId ? reloadById(ctx, 'workItem', q, p.attachment.workItemId) : null),
      }),
      workRecord: t.prismaField({
        type: 'WorkRecord',
        nullable: true,
        description: '工作台账 (the work record it belongs to, if any)',
        resolve: async (q, p, _a, ctx) => (p.attachment.workRecordId ? reloadById(ctx, 'workRecord', q, p.attachment.workRecordId) : null),
      }),
    }),
  },
);

builder.relayMutationField(
  'createWorkRecord',
  {
    description: '登记工作台账 (record a meeting, report, briefing or inspection)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '单位 (unit; one the viewer leads)' }),
      kind: t.field({ type: WorkRecordKindEnum, required: true, description: '类别 (kind)' }),
      date: t.field({ type: 'Date', required: true, description: '日期 (date; not in the future)' }),
      title: t.string({ required: true, description: '标题 (title)' }),
      summary: t.string({ required: false, description: '内容摘要 (summary or minutes)' }),
      participants: t.stringList({ required: false, description: '参加人员 (participants)' }),
      sentTo: t.field({ type: [DistrictRoleEnum], required: false, description: '主送 (district roles it is sent to)' }),
      copiedTo: t.field({ type: [DistrictRoleEnum], required: false, description: '抄送 (district roles it is copied to)' }),
      otherRecipients: t.string({ required: false, description: '其他报送对象 (other addressees)' }),
    }),
  },
  {
    description: '登记工作台账 (record work of a unit the viewer leads)',
    resolve: async (_r, { input }, ctx) => ({
      workRecord: await createWorkRecord(ctx.prisma, ctx.viewer, { ...input, unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId') }, ctx.now()),
    }),
  },
  {
    description: '登记工作台账的结果 (result of createWorkRecord)',
    outputFields: (t) => ({
      workRecord: t.prismaField({ type: 'WorkRecord', description: '工作台账 (the new record)', resolve: (q, p, _a, ctx) => reload(ctx, 'workRecord', q, p.workRecord) }),
    }),
  },
);


// ---------------------------------------------------------------------------------------------
// The district's reading of what is addressed to it

interface DistrictReportShape extends WorkRecord {
  unit: { name: string; tenant: { id: string; districtId: string; name: string; shortName: string; code: string; createdAt: Date } };
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string }[];
}

const ReportAttachment = builder.objectRef<DistrictReportShape['attachments'][number]>('ReportAttachment').implement({
  description: '报送材料附件 (an attachment of a report addressed to the district)',
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: '文件名 (file name)' }),
    mimeType: t.exposeString('mimeType', { description: '文件类型 (MIME type)' }),
    size: t.exposeInt('size', { description: '大小 (bytes)' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 摘要 (content digest)' }),
    downloadUrl: t.string({ description: '下载地址 (path to GET with the bearer token)', resolve: (a) => downloadPath(globalId('Attachment', a.id)) }),
  }),
});

export const DistrictReportRef = builder.objectRef<DistrictReportShape>('DistrictReport').implement({
  description: '区级收文 (a work record addressed (主送 or 抄送) to the viewer\'s district role; no person-level fields)',
  fields: (t) => ({
    id: t.id({ description: '台账全局ID (global ID of the work record)', resolve: (r) => globalId('WorkRecord', r.id) }),
    bureau: t.field({ type: TenantRef, description: '报送单位所属局 (the bureau)', resolve: (r) => r.unit.tenant as never }),
    unitName: t.string({ description: '报送单位 (the unit)', resolve: (r) => r.unit.name }),
    kind: t.field({ type: WorkRecordKindEnum, description: '类别 (kind)', resolve: (r) => r.kind }),
    date: t.field({ type: 'Date', description: '日期 (date)', resolve: (r) => r.date }),
    title: t.exposeString('title', { description: '标题 (title)' }),
    summary: t.exposeString('summary', { description: '内容摘要 (summary)' }),
    sentTo: t.field({ type: [DistrictRoleEnum], description: '主送 (sent to)', resolve: (r) => r.sentTo }),
    copiedTo: t.field({ type: [DistrictRoleEnum], description: '抄送 (copied to)', resolve: (r) => r.copiedTo }),
    attachments: t.field({ type: [ReportAttachment], description: '附件 (attachments)', resolve: (r) => r.attachments }),
  }),
});

builder.queryField('receivedReports', (t) =>
  t.connection({
    type: DistrictReportRef,
    description: '收文 (work records of the district\'s bureaus addressed to the viewer\'s role), newest first; district roles only',
    args: { year: t.arg.int({ required: false, description: '年度 (year)' }) },
    resolve: async (_root, args, ctx) => {
      const viewer = districtViewer(ctx.viewer);
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, async ({ offset, limit }) => {
        const page = await addressedRecordIds(ctx.prisma, viewer.districtId, viewer.role, { year: args.year, offset, limit });
        totalCount = page.total;
        if (!page.ids.length) return [];
        return ctx.prisma.workRecord.findMany({
          where: { id: { in: page.ids } },
          orderBy: [{ date: 'desc' }, { id: 'desc' }],
          include: {
            unit: { select: { name: true, tenant: true } },
            attachments: { select: { id: true, fileName: true, mimeType: true, size: true, sha256: true }, orderBy: { createdAt: 'asc' } },
          },
        });
      });
      return Object.assign(connection, { totalCount });
    },
  }, {
    name: 'DistrictReportConnection',
    description: '收文分页 (a page of reports)',
    fields: (c) => ({ totalCount: c.int({ description: '总数 (total)', resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }) }),
  }, { name: 'DistrictReportEdge', description: '收文边 (an edge to a report)' }),
);
