import { randomInt } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { notSignedIn } from '../../authz/guards.js';
import type { Viewer } from '../../authz/scope.js';
import type { TokenService } from '../../authz/tokens.js';
import type { PrismaClient } from '../../db/client.js';
import { inTransaction, type Tx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import type { Prisma, UserAccount } from '../../generated/prisma/client.js';
import type { PubSub } from '../../pubsub.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword } from '../auth/service.js';
import { ACCOUNT_POLICY, rateLimited, type ThrottleStore } from '../../lib/throttle.js';
import { todayInChina } from '../../lib/dates.js';
import { oneTimePasswordRows, sealOneTimePasswords, type OneTimePasswordSheetLink } from './one-time-sheets.js';
import { guardUsernameAnswers } from './username-probes.js';

/**
 * The life cycle of accounts: one-time passwords, the password rules, password changes, and what
 * administrators do to the accounts they administer (reset, disable, enable). Every change that
 * should end the account's sessions raises its `sessionVersion` (tokens carry it, the viewer is
 * checked against it on every request) and publishes `sessionRevoked`, on which open subscriptions
 * end.
 */

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a password is refused; `extensions.reason` of WEAK_PASSWORD. */
export type PasswordProblem = 'BLANK' | 'TOO_SHORT' | 'TOO_LONG' | 'SAME_AS_USERNAME' | 'SAME_AS_CURRENT';

const PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  BLANK: '密码不能只由空白字符组成 (a password cannot be only spaces)',
  TOO_SHORT: `密码至少${MIN_PASSWORD_LENGTH}个字符 (a password has at least ${MIN_PASSWORD_LENGTH} characters)`,
  TOO_LONG: `密码最多${MAX_PASSWORD_LENGTH}个字符 (a password has at most ${MAX_PASSWORD_LENGTH} characters)`,
  SAME_AS_USERNAME: '密码不能与用户名相同 (the password cannot be the username)',
  SAME_AS_CURRENT: '新密码不能与当前密码相同 (the new password must differ from the current one)',
};

/** The password rules: not only spaces, at least 8 characters (code points), at most 200, not the username. */
export function passwordProblem(username: string, password: string): PasswordProblem | undefined {
  if (!password.replace(/[\s\u3000]/g, '')) return 'BLANK';
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'SAME_AS_USERNAME';
  return undefined;
}

export function assertPasswordRules(username: string, password: string): void {
  const problem = passwordProblem(username, password);
  if (problem) throw weakPassword(problem);
}

const weakPassword = (reason: PasswordProblem) => new DomainError('WEAK_PASSWORD', PROBLEM_MESSAGES[reason], { reason, field: 'newPassword' });

// No 0/O, 1/l/I: one-time passwords are read off a screen or a slip of paper.
const ONE_TIME_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time password: 12 characters drawn uniformly with the operating system's CSPRNG (~70 bits). */
export function oneTimePassword(): string {
  let out = '';
  for (let i = 0; i < 12; i++) out += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
  return out;
}

/** Usernames: letters, digits and . _ - @, 2–64 characters. */
const USERNAME_RE = /^[\p{L}\p{N}._@-]{2,64}$/u;

/** Whether a username is well formed (the org-chart import reports it per row instead of throwing). */
export const isWellFormedUsername = (username: string) => USERNAME_RE.test(username);

export function assertUsername(username: string, field = 'username'): string {
  const trimmed = username.trim();
  if (!USERNAME_RE.test(trimmed)) {
    throw new DomainError('BAD_USER_INPUT', '用户名须为2–64个字母、数字或 . _ - @ (a username is 2–64 letters, digits or . _ - @)', { field });
  }
  return trimmed;
}

/** Creates an account with a fresh one-time password, in the caller's transaction. Returns the password (shown once). */
export async function createAccountWithOneTimePassword(
  tx: Tx,
  data: Omit<Prisma.UserAccountUncheckedCreateInput, 'passwordHash' | 'mustChangePassword'>,
): Promise<{ account: UserAccount; temporaryPassword: string }> {
  const username = assertUsername(data.username, 'adminUsername');
  const taken = await tx.userAccount.findUnique({ where: { username }, select: { id: true } });
  if (taken) throw new DomainError('USERNAME_TAKEN', undefined, { field: 'adminUsername' });
  const temporaryPassword = oneTimePassword();
  const account = await tx.userAccount.create({
    data: { ...data, username, passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
  });
  return { account, temporaryPassword };
}

/**
 * The accounts a viewer administers, as a filter: a district administrator, the district's own
 * accounts and the administrators of its bureaus; a bureau administrator, every account of the
 * bureau. Never the viewer's own account (they change their own password with changePassword).
 */
export function administeredAccountWhere(viewer: Viewer): Prisma.UserAccountWhereInput | undefined {
  if (viewer.kind === 'districtAdmin') {
    return {
      id: { not: viewer.userId },
      OR: [{ districtId: viewer.districtId }, { isAdministrator: true, tenant: { districtId: viewer.districtId } }],
    };
  }
  if (viewer.kind === 'bureauAdmin' || (viewer.kind === 'person' && viewer.administers)) {
    return { id: { not: viewer.userId }, tenantId: viewer.tenantId };
  }
  return undefined;
}

/** An account the viewer administers, by username; one they may not administer answers exactly like a missing one. */
async function administeredAccount(tx: Tx, viewer: Viewer, username: string): Promise<UserAccount> {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  const where = administeredAccountWhere(viewer);
  if (!where) throw new DomainError('FORBIDDEN', 'only administrators manage accounts');
  if (typeof username !== 'string' || username.length > 100) throw notFound('account');
  const account = await tx.userAccount.findFirst({ where: { AND: [{ username: username.trim() }, where] } });
  if (!account) throw notFound('account');
  // One administrator at a time on one account: the second waits, then reads the first's result.
  await tx.$executeRaw`SELECT 1 FROM "UserAccount" WHERE "id" = ${account.id} FOR UPDATE`;
  return tx.userAccount.findUniqueOrThrow({ where: { id: account.id } });
}

/** What an audit record and a client may know of an account (never its hash). */
export function publicAccount(a: UserAccount) {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    tenantId: a.tenantId,
    personId: a.personId,
    districtId: a.districtId,
    districtRole: a.districtRole,
    isAdministrator: a.isAdministrator,
    mustChangePassword: a.mustChangePassword,
    disabledAt: a.disabledAt,
    disabledForNoPost: a.disabledForNoPost,
  };
}
export type PublicAccount = ReturnType<typeof publicAccount>;

function revoke(pubsub: PubSub, userId: string) {
  pubsub.publish('sessionRevoked', { userId });
}

/**
 * Changes the viewer's own password (also the way out of a one-time password). Ends every other
 * session of the account and returns a fresh token for this one.
 */
export async function changePassword(
  prisma: PrismaClient,
  tokens: TokenService,
  pubsub: PubSub,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
  throttle: ThrottleStore,
  now: Date,
) {
  if (viewer.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED');
  const account = await prisma.userAccount.findUnique({ where: { id: viewer.userId } });
  if (!account || account.disabledAt) throw new DomainError('UNAUTHENTICATED');
  // Throttled like sign-in, per account (issue 23): a stolen session cannot guess the current
  // password at argon2 speed. The attempt is counted before the password is checked.
  const key = `change-password:${account.id}`;
  const attempt = await throttle.attempt(key, ACCOUNT_POLICY, now.getTime());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs, { zh: '当前密码错误次数过多', en: 'too many wrong current passwords' });
  if (input.currentPassword.length > MAX_PASSWORD_LENGTH || !(await verify(account.passwordHash, input.currentPassword).catch(() => false))) {
    // On record: a wrong current password, with no secret in it.
    await inTransaction(prisma, (tx) => recordAudit(tx, viewer, {
      tenantId: account.tenantId, action: 'account.changePasswordRefused', entityType: 'UserAccount', entityId: account.id,
      after: { reason: 'WRONG_CURRENT_PASSWORD', attempt: attempt.count },
    }));
    throw new DomainError('INVALID_CREDENTIALS', '当前密码错误 (the current password is wrong)', { field: 'currentPassword' });
  }
  await throttle.clear(key);
  assertPasswordRules(account.username, input.newPassword);
  if (input.newPassword === input.currentPassword) throw weakPassword('SAME_AS_CURRENT');
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await inTransaction(prisma, async (tx) => {
    // Compare-and-set on the session version: a reset or disable in between wins.
    const result = await tx.userAccount.updateMany({
      where: { id: account.id, sessionVersion: account.sessionVersion, disabledAt: null },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (result.count !== 1) throw new DomainError('CONFLICT', 'the account changed meanwhile; sign in again');
    await recordAudit(tx, viewer, {
      tenantId: account.tenantId, action: 'account.changePassword', entityType: 'UserAccount', entityId: account.id,
      before: { mustChangePassword: account.mustChangePassword }, after: { mustChangePassword: false },
    });
    return tx.userAccount.findUniqueOrThrow({ where: { id: account.id } });
  });
  revoke(pubsub, account.id);
  return tokens.issue(updated.id, updated.sessionVersion);
}

/**
 * An administrator gives an account a new one-time password; its sessions end at once. With `sheet`
 * (the API), the password is also sealed into a one-time password sheet the administrator downloads
 * once (one-time-sheets.ts), made in the same transaction.
 */
export async function resetPassword(
  prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: { username: string },
  sheet?: { secret: Uint8Array; sessionVersion: number; now: Date },
) {
  const temporaryPassword = oneTimePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  let oneTimePasswords: OneTimePasswordSheetLink | null = null;
  const account = await inTransaction(prisma, async (tx) => {
    const before = await administeredAccount(tx, viewer, input.username);
    const after = await tx.userAccount.update({
      where: { id: before.id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, viewer, {
      tenantId: after.tenantId, action: 'account.resetPassword', entityType: 'UserAccount', entityId: after.id,
      before: { mustChangePassword: before.mustChangePassword }, after: { mustChangePassword: true },
    });
    if (sheet && viewer.kind !== 'anonymous') {
      const rows = await oneTimePasswordRows(tx, new Map([[after.username, temporaryPassword]]), todayInChina(sheet.now));
      oneTimePasswords = await sealOneTimePasswords(tx, viewer, rows, { ...sheet, tenantId: after.tenantId });
    }
    return after;
  });
  revoke(pubsub, account.id);
  return { account: publicAccount(account), temporaryPassword, oneTimePasswords };
}

/** An administrator disables an account: it cannot sign in, and its sessions end at once. */
export async function disableAccount(prisma: PrismaClient, pubsub: PubSub, viewer: Viewer, input: { username: string }, now: Date) {
  const account = await inTransaction(prisma, async (tx) => {
    const before = await administeredAccount(tx, viewer, input.username);
    // An account the import disabled (no post in force) becomes the administrator's to enable: no import re-enables it.
    if (before.disabledAt && !before.disabledForNoPost) return before;
    const after = await tx.userAccount.update({
      where: { id: before.id }, data: { disabledAt: before.disabledAt ?? now, disabledForNoPost: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, viewer, {
      tenantId: after.tenantId, action: 'account.disable', entityType: 'UserAccount', entityId: after.id,
      before: { disabledAt: null }, after: { disabledAt: after.disabledAt },
    });
    return after;
  });
  revoke(pubsub, account.id);
  return { account: publicAccount(account) };
}

/** An administrator enables a disabled account again (its old tokens stay refused: sign in anew). */
export async function enableAccount(prisma: PrismaClient, viewer: Viewer, input: { username: string }) {
  const account = await inTransaction(prisma, async (tx) => {
    const before = await administeredAccount(tx, viewer, input.username);
    if (!before.disabledAt) return before;
    const after = await tx.userAccount.update({ where: { id: before.id }, data: { disabledAt: null, disabledForNoPost: false } });
    await recordAudit(tx, viewer, {
      tenantId: after.tenantId, action: 'account.enable', entityType: 'UserAccount', entityId: after.id,
      before: { disabledAt: before.disabledAt }, after: { disabledAt: null },
    });
    return after;
  });
  return { account: publicAccount(account) };
}

/**
 * A bureau's administrator gives a person of the bureau an account with a one-time password, in
 * the caller's transaction (the org-chart import calls it too). The person is looked up inside the
 * administrator's bureau: one of another bureau answers NOT_FOUND, as a missing one.
 */
export async function createPersonAccountIn(tx: Tx, viewer: Viewer, input: { username: string; personId: string }) {
  const refusal = notSignedIn(viewer);
  if (refusal) throw refusal;
  if (viewer.kind !== 'bureauAdmin' && !(viewer.kind === 'person' && viewer.administers)) {
    throw new DomainError('FORBIDDEN', 'only the bureau\'s administrator creates its accounts');
  }
  const person = await tx.person.findFirst({ where: { id: input.personId, tenantId: viewer.tenantId }, include: { account: { select: { id: true } } } });
  if (!person) throw notFound('person');
  if (person.account) throw new DomainError('BAD_USER_INPUT', '该人员已有账号 (the person already has an account)', { field: 'personId' });
  const username = assertUsername(input.username);
  const taken = await tx.userAccount.findUnique({ where: { username }, select: { id: true } });
  if (taken) throw new DomainError('USERNAME_TAKEN', undefined, { field: 'username' });
  const temporaryPassword = oneTimePassword();
  const account = await tx.userAccount.create({
    data: {
      username, passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true,
      displayName: person.jobTitle ? `${person.name}（${person.jobTitle}）` : person.name, tenantId: viewer.tenantId, personId: person.id,
    },
  });
  await recordAudit(tx, viewer, { tenantId: viewer.tenantId, action: 'account.create', entityType: 'UserAccount', entityId: account.id, after: publicAccount(account) });
  return { account: publicAccount(account), temporaryPassword };
}

export async function createPersonAccount(
  prisma: PrismaClient, viewer: Viewer, input: { username: string; personId: string }, probes?: { throttle: ThrottleStore; now: Date },
) {
  // A name taken outside the bureau is an answer about someone else's account: throttled (username-probes.ts).
  if (probes && typeof input.username === 'string') await guardUsernameAnswers(prisma, probes.throttle, viewer, [input.username], probes.now);
  return inTransaction(prisma, (tx) => createPersonAccountIn(tx, viewer, input));
}
