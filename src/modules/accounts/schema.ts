import { builder } from '../../builder.js';
import { idOf } from '../../lib/ids.js';
import { changePassword, createPersonAccount, disableAccount, enableAccount, resetPassword, type PublicAccount } from './service.js';

export const AccountRef = builder.objectRef<PublicAccount>('Account').implement({
  description: '用户账号 (an account, as its administrator sees it; never its password)',
  fields: (t) => ({
    username: t.exposeString('username', { description: '用户名 (username)' }),
    displayName: t.exposeString('displayName', { description: '显示名称 (display name)' }),
    isAdministrator: t.exposeBoolean('isAdministrator', { description: '是否管理员 (whether the account administers its bureau or district)' }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', { description: '须修改初始密码 (still on a one-time password)' }),
    disabled: t.boolean({ description: '已停用 (disabled: cannot sign in)', resolve: (a) => a.disabledAt !== null }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: '停用时间 (when disabled; null while enabled)' }),
  }),
});

const usernameField = { description: '用户名 (username of an account the viewer administers; any other answers NOT_FOUND)' };

builder.relayMutationField(
  'changePassword',
  {
    description: '修改密码 (change the viewer\'s own password)',
    inputFields: (t) => ({
      currentPassword: t.string({ required: true, description: '当前密码 (the current, or one-time, password)' }),
      newPassword: t.string({ required: true, description: '新密码 (the new password: at least 8 characters, not the username)' }),
    }),
  },
  {
    description: '修改密码 (change the viewer\'s own password; the only operation open to an account on a one-time password). Every other session of the account ends; use the returned token. Fails with INVALID_CREDENTIALS or WEAK_PASSWORD (extensions.reason)',
    resolve: (_root, { input }, ctx) => changePassword(ctx.prisma, ctx.tokens, ctx.pubsub, ctx.viewer, input, ctx.loginThrottle, ctx.now()),
  },
  {
    description: '修改密码结果 (result of changePassword)',
    outputFields: (t) => ({
      token: t.exposeString('token', { description: '新的访问令牌 (a fresh bearer token; tokens issued before are refused)' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '过期时间 (expiry)' }),
    }),
  },
);

builder.relayMutationField(
  'resetPassword',
  {
    description: '重置密码 (reset an account\'s password)',
    inputFields: (t) => ({ username: t.string({ required: true, ...usernameField }) }),
  },
  {
    description: '重置密码 (reset a password): a new one-time password, which must be changed at the next sign-in; the account\'s sessions end at once. Administrators only',
    resolve: (_root, { input }, ctx) => resetPassword(ctx.prisma, ctx.pubsub, ctx.viewer, input),
  },
  {
    description: '重置密码结果 (result of resetPassword)',
    outputFields: (t) => ({
      account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }),
      temporaryPassword: t.exposeString('temporaryPassword', { description: '一次性密码 (the one-time password; shown once, never stored in clear)' }),
    }),
  },
);

builder.relayMutationField(
  'disableAccount',
  {
    description: '停用账号 (disable an account)',
    inputFields: (t) => ({ username: t.string({ required: true, ...usernameField }) }),
  },
  {
    description: '停用账号 (disable an account): it cannot sign in, its tokens are refused and its subscriptions end at once. Administrators only',
    resolve: (_root, { input }, ctx) => disableAccount(ctx.prisma, ctx.pubsub, ctx.viewer, input, ctx.now()),
  },
  {
    description: '停用账号结果 (result of disableAccount)',
    outputFields: (t) => ({ account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }) }),
  },
);

builder.relayMutationField(
  'enableAccount',
  {
    description: '启用账号 (enable an account)',
    inputFields: (t) => ({ username: t.string({ required: true, ...usernameField }) }),
  },
  {
    description: '启用账号 (enable a disabled account; it signs in anew). Administrators only',
    resolve: (_root, { input }, ctx) => enableAccount(ctx.prisma, ctx.viewer, input),
  },
  {
    description: '启用账号结果 (result of enableAccount)',
    outputFields: (t) => ({ account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }) }),
  },
);

builder.relayMutationField(
  'createAccount',
  {
    description: '新建账号 (create an account for a person of the bureau)',
    inputFields: (t) => ({
      username: t.string({ required: true, description: '用户名 (username: 2–64 letters, digits or . _ - @)' }),
      personId: t.id({ required: true, description: '人员 (the person of the administrator\'s bureau)' }),
    }),
  },
  {
    description: '新建账号 (create an account with a one-time password for a person of the viewer\'s bureau). Bureau administrators only',
    resolve: (_root, { input }, ctx) => createPersonAccount(ctx.prisma, ctx.viewer, { username: input.username, personId: idOf(String(input.personId), 'Person', 'personId') }),
  },
  {
    description: '新建账号结果 (result of createAccount)',
    outputFields: (t) => ({
      account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }),
      temporaryPassword: t.exposeString('temporaryPassword', { description: '一次性密码 (the one-time password; shown once)' }),
    }),
  },
);
