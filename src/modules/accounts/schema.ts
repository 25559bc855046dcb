import { builder } from '../../builder.js';
import { idOf } from '../../lib/ids.js';
import { sessionOf } from '../../context.js';
import { ONE_TIME_PASSWORD_SHEET_TTL_SECONDS, type OneTimePasswordSheetLink } from './one-time-sheets.js';
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
    disabledForNoPost: t.exposeBoolean('disabledForNoPost', {
      description: '因无在任职务停用 (disabled by an org-chart import because the person holds no post in force; the import that finds a post again enables it)',
    }),
  }),
});

export const OneTimePasswordSheetRef = builder.objectRef<OneTimePasswordSheetLink>('OneTimePasswordSheet').implement({
  description: `一次性密码表 (an XLSX sheet 一次性密码 with 姓名, 单位, 账号, 一次性密码, 有效期至: GET url once, within ${ONE_TIME_PASSWORD_SHEET_TTL_SECONDS / 60} minutes, `
    + 'with the link as the credential like an export; only the account that made it; a second download answers ONE_TIME_PASSWORDS_DOWNLOADED (410), a late one EXPORT_LINK_EXPIRED (410))',
  fields: (t) => ({
    id: t.exposeString('id', { description: '编号 (the sheet\'s id)' }),
    url: t.exposeString('url', { description: '下载地址 (path relative to the server, on the export download route)' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '下载截止时间 (after it the sheet is refused and its stored ciphertext wiped)' }),
    filename: t.exposeString('filename', { description: '文件名 (the file name the download will carry)' }),
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
    resolve: (_root, { input }, ctx) => resetPassword(ctx.prisma, ctx.pubsub, ctx.viewer, input, { secret: ctx.tokens.signingKey, sessionVersion: sessionOf(ctx).sessionVersion, now: ctx.now() }),
  },
  {
    description: '重置密码结果 (result of resetPassword)',
    outputFields: (t) => ({
      account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }),
      temporaryPassword: t.exposeString('temporaryPassword', {
        description: '一次性密码 (the one-time password; in this response only, never stored in clear — to print it, download oneTimePasswords)',
      }),
      oneTimePasswords: t.field({
        type: OneTimePasswordSheetRef, nullable: true, resolve: (p) => p.oneTimePasswords,
        description: `一次性密码表 (the password as an XLSX sheet 一次性密码: downloadable once, by this account only, within ${ONE_TIME_PASSWORD_SHEET_TTL_SECONDS / 60} minutes)`,
      }),
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
    resolve: (_root, { input }, ctx) => createPersonAccount(ctx.prisma, ctx.viewer, { username: input.username, personId: idOf(String(input.personId), 'Person', 'personId') }, { throttle: ctx.loginThrottle, now: ctx.now() }),
  },
  {
    description: '新建账号结果 (result of createAccount)',
    outputFields: (t) => ({
      account: t.field({ type: AccountRef, description: '账号 (the account)', resolve: (p) => p.account }),
      temporaryPassword: t.exposeString('temporaryPassword', { description: '一次性密码 (the one-time password; shown once)' }),
    }),
  },
);
