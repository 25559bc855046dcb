import { builder } from '../../builder.js';
import { DistrictRoleEnum } from '../../graphql/enums.js';
import { todayInChina } from '../../lib/dates.js';
import { inForce } from '../../authz/in-force.js';
import type { Viewer } from '../../authz/scope.js';
import { PersonRef } from '../people/schema.js';
import { login } from './service.js';
import { throttledLogin } from '../../lib/throttle.js';

const LoginPayload = builder.objectRef<{ token: string; expiresAt: Date; mustChangePassword: boolean }>('LoginPayload').implement({
  description: '登录结果 (login result)',
  fields: (t) => ({
    token: t.exposeString('token', { description: '访问令牌 (bearer token: send as `Authorization: Bearer <token>`)' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '过期时间 (expiry)' }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: '须修改初始密码 (signed in with a one-time password: until changePassword, every other operation answers PASSWORD_CHANGE_REQUIRED)',
    }),
  }),
});

builder.mutationField('login', (t) =>
  t.field({
    type: LoginPayload,
    description: '登录 (sign in); fails with INVALID_CREDENTIALS, or RATE_LIMITED after repeated failures (extensions.retryAfter seconds)',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      throttledLogin(ctx.loginThrottle, { username: args.username, address: ctx.clientAddress, now: ctx.now() }, () =>
        login(ctx.prisma, ctx.tokens, args.username, args.password)),
  }),
);

type SignedIn = Exclude<Viewer, { kind: 'anonymous' | 'passwordChange' }>;

export const ViewerRef = builder.objectRef<SignedIn>('Viewer').implement({
  description: '当前用户 (the signed-in user)',
  fields: (t) => ({
    username: t.string({ description: '用户名 (username)', resolve: (v) => v.username }),
    districtRole: t.field({
      type: DistrictRoleEnum,
      nullable: true,
      description: '区级角色 (district role; null for bureau people)',
      resolve: (v) => (v.kind === 'district' ? v.role : null),
    }),
    person: t.prismaField({
      type: 'Person',
      nullable: true,
      description: '本人 (the person; null for district roles). Their posts and duties hang off it',
      resolve: (query, v, _args, ctx) => (v.kind === 'person' ? ctx.prisma.person.findUnique({ ...query, where: { id: v.personId } }) : null),
    }),
    isAdministrator: t.boolean({
      description: '是否管理员 (whether the account administers its bureau or district: structure and accounts)',
      resolve: (v) => v.kind === 'bureauAdmin' || v.kind === 'districtAdmin' || (v.kind === 'person' && v.administers),
    }),
    tenant: t.prismaField({
      type: 'Tenant',
      nullable: true,
      description: '所属局 (the bureau; null for district accounts)',
      resolve: (query, v, _args, ctx) =>
        v.kind === 'person' || v.kind === 'bureauAdmin' ? ctx.prisma.tenant.findUnique({ ...query, where: { id: v.tenantId } }) : null,
    }),
    district: t.prismaField({
      type: 'District',
      description: '所属区 (the district)',
      resolve: async (query, v, _args, ctx) => {
        if (v.kind === 'district' || v.kind === 'districtAdmin') return ctx.prisma.district.findUniqueOrThrow({ ...query, where: { id: v.districtId } });
        const tenant = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: v.tenantId }, select: { districtId: true } });
        return ctx.prisma.district.findUniqueOrThrow({ ...query, where: { id: tenant.districtId } });
      },
    }),
    posts: t.prismaField({
      type: ['Post'],
      description: '本人在任职务 (the viewer\'s active posts)',
      resolve: (query, v, _args, ctx) =>
        v.kind === 'person' ? ctx.prisma.post.findMany({ ...query, where: { tenantId: v.tenantId, personId: v.personId, ...inForce(todayInChina(ctx.now())) } }) : [],
    }),
    duties: t.prismaField({
      type: ['Duty'],
      description: '本人现有责任 (the viewer\'s duties in force)',
      resolve: (query, v, _args, ctx) =>
        v.kind === 'person' ? ctx.prisma.duty.findMany({ ...query, where: { tenantId: v.tenantId, personId: v.personId, ...inForce(todayInChina(ctx.now())) } }) : [],
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: '当前用户 (the signed-in user, their person, posts and duties)',
    resolve: (_root, _args, ctx) => ctx.viewer as SignedIn,
  }),
);

void PersonRef;
