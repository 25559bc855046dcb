// 区级视图: the district's per-bureau, per-rule view and what is addressed to its roles.
import { districtViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import { ChannelReviewResultEnum, ComplianceStatusEnum, DistrictRoleEnum, WorkRecordKindEnum } from '../../graphql/enums.js';
import { asOfArg, tallyFields, tenantOf, visiblePersonOrNull, yearOf } from '../../graphql/helpers.js';
import type { WorkRecord } from '../../generated/prisma/client.js';
import { TenantRef } from '../tenancy/schema.js';
import {
  answerInspectionFinding, districtOverview, inspectionListWhere, recordDistrictChannelReview, recordInspection, reportsByBureau,
  type BureauOverview, type BureauReports, type BureauRuleStatus,
} from './service.js';
import { idOf } from '../../lib/ids.js';
import { reload } from '../../lib/reload.js';
import { PersonRef } from '../people/schema.js';
import { addressedRecordIds } from '../records/service.js';
import { downloadPath } from '../records/downloads.js';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { globalId } from '../../lib/ids.js';

// ---------------------------------------------------------------------------------------------
// District view

const BureauRuleStatusRef = builder.objectRef<BureauRuleStatus>('BureauRuleStatus').implement({
  description: '各局分规则落实情况 (one rule across one bureau: its worst status over the bureau\'s units, and the units by status)',
  fields: (t) => ({
    code: t.string({ description: '规则代码 (rule code, e.g. ANNUAL_RESPONSIBILITY_REPORT)', resolve: (r) => r.rule.code }),
    name: t.string({ description: '规定动作 (rule name)', resolve: (r) => r.rule.name }),
    source: t.string({ description: '出处 (the plan\'s clause, or "LOCAL")', resolve: (r) => (r.rule.origin === 'PLAN' ? r.rule.clause : 'LOCAL') }),
    dueMonthDay: t.string({ nullable: true, description: '期限 (due day MM-DD within the period; null: the period\'s last day)', resolve: (r) => r.rule.dueMonthDay }),
    status: t.field({ type: ComplianceStatusEnum, description: '状态 (the worst status over the bureau\'s units)', resolve: (r) => r.status }),
    withoutEvidence: t.int({ description: '无佐证 (records counted for the rule, over the bureau\'s units, with no attachment)', resolve: (r) => r.withoutEvidence }),
    ...tallyFields(t),
  }),
});

const BureauOverviewRef = builder.objectRef<BureauOverview>('BureauOverview').implement({
  description: '各局落实情况 (one bureau\'s figures for the district: aggregates only)',
  fields: (t) => ({
    tenant: t.field({ type: TenantRef, description: '局 (the bureau)', resolve: (b) => b.tenant as never }),
    year: t.exposeInt('year', { description: '年度 (year)' }),
    asOf: t.expose('asOf', { type: 'Date', description: '截至日期 (as of)' }),
    rulesMet: t.int({ description: '规定动作已落实 (unit–rule pairs met)', resolve: (b) => b.rules.met }),
    rulesDueSoon: t.int({ description: '规定动作即将到期 (pairs due soon)', resolve: (b) => b.rules.dueSoon }),
    rulesOverdue: t.int({ description: '规定动作逾期 (pairs overdue)', resolve: (b) => b.rules.overdue }),
    rulesNotYetDue: t.int({ description: '规定动作未到期 (pairs not yet due)', resolve: (b) => b.rules.notYetDue }),
    rulesLate: t.int({ description: '规定动作逾期完成 (pairs done late)', resolve: (b) => b.rules.late }),
    workItemsTotal: t.int({ description: '年度任务总数 (work items of the year\'s plan, cancelled excluded)', resolve: (b) => b.workItems.total }),
    workItemsDone: t.int({ description: '已完成任务 (done)', resolve: (b) => b.workItems.done }),
    workItemsOverdue: t.int({ description: '逾期任务 (overdue: open, due before asOf)', resolve: (b) => b.workItems.overdue }),
    annualReportReceived: t.boolean({
      description: '是否已报送年度责任制情况报告 (an annual responsibility report that counts for the rule this year)',
      resolve: (b) => b.annualReportDate !== null,
    }),
    annualReportDate: t.expose('annualReportDate', { type: 'Date', nullable: true, description: '报送日期 (date of the first report that counts: sent to 区委, copied to 区委宣传部)' }),
    annualReportOnTime: t.boolean({ description: '是否按期报送 (received by the rule\'s due day, 12-10 as the plan says)', resolve: (b) => b.annualReportOnTime }),
    annualReportDue: t.expose('annualReportDue', { type: 'Date', nullable: true, description: '报送期限 (the annual report rule\'s due date this year)' }),
    rules: t.field({ type: [BureauRuleStatusRef], description: '分规则落实情况 (per rule: status and units by status)', resolve: (b) => b.byRule }),
  }),
});

builder.queryField('districtOverview', (t) =>
  t.field({
    type: [BureauOverviewRef],
    description: '全区各局落实情况 (per-bureau figures for the viewer\'s district); district roles only',
    args: {
      year: t.arg.int({ required: true, description: '年度 (year)' }),
      asOf: t.arg({ type: 'Date', required: false, description: '截至日期 (as of; today in China by default)' }),
    },
    resolve: (_root, args, ctx) => districtOverview(ctx.prisma, districtViewer(ctx.viewer), yearOf(args.year), asOfArg(args.asOf, ctx)),
  }),
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


// ---------------------------------------------------------------------------------------------
// 专项督查 (三11): the propaganda department's inspections, their findings and the bureau's answers

builder.prismaNode('InspectionFinding', {
  id: { field: 'id' },
  nullable: true, // node(id) of a row the viewer may not see is null, as for one that does not exist
  description: '督查发现的问题 (a finding of an inspection, the rectification it requires and the bureau\'s answer)',
  fields: (t) => ({
    position: t.exposeInt('position', { description: '序号 (number within the inspection)' }),
    problem: t.exposeString('problem', { description: '发现的问题 (the problem found)' }),
    rectification: t.exposeString('rectification', { description: '整改要求 (the rectification required)' }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true, description: '整改时限 (rectify by)' }),
    answer: t.exposeString('answer', { nullable: true, description: '整改情况 (the bureau\'s answer; null until answered)' }),
    answeredOn: t.expose('answeredOn', { type: 'Date', nullable: true, description: '答复日期 (date of the answer)' }),
    answeredBy: t.field({
      type: PersonRef, nullable: true,
      description: '答复人 (who answered; for people of the bureau who see them — district roles see the answer, not the person)',
      select: { answeredBy: true }, resolve: (f, _a, ctx) => visiblePersonOrNull(f.answeredBy, ctx),
    }),
    inspection: t.relation('inspection', { description: '所属督查 (the inspection)' }),
  }),
});

builder.prismaNode('DistrictInspection', {
  id: { field: 'id' },
  nullable: true,
  description: '意识形态工作专项督查 (an inspection of a bureau by 区委宣传部; its work record counts for the bureau\'s INSPECTION rule)',
  fields: (t) => ({
    bureau: t.field({ type: TenantRef, description: '被督查的局 (the bureau)', resolve: (i, _a, ctx) => tenantOf(ctx, i.tenantId) as never }),
    date: t.expose('date', { type: 'Date', description: '督查日期 (date)' }),
    findings: t.exposeString('findings', { description: '督查情况 (the inspection\'s findings in words)' }),
    workRecordId: t.id({ description: '台账全局ID (global ID of the bureau\'s INSPECTION work record that counts for its rule)', resolve: (i) => globalId('WorkRecord', i.workRecordId) }),
    items: t.relation('items', { description: '发现的问题及整改要求 (findings, in order)', query: { orderBy: { position: 'asc' } } }),
    answeredCount: t.int({
      description: '已答复问题数 (findings the bureau has answered)',
      select: { items: { select: { answer: true } } },
      resolve: (i) => i.items.filter((f) => f.answer !== null).length,
    }),
    findingCount: t.int({ description: '问题数 (findings)', select: { items: { select: { id: true } } }, resolve: (i) => i.items.length }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间 (recorded at)' }),
  }),
});

builder.queryField('inspections', (t) =>
  t.prismaConnection({
    type: 'DistrictInspection',
    cursor: 'id',
    description: '专项督查 (inspections: for 区委宣传部, of every bureau of its district; for a person of a bureau who sees the bureau committee, their bureau\'s), newest first',
    args: {
      year: t.arg.int({ required: false, description: '年度 (year of the inspection date)' }),
      tenantId: t.arg.id({ required: false, description: '某局 (one bureau)' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.districtInspection.findMany({
        ...query, where: inspectionListWhere(ctx.viewer, { year: args.year, tenantId: args.tenantId ? String(args.tenantId) : null }), orderBy: [{ date: 'desc' }, { id: 'asc' }],
      }),
    totalCount: (_root, args, ctx) => ctx.prisma.districtInspection.count({ where: inspectionListWhere(ctx.viewer, { year: args.year, tenantId: args.tenantId ? String(args.tenantId) : null }) }),
  }, { description: '专项督查分页 (a page of inspections)' }, { description: '专项督查边 (an edge to an inspection)' }),
);

const FindingInput = builder.inputType('InspectionFindingInput', {
  description: '督查发现的问题 (a finding and the rectification it requires)',
  fields: (t) => ({
    problem: t.string({ required: true, description: '发现的问题 (the problem found)' }),
    rectification: t.string({ required: true, description: '整改要求 (the rectification required)' }),
    dueOn: t.field({ type: 'Date', required: false, description: '整改时限 (rectify by; on or after the inspection)' }),
  }),
});

builder.relayMutationField(
  'recordInspection',
  {
    description: '登记专项督查 (record an inspection of a bureau)',
    inputFields: (t) => ({
      tenantId: t.id({ required: true, description: '被督查的局 (the bureau: Tenant.id, as bureaus lists them)' }),
      date: t.field({ type: 'Date', required: true, description: '督查日期 (date; not in the future)' }),
      findings: t.string({ required: true, description: '督查情况 (the findings in words)' }),
      items: t.field({ type: [FindingInput], required: false, description: '发现的问题及整改要求 (findings, each with the rectification required; at most 100)' }),
    }),
  },
  {
    description: '登记专项督查 (区委宣传部 only: records the inspection of a bureau of its district; it counts toward the bureau\'s INSPECTION rule)',
    resolve: async (_r, { input }, ctx) => ({
      inspection: await recordInspection(ctx.prisma, ctx.viewer, { ...input, tenantId: String(input.tenantId) }, ctx.now()),
    }),
  },
  {
    description: '登记专项督查的结果 (result of recordInspection)',
    outputFields: (t) => ({
      inspection: t.prismaField({ type: 'DistrictInspection', description: '专项督查 (the new inspection)', resolve: (q, p, _a, ctx) => reload(ctx, 'districtInspection', q, p.inspection) }),
    }),
  },
);

builder.relayMutationField(
  'answerInspectionFinding',
  {
    description: '答复整改情况 (answer a finding of an inspection)',
    inputFields: (t) => ({
      findingId: t.id({ required: true, description: '督查发现的问题 (the finding)' }),
      answer: t.string({ required: true, description: '整改情况 (what the bureau did)' }),
      answeredOn: t.field({ type: 'Date', required: false, description: '答复日期 (today by default)' }),
    }),
  },
  {
    description: '答复整改情况 (the bureau committee\'s first or direct responsible people answer a finding, once; the district sees the answer)',
    resolve: async (_r, { input }, ctx) => ({
      finding: await answerInspectionFinding(ctx.prisma, ctx.viewer, { ...input, findingId: idOf(String(input.findingId), 'InspectionFinding', 'findingId') }, ctx.now()),
    }),
  },
  {
    description: '答复整改情况的结果 (result of answerInspectionFinding)',
    outputFields: (t) => ({
      finding: t.prismaField({ type: 'InspectionFinding', description: '督查发现的问题 (the answered finding)', resolve: (q, p, _a, ctx) => reload(ctx, 'inspectionFinding', q, p.finding) }),
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// 区委网信办's own reviews of the bureaus' channels (三(四)12)

builder.prismaObject('DistrictChannelReview', {
  description: '区委网信办审查记录 (the cyberspace office\'s review of a bureau\'s channel)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    reviewedOn: t.expose('reviewedOn', { type: 'Date', description: '审查日期 (date)' }),
    result: t.expose('result', { type: ChannelReviewResultEnum, description: '结论 (result)' }),
    findings: t.exposeString('findings', { nullable: true, description: '发现的问题 (findings)' }),
    bureau: t.field({ type: TenantRef, description: '所属局 (the bureau)', resolve: (r, _a, ctx) => tenantOf(ctx, r.tenantId) as never }),
    channel: t.relation('channel', { description: '网络阵地 (the channel)' }),
  }),
});

builder.relayMutationField(
  'recordDistrictChannelReview',
  {
    description: '登记网信办审查 (record the cyberspace office\'s review of a channel)',
    inputFields: (t) => ({
      channelId: t.id({ required: true, description: '网络阵地 (the channel)' }),
      result: t.field({ type: ChannelReviewResultEnum, required: true, description: '结论 (result)' }),
      reviewedOn: t.field({ type: 'Date', required: false, description: '审查日期 (today by default; not before the launch)' }),
      findings: t.string({ required: false, description: '发现的问题 (findings; required when issues were found)' }),
    }),
  },
  {
    description: '登记网信办审查 (区委网信办 only: its review of a channel of a bureau of its district)',
    resolve: async (_r, { input }, ctx) => ({
      review: await recordDistrictChannelReview(ctx.prisma, ctx.viewer, { ...input, channelId: idOf(String(input.channelId), 'OnlineChannel', 'channelId') }, ctx.now()),
    }),
  },
  {
    description: '登记网信办审查的结果 (result of recordDistrictChannelReview)',
    outputFields: (t) => ({
      review: t.prismaField({ type: 'DistrictChannelReview', description: '审查记录 (the new review)', resolve: (q, p, _a, ctx) => reload(ctx, 'districtChannelReview', q, p.review) }),
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// 区委 receives the annual and special reports (四(一), 三(二)5), per bureau

const BureauReportsRef = builder.objectRef<BureauReports>('BureauReports').implement({
  description: '各局报送情况 (one bureau\'s annual and special reports of a year addressed to the viewer\'s role)',
  fields: (t) => ({
    bureau: t.field({ type: TenantRef, description: '局 (the bureau)', resolve: (b) => b.tenant as never }),
    year: t.exposeInt('year', { description: '年度 (year)' }),
    sent: t.field({ type: [DistrictReportRef], description: '主送本机关 (reports whose main recipients include the viewer\'s role), oldest first', resolve: (b) => b.sent }),
    copied: t.field({ type: [DistrictReportRef], description: '抄送本机关 (reports only copied to the viewer\'s role, e.g. to 区委宣传部), oldest first', resolve: (b) => b.copied }),
    annualReportSent: t.boolean({
      description: '是否已主送年度责任制情况报告 (an annual responsibility report among the reports sent to the viewer\'s role)',
      resolve: (b) => b.sent.some((r) => r.kind === 'ANNUAL_RESPONSIBILITY_REPORT'),
    }),
  }),
});

builder.queryField('reportsByBureau', (t) =>
  t.field({
    type: [BureauReportsRef],
    description: '各局报送的年度及专题报告 (per bureau of the district, the year\'s annual and special reports sent (主送) to the viewer\'s role, and apart from them those copied (抄送) to it); 区委 and 区委宣传部 only',
    args: { year: t.arg.int({ required: true, description: '年度 (year)' }) },
    resolve: (_root, args, ctx) => reportsByBureau(ctx.prisma, ctx.viewer, yearOf(args.year)),
  }),
);
