import { notificationWhere } from '../../authz/visibility.js';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { unauthenticatedError } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { globalId, idOf } from '../../lib/ids.js';
import { ViewerRef } from '../auth/schema.js';
import { OrgUnitRef } from '../org/schema.js';
import { bureauViewer } from '../../authz/guards.js';
import { currentViewer, whileSessionLasts } from '../../authz/sessions.js';

export const NotificationKindEnum = builder.enumType('NotificationKind', {
  description: '通知类别 (kind of notification)',
  values: {
    WORK_ITEM_DUE_SOON: { description: '任务即将到期 (a work item is due soon)' },
    WORK_ITEM_OVERDUE: { description: '任务逾期 (a work item is overdue)' },
    WORK_ITEM_ESCALATED: { description: '逾期上报 (an overdue work item, escalated to the committee above)' },
    OBLIGATION_DUE_SOON: { description: '规定动作即将到期 (a recurring obligation is due soon)' },
    OBLIGATION_OVERDUE: { description: '规定动作逾期 (a recurring obligation is overdue)' },
    RISK_WARNED: { description: '风险预警 (an early warning on a risk)' },
    RISK_CRITICAL_REPORTED: { description: '特别重大风险报告 (a risk reported at the highest severity, CRITICAL)' },
    CHANNEL_REGISTRATION_DUE: { description: '网络阵地备案提醒 (an online channel must be registered)' },
    PLAN_TASKS_UNASSIGNED: { description: '主要任务未分解提醒 (main tasks of the year\'s plan have no work item yet, 四(一) 细化分解)' },
    ANNUAL_PLAN_MISSING: { description: '年度计划未制定提醒 (January: the year\'s plan has not been made yet, 四(一))' },
    INSPECTION_DUE: { description: '专项督查待开展 (to 区委宣传部: a bureau\'s yearly 专项督查 is due or overdue, 三(三)11)' },
  },
});

export const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  // A node the viewer may not see resolves to null, exactly like one that does not exist.
  nullable: true,
  description: '通知提醒 (a notification to the viewer)',
  fields: (t) => ({
    kind: t.expose('kind', { type: NotificationKindEnum, description: '类别 (kind)' }),
    title: t.exposeString('title', { description: '标题 (title)' }),
    body: t.exposeString('body', { description: '内容 (text)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '时间 (when)' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: '已读时间 (when read; null while unread)' }),
    subjectId: t.id({
      nullable: true,
      description: '相关对象的全局ID (global ID of the record it is about; fetch it with node())',
      resolve: (n) => (n.entityType && n.entityId ? globalId(n.entityType, n.entityId) : null),
    }),
    unit: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: '相关单元 (the unit it concerns)',
      select: { unit: true },
      resolve: (n, _a, ctx) => (n.unit && ctx.viewer.kind === 'person' && ctx.viewer.scope.canSeeUnit(n.unit) ? n.unit : null),
    }),
  }),
});

builder.objectFields(ViewerRef, (t) => ({
  notifications: t.connection(
    {
      type: NotificationRef,
      description: '我的通知 (the viewer\'s notifications, newest first)',
      args: { unreadOnly: t.arg.boolean({ defaultValue: false, description: '仅未读 (unread only)' }) },
      resolve: async (_viewer, args, ctx) => {
        const where: Prisma.NotificationWhereInput = { AND: [notificationWhere(ctx.viewer), args.unreadOnly ? { readAt: null } : {}] };
        const totalCount = await ctx.prisma.notification.count({ where });
        const connection = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, ({ offset, limit }) =>
          ctx.prisma.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: offset, take: limit }),
        );
        return Object.assign(connection, { totalCount });
      },
    },
    {
      name: 'NotificationConnection',
      description: '通知分页 (a page of notifications)',
      fields: (c) => ({ totalCount: c.int({ description: '总数 (total)', resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }) }),
    },
    { name: 'NotificationEdge', description: '通知边 (an edge to a notification)' },
  ),
  unreadNotificationCount: t.int({
    description: '未读通知数 (unread notifications)',
    resolve: (_viewer, _args, ctx) => ctx.prisma.notification.count({ where: { AND: [notificationWhere(ctx.viewer), { readAt: null }] } }),
  }),
}));

builder.relayMutationField(
  'markNotificationsRead',
  {
    description: '标记已读 (which notifications to mark as read)',
    inputFields: (t) => ({
      ids: t.idList({ required: false, description: '通知 (notification IDs)' }),
      all: t.boolean({ required: false, description: '全部 (all of the viewer\'s notifications)' }),
    }),
  },
  {
    description: '标记已读 (mark the given notifications, or all, as read)',
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== 'person' && ctx.viewer.kind !== 'district') throw new DomainError('FORBIDDEN');
      if (!input.all && !input.ids?.length) throw new DomainError('BAD_USER_INPUT', 'give ids or all: true', { field: 'ids' });
      const ids = input.all ? undefined : input.ids!.slice(0, 500).map((id) => idOf(String(id), 'Notification', 'ids'));
      const result = await ctx.prisma.notification.updateMany({
        where: { AND: [notificationWhere(ctx.viewer), { readAt: null }, ids ? { id: { in: ids } } : {}] },
        data: { readAt: ctx.now() },
      });
      return { count: result.count, viewer: ctx.viewer };
    },
  },
  {
    description: '标记已读的结果 (result of markNotificationsRead)',
    outputFields: (t) => ({
      count: t.int({ description: '标记数 (how many notifications changed from unread to read)', resolve: (p) => p.count }),
      viewer: t.field({ type: ViewerRef, description: '当前用户 (the viewer, e.g. for the new unreadNotificationCount)', resolve: (p) => p.viewer }),
    }),
  },
);

builder.subscriptionField('notificationAdded', (t) =>
  t.field({
    type: NotificationRef,
    description: '新通知推送 (new notifications for the viewer, as they are created)',
    // graphql-shield does not guard subscribe: authorise here, and check every event against the
    // subscriber as the database sees them now (scope reloaded, account still able to sign in);
    // the stream ends when the account can no longer sign in.
    subscribe: async function* (_root, _args, ctx) {
      if (ctx.viewer.kind === 'anonymous') throw unauthenticatedError(ctx);
      const { tenantId, personId } = bureauViewer(ctx.viewer);
      for await (const event of whileSessionLasts(ctx, ctx.pubsub.subscribe('notification'))) {
        if (event.tenantId !== tenantId || event.recipientPersonId !== personId) continue;
        const current = await currentViewer(ctx);
        if (!current) return;
        const notification = await ctx.prisma.notification.findFirst({ where: { id: event.notificationId, AND: [notificationWhere(current)] } });
        if (notification) yield notification;
      }
    },
    resolve: (notification) => notification,
  }),
);
