// 区级视图: the district's per-bureau, per-rule view and what is addressed to its roles.
import { districtViewer } from '../../authz/guards.js';
import { builder } from '../../builder.js';
import type { WorkRecord } from '../../generated/prisma/client.js';
import { DistrictRoleEnum } from '../auth/schema.js';
import { TenantRef } from '../tenancy/schema.js';
import { districtOverview, type BureauOverview, type BureauRuleStatus } from './service.js';
import { addressedRecordIds } from '../records/service.js';
import { downloadPath } from '../records/downloads.js';
import { WorkRecordKindEnum } from '../records/schema.js';
import { asOfArg, ComplianceStatusEnum, tallyFields, yearOf } from '../obligations/schema.js';
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

