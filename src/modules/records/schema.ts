// 工作台账与佐证材料: work records (meetings, reports, briefings, inspections), evidence files and their downloads.
import { GraphQLError } from 'graphql';
import { bureauViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { DistrictRoleEnum, WorkRecordKindEnum } from '../../graphql/enums.js';
import { visiblePersonOrNull } from '../../graphql/helpers.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { globalId, idOf } from '../../lib/ids.js';
import { reload, reloadById } from '../../lib/reload.js';
import { PersonRef } from '../people/schema.js';
import { downloadPath } from './downloads.js';
import type { WorkRecordKind } from '../../generated/prisma/enums.js';
import { attachEvidence, createWorkRecord, workRecordListWhere } from './service.js';
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

/** Work items the viewer may see, as a filter; nothing for anyone but a bureau person. */
builder.prismaNode('Attachment', {
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

builder.prismaNode('WorkRecord', {
  id: { field: 'id' },
  // Out of scope or unknown: node() answers null, the same for both.
  nullable: true,
  description: '工作台账 (work record: a study, report, briefing, analysis, inspection, meeting or duty report)',
  fields: (t) => ({
    kind: t.expose('kind', { type: WorkRecordKindEnum, description: '类别 (kind)' }),
    date: t.expose('date', { type: 'Date', description: '日期 (date held or sent, as the bureau gives it)' }),
    reportingYear: t.exposeInt('reportingYear', { description: '所属年度 (the year it counts for in compliance)' }),
    filedAt: t.expose('filedAt', { type: 'DateTime', description: '填报时间 (when the server filed it; timeliness is judged by it, China time)' }),
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
    recordedByRole: t.expose('recordedByRole', {
      type: DistrictRoleEnum, nullable: true,
      description: '登记的区级机关 (the district role that recorded it: 区委宣传部 for its 专项督查; null when a person of the bureau did)',
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: '述职人 (the team member whose own record it is, e.g. a duty report); null when none or not visible',
      select: { person: true },
      resolve: (r, _args, ctx) => visiblePersonOrNull(r.person, ctx),
    }),
    attachments: t.relation('attachments', { description: '附件 (attachments)', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

const WorkRecordFilter = builder.inputType('WorkRecordFilter', {
  description: '台账筛选 (filter for work records); always within what the viewer may see',
  fields: (t) => ({
    year: t.int({ required: false, description: '所属年度 (reporting year)' }),
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

builder.prismaObjectFields('OrgUnit', (t) => ({
  workRecords: t.relatedConnection('workRecords', {
    description: '本单位工作台账 (work records of this unit), newest first',
    totalCount: true,
    cursor: 'id',
    query: () => ({ orderBy: [{ date: 'desc' }, { id: 'desc' }] }),
  }),
}));

builder.queryFields((t) => ({
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

const workItemId = (id: string | number) => idOf(String(id), 'WorkItem', 'workItemId');

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
      date: t.field({ type: 'Date', required: true, description: '日期 (date held or sent; not in the future)' }),
      reportingYear: t.int({ required: false, description: '所属年度 (the year it counts for; default the year of date; not after this year, not before the bureau existed)' }),
      title: t.string({ required: true, description: '标题 (title)' }),
      summary: t.string({ required: false, description: '内容摘要 (summary or minutes)' }),
      participants: t.stringList({ required: false, description: '参加人员 (participants)' }),
      sentTo: t.field({ type: [DistrictRoleEnum], required: false, description: '主送 (district roles it is sent to)' }),
      copiedTo: t.field({ type: [DistrictRoleEnum], required: false, description: '抄送 (district roles it is copied to)' }),
      otherRecipients: t.string({ required: false, description: '其他报送对象 (other addressees)' }),
      personId: t.id({ required: false, description: '述职人 (the team member whose own record it is; required for a DUTY_REPORT)' }),
    }),
  },
  {
    description: '登记工作台账 (record work of a unit the viewer leads)',
    resolve: async (_r, { input }, ctx) => ({
      workRecord: await createWorkRecord(ctx.prisma, ctx.viewer, {
        ...input,
        unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId'),
        personId: input.personId ? idOf(String(input.personId), 'Person', 'personId') : null,
      }, ctx.now()),
    }),
  },
  {
    description: '登记工作台账的结果 (result of createWorkRecord)',
    outputFields: (t) => ({
      workRecord: t.prismaField({ type: 'WorkRecord', description: '工作台账 (the new record)', resolve: (q, p, _a, ctx) => reload(ctx, 'workRecord', q, p.workRecord) }),
    }),
  },
);


