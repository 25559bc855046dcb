import { builder } from '../../builder.js';
import { ChannelReviewResultEnum } from '../../graphql/enums.js';
import { tenantOf, visibleOrNull } from '../../graphql/helpers.js';
import type { Context } from '../../context.js';
import { idOf } from '../../lib/ids.js';
import { reload, reloadById } from '../../lib/reload.js';
import { todayInChina } from '../../lib/dates.js';
import { PersonRef } from '../people/schema.js';
import { requestLoader } from '../../lib/request-loader.js';
import {
  channelListWhere, channelRegistrationDueOn, channelRegistrationStatus,
  createOnlineChannel, fileChannelZeroReport, recordChannelReview, registrationDaysFor, registrationDaysInDistrict, updateOnlineChannel, zeroReportListWhere,
} from './service.js';
import { hasDistrictDuty } from '../../authz/district.js';
import type { Person } from '../../generated/prisma/client.js';
import { TenantRef } from '../tenancy/schema.js';

const ChannelContactRef = builder.objectRef<Pick<Person, 'name' | 'jobTitle'>>('ChannelContact').implement({
  description: '网络阵地联系人 (a channel\'s responsible contact: name and job title, nothing else of the person)',
  fields: (t) => ({
    name: t.exposeString('name', { description: '姓名 (name)' }),
    jobTitle: t.exposeString('jobTitle', { nullable: true, description: '职务 (job title)' }),
  }),
});

/** The registration days of the channels' bureaus: one statement per request, whatever the number of channels. */
const daysOf = (ctx: Context, tenantId: string) =>
  requestLoader<string, number | null>(ctx, 'channelRegistrationDays', async (tenantIds) => {
    const days = await registrationDaysFor(ctx.prisma, tenantIds);
    return tenantIds.map((t) => days.get(t) ?? null);
  }).load(tenantId);

export const OnlineChannelKindEnum = builder.enumType('OnlineChannelKind', {
  description: '网络阵地类型 (kind of online channel)',
  values: {
    WEBSITE: { description: '网站 (website)' },
    WECHAT_OFFICIAL: { description: '微信公众号 (WeChat official account)' },
    WEIBO: { description: '微博 (Weibo account)' },
    SHORT_VIDEO: { description: '短视频账号 (short-video account: Douyin, Kuaishou, WeChat Channels …)' },
    OTHER: { description: '其他 (other)' },
  },
});

export const OnlineChannelStatusEnum = builder.enumType('OnlineChannelStatus', {
  description: '运行状态 (status of a channel)',
  values: {
    ACTIVE: { description: '正常运行 (active)' },
    DORMANT: { description: '停更 (dormant: not updated)' },
    CLOSED: { description: '已关停 (closed)' },
  },
});

export const ChannelRegistrationStatusEnum = builder.enumType('ChannelRegistrationStatus', {
  description: '备案情况 (registration against the bureau\'s CHANNEL_REGISTRATION obligation rule: registered within its days of launch, 30 as seeded)',
  values: {
    REGISTERED_ON_TIME: { description: '按时备案 (registered within the rule\'s days, or the bureau has no active rule)' },
    REGISTERED_LATE: { description: '逾期备案 (registered, but after the rule\'s days)' },
    PENDING: { description: '待备案 (not registered yet; still within the rule\'s days, or no active rule)' },
    OVERDUE: { description: '逾期未备案 (not registered, and the rule\'s days have passed)' },
  },
});

builder.prismaObject('ChannelReview', {
  description: '审核记录 (a content review of a channel)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 (id)' }),
    reviewedOn: t.expose('reviewedOn', { type: 'Date', description: '审核日期 (date)' }),
    result: t.expose('result', { type: ChannelReviewResultEnum, description: '结论 (result)' }),
    findings: t.exposeString('findings', { nullable: true, description: '发现的问题 (findings)' }),
    reviewer: t.field({
      type: PersonRef, nullable: true, description: '审核人 (reviewer; null when not visible to the viewer)',
      select: { reviewer: true }, resolve: (row, _a, ctx) => visibleOrNull(row.reviewer, ctx),
    }),
  }),
});

builder.prismaNode('OnlineChannel', {
  id: { field: 'id' },
  nullable: true, // node(id) of a record the viewer may not see is null, as for one that does not exist
  description: '网络阵地 (an online channel: website, WeChat official account, Weibo, short-video account …)',
  fields: (t) => ({
    kind: t.expose('kind', { type: OnlineChannelKindEnum, description: '类型 (kind)' }),
    name: t.exposeString('name', { description: '名称 (name)' }),
    account: t.exposeString('account', { description: '账号或网址 (account name or URL)' }),
    status: t.expose('status', { type: OnlineChannelStatusEnum, description: '状态 (status)' }),
    launchedOn: t.expose('launchedOn', { type: 'Date', description: '开通日期 (launch date)' }),
    registeredOn: t.expose('registeredOn', { type: 'Date', nullable: true, description: '备案日期 (registration date; null until registered)' }),
    registrationDueOn: t.field({
      type: 'Date', nullable: true,
      description: '备案截止日期 (launch date + the days of the bureau\'s registration rule; null when the bureau has no active rule)',
      resolve: async (c, _a, ctx) => channelRegistrationDueOn(c, await daysOf(ctx, c.tenantId)),
    }),
    registrationStatus: t.field({
      type: ChannelRegistrationStatusEnum, description: '备案情况 (registration against the bureau\'s registration rule, today)',
      resolve: async (c, _a, ctx) => channelRegistrationStatus(c, await daysOf(ctx, c.tenantId), todayInChina(ctx.now())),
    }),
    registeredInTime: t.boolean({
      nullable: true, description: '是否按时备案 (registered within the rule\'s days of launch; null while unregistered)',
      resolve: async (c, _a, ctx) => {
        if (!c.registeredOn) return null;
        const due = channelRegistrationDueOn(c, await daysOf(ctx, c.tenantId));
        return !due || c.registeredOn <= due;
      },
    }),
    ownerUnit: t.relation('ownerUnit', { description: '主办单位 (owner unit); people of the bureau — district roles read ownerUnitName and bureau' }),
    ownerUnitName: t.string({ description: '主办单位名称 (owner unit\'s name)', select: { ownerUnit: { select: { name: true } } }, resolve: (c) => c.ownerUnit.name }),
    bureau: t.field({ type: TenantRef, description: '所属局 (the bureau)', resolve: (c, _a, ctx) => tenantOf(ctx, c.tenantId) as never }),
    responsibleContact: t.field({
      type: ChannelContactRef, nullable: true,
      description: '责任联系人 (the responsible person\'s name and job title: for 区委网信办, and for whoever sees the person; null otherwise)',
      select: { responsiblePerson: { select: { id: true, name: true, jobTitle: true } } },
      resolve: async (c, _a, ctx) => (hasDistrictDuty(ctx.viewer, 'OVERSEE_CHANNELS') || (await ctx.loaders.visiblePerson.load(c.responsiblePerson.id)) ? c.responsiblePerson : null),
    }),
    responsiblePerson: t.field({
      type: PersonRef, nullable: true, description: '责任人 (person responsible; null when not visible to the viewer)',
      select: { responsiblePerson: true }, resolve: (row, _a, ctx) => visibleOrNull(row.responsiblePerson, ctx),
    }),
    reviewer: t.field({
      type: PersonRef, nullable: true, description: '内容审核人 (content reviewer; null when not visible to the viewer)',
      select: { reviewer: true }, resolve: (row, _a, ctx) => visibleOrNull(row.reviewer, ctx),
    }),
    reviews: t.relation('reviews', { description: '审核记录 (the bureau\'s content reviews, newest first)', query: { orderBy: [{ reviewedOn: 'desc' }, { id: 'desc' }] } }),
    districtReviews: t.relation('districtReviews', { description: '区委网信办审查记录 (the cyberspace office\'s reviews, newest first)', query: { orderBy: [{ reviewedOn: 'desc' }, { id: 'desc' }] } }),
  }),
});

builder.prismaNode('ChannelZeroReport', {
  id: { field: 'id' },
  nullable: true, // node(id) of a record the viewer may not see is null, as for one that does not exist
  description: '网络阵地零报告 (a unit\'s report that it ran no online channel in a quarter)',
  fields: (t) => ({
    period: t.exposeString('period', { description: '报告期 (quarter, e.g. 2025-Q3)' }),
    filedAt: t.expose('filedAt', { type: 'DateTime', description: '报告时间 (when filed)' }),
    note: t.exposeString('note', { nullable: true, description: '说明 (note)' }),
    unit: t.relation('unit', { description: '单位 (the unit); people of the bureau — district roles read unitName and bureau' }),
    unitName: t.string({ description: '单位名称 (the unit\'s name)', select: { unit: { select: { name: true } } }, resolve: (z) => z.unit.name }),
    bureau: t.field({ type: TenantRef, description: '所属局 (the bureau)', resolve: (z, _a, ctx) => tenantOf(ctx, z.tenantId) as never }),
    filedBy: t.field({
      type: PersonRef, nullable: true, description: '报告人 (who filed it)',
      select: { filedBy: true }, resolve: (row, _a, ctx) => visibleOrNull(row.filedBy, ctx),
    }),
    supersededAt: t.expose('supersededAt', {
      type: 'DateTime', nullable: true,
      description: '失效时间 (when a channel of the unit running in this quarter superseded the report; null while it stands)',
    }),
    supersededBy: t.relation('supersededBy', { nullable: true, description: '使其失效的网络阵地 (the channel that superseded it)' }),
  }),
});

const ChannelFilterInput = builder.inputType('OnlineChannelFilter', {
  description: '网络阵地筛选 (filter for channels); always within what the viewer may see',
  fields: (t) => ({
    kinds: t.field({ type: [OnlineChannelKindEnum], required: false, description: '类型 (kinds)' }),
    statuses: t.field({ type: [OnlineChannelStatusEnum], required: false, description: '状态 (statuses)' }),
    unitId: t.id({ required: false, description: '某单位及其下级 (owned by this unit or its descendants)' }),
    registrationOverdue: t.boolean({ required: false, description: '逾期未备案 (true: unregistered past the days of the bureau\'s registration rule)' }),
    tenantId: t.id({ required: false, description: '某局 (one bureau; for 区委网信办, whose list spans the district)' }),
  }),
});

async function channelFilter(ctx: Context, filter: typeof ChannelFilterInput.$inferInput | null | undefined) {
  // The rule's days are read only when the filter needs them (once per request): the viewer's
  // bureau's, or each bureau's of the district for 区委网信办.
  const viewer = ctx.viewer;
  const days = filter?.registrationOverdue == null ? null
    : viewer.kind === 'person' ? await daysOf(ctx, viewer.tenantId)
    : hasDistrictDuty(viewer, 'OVERSEE_CHANNELS') ? await registrationDaysInDistrict(ctx.prisma, viewer.districtId)
    : null;
  return channelListWhere(viewer, filter && {
    ...filter,
    subtreeOf: filter.unitId ? idOf(String(filter.unitId), 'OrgUnit', 'filter.unitId') : null,
    tenantId: filter.tenantId ? String(filter.tenantId) : null,
  }, todayInChina(ctx.now()), days);
}

builder.queryFields((t) => ({
  onlineChannels: t.prismaConnection({
    type: 'OnlineChannel',
    cursor: 'id',
    description: '网络阵地台账 (online channels the viewer may see: a bureau person\'s in scope; for 区委网信办, every bureau\'s of its district)',
    args: { filter: t.arg({ type: ChannelFilterInput, required: false, description: '筛选 (filter)' }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.onlineChannel.findMany({ ...query, where: await channelFilter(ctx, args.filter), orderBy: [{ launchedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: async (_root, args, ctx) => ctx.prisma.onlineChannel.count({ where: await channelFilter(ctx, args.filter) }),
  }, { description: '网络阵地分页 (a page of channels)' }, { description: '网络阵地边 (an edge to a channel)' }),
  channelZeroReports: t.prismaConnection({
    type: 'ChannelZeroReport',
    cursor: 'id',
    description: '零报告 (zero reports the viewer may see; for 区委网信办, every bureau\'s of its district)',
    args: {
      period: t.arg.string({ required: false, description: '报告期 (quarter, e.g. 2025-Q3)' }),
      includeSuperseded: t.arg.boolean({ required: false, description: '含已失效 (also reports a channel superseded; default false)' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.channelZeroReport.findMany({ ...query, where: zeroReportListWhere(ctx.viewer, args), orderBy: [{ period: 'desc' }, { id: 'asc' }] }),
    totalCount: (_root, args, ctx) => ctx.prisma.channelZeroReport.count({ where: zeroReportListWhere(ctx.viewer, args) }),
  }, { description: '零报告分页 (a page of zero reports)' }, { description: '零报告边 (an edge to a zero report)' }),
}));

const personId = (id: string | number | null | undefined, field: string) => (id ? idOf(String(id), 'Person', field) : null);

const channelOf = (description: string) => ({ type: 'OnlineChannel' as const, description });

builder.relayMutationField(
  'createOnlineChannel',
  {
    description: '登记网络阵地 (register a channel in the ledger)',
    inputFields: (t) => ({
      ownerUnitId: t.id({ required: true, description: '主办单位 (owner unit)' }),
      kind: t.field({ type: OnlineChannelKindEnum, required: true, description: '类型 (kind)' }),
      name: t.string({ required: true, description: '名称 (name)' }),
      account: t.string({ required: true, description: '账号或网址 (account name or URL); unique per kind in the bureau' }),
      responsiblePersonId: t.id({ required: true, description: '责任人 (person responsible)' }),
      reviewerPersonId: t.id({ required: true, description: '内容审核人 (content reviewer: a person of the owner unit\'s bureau)' }),
      launchedOn: t.field({ type: 'Date', required: true, description: '开通日期 (launch date; not in the future)' }),
      registeredOn: t.field({ type: 'Date', required: false, description: '备案日期 (registration date, on or after launch)' }),
      status: t.field({ type: OnlineChannelStatusEnum, required: false, description: '状态 (ACTIVE by default)' }),
    }),
  },
  {
    description: '登记网络阵地 (register a channel); first or direct responsible people of the owner unit or a committee above',
    resolve: async (_r, { input }, ctx) => ({
      channel: await createOnlineChannel(ctx.prisma, ctx.viewer, {
        ...input,
        ownerUnitId: idOf(String(input.ownerUnitId), 'OrgUnit', 'ownerUnitId'),
        responsiblePersonId: personId(input.responsiblePersonId, 'responsiblePersonId')!,
        reviewerPersonId: personId(input.reviewerPersonId, 'reviewerPersonId')!,
      }, ctx.now()),
    }),
  },
  {
    description: '登记网络阵地的结果 (result of createOnlineChannel)',
    outputFields: (t) => ({
      channel: t.prismaField({ ...channelOf('网络阵地 (the new channel)'), resolve: (q, p, _a, ctx) => reload(ctx, 'onlineChannel', q, p.channel) }),
    }),
  },
);

builder.relayMutationField(
  'updateOnlineChannel',
  {
    description: '变更网络阵地 (change a channel); omitted fields stay as they are',
    inputFields: (t) => ({
      channelId: t.id({ required: true, description: '网络阵地 (the channel)' }),
      name: t.string({ required: false, description: '名称 (name)' }),
      account: t.string({ required: false, description: '账号或网址 (account or URL)' }),
      responsiblePersonId: t.id({ required: false, description: '责任人 (person responsible)' }),
      reviewerPersonId: t.id({ required: false, description: '内容审核人 (content reviewer)' }),
      registeredOn: t.field({ type: 'Date', required: false, description: '备案日期 (registration date)' }),
      status: t.field({ type: OnlineChannelStatusEnum, required: false, description: '状态 (status)' }),
    }),
  },
  {
    description: '变更网络阵地 (change a channel: people, registration date, status)',
    resolve: async (_r, { input }, ctx) => ({
      channel: await updateOnlineChannel(ctx.prisma, ctx.viewer, {
        ...input,
        channelId: idOf(String(input.channelId), 'OnlineChannel', 'channelId'),
        responsiblePersonId: personId(input.responsiblePersonId, 'responsiblePersonId'),
        reviewerPersonId: personId(input.reviewerPersonId, 'reviewerPersonId'),
      }, ctx.now()),
    }),
  },
  {
    description: '变更网络阵地的结果 (result of updateOnlineChannel)',
    outputFields: (t) => ({
      channel: t.prismaField({ ...channelOf('网络阵地 (the changed channel)'), resolve: (q, p, _a, ctx) => reload(ctx, 'onlineChannel', q, p.channel) }),
    }),
  },
);

builder.relayMutationField(
  'recordChannelReview',
  {
    description: '登记审核记录 (record a content review)',
    inputFields: (t) => ({
      channelId: t.id({ required: true, description: '网络阵地 (the channel)' }),
      result: t.field({ type: ChannelReviewResultEnum, required: true, description: '结论 (result)' }),
      reviewedOn: t.field({ type: 'Date', required: false, description: '审核日期 (today by default)' }),
      findings: t.string({ required: false, description: '发现的问题 (findings; required when issues were found)' }),
    }),
  },
  {
    description: '登记审核记录 (record a content review, the viewer being the reviewer)',
    resolve: async (_r, { input }, ctx) => ({
      review: await recordChannelReview(ctx.prisma, ctx.viewer, { ...input, channelId: idOf(String(input.channelId), 'OnlineChannel', 'channelId') }, ctx.now()),
    }),
  },
  {
    description: '登记审核记录的结果 (result of recordChannelReview)',
    outputFields: (t) => ({
      review: t.prismaField({ type: 'ChannelReview', description: '审核记录 (the new review)', resolve: (q, p, _a, ctx) => reload(ctx, 'channelReview', q, p.review) }),
      channel: t.prismaField({ ...channelOf('网络阵地 (the channel, whose reviews changed)'), resolve: (q, p, _a, ctx) => reloadById(ctx, 'onlineChannel', q, p.review.channelId) }),
    }),
  },
);

builder.relayMutationField(
  'fileChannelZeroReport',
  {
    description: '网络阵地零报告 (file a zero report)',
    inputFields: (t) => ({
      unitId: t.id({ required: true, description: '单位 (the unit)' }),
      period: t.string({ required: true, description: '报告期 (quarter, e.g. 2025-Q3)' }),
      note: t.string({ required: false, description: '说明 (note)' }),
    }),
  },
  {
    description: '网络阵地零报告 (file a zero report: the unit ran no online channel in the quarter); once per unit and quarter',
    resolve: async (_r, { input }, ctx) => ({
      zeroReport: await fileChannelZeroReport(ctx.prisma, ctx.viewer, { ...input, unitId: idOf(String(input.unitId), 'OrgUnit', 'unitId') }, ctx.now()),
    }),
  },
  {
    description: '网络阵地零报告的结果 (result of fileChannelZeroReport)',
    outputFields: (t) => ({
      zeroReport: t.prismaField({ type: 'ChannelZeroReport', description: '零报告 (the new zero report)', resolve: (q, p, _a, ctx) => reload(ctx, 'channelZeroReport', q, p.zeroReport) }),
    }),
  },
);
